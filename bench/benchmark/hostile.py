"""Hostile input (`--sizes hostile`): bounded work however a data file is made. The synthetic
"mini" folder with one hostile file at a time – an alias bomb, deep nesting, a 50 MB data file,
a 50 MB catalog – validated in a fresh process each.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lotsenportal.data.languages import Language

from .. import synthetic
from .runs import say

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
from lotsenportal.data.loading import load_dataset
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
