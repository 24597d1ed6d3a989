"""The theme on the built site: the "page not found" page in the reader's language, a public
service's look (no developer-documentation furniture, the publisher named) and labels that
point at something. Checked on the shipped data with what holds for any valid data."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from lotsenportal.data.languages import Language
from lotsenportal.translations.strings import load_strings

from .conftest import ROOT, shipped
from .test_browser_audit import PAGE_TYPES


def _page(file: Path) -> BeautifulSoup:
    return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")


def test_root_404_is_german_with_a_link_home_and_every_language_home(
    site: Path, languages: list[Language]
) -> None:
    labels = load_strings(ROOT / "overrides" / "strings", [lang.code for lang in languages])
    page = _page(site / "404.html")
    assert page.html is not None and page.html["lang"] == "de"
    h1 = page.select_one(".md-content h1")
    assert h1 is not None and h1.get_text(strip=True) == labels["de"].get("not_found_title")
    home = page.find("a", string=labels["de"].get("not_found_home"))
    assert home is not None and home["href"] == "/"
    offered = {a["hreflang"]: a for a in page.select(".lp-homes a")}
    assert list(offered) == [lang.code for lang in languages]
    for lang in languages:
        link = offered[lang.code]
        assert link["href"] == f"/{lang.prefix}" and link["lang"] == lang.code
        assert lang.name in link.get_text()
    # The header's language menu leads to the home pages too, not to the last page built.
    menu = {a["hreflang"]: a["href"] for a in page.select("a.md-select__link")}
    assert menu == {lang.code: f"/{lang.prefix}" for lang in languages}


def test_every_language_has_its_own_404_page(site: Path, languages: list[Language]) -> None:
    labels = load_strings(ROOT / "overrides" / "strings", [lang.code for lang in languages])
    for lang in languages[1:]:
        page = _page(site / lang.prefix / "404.html")
        assert page.html is not None and page.html["lang"] == lang.code
        assert page.body is not None and page.body["dir"] == lang.dir
        h1 = page.select_one(".md-content h1")
        assert h1 is not None
        assert h1.get_text(strip=True) == labels[lang.code].get("not_found_title")
        assert page.select_one(f'.md-content a.md-button[href="/{lang.prefix}"]') is not None


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_no_documentation_furniture(site: Path, languages: list[Language], path: str) -> None:
    """No "Weiter →" footer, no ¶ after headings; headings keep their ids for links."""
    for lang in (languages[0], languages[2]):
        page = _page(site / lang.prefix / path / "index.html")
        assert page.select(".md-footer__link, a.headerlink") == [], (lang.code, path)
        assert page.select(".md-content h2[id]") or not page.select(".md-content h2")


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_every_label_points_at_a_field(site: Path, languages: list[Language], path: str) -> None:
    """Material's table-of-contents title was a <label for="__toc"> also on pages outside the
    navigation, where there is no `__toc` (397 Nu validator errors)."""
    for lang in (languages[0], languages[2]):
        page = _page(site / lang.prefix / path / "index.html")
        for label in page.select("label[for]"):
            assert page.find(id=label["for"]) is not None, (lang.code, path, str(label)[:80])


def test_footer_names_the_publisher_or_else_the_site(site: Path, languages: list[Language]) -> None:
    """The publisher as recorded in site.yml; none recorded: the site's title (never a guess)."""
    data = shipped()
    recorded = data.site.model.publisher.name
    for lang in languages:
        page = _page(site / lang.prefix / "grenzen" / "index.html")
        shown = page.select_one(".md-footer .lp-publisher")
        assert shown is not None, lang.code
        if recorded:
            assert shown.get_text(strip=True) == recorded
        else:
            title = page.select_one(".md-header__topic .md-ellipsis")
            assert title is not None and shown.get_text(strip=True) == title.get_text(strip=True)


@pytest.mark.parametrize(("extensions", "scripts"), [([], 0), (["pymdownx.tabbed"], 1)])
def test_the_content_tabs_script_is_written_only_with_content_tabs(
    extensions: list[str], scripts: int
) -> None:
    """Material's script for content tabs (and so its hash in every page's policy) only when
    mkdocs.yml enables pymdownx.tabbed."""
    from types import SimpleNamespace

    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(ROOT / "overrides/theme"))
    rendered = env.get_template("partials/javascripts/content.html").render(
        config=SimpleNamespace(markdown_extensions=extensions), features=[]
    )
    assert rendered.count("<script>") == scripts


def test_no_page_carries_the_content_tabs_script(site: Path) -> None:
    for page in list(site.rglob("*.html"))[:100]:
        assert "__tabbed_" not in page.read_text(encoding="utf-8"), page
