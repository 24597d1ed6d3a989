"""Shared helpers: a writable copy of the fixture data, and the repository layout."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, sync_playwright

from lotsenportal.build import workspace
from lotsenportal.checks.browser_audit import CHROMIUM_ARGS, chromium
from lotsenportal.checks.gates import serve
from lotsenportal.data.dataset import Dataset
from lotsenportal.data.languages import Language, from_mkdocs_yml
from lotsenportal.data.loading import load_dataset

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def languages() -> list[Language]:
    return from_mkdocs_yml(ROOT / "mkdocs.yml")


@functools.cache
def shipped() -> Dataset:
    """The shipped data/ folder as loaded. Tests of the shipped data read what they check from
    here and never name its people, projects or counts: the Kreis edits data/ every week."""
    codes = [lang.code for lang in from_mkdocs_yml(ROOT / "mkdocs.yml")]
    return load_dataset(ROOT / "data", codes)


def unpublished_names(dataset: Dataset) -> list[str]:
    """The names of the contacts without consent (the dataset itself keeps only their files)."""
    names = []
    for path in dataset.unpublished:
        record = yaml.safe_load((dataset.root / path).read_text(encoding="utf-8-sig"))
        names.append(str(record["name"]))
    return names


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the small valid data set, safe to break."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "minimal", target)
    return target


def copy_project(target: Path) -> Path:
    """The parts of the repository a build reads, so a test build never touches docs/."""
    codes = [lang.code for lang in from_mkdocs_yml(ROOT / "mkdocs.yml")]
    return workspace.copy_project(ROOT, target, codes)


def build(
    project: Path, data: Path, site: Path, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of a project copy with the given data folder."""
    env = {**os.environ, "LOTSENPORTAL_DATA": str(data), "NO_MKDOCS_2_WARNING": "1", **extra_env}
    env.pop("SITE_DIR", None)
    return subprocess.run(
        [
            str(Path(sys.executable).parent / "mkdocs"),
            "build",
            "--strict",
            "--quiet",
            "--site-dir",
            str(site),
        ],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped data built once per test run, in a copy of the project."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    target = project / "built"
    result = build(project, ROOT / "data", target)
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture(scope="session")
def served(site: Path) -> Iterator[str]:
    """The built site on http://127.0.0.1:<free port>/ for browser tests."""
    with serve(site) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, one per test module (the audit module runs its own, async)."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()
