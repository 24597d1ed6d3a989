"""How the commands show data problems: each on stderr as `path:line:col: …`, and in GitHub
Actions (or with `validate --format github`) also as a workflow command, so it shows on the
changed line of a pull request."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..data.dataset import Dataset
from ..data.messages import say
from ..data.problems import DataError, Problem, Severity


def _annotation(problem: Problem, data_dir: Path) -> str:
    """A GitHub Actions workflow command, so the problem shows on the changed line of a PR."""
    file = os.path.relpath(data_dir / problem.path, Path.cwd())
    level = "error" if problem.severity is Severity.ERROR else "warning"
    message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    file = file.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
    return f"::{level} file={file},line={problem.line},col={problem.column}::{message}"


# `validate --format github`: annotations even outside GitHub Actions (and in tests).
GITHUB = {"on": False}


def print_problems(problems: list[Problem], data_dir: Path) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)
    if GITHUB["on"] or os.environ.get("GITHUB_ACTIONS") == "true":
        for problem in problems:
            print(_annotation(problem, data_dir))


def _summary(dataset: Dataset) -> str:
    return say(
        "summary",
        projects=len(dataset.projects),
        contacts=len(dataset.contacts),
        felder=len(dataset.einsatzfelder),
        towns=len(dataset.towns),
        news=len(dataset.news),
    )


def checked(run: Callable[[], Dataset], data_dir: Path) -> int:
    """Run a data step; on data errors print every problem and return 1, never a traceback."""
    try:
        dataset = run()
    except DataError as err:
        print_problems(err.problems.errors + err.problems.warnings, data_dir)
        print(say("failed", count=len(err.problems.errors)), file=sys.stderr)
        return 1
    print_problems(dataset.warnings, data_dir)
    print(say("ok", summary=_summary(dataset), warnings=len(dataset.warnings)))
    return 0
