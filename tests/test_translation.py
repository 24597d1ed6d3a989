"""Translation states: a fingerprint of the German source turns exactly the dependent
translations outdated when the German text changes."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from lotsenportal.data.languages import Language
from lotsenportal.data.loading import load_dataset
from lotsenportal.translations import catalogs
from lotsenportal.translations.catalog_sync import data_sources
from lotsenportal.translations.coverage import coverage
from lotsenportal.translations.strings import load_strings
from lotsenportal.translations.translation import Status, notice_for, page_status, stamp_all

from .conftest import ROOT
from .test_validation import edit

LANGS = ["de", "en", "ar"]


def statuses(data_dir: Path) -> dict[tuple[str, str], Status | None]:
    """Every record's translation state in en and ar, from the data catalogs."""
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    texts = catalogs.data_catalogs(data_dir, ["en", "ar"])
    return {
        (record.doc.path.as_posix(), lang): catalogs.record_status(record, texts[lang])
        for record in dataset.records()
        for lang in ("en", "ar")
    }


def test_changing_one_german_sentence_outdates_exactly_its_translations(data_dir: Path) -> None:
    before = statuses(data_dir)
    assert before[("projekte/beispiel-lotsen.yml", "en")] is Status.REVIEWED
    assert before[("site.yml", "en")] is Status.REVIEWED
    edit(
        data_dir,
        "projekte/beispiel-lotsen.yml",
        "summary: Der Verein schult Lotsinnen und Lotsen.",
        "summary: Der Verein schult und begleitet Lotsinnen und Lotsen.",
    )
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    for lang in ("en", "ar"):  # what `make translations` does to the data catalogs
        path = catalogs.catalog_path(data_dir, lang, catalogs.DATA)
        catalogs.write_if_changed(path, catalogs.update(path, lang, "data", data_sources(dataset)))
    after = statuses(data_dir)
    changed = {key: (before[key], after[key]) for key in before if before[key] != after[key]}
    assert changed == {("projekte/beispiel-lotsen.yml", "en"): (Status.REVIEWED, Status.OUTDATED)}
    # Arabic was never there: missing before and after, never "outdated".
    assert after[("projekte/beispiel-lotsen.yml", "ar")] is Status.MISSING


def test_changed_german_page_outdates_its_translations(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for lang in LANGS:
        shutil.copytree(
            ROOT / "docs" / lang,
            docs / lang,
            ignore=shutil.ignore_patterns(
                "index.md", "einsatzfelder", "projekte", "orte", "kontakte", "aktuelles"
            ),
        )
    stamp_all(docs, ["en", "ar"])
    german = docs / "de/grenzen.md"
    assert (
        page_status(
            german.read_text(encoding="utf-8"), (docs / "en/grenzen.md").read_text(encoding="utf-8")
        )
        is Status.DRAFT
    )
    german.write_text(
        german.read_text(encoding="utf-8").replace(
            "Lotsen dürfen Nein sagen.", "Lotsen dürfen ablehnen."
        ),
        encoding="utf-8",
    )
    for lang in ("en", "ar"):
        for page in ("grenzen.md", "netzwerk.md"):
            status = page_status(
                (docs / "de" / page).read_text(encoding="utf-8"),
                (docs / lang / page).read_text(encoding="utf-8"),
            )
            assert status is (Status.OUTDATED if page == "grenzen.md" else Status.DRAFT), (
                lang,
                page,
            )
    notice = notice_for(
        "en",
        "en",
        (docs / "en/grenzen.md").read_text(encoding="utf-8"),
        german.read_text(encoding="utf-8"),
    )
    assert notice == "outdated"


def test_notices() -> None:
    page = "---\ntitle: T\ntranslation:\n  status: reviewed\n---\n\n# T\n"
    assert notice_for("de", "de", page, None) is None
    assert notice_for("en", "de", page, None) == "fallback"
    assert notice_for("en", "en", page, "---\ntitle: T\n---\n\n# T\n") is None
    assert (
        notice_for("en", "en", page.replace("reviewed", "draft"), "---\ntitle: T\n---\n") == "draft"
    )


def test_coverage_counts_and_required_pages(data_dir: Path, languages: list[Language]) -> None:
    three = [lang for lang in languages if lang.code in LANGS]
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    strings = load_strings(ROOT / "overrides/strings", LANGS)
    rows = coverage(ROOT / "docs", dataset, strings, three, required=["grenzen", "gibt-es-nicht"])
    english = next(r for r in rows if r.lang == "en")
    assert english.page_status["offene-daten.md"] == "missing"  # written in German only so far
    assert english.pages.missing == 1 and english.pages.draft + english.pages.outdated == 5
    assert english.records.reviewed == 2 and english.records.missing == 4
    assert english.labels.missing == 0
    assert english.missing_required == ["gibt-es-nicht"]
