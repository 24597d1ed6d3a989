"""Shared helpers: a writable copy of the fixture data, and the repository layout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lotsenportal.languages import Language, from_mkdocs_yml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def languages() -> list[Language]:
    return from_mkdocs_yml(ROOT / "mkdocs.yml")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the small valid data set, safe to break."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "minimal", target)
    return target


def copy_project(target: Path) -> Path:
    """The parts of the repository a build reads, so a test build never touches docs/."""
    for name in ("docs", "overrides", "scripts/hooks"):
        shutil.copytree(
            ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", ".*.tmp")
        )
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / "scripts/lotsenportal").mkdir()  # watched by `mkdocs serve`; the code is installed
    return target
