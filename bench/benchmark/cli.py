"""`make bench`: how long each step takes for data sets of growing size, on this machine.

The command line (`python -m bench`): parses the options, measures each size in a temporary
folder, and writes the results after every size.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from lotsenportal.data.languages import from_mkdocs_yml

from .. import synthetic
from .hostile import HOSTILE, bench_hostile
from .profiling import profile_line
from .report import hostile_table, machine, markdown, table
from .runs import say
from .sizes import DEFAULT_SIZES, FEDERATION, bench_federation, bench_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__.split("\n\n")[0] if __doc__ else ""
    )
    parser.add_argument(
        "--sizes",
        default=",".join(DEFAULT_SIZES),
        help=f"comma-separated; `{HOSTILE}` measures validating an alias bomb, deep nesting, "
        "a 50 MB data file and a 50 MB catalog",
    )
    parser.add_argument("--out", default="bench/results.json", help="JSON results file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--root", default=".", help="project folder with mkdocs.yml")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare MkDocs build")
    parser.add_argument(
        "--no-parallel", action="store_true", help="skip the build in parallel processes"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="build with --strict as `make site` does (a warning fails the size)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="build once more under cProfile: share of time in page rendering, i18n "
        "bookkeeping and theme listing",
    )
    args = parser.parse_args(argv)

    root = Path(args.root).resolve()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [
        s
        for s in sizes
        if s.removesuffix(FEDERATION) not in synthetic.SIZES and s not in {"htk", HOSTILE}
    ]
    if unknown:
        known = [*synthetic.NAMES, *(f"{n}{FEDERATION}" for n in synthetic.SIZES), HOSTILE]
        parser.error(f"unknown size {unknown[0]!r}; known: {', '.join(known)}")
    languages = from_mkdocs_yml(root / "mkdocs.yml")
    report: dict[str, Any] = {"machine": machine(root), "seed": args.seed, "results": []}
    say(f"benchmark of {', '.join(sizes)} on {report['machine']['cpu_model']}")

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    for name in sizes:
        work = Path(tempfile.mkdtemp(prefix=f"lotsenportal-bench-{name}-"))
        try:
            if name == HOSTILE:
                report["hostile"] = bench_hostile(root, work, languages)
                continue
            if name.endswith(FEDERATION):
                result = bench_federation(name, root, work, languages, seed=args.seed)
            else:
                result = bench_size(
                    name,
                    root,
                    work,
                    languages,
                    seed=args.seed,
                    bare=not args.no_bare,
                    strict=args.strict,
                    profile=args.profile,
                    parallel=not args.no_parallel,
                )
            report["results"].append(result)
        finally:
            if args.keep:
                say(f"{name}: kept {work}")
            else:
                shutil.rmtree(work, ignore_errors=True)
        # Write after every size: a long run that is stopped still leaves its results.
        out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        out.with_suffix(".md").write_text(markdown(report), encoding="utf-8")

    if report["results"]:
        print(table(report["results"]))
        for r in report["results"]:
            if r.get("profile", {}).get("ok"):
                print(f"{r['size']}: {profile_line(r['profile'])}")
            if r.get("bare_profile", {}).get("ok"):
                print(f"{r['size']} bare: {profile_line(r['bare_profile'])}")
    if report.get("hostile"):
        print(hostile_table(report["hostile"]))
    say(f"results: {out} and {out.with_suffix('.md')}")
    failed = [r for r in report["results"] if not r.get("build", {}).get("ok")]
    slow = [r for r in report.get("hostile", []) if not r["ok"] or r["seconds"] >= 2]
    return 1 if failed or slow else 0
