"""Synthetic data sets for `make bench`: valid, deterministic, of the requested size, and in the
layout of data/. (No timings here: the benchmark itself is `make bench`.)"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bench import synthetic
from bench.benchmark import report
from bench.benchmark.bare import bare_config
from lotsenportal.data.languages import SOURCE, Language, _AnyTagLoader, from_plugin_config
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.schema import CHANNELS, Channel
from lotsenportal.render.editor_schemas import KINDS, SCHEMA_DIR, rendered_schemas
from lotsenportal.translations import catalog_sync, catalogs
from lotsenportal.translations.translation import Status

ROOT = Path(__file__).resolve().parent.parent


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


# Invented values only: a reserved example domain, a block of numbers no one is given.
INVENTED = {
    "tel": re.compile(r"06172 9999\d{3}"),
    "mailto": re.compile(r"[a-z0-9.-]+@example\.org"),
    "https": re.compile(r"https://example\.org/\S+"),
}


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic.generate("mini", tmp_path_factory.mktemp("syn") / "data", root=ROOT)


@pytest.fixture(scope="module")
def five(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic.generate("5kreise", tmp_path_factory.mktemp("syn") / "data", root=ROOT)


@pytest.mark.parametrize("size", ["mini", "5kreise"])
def test_generated_data_validates_with_the_requested_counts(
    size: str, mini: Path, five: Path, languages: list[Language]
) -> None:
    data = five if size == "5kreise" else mini
    codes = [lang.code for lang in languages]
    dataset = load_dataset(data, codes, today=synthetic.BASE_DATE)  # raises on any error
    spec = synthetic.SIZES[size]
    assert len(dataset.projects) == spec.projects
    assert len(dataset.contacts) == spec.contacts  # published ones only
    assert len(dataset.unpublished) == spec.unpublished
    assert len(dataset.towns) == spec.towns
    assert len(dataset.einsatzfelder) == spec.einsatzfelder
    assert len(dataset.news) == spec.news
    leitstellen = [key for key in dataset.organisations if key.endswith("-leitstelle")]
    assert len(leitstellen) == spec.kreise
    assert synthetic.count_records(data) == {
        "organisationen": len(dataset.organisations),
        "projekte": spec.projects,
        "einsatzfelder": spec.einsatzfelder,
        "aktuelles": spec.news,
        "kontakte": spec.contacts,
        "kontakte_unpublished": spec.unpublished,
        "orte": spec.towns,
    }
    # Reviewed recently (relative to the generator's fixed date): no stale-data warnings. (The
    # unpublished contacts some projects list on purpose are warned about and left out.)
    assert not [w for w in dataset.warnings if w.message.startswith("reviewed:")]
    listed = {c for p in dataset.projects.values() for c in p.model.contacts}
    assert listed <= set(dataset.contacts)


def test_same_seed_same_bytes_other_seed_other_data(tmp_path: Path, five: Path) -> None:
    again = synthetic.generate("5kreise", tmp_path / "again", root=ROOT)
    assert _files(again) == _files(five)
    other = _files(synthetic.generate("5kreise", tmp_path / "other", seed=2, root=ROOT))
    assert other != _files(five)
    assert other["orte.yml"] != _files(five)["orte.yml"]


def test_layout_and_schema_lines_are_those_of_the_shipped_data(five: Path) -> None:
    shipped = {p.name for p in (ROOT / "data").iterdir() if not p.name.startswith(".")}
    # The templates staff copy (vorlagen/) are an editing aid, not data.
    assert {p.name for p in five.iterdir()} == shipped - {"README.md", "vorlagen"}
    for kind in KINDS:
        files = kind.files(five)
        assert files, kind.name
        for file in files:
            assert file.read_text(encoding="utf-8").splitlines()[0] == kind.modeline()
    for name, content in rendered_schemas().items():
        assert (five / SCHEMA_DIR / name).read_text(encoding="utf-8") == content


def test_data_files_are_german_and_catalogs_hold_their_texts_in_every_state(
    five: Path, languages: list[Language]
) -> None:
    codes = [lang.code for lang in languages]
    for file in five.rglob("*.yml"):
        if SCHEMA_DIR not in file.parts:
            assert "translations" not in yaml.safe_load(file.read_text(encoding="utf-8")), file
    site = yaml.safe_load((five / "site.yml").read_text(encoding="utf-8"))
    assert site["title"].startswith("Integrationslotsen in ")  # German only
    dataset = load_dataset(five, codes, today=synthetic.BASE_DATE)
    assert catalog_sync.catalog_problems(dataset, ROOT, codes) == []
    sources = catalog_sync.data_sources(dataset)
    german = {source.context: source.german for source in sources}
    assert len(german) == len(sources)
    states: dict[str, Counter[Status]] = {}
    for lang in codes:
        path = catalogs.catalog_path(five, lang, catalogs.DATA)
        if lang == SOURCE:
            assert not path.exists()
            continue
        # Exactly what `make translations` writes: merging again changes nothing.
        text = path.read_text(encoding="utf-8")
        assert catalogs.update(path, lang, catalogs.DATA, sources) == text
        catalog = catalogs.load(path, lang)
        assert {context: entry.msgid for context, entry in catalog.entries.items()} == german
        # Town names stay as written (no spelling in another script): no gap, not counted.
        states[lang] = Counter(
            catalog.lookup(s.context, s.german).status for s in sources if not s.name
        )
    every = sum(states.values(), Counter())
    assert every[Status.DRAFT] > every[Status.REVIEWED] > every[Status.OUTDATED] > 0
    # Every configured language has every kind of translation the phrase book can give.
    for lang, counts in states.items():
        assert counts[Status.DRAFT] and counts[Status.REVIEWED] and counts[Status.OUTDATED], lang
    # A few records lack languages on purpose, so pages exercise the German fallback.
    assert states["ti"][Status.MISSING] > states["en"][Status.MISSING] == 0
    outdated = next(
        entry
        for entry in catalogs.load(
            catalogs.catalog_path(five, "ar", catalogs.DATA), "ar"
        ).entries.values()
        if entry.previous_msgid
    )
    assert outdated.fuzzy and outdated.previous_msgid != outdated.msgid


def test_a_federation_has_catalogs_per_kreis_and_its_texts_per_language(
    tmp_path: Path, languages: list[Language]
) -> None:
    codes = [lang.code for lang in languages]
    data = synthetic.generate("mini", tmp_path / "data", root=ROOT, federation=True)
    portal = yaml.safe_load((data / "federation.yml").read_text(encoding="utf-8"))
    assert set(portal["title"]) == set(codes)  # federation.yml keeps its texts per language
    assert portal["translations"] == {c: {"status": "draft"} for c in codes if c != SOURCE}
    shared = "einsatzfelder/"
    seen: list[dict[str, tuple[str, str, list[str]]]] = []
    for member in portal["kreise"]:
        folder = data / member["data"]
        load_dataset(folder, codes, today=synthetic.BASE_DATE)
        catalog = catalogs.load(catalogs.catalog_path(folder, "ar", catalogs.DATA), "ar")
        assert any(context.startswith("site#") for context in catalog.entries)
        seen.append(
            {
                c: (e.msgid, e.msgstr, e.flags)
                for c, e in catalog.entries.items()
                if c.startswith(shared)
            }
        )
    # Records every Kreis shares are translated alike in each.
    assert seen[0] and all(entries == seen[0] for entries in seen)


def test_people_and_ids_are_invented_and_prefixed_per_kreis(five: Path) -> None:
    kreise = {
        p.stem.removesuffix("-leitstelle") for p in five.glob("organisationen/*-leitstelle.yml")
    }
    contacts = {
        p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in five.glob("kontakte/*")
    }
    organisations = {p.stem for p in five.glob("organisationen/*")}
    assert not set(contacts) & organisations  # both are anchors on the contacts page
    for contact_id, contact in contacts.items():
        assert contact_id.split("-")[0] in kreise
        assert contact.get("email", "x@example.org").endswith("@example.org")
        assert contact.get("phone", "06172 9999").startswith("06172 9999")
    towns = yaml.safe_load((five / "orte.yml").read_text(encoding="utf-8"))["towns"]
    assert all(t["id"].split("-")[0] in kreise for t in towns)
    assert len({t["id"] for t in towns}) == len({t["name"] for t in towns}) == len(towns)
    for project in five.glob("projekte/*"):
        assert project.stem.split("-")[0] in kreise


@pytest.mark.parametrize("channel", CHANNELS, ids=lambda c: c.field)
def test_every_declared_channel_is_in_the_invented_data(five: Path, channel: Channel) -> None:
    """The invented data reads the channel declaration: a channel added to the schema is
    exercised by the benchmark and the tests that build invented data, with a valid value."""
    holders = [
        record
        for folder in ("organisationen", "projekte", "kontakte")
        for path in sorted((five / folder).glob("*.yml"))
        if channel.field in (record := yaml.safe_load(path.read_text(encoding="utf-8")))
    ]
    assert holders
    assert all(INVENTED[channel.link].fullmatch(str(r[channel.field])) for r in holders)


def test_yamllint_accepts_the_generated_files(mini: Path) -> None:
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "yamllint"),
            "--strict",
            "-c",
            str(ROOT / ".yamllint.yml"),
            str(mini),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_htk_is_a_copy_of_the_shipped_data(tmp_path: Path) -> None:
    copy = synthetic.generate("htk", tmp_path / "htk", root=ROOT)
    assert _files(copy) == _files(ROOT / "data")


def test_a_folder_with_files_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        synthetic.generate("mini", tmp_path / "data", root=ROOT)


def test_bare_config_keeps_theme_and_languages_but_drops_our_additions() -> None:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    bare = bare_config(text, "bare-theme")
    for gone in ("hooks:", "watch:", "extra_css:", "scripts/hooks", "overrides/theme"):
        assert gone not in bare
    assert "custom_dir: bare-theme" in bare
    ours = yaml.load(text, Loader=_AnyTagLoader)
    config = yaml.load(bare, Loader=_AnyTagLoader)
    assert config["theme"]["features"] == ours["theme"]["features"]
    assert config["nav"] == ours["nav"]
    assert config["markdown_extensions"] == ours["markdown_extensions"]
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    assert from_plugin_config(i18n["languages"]) == from_plugin_config(
        next(p["i18n"] for p in ours["plugins"] if isinstance(p, dict) and "i18n" in p)["languages"]
    )


def test_results_table_has_one_row_per_size() -> None:
    results = [
        {
            "size": "mini",
            "records": 27,
            "validate_s": 0.2,
            "generate": {"seconds": 2.0},
            "build": {
                "ok": True,
                "pages": 456,
                "seconds": 22.6,
                "pages_per_s": 20.1,
                "peak_rss_mb": 108,
                "output_mb": 24.1,
            },
            "links": {"seconds": 1.7, "passed": True},
            "parallel": {"ok": True, "seconds": 12.9},
            "bare": {"ok": True, "seconds": 14.8},
            "ratio": 1.53,
        },
        {"size": "hessen", "records": 1500, "build": {"ok": False, "error": ["boom"]}},
    ]
    lines = report.table(results).splitlines()
    assert lines[0].startswith("| size | records | pages | validate s | generate s | build s |")
    assert (
        lines[2]
        == "| mini | 27 | 456 | 0.2 | 2.0 | 22.6 | 20.1 | 108 | 24.1 | 1.7 | 12.9 | 14.8 | 1.53 |"
    )
    assert lines[3].startswith("| hessen | 1500 | failed |")
