"""Every kind of mistake staff can make in a data file gets one exact, located German message."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from lotsenportal.data.loading import load_dataset
from lotsenportal.data.problems import DataError

LANGS = ["de", "en", "ar"]


def problems_in(data_dir: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    return [str(p) for p in caught.value.problems.errors]


def edit(data_dir: Path, file: str, old: str, new: str) -> None:
    path = data_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fixture_data_is_valid(data_dir: Path) -> None:
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    assert list(dataset.projects) == ["beispiel-lotsen"]
    assert list(dataset.towns) == ["musterstadt", "beispieldorf"]
    # The project lists a contact without consent on purpose: a warning, and it is left out.
    assert [str(w) for w in dataset.warnings] == [UNPUBLISHED_IN_PROJECT]
    assert dataset.projects["beispiel-lotsen"].model.contacts == ["erika-beispiel"]


UNPUBLISHED_IN_PROJECT = (
    "projekte/beispiel-lotsen.yml:10:5: Warnung: contacts[2]: „max-verborgen“ ist nicht "
    "veröffentlicht (published: false) und wird hier weggelassen – auf der Website, in den "
    "offenen Daten und überall sonst. Liegt eine Einwilligung vor, setzen Sie in "
    "kontakte/max-verborgen.yml „published: true“; sonst löschen Sie diese Zeile."
)

CASES = [
    pytest.param(
        "kontakte/erika-beispiel.yml",
        'phone: "06172 123456"',
        "phone: 06172123456",
        "kontakte/erika-beispiel.yml:4:8: phone: YAML liest 06172123456 als eine Zahl, hier wird "
        'aber Text erwartet. Setzen Sie den Wert in Anführungszeichen: phone: "06172123456"',
        id="unquoted-phone-number",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "published: true",
        "published: yes",
        "kontakte/erika-beispiel.yml:7:12: published: Schreiben Sie true (ja) oder false (nein), ohne "
        "Anführungszeichen. Gefunden: „yes“.",
        id="yes-instead-of-true",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "email: erika",
        "emial: erika",
        "kontakte/erika-beispiel.yml:5:1: Unbekanntes Feld „emial“. Meinten Sie „email“? Erlaubt "
        "sind hier: phone, email, website, office_hours, name, organisation, role, languages, published, "
        "reviewed, source, internal_note.",
        id="misspelt-field",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "name: Erika Beispiel\n",
        "",
        "kontakte/erika-beispiel.yml:1:1: Pflichtfeld „name“ fehlt. Ergänzen Sie eine Zeile „name: …“.",
        id="missing-required-field",
    ),
    pytest.param(
        "projekte/beispiel-lotsen.yml",
        "  - musterstadt",
        "  - musterstatd",
        "projekte/beispiel-lotsen.yml:7:5: towns[1]: Der Ort „musterstatd“ gibt es nicht "
        "(orte.yml). Meinten Sie „musterstadt“?",
        id="unknown-town",
    ),
    pytest.param(
        "projekte/beispiel-lotsen.yml",
        "organisation: beispielverein",
        "organisation: beispielverien",
        "projekte/beispiel-lotsen.yml:3:15: organisation: Die Organisation „beispielverien“ gibt es "
        "nicht (organisationen/). Meinten Sie „beispielverein“?",
        id="unknown-organisation",
    ),
    pytest.param(
        "projekte/beispiel-lotsen.yml",
        "  - erika-beispiel",
        "  - erika-muster",
        "projekte/beispiel-lotsen.yml:9:5: contacts[1]: Die Ansprechperson „erika-muster“ gibt es "
        "nicht (kontakte/).",
        id="unknown-contact",
    ),
    pytest.param(
        "projekte/beispiel-lotsen.yml",
        "  - gesundheit",
        "  - arzt",
        "projekte/beispiel-lotsen.yml:5:5: einsatzfelder[1]: Das Einsatzfeld „arzt“ gibt es nicht "
        "(einsatzfelder/).",
        id="unknown-einsatzfeld",
    ),
    pytest.param(
        "orte.yml",
        "id: beispieldorf",
        "id: musterstadt",
        "orte.yml:5:9: towns[2].id: Die Kennung „musterstadt“ gibt es schon. Jeder Ort braucht eine "
        "eigene Kennung.",
        id="duplicate-town-id",
    ),
    pytest.param(
        "einsatzfelder/gesundheit.yml",
        "title: Arztbesuche\n",
        "title:\n  de: Arztbesuche\n  en: Doctor visits\n",
        "einsatzfelder/gesundheit.yml:2:3: title: Hier steht nur der deutsche Text, ohne „de:“ und "
        "ohne andere Sprachen: schreiben Sie „title: …“ mit dem deutschen Text. Übersetzungen "
        "stehen in locale/<Sprache>/LC_MESSAGES/data.po; `make translations` trägt neue Texte "
        "dort ein.",
        id="translations-in-the-data-file",
    ),
    pytest.param(
        "einsatzfelder/gesundheit.yml",
        "summary: Begleitung zum Arzt.",
        "summary: Begleitung <b>zum</b> Arzt.",
        "einsatzfelder/gesundheit.yml:2:10: summary: HTML ist in Texten nicht erlaubt (gefunden: "
        "„<b“). Schreiben Sie nur Text; für Hervorhebungen geht **fett**, für Links [Text](https://…).",
        id="html-in-text",
    ),
    pytest.param(
        "einsatzfelder/gesundheit.yml",
        "summary: Begleitung zum Arzt.",
        "summary: <script>alert(1)</script>",
        "einsatzfelder/gesundheit.yml:2:10: summary: HTML ist in Texten nicht erlaubt (gefunden: "
        "„<s“). Schreiben Sie nur Text; für Hervorhebungen geht **fett**, für Links [Text](https://…).",
        id="script-in-text",
    ),
    pytest.param(
        "projekte/beispiel-lotsen.yml",
        "reviewed: 2026-01-15",
        "reviewed: 15.01.2026",
        "projekte/beispiel-lotsen.yml:11:11: reviewed: Ein Datum wird als JJJJ-MM-TT geschrieben, "
        "z. B. 2025-11-24 (gefunden: „15.01.2026“).",
        id="german-date-format",
    ),
    pytest.param(
        "projekte/beispiel-lotsen.yml",
        "reviewed: 2026-01-15",
        "reviewed: 2026-02-30",
        "projekte/beispiel-lotsen.yml:11:11: reviewed: „2026-02-30“ ist kein gültiges Datum (gibt "
        "es diesen Tag?).",
        id="impossible-date",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        'phone: "06172 123456"',
        'phone: "12345"',
        "kontakte/erika-beispiel.yml:4:8: phone: „12345“ ist keine gültige Telefonnummer. Schreiben "
        'Sie sie mit Vorwahl, z. B. "06172 999-0" oder "+49 6172 999-0", in Anführungszeichen.',
        id="invalid-phone",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "email: erika.beispiel@example.org",
        "email: erika.beispiel(at)example.org",
        "kontakte/erika-beispiel.yml:5:8: email: „erika.beispiel(at)example.org“ ist keine gültige "
        "E-Mail-Adresse (Form: name@beispiel.de).",
        id="invalid-email",
    ),
    pytest.param(
        "organisationen/beispielamt.yml",
        "website: https://example.org/integration",
        "website: javascript:alert(1)",
        "organisationen/beispielamt.yml:7:10: website: „javascript:alert(1)“ ist keine erlaubte "
        "Web-Adresse. Web-Adressen beginnen mit https://, z. B. https://www.beispiel.de/seite.",
        id="javascript-url",
    ),
    pytest.param(
        "organisationen/beispielamt.yml",
        "kind: authority",
        "kind: Behörde",
        "organisationen/beispielamt.yml:3:7: kind: „Behörde“ ist nicht erlaubt. Möglich sind: "
        "authority, carrier, network oder ministry.",
        id="unknown-choice",
    ),
    pytest.param(
        "einsatzfelder/gesundheit.yml",
        "icon: material/stethoscope",
        "icon: material/stetoskop",
        "einsatzfelder/gesundheit.yml:7:7: icon: „material/stetoskop“ ist kein bekanntes Symbol. "
        "Verwenden Sie ein Symbol aus Material, z. B. „material/stethoscope“ (Liste: "
        "https://pictogrammers.com/library/mdi/).",
        id="unknown-icon",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "languages: [de, ar, tr]",
        "languages: arabisch",
        "kontakte/erika-beispiel.yml:6:12: languages: Hier wird eine Liste erwartet, gefunden: Text. "
        "Schreiben Sie jeden Eintrag in eine eigene Zeile mit „- “ davor.",
        id="text-instead-of-list",
    ),
    pytest.param(
        "einsatzfelder/gesundheit.yml",
        "order: 1",
        'order: "1"',
        "einsatzfelder/gesundheit.yml:8:8: order: Hier wird eine ganze Zahl ohne Anführungszeichen "
        "erwartet, gefunden: „1“.",
        id="quoted-number",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "role: Koordinatorin",
        "role: ''",
        "kontakte/erika-beispiel.yml:3:7: role: Der Text ist leer. Schreiben Sie einen Text "
        "oder löschen Sie das Feld.",
        id="empty-text",
    ),
    pytest.param(
        "projekte/beispiel-lotsen.yml",
        "  - erika-beispiel\n",
        "  - erika-beispiel\n  - erika-beispiel\n",
        "projekte/beispiel-lotsen.yml:10:5: contacts[2]: „erika-beispiel“ steht doppelt in der "
        "Liste. Löschen Sie eine Zeile.",
        id="duplicate-reference",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "organisation: beispielverein",
        "organisation: Beispielverein",
        "kontakte/erika-beispiel.yml:2:15: organisation: „Beispielverein“ ist keine gültige "
        "Kennung. Erlaubt sind Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. „bad-homburg“ "
        "(ä → ae, ö → oe, ü → ue, ß → ss).",
        id="capitalised-reference",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "expected"), CASES)
def test_mistake_gets_located_german_message(
    data_dir: Path, file: str, old: str, new: str, expected: str
) -> None:
    edit(data_dir, file, old, new)
    assert problems_in(data_dir) == [expected]


def test_duplicate_key(data_dir: Path) -> None:
    edit(
        data_dir,
        "kontakte/erika-beispiel.yml",
        "published: true",
        "published: true\npublished: false",
    )
    assert problems_in(data_dir) == [
        "kontakte/erika-beispiel.yml:8:1: Das Feld „published“ steht doppelt (zuerst in Zeile 7). "
        "Löschen Sie eine der beiden Zeilen."
    ]


def test_tab_indentation(data_dir: Path) -> None:
    edit(
        data_dir, "kontakte/erika-beispiel.yml", "role: Koordinatorin", "role:\n\tde: Koordinatorin"
    )
    assert problems_in(data_dir) == [
        "kontakte/erika-beispiel.yml:4:1: Die Zeile ist mit einem Tabulator eingerückt. YAML erlaubt "
        "nur Leerzeichen: ersetzen Sie den Tabulator durch zwei Leerzeichen."
    ]


def test_broken_indentation(data_dir: Path) -> None:
    edit(data_dir, "organisationen/beispielamt.yml", '    to: "12:00"', '   to: "12:00"')
    assert problems_in(data_dir) == [
        "organisationen/beispielamt.yml:11:4: YAML-Syntaxfehler: Die Einrückung stimmt nicht. Alle "
        "Felder einer Ebene müssen genau gleich weit eingerückt sein (nur Leerzeichen)."
    ]


def test_colon_inside_text(data_dir: Path) -> None:
    edit(
        data_dir,
        "kontakte/erika-beispiel.yml",
        "role: Koordinatorin",
        "role: Koordinatorin: Lotsen",
    )
    assert problems_in(data_dir) == [
        "kontakte/erika-beispiel.yml:3:20: YAML-Syntaxfehler: Nach einem Doppelpunkt mit Leerzeichen "
        "beginnt ein neuer Wert. Gehört der Doppelpunkt zum Text, setzen Sie den ganzen Text in "
        'Anführungszeichen: role: "Koordinatorin: Lotsen"'
    ]


def test_unclosed_quote(data_dir: Path) -> None:
    edit(data_dir, "kontakte/erika-beispiel.yml", 'phone: "06172 123456"', 'phone: "06172 123456')
    (message,) = problems_in(data_dir)
    assert message.startswith("kontakte/erika-beispiel.yml:")
    assert "YAML-Syntaxfehler" in message


def test_python_tag_is_refused(data_dir: Path) -> None:
    edit(
        data_dir,
        "kontakte/erika-beispiel.yml",
        "name: Erika Beispiel",
        "name: !!python/object:os.system x",
    )
    assert problems_in(data_dir) == [
        "kontakte/erika-beispiel.yml:1:7: Die YAML-Markierung „tag:yaml.org,2002:python/object:os.system“ "
        "ist hier nicht erlaubt. Entfernen Sie sie."
    ]


def test_no_stays_text(data_dir: Path) -> None:
    """YAML 1.1 reads NO as false; editors and we read it as the text it is."""
    edit(data_dir, "kontakte/erika-beispiel.yml", "role: Koordinatorin", "role: NO")
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    assert dataset.contacts["erika-beispiel"].model.role == "NO"


def test_time_like_text_stays_text(data_dir: Path) -> None:
    edit(data_dir, "kontakte/erika-beispiel.yml", "role: Koordinatorin", "role: 12:30")
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    assert dataset.contacts["erika-beispiel"].model.role == "12:30"


def test_filename_must_be_an_id(data_dir: Path) -> None:
    (data_dir / "kontakte/erika-beispiel.yml").rename(data_dir / "kontakte/Erika Beispiel.yml")
    messages = problems_in(data_dir)
    assert messages[0] == (
        "kontakte/Erika Beispiel.yml:1:1: Der Dateiname „Erika Beispiel.yml“ ist keine gültige Kennung: "
        "nur Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. „bad-homburg.yml“ "
        "(ä → ae, ö → oe, ü → ue, ß → ss)."
    )


def test_duplicate_record_id(data_dir: Path) -> None:
    (data_dir / "kontakte/erika-beispiel.yaml").write_text(
        (data_dir / "kontakte/erika-beispiel.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert problems_in(data_dir) == [
        "kontakte/erika-beispiel.yml:1:1: Die Kennung „erika-beispiel“ gibt es schon "
        "(kontakte/erika-beispiel.yaml). Benennen Sie eine der Dateien um."
    ]


def test_unknown_folder(data_dir: Path) -> None:
    (data_dir / "kontakt").mkdir()
    assert problems_in(data_dir) == [
        "kontakt:1:1: Unbekannte Datei oder unbekannter Ordner. Meinten Sie „kontakte“? Erwartet "
        "werden: aktuelles, einsatzfelder, kontakte, organisationen, orte.yml, projekte, site.yml."
    ]


def test_all_problems_are_reported_at_once(data_dir: Path) -> None:
    edit(data_dir, "kontakte/erika-beispiel.yml", "published: true", "published: ja")
    edit(data_dir, "projekte/beispiel-lotsen.yml", "  - musterstadt", "  - nirgendwo")
    edit(data_dir, "organisationen/beispielamt.yml", "kind: authority", "kind: amt")
    assert len(problems_in(data_dir)) == 3


def test_unreadable_town_list_is_reported_once(data_dir: Path) -> None:
    edit(data_dir, "orte.yml", "kind: Stadt", "kind: stadt")
    assert problems_in(data_dir) == [
        "orte.yml:4:11: towns[1].kind: „stadt“ ist nicht erlaubt. Möglich sind: Stadt oder Gemeinde."
    ]


def test_stale_review_is_a_warning_not_an_error(data_dir: Path) -> None:
    dataset = load_dataset(data_dir, LANGS, today=date(2027, 3, 1))
    assert [str(w) for w in dataset.warnings] == [
        "kontakte/erika-beispiel.yml:8:11: Warnung: reviewed: Zuletzt geprüft am 15.01.2026, vor 13 "
        "Monaten (Grenze: 12). Bitte Angaben prüfen und das Datum aktualisieren.",
        # Unpublished contacts are kept up to date too.
        "kontakte/max-verborgen.yml:7:11: Warnung: reviewed: Zuletzt geprüft am 15.01.2026, vor 13 "
        "Monaten (Grenze: 12). Bitte Angaben prüfen und das Datum aktualisieren.",
        UNPUBLISHED_IN_PROJECT,
        "projekte/beispiel-lotsen.yml:11:11: Warnung: reviewed: Zuletzt geprüft am 15.01.2026, vor 13 "
        "Monaten (Grenze: 12). Bitte Angaben prüfen und das Datum aktualisieren.",
    ]


def test_unpublished_contacts_are_dropped_on_loading(data_dir: Path) -> None:
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    assert "max-verborgen" not in dataset.contacts


def test_command_line_reports_without_traceback(data_dir: Path) -> None:
    edit(data_dir, "kontakte/erika-beispiel.yml", 'phone: "06172 123456"', "phone: 06172123456")
    result = subprocess.run(
        [sys.executable, "-m", "lotsenportal", "validate", "--data", str(data_dir)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith("kontakte/erika-beispiel.yml:4:8: phone:")
    assert "nichts wurde veröffentlicht" in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "from: 09:00",
            "from: 9 Uhr",
            "organisationen/beispielamt.yml:10:11: office_hours[1].from: „9 Uhr“ ist keine Uhrzeit. "
            "Schreiben Sie sie als HH:MM, z. B. 09:00 oder 14:30.",
            id="time-format",
        ),
        pytest.param(
            'to: "17:30"',
            'to: "13:30"',
            "organisationen/beispielamt.yml:12:5: office_hours[2]: Die Sprechzeit endet (13:30), bevor "
            "sie beginnt (14:00). Tauschen Sie from und to.",
            id="ends-before-start",
        ),
        pytest.param(
            'day: thursday\n    from: "14:00"',
            'day: monday\n    from: "11:00"',
            "organisationen/beispielamt.yml:9:3: office_hours: Sprechzeit 2 überschneidet sich mit "
            "Sprechzeit 1 am selben Tag. Fassen Sie sie zusammen oder korrigieren Sie die Uhrzeit.",
            id="overlap",
        ),
        pytest.param(
            "day: monday",
            "day: montag",
            "organisationen/beispielamt.yml:9:10: office_hours[1].day: „montag“ ist nicht erlaubt. "
            "Möglich sind: monday, tuesday, wednesday, thursday, friday, saturday oder sunday.",
            id="german-weekday",
        ),
        pytest.param(
            "    from: 09:00",
            "    von: 09:00",
            "organisationen/beispielamt.yml:10:5: Unbekanntes Feld „von“. Erlaubt sind hier: day, from, "
            "to, note.",
            id="german-field-name",
        ),
    ],
)
def test_office_hours_mistakes(data_dir: Path, old: str, new: str, expected: str) -> None:
    edit(data_dir, "organisationen/beispielamt.yml", old, new)
    assert expected in problems_in(data_dir)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "name: Erika Beispiel",
            "name: *Erika",
            "1:7: YAML-Syntaxfehler: Ein Wert beginnt mit * oder &.",
        ),
        (
            "name: Erika Beispiel",
            "name: `Erika`",
            "1:7: YAML-Syntaxfehler: Ein Zeichen kann hier nicht stehen",
        ),
        (
            "languages: [de, ar, tr]",
            "languages: [de, ar, tr",
            "YAML-Syntaxfehler: Ein Anführungszeichen oder eine Klammer",
        ),
        (
            "published: true",
            "published: true\n---\nname: x",
            "8:1: YAML-Syntaxfehler: Die Datei enthält eine zweite Trennlinie",
        ),
        (
            "name: Erika Beispiel",
            "name:",
            "1:6: name: Hier wird Text erwartet, gefunden: nichts (leer).",
        ),
        (
            "role: Koordinatorin",
            "role:\n  deutsch: Koordinatorin",
            "role: Hier steht nur der deutsche Text",
        ),
        (
            "email: erika.beispiel@example.org",
            "email: mailto:erika.beispiel@example.org",
            "5:8: email: „mailto:erika.beispiel@example.org“ ist keine gültige E-Mail-Adresse",
        ),
    ],
    ids=[
        "alias",
        "backtick",
        "unclosed-bracket",
        "second-document",
        "empty-required",
        "language-name",
        "mailto-in-email",
    ],
)
def test_more_typing_mistakes(data_dir: Path, old: str, new: str, expected: str) -> None:
    edit(data_dir, "kontakte/erika-beispiel.yml", old, new)
    messages = problems_in(data_dir)
    assert any(m.startswith("kontakte/erika-beispiel.yml:") and expected in m for m in messages), (
        messages
    )


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        (
            "summary: Siehe [hier](javascript:alert(1)).",
            "einsatzfelder/gesundheit.yml:2:10: summary: Der Link „javascript:alert(1)“ ist nicht erlaubt. Links in Texten beginnen mit https://, mailto: oder tel:.",
        ),
        (
            "summary: Siehe [hier](http://example.org).",
            "einsatzfelder/gesundheit.yml:2:10: summary: Der Link „http://example.org“ ist nicht erlaubt. Links in Texten beginnen mit https://, mailto: oder tel:.",
        ),
        (
            "summary: '![Bild](https://example.org/x.png)'",
            "einsatzfelder/gesundheit.yml:2:10: summary: Bilder sind in Texten nicht erlaubt (![…](…)). Bitte entfernen.",
        ),
        (
            "summary: Begleitung &amp; Beratung",
            "einsatzfelder/gesundheit.yml:2:10: summary: HTML ist in Texten nicht erlaubt (gefunden: „&amp;“). Schreiben Sie nur Text; für Hervorhebungen geht **fett**, für Links [Text](https://…).",
        ),
    ],
    ids=["javascript-link", "http-link", "image", "entity"],
)
def test_only_safe_markdown_in_texts(data_dir: Path, new: str, expected: str) -> None:
    edit(data_dir, "einsatzfelder/gesundheit.yml", "summary: Begleitung zum Arzt.", new)
    assert problems_in(data_dir) == [expected]


def test_safe_markdown_is_accepted(data_dir: Path) -> None:
    edit(
        data_dir,
        "einsatzfelder/gesundheit.yml",
        "summary: Begleitung zum Arzt.",
        "summary: '**Begleitung** zum Arzt, [Infos](https://example.org), [Mail](mailto:a@example.org)'",
    )
    load_dataset(data_dir, LANGS, today=date(2026, 11, 24))


def test_binary_junk_in_a_data_file_is_a_message_not_a_traceback(data_dir: Path) -> None:
    (data_dir / "kontakte/kaputt.yml").write_bytes(b"name: \x00\x01\xff")
    result = subprocess.run(
        [sys.executable, "-m", "lotsenportal", "validate", "--data", str(data_dir)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("kontakte/kaputt.yml:1:1: Die Datei ist nicht UTF-8-kodiert")


SCRIPT = "<script>alert(1)</script>"
INJECTIONS = [
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "name: Erika Beispiel",
        f"name: '{SCRIPT}'",
        "name: HTML",
        id="name",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "role: Koordinatorin",
        f"role: '{SCRIPT}'",
        "role: HTML",
        id="translated-text",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        "email: erika.beispiel@example.org",
        "email: javascript:alert(1)",
        "email:",
        id="email",
    ),
    pytest.param(
        "kontakte/erika-beispiel.yml",
        'phone: "06172 123456"',
        "phone: javascript:alert(1)",
        "phone:",
        id="phone",
    ),
    pytest.param(
        "organisationen/beispielamt.yml",
        "website: https://example.org/integration",
        "website: javascript:alert(1)",
        "website:",
        id="url",
    ),
    pytest.param(
        "organisationen/beispielamt.yml",
        "description: Die Fachstelle koordiniert die Lotsenprojekte.",
        "description: '[klick](javascript:alert(1))'",
        "description: Der Link",
        id="markdown-link",
    ),
    pytest.param(
        "site.yml", "region: Beispielkreis", f"region: '{SCRIPT}'", "region: HTML", id="site-text"
    ),
    pytest.param(
        "orte.yml", "name: Musterstadt", f"name: '{SCRIPT}'", "towns[1].name: HTML", id="town"
    ),
    pytest.param(
        "aktuelles/2026-01-15-start.yml",
        "body: Ab heute gibt es das Lotsenportal für den Beispielkreis.",
        "body: '<img src=x onerror=alert(1)>'",
        "body: HTML",
        id="news-body",
    ),
    pytest.param(
        "einsatzfelder/gesundheit.yml",
        "icon: material/stethoscope",
        "icon: '<svg onload=alert(1)>'",
        "icon:",
        id="icon",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "expected"), INJECTIONS)
def test_script_and_javascript_links_never_survive_loading(
    data_dir: Path, file: str, old: str, new: str, expected: str
) -> None:
    """Every kind of text field refuses markup and javascript: — nothing reaches a page."""
    edit(data_dir, file, old, new)
    assert any(expected in message for message in problems_in(data_dir))
