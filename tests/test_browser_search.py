"""Search in a real browser (Debian Chromium): each language searches its own pages."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page

from lotsenportal.checks.browser_audit import SEARCH_FILES


def search(page: Page, url: str, query: str) -> list[tuple[str, str]]:
    """Open `url`, type `query` into the search box, return (link, title) of each result."""
    page.goto(url)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material searches on key-up; filled non-Latin text sends none
    page.wait_for_selector(".md-search-result__list > li", timeout=10_000)
    links = page.locator(".md-search-result__list a.md-search-result__link").all()
    return [(str(a.get_attribute("href")), a.locator("h1, h2").first.inner_text()) for a in links]


@pytest.mark.parametrize(
    ("lang", "word"), [("ar", "المرشدون"), ("uk", "супровідники"), ("fr", "accompagnateurs")]
)
def test_search_returns_only_pages_of_the_readers_language(
    browser: Browser, served: str, lang: str, word: str
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    results = search(page, f"{served}{lang}/", word)
    assert results
    for href, title in results:
        assert urlparse(href).path.startswith(f"/{lang}/"), (href, title)
    indexes = {urlparse(u).path for u in requests if u.endswith("search_index.json")}
    # Its own index, and the German one it names for German words (not a copy inside it).
    assert indexes == {f"/{lang}/search/search_index.json", "/search/search_index.json"}
    page.close()


def test_german_word_from_a_letter_finds_marked_german_fallback(
    browser: Browser, served: str
) -> None:
    """Readers type the German word from their letter: German fallback pages are found, marked."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    results = search(page, f"{served}fa/", "Vernetzungstreffen")
    german = [href for href, title in results if title.startswith("[آلمانی]")]
    assert german and all(not urlparse(href).path.startswith("/fa/") for href in german), results
    page.close()


def test_german_site_searches_german_pages(browser: Browser, served: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    results = search(page, served, "Lotsen")
    prefixes = {urlparse(h).path.split("/")[1] for h, _ in results}
    assert not prefixes & {"en", "ar", "fa", "uk"}
    page.close()


@pytest.mark.parametrize("lang", ["", "ar/"])
def test_search_loads_nothing_until_the_reader_opens_it(
    browser: Browser, served: str, lang: str
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{served}{lang}grenzen/", wait_until="networkidle")
    page.wait_for_timeout(300)
    assert not [u for u in requests if any(part in u for part in SEARCH_FILES)], requests
    with page.expect_request(re.compile(r"/search/search_index\.json$")) as index:
        page.locator("input.md-search__input").click()  # opening search
    assert urlparse(index.value.url).path == f"/{lang}search/search_index.json"
    page.keyboard.type("Notruf")
    page.wait_for_selector(".md-search-result__list > li", timeout=10_000)
    page.close()


@pytest.mark.parametrize("path", ["", "aktuelles/", "ar/grenzen/"])
def test_opening_search_on_a_phone_requests_nothing_that_fails(
    browser: Browser, served: str, path: str
) -> None:
    """Material's script comes with search, and fetches sitemap.xml beside every
    <link rel="alternate"> of the page (the news feed's too)."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: failed.append(f"{r.failure} {r.url}"))
    page.goto(served + path, wait_until="networkidle")
    page.locator("label.md-header__button[for=__search]").click()
    page.keyboard.type("Lotse")
    page.wait_for_selector(".md-search-result__list > li", timeout=10_000)
    page.wait_for_load_state("networkidle")
    page.close()
    assert failed == []
