"""What validation found: errors stop the build, warnings are only shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .messages import say


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, located in a data file (`path` is relative to the data folder)."""

    path: Path
    line: int
    column: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "" if self.severity is Severity.ERROR else f"{say('warning')}: "
        return f"{self.path.as_posix()}:{self.line}:{self.column}: {prefix}{self.message}"


@dataclass
class Problems:
    """Collects every problem of a run, so staff see all of them at once."""

    items: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.items.append(problem)

    def extend(self, problems: list[Problem]) -> None:
        self.items.extend(problems)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def errors(self) -> list[Problem]:
        return sorted(p for p in self.items if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> list[Problem]:
        return sorted(p for p in self.items if p.severity is Severity.WARNING)


class DataError(Exception):
    """The data cannot be published; `problems` says why and where."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems
        count = len(problems.errors)
        super().__init__(say("data_errors", count=count))
