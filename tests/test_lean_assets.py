"""The site ships no source maps and only the search language files its indexes use
(lotsenportal.site.lean_assets); the size gate stops a site the host would refuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lotsenportal.checks import gates
from lotsenportal.site.lean_assets import lunr_files_needed, trim_scripts


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    scripts = site / "assets/javascripts"
    (scripts / "lunr/min").mkdir(parents=True)
    (scripts / "bundle.1.min.js").write_text("code()\n//# sourceMappingURL=bundle.1.min.js.map\n")
    (scripts / "bundle.1.min.js.map").write_text("{}")
    for name in ("ar", "de", "ja", "th", "multi", "stemmer.support"):
        (scripts / f"lunr/min/lunr.{name}.min.js").write_text(name)
    (scripts / "lunr/tinyseg.js").write_text("ja")
    (scripts / "lunr/wordcut.js").write_text("th")
    for lang, index in (("", ["de"]), ("ar/", ["ar", "de"])):
        (site / lang / "search").mkdir(parents=True)
        config = {"config": {"lang": index}, "docs": []}
        (site / lang / "search/search_index.json").write_text(json.dumps(config))
    return site


def test_source_maps_and_unused_search_languages_are_left_out(tmp_path: Path) -> None:
    site = _site(tmp_path)
    removed = trim_scripts(site)
    scripts = site / "assets/javascripts"
    assert (scripts / "bundle.1.min.js").read_text() == "code()\n"
    left = sorted(p.relative_to(scripts).as_posix() for p in scripts.rglob("*") if p.is_file())
    assert left == [
        "bundle.1.min.js",
        "lunr/min/lunr.ar.min.js",
        "lunr/min/lunr.de.min.js",
        "lunr/min/lunr.multi.min.js",
        "lunr/min/lunr.stemmer.support.min.js",
    ]
    assert "assets/javascripts/lunr/wordcut.js" in removed


def test_the_worker_finds_what_japanese_and_thai_need() -> None:
    assert {"tinyseg.js", "min/lunr.ja.min.js"} <= lunr_files_needed({"ja"})
    assert "wordcut.js" in lunr_files_needed({"th"})
    assert "min/lunr.en.min.js" not in lunr_files_needed({"en"})


def test_the_built_fixture_site_loads_only_files_that_exist(site: Path) -> None:
    scripts = site / "assets/javascripts"
    assert not list(site.rglob("*.map"))
    assert "sourceMappingURL" not in "".join(p.read_text() for p in scripts.glob("*.js"))
    languages: set[str] = set()
    for index in site.rglob("search/search_index.json"):
        languages |= set(json.loads(index.read_text(encoding="utf-8"))["config"]["lang"])
    for needed in lunr_files_needed(languages):
        assert (scripts / "lunr" / needed).is_file(), needed


def test_the_size_gate_passes_small_sites_and_names_the_largest_folders(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "ar").mkdir(parents=True)
    (site / "ar/big.bin").write_bytes(b"x" * 3000)
    (site / "index.html").write_bytes(b"x" * 100)
    assert gates.size(site).passed
    assert gates.too_large(site) is None
    result = gates.size(site, limit=1000)
    assert not result.passed and result.details[0] == "ar: 0.0 MB"
    (site / "ar/same.bin").hardlink_to(site / "ar/big.bin")
    assert gates.site_bytes(site) == {"ar": 6000, "index.html": 100}  # the host gets two copies


def test_a_site_too_large_for_the_host_gets_a_german_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    (site / "ar").mkdir(parents=True)
    (site / "ar/big.bin").write_bytes(b"x" * 3_000_000)
    monkeypatch.setattr(gates, "SIZE_LIMIT", 2_000_000)
    message = gates.too_large(site)
    assert message is not None
    assert "3 MB" in message and "höchstens 2 MB" in message and "ar/ 3 MB" in message
