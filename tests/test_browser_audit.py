"""Privacy, Content-Security-Policy and accessibility, proven in Debian Chromium."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from lotsenportal.checks import browser_audit, gates
from lotsenportal.data.languages import Language, from_mkdocs_yml

from .conftest import ROOT, shipped

# One page of each type, the first record of its kind in whatever the shipped data holds.
PAGE_TYPES = [
    "",
    "grenzen/",
    "kontakte/",
    *(f"projekte/{key}/" for key in list(shipped().projects)[:1]),
    *(f"orte/{key}/" for key in list(shipped().towns)[:1]),
    *(f"einsatzfelder/{key}/" for key in list(shipped().einsatzfelder)[:1]),
    *(f"aktuelles/{key}/" for key in list(shipped().news)[:1]),
    "aktuelles/",
    "impressum/",
    "flyer/",
    *(f"flyer/{key}/" for key in list(shipped().projects)[:1]),
]


def test_no_third_party_request_no_failed_request_no_cookie_no_csp_violation_in_any_language(
    site: Path, languages: list[Language]
) -> None:
    """Also: no request answered with 4xx/5xx (Material fetched sitemap.xml beside every
    hreflang link: 13 × 404 per page), and no page over the limit on a first visit."""
    pages = [lang.prefix + page for lang in languages for page in [*PAGE_TYPES, "404.html"]]
    result = gates.browser(site, pages, axe=False)
    assert result.passed, "\n".join([result.summary, *result.details])


def _german_copy(site: Path, tmp_path: Path) -> Path:
    """A copy of the German site only, safe to break."""
    bad = tmp_path / "site"
    others = [lang.code for lang in from_mkdocs_yml(ROOT / "mkdocs.yml") if not lang.default]
    shutil.copytree(site, bad, ignore=shutil.ignore_patterns(*others))
    return bad


def test_the_gate_catches_failed_requests_and_heavy_pages(site: Path, tmp_path: Path) -> None:
    bad = _german_copy(site, tmp_path)
    page = bad / "grenzen/index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "</body>", '<img src="../missing.png" alt=""><img src="../big.png" alt=""></body>'
        ),
        encoding="utf-8",
    )
    # Bytes gzip cannot shrink: a first visit over the limit.
    (bad / "big.png").write_bytes(random.Random(14).randbytes(browser_audit.PAGE_LIMIT))
    result = gates.browser(bad, ["grenzen/", "kontakte/"], axe=False)
    assert not result.passed
    assert "1 fehlgeschlagene Anfragen" in result.summary, result.summary
    assert "1 Seiten über 60 KB" in result.summary, result.summary
    assert len(result.details) == 1 and "404 /missing.png" in result.details[0]


@pytest.mark.parametrize("code", ["de", "ar", "ti"])
def test_no_axe_violations(site: Path, languages: list[Language], code: str) -> None:
    """WCAG 2.0/2.1 A and AA as axe-core checks it, left-to-right, right-to-left, Ethiopic."""
    lang = next(lang for lang in languages if lang.code == code)
    result = gates.browser(site, [lang.prefix + page for page in PAGE_TYPES])
    assert result.passed, "\n".join([result.summary, *result.details])


def test_the_gate_catches_inline_scripts_and_foreign_hosts(site: Path, tmp_path: Path) -> None:
    """The checks can fail: a page with an injected script and a third-party image."""
    bad = _german_copy(site, tmp_path)
    page = bad / "grenzen/index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(
        html.replace(
            "</body>",
            '<script>document.title="x"</script>'
            '<img src="https://tracker.example.org/pixel.png" alt=""></body>',
        ),
        encoding="utf-8",
    )
    result = gates.browser(bad, ["grenzen/"], axe=False)
    assert not result.passed
    assert "CSP-Verstöße" in result.summary and "0 CSP-Verstöße" not in result.summary


def test_every_page_carries_a_policy_without_unsafe_inline(site: Path) -> None:
    for file in list(site.rglob("*.html"))[:200]:
        html = file.read_text(encoding="utf-8")
        assert '<meta http-equiv="Content-Security-Policy" content="default-src ' in html, file
        assert "unsafe-inline" not in html.split("</head>")[0]
    headers = (site / "_headers").read_text(encoding="utf-8")
    assert "Strict-Transport-Security" in headers and "frame-ancestors 'none'" in headers


def test_first_visit_stays_within_the_weight_budget_in_the_readme(site: Path) -> None:
    """German and Arabic content page, first and repeat visit, measured in Chromium; every
    other page within the limit is checked by the browser gate (test above)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"\*\*Weight budget: (\d+) KB gzip\*\*", readme)
    assert stated and int(stated.group(1)) * 1024 == browser_audit.WEIGHT_BUDGET
    limit = re.search(r"\*\*every page of every language at most (\d+) KB\*\*", readme)
    assert limit and int(limit.group(1)) * 1024 == browser_audit.PAGE_LIMIT
    with gates.serve(site) as base:
        for page in ("grenzen/", "ar/grenzen/"):
            first, repeat = browser_audit.visits(base, page)
            assert first.size <= browser_audit.WEIGHT_BUDGET, (page, first)
            assert first.failed == [], (page, first.failed)
            assert not first.loads_search, first.urls  # search loads when opened, not before
            assert repeat.size < 8 * 1024, (page, repeat)  # the cache serves the rest


def test_material_stylesheets_are_trimmed_and_pages_point_at_the_trimmed_files(
    site: Path,
) -> None:
    sheets = {p.name for p in (site / "assets/stylesheets").glob("*.css")}
    assert sheets and all(".lp.min.css" in name for name in sheets), sheets
    home = (site / "index.html").read_text(encoding="utf-8")
    for name in sheets:
        assert name in home


def test_html_is_valid(site: Path, languages: list[Language]) -> None:
    """Nu validator on every page type of three languages (make check-html: every page)."""
    files = [
        site / lang.prefix / page / "index.html" for lang in languages[:3] for page in PAGE_TYPES
    ]
    result = gates.html(site, [*files, site / "404.html"])
    assert result.passed, "\n".join([result.summary, *result.details])


def test_html_gate_finds_errors(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<!doctype html><html lang=de><title>x</title><p><div></p>", encoding="utf-8")
    assert not gates.html(tmp_path, [page]).passed
