"""`lotsenportal translations migrate`: a data folder in the old format (translations inside
the files) becomes German-only files plus gettext catalogs, and the site says the same.

The golden files in tests/fixtures/legacy/ were made with the code before the catalogs
(the branch before issue 12): `legacy/data/` is the old-format copy of the minimal fixture,
`legacy/rendered/` every page (and vCard, feed) in every language as the old renderer wrote
it, from that data, on 2026-03-01, for https://lotsen.example.org/:

    dataset = validate(Paths(root, data), languages, today=date(2026, 3, 1))
    pages = render(Paths(root, data), dataset, languages, "https://lotsen.example.org/")

The migrated folder renders every data page byte for byte as before: no escaping or front
matter changed. The one intended difference is on the translators' status page
(`<lang>/uebersetzungen/index.md`): its label column and its help paragraph come from the
repository's labels, not from the data, and the label `translations_help` changed its German
text in this same change (it named the removed `make translations-export`), so its
translations are now *outdated* — as they should be. On that page the pages and data columns
of the table are compared.

Issue 14 changed the page templates (routes to a person, bidi isolation), so the golden pages
were rendered again from the migrated data after the issue-12 equality had been shown; a later
template change renews them with `.venv/bin/python -m tests.test_migration` (review the diff:
only template changes may show, never lost or changed data).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import polib
import pytest
import yaml

from lotsenportal.build import migrate
from lotsenportal.build.pipeline import Paths, render, validate
from lotsenportal.data.languages import Language
from lotsenportal.translations import catalogs
from lotsenportal.translations.catalogs import Source
from lotsenportal.translations.translation import Status

from .conftest import FIXTURES, ROOT

LEGACY = FIXTURES / "legacy"
TODAY = date(2026, 3, 1)
URL = "https://lotsen.example.org/"


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("legacy") / "data"
    shutil.copytree(LEGACY / "data", data)
    from lotsenportal.data.languages import from_mkdocs_yml

    codes = [lang.code for lang in from_mkdocs_yml(ROOT / "mkdocs.yml")]
    migrate.migrate_data(data, codes)
    return data


def _status_columns(text: str) -> list[str]:
    """The table rows of the status page without the labels column."""
    return [row.rsplit("|", 2)[0] for row in text.splitlines() if row.startswith("| <span")]


def test_the_migrated_data_renders_every_page_as_before(
    migrated: Path, languages: list[Language]
) -> None:
    paths = Paths(root=ROOT, data_dir=migrated)
    dataset = validate(paths, languages, today=TODAY)
    pages = render(paths, dataset, languages, URL)
    golden = {
        file.relative_to(LEGACY / "rendered").as_posix(): file.read_bytes().decode("utf-8")
        for file in sorted((LEGACY / "rendered").rglob("*"))
        if file.is_file()
    }
    assert sorted(pages) == sorted(golden)
    different = []
    for name, old in golden.items():
        if name.endswith("uebersetzungen/index.md"):
            assert _status_columns(pages[name]) == _status_columns(old), name
            assert _status_columns(old), name
        elif pages[name] != old:
            different.append(name)
    assert different == []


def test_the_data_files_hold_only_german_and_keep_their_comments(migrated: Path) -> None:
    for file in sorted(migrated.rglob("*.yml")):
        text = file.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        assert "translations" not in data, file
        assert "\n  de:" not in text and "\n  en:" not in text, file
    hidden = (migrated / "kontakte/max-verborgen.yml").read_text(encoding="utf-8")
    assert hidden.startswith("# A volunteer without documented consent: must appear nowhere.\n")
    assert "role: Lotse\n" in hidden
    # A block scalar stays a block scalar.
    assert "description: |\n  Eine Lotsin geht mit zum Arzt.\n" in (
        migrated / "einsatzfelder/gesundheit.yml"
    ).read_text(encoding="utf-8")


def test_states_follow_the_old_rules(migrated: Path) -> None:
    en = catalogs.load(catalogs.catalog_path(migrated, "en", catalogs.DATA), "en")
    ar = catalogs.load(catalogs.catalog_path(migrated, "ar", catalogs.DATA), "ar")
    # Reviewed and complete: not fuzzy.
    assert en.lookup("site#title", "Lotsen im Beispielkreis").status is Status.REVIEWED
    # Reviewed, but the description has no English: what is there is a draft.
    title = en.lookup("einsatzfelder/gesundheit#title", "Arztbesuche")
    assert (title.text, title.status) == ("Doctor visits", Status.DRAFT)
    assert en.lookup("einsatzfelder/gesundheit#description", "x").status is Status.MISSING
    assert ar.lookup("einsatzfelder/gesundheit#title", "Arztbesuche").status is Status.DRAFT
    # Texts nobody translated are in the catalog, untranslated.
    assert ar.lookup("kontakte/erika-beispiel#role", "Koordinatorin").status is Status.MISSING


def test_an_outdated_translation_keeps_the_current_german_as_previous_text(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(LEGACY / "data", data)
    site = data / "site.yml"
    site.write_text(
        site.read_text(encoding="utf-8").replace(
            "translations:\n  en:\n    status: reviewed\n",
            "translations:\n  en:\n    status: reviewed\n    fingerprint: 0123456789\n",
        ),
        encoding="utf-8",
    )
    migrate.migrate_data(data, ["de", "en", "ar"])
    entry = next(
        e
        for e in catalogs.read(catalogs.catalog_path(data, "en", catalogs.DATA))
        if e.msgctxt == "site#title"
    )
    assert entry.fuzzy and entry.previous_msgid == entry.msgid == "Lotsen im Beispielkreis"
    assert entry.tcomment == migrate.OUTDATED_COMMENT
    assert catalogs.state_of(entry, entry.msgid).status is Status.OUTDATED


def test_unpublished_contacts_reach_no_catalog(migrated: Path) -> None:
    for file in (migrated / "locale").rglob("*.po"):
        text = file.read_text(encoding="utf-8")
        assert "max-verborgen" not in text and "Max Verborgen" not in text, file


def test_a_second_migration_changes_nothing(migrated: Path, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(migrated, copy)
    before = {p: p.read_bytes() for p in sorted(copy.rglob("*")) if p.is_file()}
    result = migrate.migrate_data(copy, ["de", "en", "ar"])
    assert result.changed == []
    assert {p: p.read_bytes() for p in sorted(copy.rglob("*")) if p.is_file()} == before


def test_labels_move_to_the_ui_catalog(tmp_path: Path) -> None:
    strings = tmp_path / "overrides/strings"
    strings.mkdir(parents=True)
    (strings / "de.yml").write_text(
        "status: source\nlabels:\n  phone: Telefon\n  ort_title: Lotsen in {town}\n",
        encoding="utf-8",
    )
    (strings / "fr.yml").write_text(
        "status: reviewed\nlabels:\n  phone: Téléphone\n", encoding="utf-8"
    )
    (strings / "ar.yml").write_text("status: draft\nlabels:\n  phone: هاتف\n", encoding="utf-8")
    migrate.migrate_labels(tmp_path, ["de", "fr", "ar"])
    assert sorted(p.name for p in strings.iterdir()) == ["de.yml"]
    fr = catalogs.read(catalogs.catalog_path(tmp_path, "fr", catalogs.UI))
    phone = fr.find("Telefon", by="msgid")
    assert isinstance(phone, polib.POEntry)
    assert (phone.msgctxt, phone.msgstr, phone.fuzzy) == ("phone", "Téléphone", False)
    assert phone.occurrences == [("overrides/strings/de.yml", "3")]
    ar = catalogs.load(catalogs.catalog_path(tmp_path, "ar", catalogs.UI), "ar")
    assert ar.lookup("phone", "Telefon").status is Status.DRAFT
    assert ar.lookup("ort_title", "Lotsen in {town}").status is Status.MISSING


def test_sources_of_a_record_name_file_and_line(migrated: Path) -> None:
    from lotsenportal.data.loading import load_dataset
    from lotsenportal.translations.catalog_sync import data_sources

    sources = data_sources(load_dataset(migrated, ["de", "en", "ar"]))
    assert (
        Source("kontakte/erika-beispiel#role", "Koordinatorin", "kontakte/erika-beispiel.yml", 3)
        in sources
    )
    assert sources == sorted(sources, key=lambda s: (s.file, s.line, s.context))


def _renew_golden_pages() -> None:
    """Render the migrated legacy data with today's templates into legacy/rendered/."""
    import tempfile

    from lotsenportal.data.languages import from_mkdocs_yml

    languages = from_mkdocs_yml(ROOT / "mkdocs.yml")
    data = Path(tempfile.mkdtemp()) / "data"
    shutil.copytree(LEGACY / "data", data)
    migrate.migrate_data(data, [lang.code for lang in languages])
    paths = Paths(root=ROOT, data_dir=data)
    pages = render(paths, validate(paths, languages, today=TODAY), languages, URL)
    out = LEGACY / "rendered"
    for old in out.rglob("*"):
        if old.is_file() and old.relative_to(out).as_posix() not in pages:
            old.unlink()
    for name, text in pages.items():
        if name.endswith("uebersetzungen/index.md") and (out / name).exists():
            continue  # compared by columns only; its labels column changes with the labels
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    _renew_golden_pages()
