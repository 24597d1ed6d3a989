"""The offline copy under axe-core, as the site's pages are (a module of its own: the audit
runs its own event loop, which the sync browser of test_offline.py would hold)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lotsenportal.checks import browser_audit, gates

from . import fixture_build
from .test_offline import unzip


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_build.fixture_site(tmp_path_factory.getbasetemp())


@pytest.mark.parametrize("code", ["ar", "ti"])
def test_the_copy_has_no_axe_violations(fixture_site: Path, tmp_path: Path, code: str) -> None:
    """WCAG 2.0/2.1 A and AA as axe-core checks it, right-to-left and Ethiopic."""
    root = unzip(fixture_site, code, tmp_path)
    with gates.serve(root) as base:
        (result,) = browser_audit.audit(base, [""])
    assert result.violations == [], result.violations
    assert result.failed_requests == [] and result.csp_violations == []
