"""Printable flyers: one A4 sheet per project and language whose QR code leads to that
project's page in that language — decoded from what Chromium draws, and printed as PDF."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pypdf
import pytest
import zxingcpp  # type: ignore[import-untyped]
from bs4 import BeautifulSoup
from PIL import Image
from playwright.sync_api import Browser

from lotsenportal.build.flyer_pdfs import print_pdfs
from lotsenportal.checks.gates import serve
from lotsenportal.data.languages import Language
from lotsenportal.render.flyers import project_url, qr_svg

from . import fixture_build
from .conftest import shipped
from .pdf_glyphs import pdf_glyphs

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


# -- on paper: the invented fixture data, printed ---------------------------------------------


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_build.fixture_site(tmp_path_factory.getbasetemp())


FIXTURE_PROJECT = "beispiel-lotsen"


def test_a_printed_flyer_names_whom_to_call_with_the_number_written_out(
    fixture_site: Path, languages: list[Language]
) -> None:
    for lang in languages:
        soup = flyer_html(fixture_site, lang, FIXTURE_PROJECT)
        route = soup.select_one(".lp-flyer .lp-route")
        assert route is not None, lang.code
        reach = route.select("a[href^='tel:'], a[href^='mailto:']")
        assert reach, lang.code
        for link in reach:  # on paper only the text is left: it must be the number or address
            written = link.get_text().replace(" ", "").replace("-", "")
            target = str(link["href"]).split(":", 1)[1]
            assert written.lstrip("0") in target.replace("+49", "") or written == target
        assert "2026" in soup.select(".lp-flyer .lp-reviewed")[-1].get_text(), lang.code


def test_the_draft_notice_prints_as_one_line_without_links(
    browser: Browser, fixture_site: Path
) -> None:
    with serve(fixture_site) as base:
        page = browser.new_page(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi
        page.emulate_media(media="print")
        for code in ("ar", "ti", "uk"):
            page.goto(f"{base}{code}/flyer/{FIXTURE_PROJECT}/")
            notice = page.locator(".lp-notice")
            assert notice.is_visible(), code
            assert all(not link.is_visible() for link in notice.locator("a").all()), code
            box = notice.bounding_box()
            line = page.evaluate(
                "n => parseFloat(getComputedStyle(n.querySelector('[aria-hidden=true]'))"
                ".lineHeight) || 14",
                notice.element_handle(),
            )
            assert box is not None and box["height"] < 2 * line + 12, (code, box, line)
        page.close()


def test_the_german_flyer_list_names_each_language_in_german_and_in_its_own_script(
    fixture_site: Path,
) -> None:
    soup = BeautifulSoup((fixture_site / "flyer/index.html").read_text("utf-8"), "html.parser")
    cells = {" ".join(td.get_text().split()) for td in soup.select("article td")}
    for expected in ("Persisch – فارسی", "Paschtu – پښتو", "Arabisch – العربية"):
        assert expected in cells, cells
    assert "Tigrinya – ትግርኛ" in cells and "Deutsch" in cells


def test_every_german_project_page_links_the_list_of_all_flyers(fixture_site: Path) -> None:
    page = fixture_site / "projekte" / FIXTURE_PROJECT / "index.html"
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    assert soup.select_one("article a[href='../../flyer/']") is not None


_BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_LETTERS = {  # the script's letters (Arabic: with its presentation forms, the joined shapes)
    "ar": re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]"),
    "ti": re.compile(r"[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]"),
}
_PRESENTATION_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]")


def _in_script(text: str, code: str) -> bool:
    """Text written only in the reader's script (and spaces and punctuation)."""
    return bool(_LETTERS[code].search(text)) and not re.search(r"[A-Za-zÄÖÜäöüß0-9]", text)


_MARKS = re.compile("[\u064b-\u065f\u0670]")  # Arabic vowel marks (tanwin, shadda, …)


def _as_poppler_reads(text: str) -> str:
    """pdftotext reads the lam-alef ligature (لا) back as alef-lam, and puts a vowel mark
    before its letter: compare the letters, in their order, without the marks."""
    return re.sub("ل([اأإآ])", r"\1ل", _MARKS.sub("", text))


@pytest.mark.parametrize("code", ["ar", "ti"])
def test_the_printed_pdf_shows_arabic_and_tigrinya_letters_not_boxes(
    fixture_site: Path, tmp_path: Path, code: str
) -> None:
    """`make flyers-pdf` for Arabic and Tigrinya: the letters are drawn with a font that has
    them (no glyph 0, the empty box), Arabic letters in their joined forms, and the text reads
    back from the PDF as the right letters in logical order."""
    [pdf] = print_pdfs(fixture_site, tmp_path, only={code})
    glyphs = pdf_glyphs(pdf)
    assert glyphs and not [g for g in glyphs if g.gid == 0], [g for g in glyphs if g.gid == 0]
    drawn = [g for g in glyphs if _LETTERS[code].search(g.text)]
    assert len(drawn) > 50, len(drawn)  # the sheet's text is in the reader's script
    if code == "ar":  # joined: a letter drawn in more than one form, or as a joined form
        forms: dict[str, set[tuple[str, int]]] = {}
        for glyph in drawn:
            forms.setdefault(glyph.text, set()).add((glyph.font, glyph.gid))
        joined = [g.text for g in drawn if _PRESENTATION_FORMS.search(g.text)]
        assert joined or max(len(f) for f in forms.values()) > 1, forms
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts.stdout  # every font embedded
    used = {g.font_name for g in drawn}  # e.g. NotoSansEthiopic-Regular, DejaVuSans
    assert all(any(name in row for row in rows) for name in used), (used, fonts.stdout)
    # The text as a program reads it: every heading in the script, in logical order.
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    read = " ".join(text.stdout.translate(_BIDI_MARKS).split())
    soup = flyer_html(fixture_site, Language(code, code), FIXTURE_PROJECT)
    headings = [" ".join(h.get_text().split()) for h in soup.select(".lp-flyer :is(h1, h2)")]
    own = [h for h in headings if _in_script(h, code)]
    assert own, headings
    for heading in own:
        letters = _MARKS.sub("", read)
        assert heading in read or _as_poppler_reads(heading) in letters, (heading, read)
    # pdftoppm draws the sheet as a printer would; the picture stays beside the PDF.
    picture = tmp_path / code / "flyer"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(picture)], check=True
    )
    image = Image.open(picture.with_suffix(".png")).convert("L")
    assert image.crop((0, 0, image.width, image.height // 3)).getextrema()[0] < 80  # ink on top


@pytest.mark.parametrize(
    ("address", "warned"),
    [("http://127.0.0.1:8000/", True), ("https://lotsen.example.org/", False)],
)
def test_printing_flyers_of_a_preview_build_warns(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    address: str,
    warned: bool,
) -> None:
    """On paper a QR code to 127.0.0.1 leads nowhere: `make flyers-pdf` says so first."""
    from lotsenportal import cli
    from lotsenportal.build import flyer_pdfs

    (tmp_path / "sitemap.xml").write_text(f"<urlset><url><loc>{address}</loc></url></urlset>")
    monkeypatch.setattr(flyer_pdfs, "print_pdfs", lambda site, out: [out / "de" / "x.pdf"])
    assert cli.main(["flyers", "--site", str(tmp_path), "--out", str(tmp_path / "pdf")]) == 0
    err = capsys.readouterr().err
    assert ("keine öffentliche Adresse" in err) is warned
    if warned:
        assert "127.0.0.1" in err and "make site PUBLISH=1" in err
