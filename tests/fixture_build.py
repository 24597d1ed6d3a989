"""The invented fixture data (tests/fixtures/minimal) built once per test run, for the test
modules that read a built site of it (offline copies, printed flyers): one build, not one per
module."""

from __future__ import annotations

import functools
from pathlib import Path

from .conftest import FIXTURES, build, copy_project


@functools.cache
def fixture_site(base: Path) -> Path:
    """The built fixture site under `base` (the test run's temporary folder), at the preview
    address."""
    project = copy_project(base / "fixture-build")
    result = build(project, FIXTURES / "minimal", project / "built")
    assert result.returncode == 0, result.stderr
    return project / "built"
