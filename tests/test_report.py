"""`make report` tells staff what is stale, unpublished and missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lotsenportal.data.languages import Language
from lotsenportal.data.loading import load_dataset
from lotsenportal.render.report import render
from lotsenportal.translations.coverage import coverage
from lotsenportal.translations.strings import load_strings

from .conftest import ROOT


def test_report_lists_stale_unpublished_and_missing(
    data_dir: Path, languages: list[Language]
) -> None:
    dataset = load_dataset(data_dir, ["de", "en", "ar"], today=date(2027, 6, 1))
    three = [lang for lang in languages if lang.code in {"de", "en", "ar"}]
    strings = load_strings(ROOT / "overrides/strings", ["de", "en", "ar"])
    rows = coverage(ROOT / "docs", dataset, strings, three)
    text = render(dataset, rows, today=date(2027, 6, 1))
    # Three stale records, and the project that still lists the unpublished contact.
    assert "## Zu prüfen: veraltete Angaben (4)" in text
    assert "- `projekte/beispiel-lotsen.yml:10` – contacts[2]: „max-verborgen“ ist nicht" in text
    assert "- `projekte/beispiel-lotsen.yml:11` – reviewed: Zuletzt geprüft am 15.01.2026" in text
    assert "## Nicht veröffentlicht (1)\n" in text and "- `kontakte/max-verborgen.yml`" in text
    assert (
        "- `organisationen/beispielverein.yml` – keine Kontaktmöglichkeit" not in text
    )  # Erika is listed
    assert "- `projekte/beispiel-lotsen.yml` – how_to_request fehlt" in text
    assert "- `organisationen/beispielamt.yml` – reviewed fehlt: Stand der Angaben" in text
    # Records with texts: en has 2 complete (reviewed, no fingerprint yet) and 4 with gaps.
    assert "| en English | 4 | 0 | 0 | 2 |" in text
    # ar: the same gaps, plus the two towns' drafted Arabic spellings (a town name without a
    # translation is no gap: it is the same in every script that has none).
    assert "| ar العربية | 6 | 2 | 0 | 0 |" in text


def _report(data_dir: Path, languages: list[Language]) -> str:
    dataset = load_dataset(data_dir, ["de", "en", "ar"], today=date(2026, 6, 1))
    three = [lang for lang in languages if lang.code in {"de", "en", "ar"}]
    strings = load_strings(ROOT / "overrides/strings", ["de", "en", "ar"])
    return render(dataset, coverage(ROOT / "docs", dataset, strings, three), today=date(2026, 6, 1))


def test_report_lists_renamed_and_merged_organisations(
    data_dir: Path, languages: list[Language]
) -> None:
    assert "## Umbenannt oder zusammengelegt (0)" in _report(data_dir, languages)
    org = data_dir / "organisationen/beispielverein.yml"
    org.write_text(
        org.read_text(encoding="utf-8")
        + 'changes:\n  - date: 2026-03-01\n    note: "Umbenannt, vorher: Helferkreis Musterstadt"\n'
        + "  - date: 2026-05-01\n    note: Zusammengelegt mit dem Musterverein\n",
        encoding="utf-8",
    )
    text = _report(data_dir, languages)
    assert "## Umbenannt oder zusammengelegt (2)" in text
    referring = "verweisen darauf: `kontakte/erika-beispiel.yml`, `projekte/beispiel-lotsen.yml`"
    assert (
        "- `organisationen/beispielverein.yml` (Beispielverein e. V.) – 01.05.2026: "
        f"Zusammengelegt mit dem Musterverein; {referring}"
    ) in text
    assert f"{referring}\n- `organisationen/beispielverein.yml` (Beispielverein e. V.) – " in text
    assert "01.03.2026: Umbenannt, vorher: Helferkreis Musterstadt" in text
    assert text.index("01.05.2026") < text.index("01.03.2026")  # newest first


def test_report_lists_projects_reached_only_through_the_kreis(
    data_dir: Path, languages: list[Language]
) -> None:
    # Erika, the project's published contact, has a phone: the project is reachable itself.
    assert "## Nur über die Kreisverwaltung erreichbar (0)" in _report(data_dir, languages)
    person = data_dir / "kontakte/erika-beispiel.yml"
    text = person.read_text(encoding="utf-8")
    for line in ('phone: "06172 123456"\n', "email: erika.beispiel@example.org\n"):
        text = text.replace(line, "")
    person.write_text(text, "utf-8")
    # Now neither project, carrier nor contact has phone or e-mail: the office is the route.
    report = _report(data_dir, languages)
    assert "## Nur über die Kreisverwaltung erreichbar (1)" in report
    assert (
        "- `projekte/beispiel-lotsen.yml` – weder das Projekt noch sein Träger noch eine "
        "Ansprechperson hat Telefon oder E-Mail: Leserinnen und Leser werden an Landratsamt "
        "Beispielkreis – Fachstelle Integration (`organisationen/beispielamt.yml`) verwiesen"
    ) in report
