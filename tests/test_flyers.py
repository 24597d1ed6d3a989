"""Printable flyers: one A4 sheet per project and language whose QR code leads to that
project's page in that language — decoded from what Chromium draws, and printed as PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
import zxingcpp  # type: ignore[import-untyped]
from bs4 import BeautifulSoup
from PIL import Image
from playwright.sync_api import Browser

from lotsenportal.flyers import print_pdfs, project_url, qr_svg
from lotsenportal.languages import Language

from .conftest import shipped

SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default site_url, used by the test build
PROJECTS = tuple(shipped().projects)  # whatever the shipped data holds


def flyer_html(site: Path, lang: Language, project: str) -> BeautifulSoup:
    page = site / lang.prefix / "flyer" / project / "index.html"
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def test_every_project_has_a_flyer_in_every_language(site: Path, languages: list[Language]) -> None:
    for lang in languages:
        for project in PROJECTS:
            soup = flyer_html(site, lang, project)
            assert soup.html is not None and soup.html["lang"] == lang.code
            caption = soup.select_one(".lp-flyer__qr figcaption")
            assert caption is not None and project_url(SITE_URL, lang, project) in caption.text


def test_the_qr_code_on_each_flyer_encodes_its_own_page(
    site: Path, languages: list[Language]
) -> None:
    """Every printed code is exactly the code of the right address (segno is deterministic)."""
    for lang in languages:
        for project in PROJECTS:
            svg = flyer_html(site, lang, project).select_one(".lp-flyer__qr svg")
            assert svg is not None
            expected = qr_svg(project_url(SITE_URL, lang, project), "x")
            path = re.search(r' d="([^"]+)"', expected)
            assert path is not None and svg.find("path")["d"] == path.group(1), (lang, project)


@pytest.mark.parametrize(
    ("lang", "project"), [("", PROJECTS[0]), ("ar/", PROJECTS[-1]), ("ti/", PROJECTS[0])]
)
def test_a_phone_camera_reads_the_printed_code(
    browser: Browser, served: str, lang: str, project: str
) -> None:
    page = browser.new_page(viewport={"width": 794, "height": 1123})
    page.emulate_media(media="print")
    page.goto(f"{served}{lang}flyer/{project}/")
    picture = Image.open(io.BytesIO(page.locator(".lp-flyer__qr svg").screenshot()))
    page.close()
    found = zxingcpp.read_barcodes(picture)
    assert [code.text for code in found] == [f"{SITE_URL}{lang}projekte/{project}/"]


def test_every_project_page_links_to_its_flyer(site: Path) -> None:
    for project in PROJECTS:
        soup = BeautifulSoup(
            (site / "projekte" / project / "index.html").read_text(encoding="utf-8"), "html.parser"
        )
        assert soup.select_one(f'a[href$="flyer/{project}/"]') is not None, project


def test_the_german_flyer_list_offers_every_language(site: Path, languages: list[Language]) -> None:
    soup = BeautifulSoup((site / "flyer/index.html").read_text(encoding="utf-8"), "html.parser")
    links = {a["href"] for a in soup.select("article a")}
    for lang in languages:
        assert f"../{lang.prefix}flyer/{PROJECTS[0]}/" in links


def test_flyers_stay_out_of_search(site: Path) -> None:
    index = (site / "search/search_index.json").read_text(encoding="utf-8")
    assert "flyer/" not in index


def test_each_flyer_prints_on_one_a4_page(
    site: Path, tmp_path: Path, languages: list[Language]
) -> None:
    written = print_pdfs(site, tmp_path)
    assert len(written) == len(languages) * len(PROJECTS)
    for pdf in written:
        pages = pypdf.PdfReader(pdf).pages
        assert len(pages) == 1, pdf
        width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
        assert (round(width), round(height)) == (595, 842), pdf  # A4 in points
    assert (tmp_path / "ti" / f"{PROJECTS[0]}.pdf").is_file()
