"""Never a dead end: from every page a reader reaches a phone number or e-mail address.

Built from the invented fixture data (and, for what holds for any valid data, the shipped
data built once per test run): every home, town, project and contacts page of every language
ends with the route to a person and has a `tel:` or `mailto:` link; the home page shows it
on the first 360 × 740 screen, beside the town finder; in right-to-left languages numbers,
addresses and German names read left to right (walked in Chromium)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page

from lotsenportal.checks.gates import serve
from lotsenportal.data.languages import Language

from .conftest import FIXTURES, build, copy_project

TOWNS = ("Musterstadt", "Beispieldorf")  # one served by a project, one not
VIEWPORT = {"width": 360, "height": 740}
REACH = "article a[href^='tel:'], article a[href^='mailto:']"


@pytest.fixture(scope="module")
def fixture_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("reach"))
    result = build(project, FIXTURES / "minimal", project / "built")
    assert result.returncode == 0, result.stderr
    return project / "built"


@pytest.fixture(scope="module")
def fixture_site(fixture_build: Path) -> Iterator[str]:
    with serve(fixture_build) as base:
        yield base


def _reader_pages(site: Path, lang: Language) -> list[Path]:
    """Home, towns, projects and contacts of one language."""
    top = site / lang.prefix
    pages = [top / "index.html", top / "kontakte/index.html"]
    for folder in ("orte", "projekte"):
        pages += sorted((top / folder).glob("*/index.html"))
        pages.append(top / folder / "index.html")
    return pages


def _reach_links(file: Path) -> list[str]:
    page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
    article = page.select_one("article")
    assert article is not None, file
    return [str(a["href"]) for a in article.select("a[href^='tel:'], a[href^='mailto:']")]


def _every_page_reaches_a_person(site: Path, languages: list[Language]) -> None:
    without = [
        str(file.relative_to(site))
        for lang in languages
        for file in _reader_pages(site, lang)
        if not _reach_links(file)
    ]
    assert without == []


def test_every_page_of_the_fixture_site_has_a_phone_or_email_link(
    fixture_build: Path, languages: list[Language]
) -> None:
    _every_page_reaches_a_person(fixture_build, languages)


def test_every_page_of_the_shipped_site_has_a_phone_or_email_link(
    site: Path, languages: list[Language]
) -> None:
    # Holds for any valid data: validation refuses a route whose last level has neither.
    _every_page_reaches_a_person(site, languages)


def test_no_vcard_holds_just_a_name(site: Path, fixture_build: Path) -> None:
    import vobject

    for built in (site, fixture_build):
        cards = sorted(built.rglob("*.vcf"))
        assert cards, built
        for card in cards:
            parsed = vobject.readOne(card.read_text(encoding="utf-8"))
            assert {"tel", "email", "url"} & set(parsed.contents), card
        # Every "save contact" link leads to such a card.
        for html in built.rglob("*.html"):
            page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
            for link in page.select('a[download][href$=".vcf"]'):
                assert (html.parent / str(link["href"])).resolve().is_file(), (html, link)


def test_every_town_reaches_a_phone_or_email_in_two_clicks(
    browser: Browser, fixture_site: str, languages: list[Language]
) -> None:
    page = browser.new_page(viewport=VIEWPORT)
    for lang in languages:
        for town in TOWNS:
            page.goto(fixture_site + lang.prefix)  # home page
            with page.expect_navigation():
                page.locator(".lp-towns a", has_text=town).click()  # click 1: the town
            reach = page.locator(REACH)
            assert reach.count() > 0, (lang.code, town, page.url)  # click 2: call or write
            assert reach.first.is_visible()
    page.close()


def _in_first_screen(page: Page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 44) <= 740


def test_first_screen_of_every_home_page_shows_whom_to_call_and_the_town_finder(
    browser: Browser, fixture_site: str, languages: list[Language]
) -> None:
    page = browser.new_page(viewport=VIEWPORT)
    for lang in languages:
        page.goto(fixture_site + lang.prefix)
        assert _in_first_screen(page, REACH), lang.code
        assert _in_first_screen(page, "nav.lp-towns"), lang.code
        # The draft notice of a translated home page is one line.
        notice = page.locator(".lp-notice p")
        if notice.count():
            line = float(notice.evaluate("p => parseFloat(getComputedStyle(p).lineHeight)"))
            height = notice.bounding_box()
            assert height is not None and height["height"] < 2.5 * line, lang.code
            assert notice.locator("a[href*='uebersetzungen']").count() == 1, lang.code
    page.close()


def _char_left(page: Page, selector: str, index: int) -> float:
    """Where the character at `index` of the element's text is drawn (negative: from the
    end)."""
    return float(
        page.locator(selector).first.evaluate(
            """(el, index) => {
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                const nodes = [];
                while (walker.nextNode()) if (walker.currentNode.data.trim()) nodes.push(walker.currentNode);
                const node = index < 0 ? nodes[nodes.length - 1] : nodes[0];
                const text = node.data.replace(/\\s+$/, "");
                const at = index < 0 ? text.length + index : index;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + 1);
                return range.getBoundingClientRect().left;
            }""",
            index,
        )
    )


def test_phone_numbers_and_german_names_read_left_to_right_in_arabic(
    browser: Browser, fixture_site: str
) -> None:
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(fixture_site + "ar/projekte/beispiel-lotsen/")
    phone = "article a[href^='tel:']"
    style = page.locator(phone).first.evaluate(
        "a => [getComputedStyle(a).direction, getComputedStyle(a).unicodeBidi]"
    )
    assert style == ["ltr", "isolate"]
    # "06172 123456": the first digit is drawn left of the last one (not "123456 06172").
    assert _char_left(page, phone, 0) < _char_left(page, phone, -1)
    # "Beispielverein e. V.": the full stop stays at the end, right of the "B".
    carrier = "article a[href$='#beispielverein'] bdi"
    assert page.locator(carrier).count() > 0
    assert _char_left(page, carrier, 0) < _char_left(page, carrier, -1)
    # German text shown on the Arabic page (sources, labels not yet translated) is marked.
    for german in page.locator("article [lang='de']").all():
        assert german.get_attribute("dir") == "ltr"
    page.close()


def test_german_snippets_in_arabic_search_results_take_their_own_direction(
    browser: Browser, fixture_site: str
) -> None:
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(fixture_site + "ar/")
    # Material writes results into this structure when search is opened.
    bidi = page.evaluate(
        """() => {
            const result = document.createElement("div");
            result.className = "md-search-result";
            result.innerHTML = '<article><h1>x</h1><p>Beispielverein e. V.</p></article>';
            document.querySelector(".md-content").appendChild(result);
            return getComputedStyle(result.querySelector("p")).unicodeBidi;
        }"""
    )
    assert bidi == "plaintext"
    page.close()


def test_was_ist_ein_lotse_links_the_projects(fixture_build: Path) -> None:
    # The fixture has neither shipped project: the links go to the list of projects.
    for lang in ("", "ar/"):
        file = fixture_build / lang / "was-ist-ein-lotse/index.html"
        page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        targets = [str(a["href"]) for a in page.select("article li a[href*='projekte']")]
        assert targets.count("../projekte/") >= 2, targets
