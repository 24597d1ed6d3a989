"""A private copy of the project for one build: its own docs/ (the hand-written pages, without
what the generator owns), the theme overrides, the hooks and mkdocs.yml.

Builds that run side by side – the Kreise of a federation, the benchmark – each get one, so
they never write generated pages into the same docs/ folder.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..data.layout import GENERATED_DIRS, GENERATED_FILES


def _ignore_generated(docs: Path, languages: Sequence[str]) -> Callable[[str, list[str]], set[str]]:
    """For copytree: skip what the generator owns in docs/<lang>/ (it is rebuilt from data)."""
    owned = set(GENERATED_DIRS) | set(GENERATED_FILES)
    language_dirs = {(docs / lang).resolve() for lang in languages}

    def ignore(directory: str, names: list[str]) -> set[str]:
        skipped = {n for n in names if n == "__pycache__" or re.match(r"^\..*\.tmp$", n)}
        if Path(directory).resolve() in language_dirs:
            skipped |= owned & set(names)
        return skipped

    return ignore


def copy_project(root: Path, target: Path, languages: Sequence[str], *, docs: bool = True) -> Path:
    """The parts of the repository a build reads, without the pages generated from the
    shipped data (`docs=False`: an empty docs/ folder, for a site made only of generated
    pages)."""
    if docs:
        shutil.copytree(
            root / "docs", target / "docs", ignore=_ignore_generated(root / "docs", languages)
        )
    else:
        (target / "docs").mkdir(parents=True)
    for name in ("overrides", "scripts/hooks"):
        shutil.copytree(
            root / name, target / name, ignore=shutil.ignore_patterns("__pycache__", ".*.tmp")
        )
    if (root / "locale").is_dir():  # the labels' translations (locale/<lang>/LC_MESSAGES/ui.po)
        shutil.copytree(root / "locale", target / "locale")
    shutil.copy(root / "mkdocs.yml", target / "mkdocs.yml")
    (target / "scripts/lotsenportal").mkdir()  # watched by `mkdocs serve`; the code is installed
    return target


def replace_top_level(text: str, replacements: dict[str, str | None]) -> str:
    """mkdocs.yml with top-level keys replaced by the given YAML block (None: dropped); keys
    not in the file are appended. Works on the text, so `!ENV` tags and comments stay."""
    out: list[str] = []
    skipping = False
    done: set[str] = set()
    for line in text.splitlines(keepends=True):
        if line.strip() and not line[0].isspace():  # a top-level key (or comment) starts
            top = re.match(r"^([A-Za-z_][\w-]*):", line)
            skipping = top is not None and top.group(1) in replacements
            if top is not None and skipping:
                done.add(top.group(1))
                block = replacements[top.group(1)]
                if block is not None:
                    out.append(block.rstrip("\n") + "\n")
        if not skipping:
            out.append(line)
    for key, block in replacements.items():
        if key not in done and block is not None:
            out.append(block.rstrip("\n") + "\n")
    return "".join(out)


@dataclass(frozen=True)
class BuildRun:
    returncode: int
    output: str  # stdout and stderr, for the report of a failed build
    seconds: float


def mkdocs_build(project: Path, env: Mapping[str, str]) -> BuildRun:
    """`mkdocs build --strict --quiet` of `project` in its own process, with `env` added to
    this process's environment (data folder, SITE_DIR, SITE_URL, language part …)."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    return BuildRun(result.returncode, output, time.perf_counter() - started)
