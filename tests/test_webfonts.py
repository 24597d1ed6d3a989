"""The Ethiopic webfont is cut at build time (lotsenportal.site.webfonts): it has a glyph for every
Ethiopic character the built pages show, loads only where Ethiopic text is shown, and the same
sources give the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from lotsenportal.checks import browser_audit
from lotsenportal.checks.gates import serve
from lotsenportal.data.languages import Language
from lotsenportal.site import webfonts

from .conftest import ROOT


def _fonts(site: Path) -> dict[str, Path]:
    """The cuts in the built site by stem (`noto-sans-ethiopic`, `ethiopic-language-name`)."""
    found = {file.name.split(".")[0]: file for file in (site / "assets/fonts").glob("*.woff2")}
    assert set(found) == {"noto-sans-ethiopic", "ethiopic-language-name"}, found
    return found


def test_the_text_font_has_every_ethiopic_character_of_the_site(site: Path) -> None:
    shown = webfonts.characters(page.read_text(encoding="utf-8") for page in site.rglob("*.html"))
    assert shown  # Tigrinya pages exist
    font = _fonts(site)["noto-sans-ethiopic"]
    assert set(shown) <= webfonts.glyphs_for(font)
    # A cut, not the whole Ethiopic block (496 characters, 93 KB).
    assert font.stat().st_size < 40 * 1024
    assert not (site / "assets/fonts/noto-sans-ethiopic.woff2").exists()
    assert (site / "assets/fonts/OFL.txt").is_file()  # the licence travels with the font


def test_the_name_font_has_the_language_name(site: Path, languages: list[Language]) -> None:
    tigrinya = next(lang for lang in languages if lang.code == "ti")
    font = _fonts(site)["ethiopic-language-name"]
    assert set(webfonts.characters([tigrinya.name])) <= webfonts.glyphs_for(font)
    assert font.stat().st_size < 4 * 1024


def test_the_stylesheet_names_the_cuts(site: Path) -> None:
    sheet = next((site / "assets").glob("lotsenportal.*.css"))
    css = sheet.read_text(encoding="utf-8")
    for file in _fonts(site).values():
        assert f'url("fonts/{file.name}")' in css


def test_the_same_text_gives_the_same_bytes(tmp_path: Path) -> None:
    source = ROOT / webfonts.SOURCE_FONT
    text = "ሰላም ትግርኛ"
    first = webfonts.write(source, text, tmp_path / "a", "cut")
    second = webfonts.write(source, text, tmp_path / "b", "cut")
    assert first == second
    assert (tmp_path / "a" / first).read_bytes() == (tmp_path / "b" / second).read_bytes()
    assert webfonts.write(source, text + "ኣ", tmp_path / "a", "cut") != first


def test_a_cut_made_before_comes_from_the_cache_with_the_same_bytes(tmp_path: Path) -> None:
    source, cache = ROOT / webfonts.SOURCE_FONT, tmp_path / "cache"
    fresh = webfonts.cut(source, "ሰላም")
    assert webfonts.cached_cut(source, "ሰላም", cache) == fresh
    (entry,) = cache.iterdir()
    other = webfonts.cut(source, "ትግርኛ")
    entry.write_bytes(other)  # the cache is read, not cut again
    assert webfonts.cached_cut(source, "ሰላም", cache) == other
    for damaged in (b"not a font", other[:-10]):  # cut anew and the entry repaired
        entry.write_bytes(damaged)
        assert webfonts.cached_cut(source, "ሰላም", cache) == fresh
    assert entry.read_bytes() == fresh
    assert webfonts.cached_cut(source, "ሰላም ኣ", cache) != fresh  # other characters, other entry
    assert len(list(cache.iterdir())) == 2


def test_the_build_stops_when_the_stylesheet_lost_the_font(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "assets/lotsenportal.css").write_text("body { color: red; }", encoding="utf-8")
    with pytest.raises(webfonts.WebfontError, match=r"overrides/theme/assets/lotsenportal\.css"):
        webfonts.build_site_fonts(site, ROOT, None)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("grenzen/", set()),  # no Ethiopic text: no font
        ("", {"ethiopic-language-name"}),  # the language box's ትግርኛ
        ("ti/grenzen/", {"noto-sans-ethiopic"}),
        ("ti/", {"noto-sans-ethiopic"}),  # one file: the text font has the name's letters too
    ],
)
def test_a_page_loads_only_the_font_it_shows(site: Path, path: str, expected: set[str]) -> None:
    with serve(site) as base:
        first, _ = browser_audit.visits(base, path)
    loaded = {url.rsplit("/", 1)[1].split(".")[0] for url in first.urls if url.endswith(".woff2")}
    assert loaded == expected, first.urls
