"""A federation ships the theme's files once (lotsenportal.shared_assets); a built file is never
edited in place, and a Kreis whose files clash keeps its own."""

from __future__ import annotations

import os
from pathlib import Path

from lotsenportal.shared_assets import point_up, share


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
    (site / "eins/ar").mkdir()
    (site / "eins/ar/index.html").write_text('<script src="../assets/js/bundle.js"></script>')
    (site / "zwei/index.html").write_text('<script src="assets/js/bundle.js"></script>')
    return site


def test_kreis_assets_move_up_once_and_pages_follow(tmp_path: Path) -> None:
    site = _site(tmp_path)
    kept = tmp_path / "cache.html"  # a built page hard-linked from a cache
    os.link(site / "eins/ar/index.html", kept)
    result = share(site, ["eins", "zwei"])
    assert [(r.kreis, r.shared) for r in result] == [("eins", True), ("zwei", True)]
    assert not (site / "eins/assets").exists() and not (site / "zwei/assets").exists()
    assert (site / "assets/font.1234.woff2").read_text() == "only in eins"
    assert (site / "eins/ar/index.html").read_text() == (
        '<script src="../../assets/js/bundle.js"></script>'
    )
    assert (
        site / "zwei/index.html"
    ).read_text() == '<script src="../assets/js/bundle.js"></script>'
    assert kept.read_text() == '<script src="../assets/js/bundle.js"></script>'  # cache intact


def test_a_kreis_with_a_clashing_file_keeps_its_own_assets(tmp_path: Path) -> None:
    site = _site(tmp_path)
    (site / "zwei/assets/js/bundle.js").write_text("built from another version")
    result = share(site, ["eins", "zwei"])
    assert [(r.kreis, r.shared, r.reason) for r in result] == [
        ("eins", True, ""),
        ("zwei", False, "js/bundle.js"),
    ]
    assert (site / "zwei/assets/js/bundle.js").read_text() == "built from another version"
    assert (site / "zwei/index.html").read_text() == '<script src="assets/js/bundle.js"></script>'
