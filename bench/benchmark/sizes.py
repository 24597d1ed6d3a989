"""One size of the benchmark, step by step: its data generated into a temporary folder, then
validate, generate, build, links, parallel, profile and bare, each measured on its own (see
the package's docstring); a `-federation` size as `lotsenportal federation` instead.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from lotsenportal.build import federation_file
from lotsenportal.build.generate import write_pages
from lotsenportal.build.pipeline import Paths, render, validate
from lotsenportal.build.workspace import copy_project
from lotsenportal.checks import gates
from lotsenportal.data.languages import Language

from .. import synthetic
from .bare import bare_project
from .profiling import profile_build, profile_line
from .runs import load_average, mkdocs_build, run_child, run_facts, say, timed

DEFAULT_SIZES = ("htk", "5kreise", "hessen", "hessen-federation")
FEDERATION = "-federation"  # size suffix: the same data as one folder per Kreis


def catalog_facts(data: Path) -> dict[str, int]:
    """How many data catalogs a generated folder (or the Kreis folders of a federation) has,
    and how many texts they hold together."""
    files = sorted(data.glob("**/locale/*/LC_MESSAGES/*.po"))
    entries = sum(
        file.read_text(encoding="utf-8").count("\nmsgctxt ") for file in files if file.is_file()
    )
    return {"catalogs": len(files), "catalog_entries": entries}


def link_check(site: Path) -> dict[str, Any]:
    """lychee over the built site: time, and what failed."""
    gate, seconds = timed(lambda: gates.links(site))
    return {
        "seconds": round(seconds, 2),
        "passed": gate.passed,
        "summary": gate.summary,
        "details": gate.details[:10],
    }


def bench_federation(
    name: str, root: Path, work: Path, languages: list[Language], *, seed: int
) -> dict[str, Any]:
    """A size as a federation (`lotsenportal federation`): every Kreis its own site, built
    side by side, and the portal. The build row measures the whole command (validation,
    generation and every mkdocs process; peak RSS of the largest single process)."""
    size = name.removesuffix(FEDERATION)
    result: dict[str, Any] = {"size": name, "load_avg_before": load_average()}
    data = work / "data"
    say(f"{name}: generating data (one folder per Kreis)")
    _, seconds = timed(
        lambda: synthetic.generate(size, data, seed=seed, root=root, federation=True)
    )
    folders = sorted(p for p in data.iterdir() if p.is_dir())
    counts: dict[str, int] = {}
    for folder in folders:
        for key, value in synthetic.count_records(folder).items():
            counts[key] = counts.get(key, 0) + value
    # Summed over the Kreis folders: records shared by all (Einsatzfelder, Land-wide
    # organisations) count once per Kreis, as each Kreis site builds them.
    result["data"] = {"generate_data_s": round(seconds, 2), "records": counts}
    result["data"].update(catalog_facts(data), kreise=len(folders))
    result["records"] = sum(v for k, v in counts.items() if k != "kontakte_unpublished")
    say(f"{name}: load + validate {len(folders)} Kreise")
    _, seconds = timed(lambda: federation_file.load(data / "federation.yml", languages))
    result["validate_s"] = round(seconds, 3)

    site = work / "site"
    command = [
        str(Path(sys.executable).parent / "lotsenportal"),
        "federation",
        str(data / "federation.yml"),
        "--out",
        str(site),
        "--no-link-check",
        "--root",
        str(root),
    ]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    say(f"{name}: lotsenportal federation ({os.cpu_count()} processes)")
    run = run_child(command, cwd=root, env=env, log=work / "build.log", label=f"{name} build")
    build = result["build"] = run_facts(run, site)
    if not build["ok"]:
        say(f"{name}: BUILD FAILED: {' / '.join(run.log_tail[-3:])}")
        return result
    say(f"{name}: built {build['pages']} pages in {build['seconds']} s; link check")
    result["links"] = link_check(site)
    result["load_avg_after"] = load_average()
    return result


def bench_size(
    name: str,
    root: Path,
    work: Path,
    languages: list[Language],
    *,
    seed: int,
    bare: bool,
    strict: bool = False,
    parallel: bool = True,
    profile: bool = False,
) -> dict[str, Any]:
    codes = [lang.code for lang in languages]
    # Other work on the machine slows every step: the load average says how busy it was.
    result: dict[str, Any] = {"size": name, "load_avg_before": load_average()}
    data = work / "data"
    say(f"{name}: generating data")
    _, seconds = timed(lambda: synthetic.generate(name, data, seed=seed, root=root))
    counts = synthetic.count_records(data)
    result["data"] = {"generate_data_s": round(seconds, 2), "records": counts}
    result["data"].update(catalog_facts(data))
    result["records"] = sum(v for k, v in counts.items() if k != "kontakte_unpublished")
    say(f"{name}: {result['records']} records ({', '.join(f'{k} {v}' for k, v in counts.items())})")

    project = copy_project(root, work / "project", codes)
    paths = Paths(root=project, data_dir=data)

    say(f"{name}: load + validate")
    dataset, seconds = timed(lambda: validate(paths, languages))
    result["validate_s"] = round(seconds, 3)
    result["warnings"] = len(dataset.warnings)

    say(f"{name}: page generation")
    site_url = "http://127.0.0.1:8000/"  # as the hook renders them for a local build
    pages, render_s = timed(lambda: render(paths, dataset, languages, site_url))
    changes, write_s = timed(lambda: write_pages(pages, paths.docs_dir, codes))
    result["generate"] = {
        "render_s": round(render_s, 2),
        "write_s": round(write_s, 2),
        "seconds": round(render_s + write_s, 2),
        "files": len(pages),
        "markdown_files": sum(1 for p in pages if p.endswith(".md")),
        "markdown_mb": round(sum(len(t.encode("utf-8")) for t in pages.values()) / 1e6, 1),
        "written": len(changes.written),
    }

    env = {**os.environ, "LOTSENPORTAL_DATA": str(data), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SITE_DIR", None)
    site = work / "site"
    flag = " --strict" if strict else ""
    say(f"{name}: mkdocs build{flag} ({result['generate']['markdown_files']} Markdown pages)")
    result["build"] = mkdocs_build(project, site, env, f"{name} build", strict=strict)
    build = result["build"]
    if build["ok"]:
        say(
            f"{name}: built {build['pages']} pages in {build['seconds']} s "
            f"({build['pages_per_s']} pages/s, peak RSS {build['peak_rss_mb']} MB, "
            f"{build['warnings']} warnings)"
        )
        say(f"{name}: link check")
        result["links"] = link_check(site)
    else:
        say(f"{name}: BUILD FAILED (see results): {' / '.join(build['error'][-3:])}")

    if profile and build["ok"]:
        say(f"{name}: the build once more under the profiler")
        result["profile"] = profile_build(project, work / "site-profile", env, f"{name} profile")
        shares = result["profile"]
        if shares["ok"]:
            say(f"{name}: {profile_line(shares)}")

    if parallel and build["ok"]:
        jobs = os.cpu_count() or 1
        say(f"{name}: the same build in {jobs} processes (lotsenportal build, as make site)")
        command = [
            str(Path(sys.executable).parent / "lotsenportal"),
            "build",
            "--root",
            str(project),
            "--data",
            str(data),
            "--site-dir",
            str(work / "site-parallel"),
        ]
        run = run_child(
            command, cwd=project, env=env, log=work / "parallel.log", label=f"{name} parallel"
        )
        result["parallel"] = {**run_facts(run), "jobs": jobs}
        shutil.rmtree(work / "site-parallel", ignore_errors=True)

    if bare:
        say(f"{name}: bare MkDocs + Material build of the same Markdown")
        bare_dir = bare_project(project, work / "bare", codes)
        result["bare"] = mkdocs_build(
            bare_dir, work / "bare-site", env, f"{name} bare", strict=False
        )
        if build["ok"] and result["bare"]["ok"] and result["bare"]["seconds"]:
            result["ratio"] = round(build["seconds"] / result["bare"]["seconds"], 2)
            # CPU time is barely affected by other work on the machine; wall time is.
            result["cpu_ratio"] = round(build["cpu_seconds"] / result["bare"]["cpu_seconds"], 2)
        if profile and result["bare"]["ok"]:  # the same shares of the stack alone
            say(f"{name}: the bare build once more under the profiler")
            label = f"{name} bare profile"
            result["bare_profile"] = profile_build(bare_dir, work / "bare-profile", env, label)
            if result["bare_profile"]["ok"]:
                say(f"{name} bare: {profile_line(result['bare_profile'])}")
    result["load_avg_after"] = load_average()
    return result
