"""Keyboard and small screens, in Debian Chromium: skip link, visible focus, language switcher
and search without a mouse, and no sideways scrolling at 320 px (200 % zoom of 640 px)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from .conftest import shipped

# Whatever the shipped data holds: a project and a town whose name is part of no other.
PROJECT = [f"ar/projekte/{key}/" for key in list(shipped().projects)[:1]]
_NAMES = [town.model.name for town in shipped().towns.values()]
TOWN = next(n for n in _NAMES if sum(n.casefold() in m.casefold() for m in _NAMES) == 1)
TOWN_ID = next(key for key, town in shipped().towns.items() if town.model.name == TOWN)


def focused(page: Page) -> dict[str, str]:
    return page.evaluate("""() => {
        const e = document.activeElement, s = getComputedStyle(e);
        return {tag: e.tagName, cls: e.className || '', text: e.textContent.trim(), href: e.getAttribute('href') || '',
                outline: s.outlineStyle + ' ' + s.outlineWidth, shadow: s.boxShadow};
    }""")


@pytest.mark.parametrize("path", ["", "ar/"])
def test_first_tab_reaches_a_visible_skip_link(browser: Browser, served: str, path: str) -> None:
    page = browser.new_page()
    page.goto(served + path)
    page.keyboard.press("Tab")
    element = focused(page)
    assert ("md-skip" in element["cls"] and element["href"] == "#wo-wohnen-sie") or element[
        "href"
    ].startswith("#")
    assert page.locator("a.md-skip").is_visible()
    page.close()


def test_focus_is_visible_on_links(browser: Browser, served: str) -> None:
    page = browser.new_page()
    page.goto(served + "grenzen/")
    page.locator("article a").first.focus()
    element = focused(page)
    assert element["outline"] != "none 0px" or element["shadow"] != "none", element
    page.close()


def test_language_switcher_works_with_the_keyboard(browser: Browser, served: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(served + "grenzen/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if focused(page)["href"].endswith("/ar/grenzen/"):
            break
    else:
        pytest.fail("the Arabic entry of the language switcher cannot be reached with Tab")
    assert page.locator('a.md-select__link[hreflang="ar"]').is_visible()
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/grenzen/")
    page.close()


def test_search_works_with_the_keyboard(browser: Browser, served: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(served)
    page.keyboard.press("/")  # Material's shortcut opens search
    page.keyboard.type("Notruf")
    page.wait_for_selector(".md-search-result__list > li", timeout=10_000)
    page.keyboard.press("ArrowDown")
    # Wait for the page the result leads to: closing a page mid-navigation hangs Chromium.
    with page.expect_navigation(url="**/grenzen/**"):
        page.keyboard.press("Enter")
    assert page.locator("h1").first.is_visible()
    page.close()


@pytest.mark.parametrize("path", ["", "kontakte/", *PROJECT, "ti/", "uk/grenzen/"])
def test_no_sideways_scrolling_at_320_px(browser: Browser, served: str, path: str) -> None:
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(served + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"{path}: {width} px wide"
    page.close()


@pytest.mark.parametrize(("path", "typed"), [("", TOWN.lower()), ("ar/", TOWN)])
def test_town_finder_filters_the_list_and_enter_opens_the_town(
    browser: Browser, served: str, path: str, typed: str
) -> None:
    page = browser.new_page(viewport={"width": 400, "height": 800})
    page.goto(served + path)
    field = page.locator(".lp-towns__filter input")
    field.fill(typed)
    found = page.locator(".lp-towns li:visible").all_inner_texts()
    assert len(found) == 1 and TOWN in found[0]  # beside a spelling in the reader's script
    with page.expect_navigation(url=f"**/{path}orte/{TOWN_ID}/"):
        field.press("Enter")
    page.close()


def test_town_finder_says_when_nothing_matches(browser: Browser, served: str) -> None:
    page = browser.new_page()
    page.goto(served)
    page.locator(".lp-towns__filter input").fill("Xyzzy kein Ort")
    assert page.locator(".lp-towns li:visible").count() == 0
    none = page.locator("nav.lp-towns").get_attribute("data-filter-none")
    assert none and page.locator(".lp-towns__status").inner_text() == none
    page.close()
