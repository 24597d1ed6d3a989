"""A federation ships the theme's files once (lotsenportal.build.shared_assets); a built file is never
edited in place, and parts whose files clash are not mixed."""

from __future__ import annotations

import os
from pathlib import Path

from lotsenportal.build.shared_assets import point_part_up, point_up, share


def test_references_to_the_kreis_assets_climb_one_folder_more() -> None:
    page = (
        '<link href="../../assets/a.css"><script src="../../assets/b.js" '
        'data-bundle="../../assets/c.js"></script>'
        '<script id="__config">{"search": "../../assets/w.js"}</script>'
        '<a href="../../../assets/portal-only.css">'  # already outside the Kreis: unchanged
        '<a href="../../assetsx/">'
        '<link href="/kreis/assets/d.css"><link href="/repo/kreis/assets/e.css">'
        '<a href="../../ar/assets/">'
    )
    assert point_up(page, 2, "kreis") == (
        '<link href="../../../assets/a.css"><script src="../../../assets/b.js" '
        'data-bundle="../../../assets/c.js"></script>'
        '<script id="__config">{"search": "../../../assets/w.js"}</script>'
        '<a href="../../../assets/portal-only.css">'
        '<a href="../../assetsx/">'
        '<link href="/assets/d.css"><link href="/repo/assets/e.css">'
        '<a href="../../ar/assets/">'
    )
    assert point_up('<link href="assets/a.css">', 0, "kreis") == '<link href="../assets/a.css">'


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for part in ("assets", "eins/assets", "zwei/assets"):
        (site / part / "js").mkdir(parents=True)
        (site / part / "js" / "bundle.js").write_text("same")
    (site / "eins/assets/font.1234.woff2").write_text("only in eins")
    return site


def test_a_kreis_part_points_its_pages_up_without_editing_a_file_in_place(
    tmp_path: Path,
) -> None:
    part = tmp_path / "eins"
    (part / "ar").mkdir(parents=True)
    (part / "assets").mkdir()
    (part / "ar/index.html").write_text('<script src="../assets/bundle.js"></script>')
    (part / "index.html").write_text('<script src="assets/bundle.js"></script>')
    (part / "assets/x.css").write_text('url("fonts/a.woff2")')  # inside assets/: unchanged
    kept = tmp_path / "elsewhere.html"  # a hard link to a built page (the cache does this)
    os.link(part / "ar/index.html", kept)
    assert point_part_up(part, "eins") == 2
    assert (part / "ar/index.html").read_text() == '<script src="../../assets/bundle.js"></script>'
    assert (part / "index.html").read_text() == '<script src="../assets/bundle.js"></script>'
    assert (part / "assets/x.css").read_text() == 'url("fonts/a.woff2")'
    assert kept.read_text() == '<script src="../assets/bundle.js"></script>'


def test_kreis_assets_move_up_once(tmp_path: Path) -> None:
    site = _site(tmp_path)
    assert share(site, ["eins", "zwei"]) == []
    assert not (site / "eins/assets").exists() and not (site / "zwei/assets").exists()
    assert (site / "assets/font.1234.woff2").read_text() == "only in eins"
    assert (site / "assets/js/bundle.js").read_text() == "same"


def test_parts_built_from_different_versions_are_named_not_mixed(tmp_path: Path) -> None:
    site = _site(tmp_path)
    (site / "zwei/assets/js/bundle.js").write_text("built from another version")
    assert share(site, ["eins", "zwei"]) == ["zwei/assets/js/bundle.js"]
