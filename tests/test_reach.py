"""From the home page of any language, a reader reaches a phone number or e-mail address to
ask for a Lotse in at most two clicks, for every town — walked in Chromium.

Built from the invented fixture data, whose people have phone numbers and e-mail addresses:
the shipped data need not have any (then the town pages name whom to ask instead), and this
test shows the path works as soon as the Kreis adds them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from lotsenportal.gates import serve
from lotsenportal.languages import Language

from .conftest import FIXTURES, build, copy_project

TOWNS = ("Musterstadt", "Beispieldorf")  # one served by a project, one not


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = copy_project(tmp_path_factory.mktemp("reach"))
    result = build(project, FIXTURES / "minimal", project / "built")
    assert result.returncode == 0, result.stderr
    with serve(project / "built") as base:
        yield base


def test_every_town_reaches_a_phone_or_email_in_two_clicks(
    browser: Browser, fixture_site: str, languages: list[Language]
) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    for lang in languages:
        for town in TOWNS:
            page.goto(fixture_site + lang.prefix)  # home page
            with page.expect_navigation():
                page.locator(".lp-towns a", has_text=town).click()  # click 1: the town
            reach = page.locator("article a[href^='tel:'], article a[href^='mailto:']")
            assert reach.count() > 0, (lang.code, town, page.url)  # click 2: call or write
            assert reach.first.is_visible()
    page.close()
