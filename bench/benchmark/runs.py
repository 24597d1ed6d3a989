"""Runs and timing: progress lines (`say`), timing a step in this process, and running a
child process – `mkdocs build`, `lotsenportal build` or `federation` – while measuring it
alone: wall time, peak RSS and CPU time from its own rusage, and what it built (pages, pages/s,
output size) or the end of its log if it failed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROGRESS_EVERY = 15.0  # seconds between progress lines of a running build

_started = time.perf_counter()


def say(message: str) -> None:
    """A progress line on stderr, with the time since the benchmark started."""
    elapsed = time.perf_counter() - _started
    minutes, seconds = divmod(int(elapsed), 60)
    print(f"[{minutes:3d}:{seconds:02d}] {message}", file=sys.stderr, flush=True)


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


def timed(step: Callable[[], Any]) -> tuple[Any, float]:
    """`step()` run in this process: its value and the seconds it took."""
    start = time.perf_counter()
    value = step()
    return value, time.perf_counter() - start


def load_average() -> list[float] | None:
    """The machine's load average (1/5/15 min): other work slows every step."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None
