"""Trimming Material's stylesheets keeps every rule a page can use and drops the others."""

from __future__ import annotations

from pathlib import Path

from lotsenportal.site.light_css import Used, can_match, trim, trim_site

USED = Used(
    classes=frozenset({"md-header", "md-typeset", "md-search__input"}),
    attributes=frozenset({("data-md-color-primary", "indigo")}),
)


def test_rules_for_classes_on_the_site_stay() -> None:
    assert can_match(".md-header .md-search__input:focus", USED)
    assert can_match("html, body", USED)  # no class: cannot be decided, kept


def test_rules_for_classes_nowhere_on_the_site_go() -> None:
    assert not can_match(".md-annotation__index", USED)
    assert not can_match(".md-header .md-tabs", USED)  # one required class is missing


def test_a_selector_list_stays_if_one_selector_can_match() -> None:
    assert can_match(".md-tabs, .md-header", USED)


def test_classes_that_must_be_absent_are_not_required() -> None:
    assert can_match(".md-typeset a:not(.md-button)", USED)
    assert can_match(".md-typeset :is(.md-tabs, h1)", USED)


def test_palette_rules_need_the_colour_the_site_uses() -> None:
    assert can_match("[data-md-color-primary=indigo]", USED)
    assert not can_match('[data-md-color-primary="pink"]', USED)


def test_media_queries_keep_only_their_usable_rules() -> None:
    css = "@media (min-width:60em){.md-header{color:red}.md-tabs{color:blue}}.md-tabs{x:y}"
    assert trim(css, USED) == "@media (min-width:60em){.md-header{color:red}}"


def test_trimmed_files_get_new_names_and_pages_follow(tmp_path: Path) -> None:
    sheets = tmp_path / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    (sheets / "main.abc.min.css").write_text(".md-header{a:b}.md-tabs{c:d}", encoding="utf-8")
    page = tmp_path / "index.html"
    page.write_text(
        '<link href="assets/stylesheets/main.abc.min.css"><header class="md-header">',
        encoding="utf-8",
    )
    (trimmed,) = trim_site(tmp_path)
    assert not (sheets / "main.abc.min.css").exists()
    assert (sheets / trimmed.new_name).read_text(encoding="utf-8") == ".md-header{a:b}"
    assert f"assets/stylesheets/{trimmed.new_name}" in page.read_text(encoding="utf-8")
