"""How the theme looks on a 360 px phone, measured in Debian Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser


@pytest.mark.parametrize("path", ["", "ar/", "ti/"])
def test_the_language_box_icon_keeps_its_size(browser: Browser, served: str, path: str) -> None:
    """It was squashed to a 6 px speck (a shrinking flex item, and Material's svg max-width)."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(served + path)
    box = page.locator(".lp-languages__icon svg").bounding_box()
    page.close()
    assert box is not None and box["width"] >= 24 and box["height"] >= 24, box


def test_the_phone_menu_has_no_table_of_contents_icon(browser: Browser, served: str) -> None:
    """The current page is a link in the menu, not a second panel behind a list icon."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(served + "grenzen/")
    page.locator("label.md-header__button[for=__drawer]").click()
    current = page.locator(".md-nav--primary a.md-nav__link--active")
    assert current.is_visible()
    toc = page.locator('.md-nav--primary label[for="__toc"]').all()
    assert toc and not any(label.is_visible() for label in toc)
    page.close()


@pytest.mark.parametrize("path", ["kontakte/", "ar/kontakte/"])
def test_icons_without_xmlns_are_drawn_as_svg(browser: Browser, served: str, path: str) -> None:
    """lotsenportal.site.compact leaves out `xmlns` on inline icons: the HTML parser puts them in
    the SVG namespace itself, so each is drawn at its size (the first and the reused ones)."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(served + path)
    icons = page.eval_on_selector_all(
        ".md-content .twemoji svg",
        """icons => icons.map(icon => [icon.namespaceURI, icon.getBBox().width,
                                      icon.getBoundingClientRect().width])""",
    )
    page.close()
    assert len(icons) >= 2, icons
    for namespace, drawn, shown in icons:
        assert namespace == "http://www.w3.org/2000/svg"
        assert drawn > 0 and shown > 0


@pytest.mark.parametrize("path", ["ar/", "ar/kontakte/", "ar/leichte-sprache/", "fa/grenzen/"])
def test_right_to_left_pages_do_not_scroll_sideways(
    browser: Browser, served: str, path: str
) -> None:
    """German text not translated yet sits left to right on an Arabic page; Material's
    right-to-left list indents put its bullets outside the column (one pixel of sideways
    scrolling on a 360 px phone)."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(served + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    page.close()
    assert width <= 360, width
