"""One table of example values, checked against both rule sets: the validator (what `make
check` and the pull request check say) and the exported JSON Schema (what VS Code marks while
typing). They must agree on every row; where a JSON Schema cannot decide (a future date,
from < to, a premium-rate number), the row says so and only the validator is asserted.

The JSON Schema is checked as yaml-language-server does it, roughly: formats are annotations
(its `date` check does not know which days a month has), patterns, enums and lengths decide.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from pydantic import TypeAdapter, ValidationError

from lotsenportal.data.loading import load_dataset
from lotsenportal.data.phones import PHONE_PATTERN, national
from lotsenportal.data.problems import DataError, Problems
from lotsenportal.data.schema import DATE_PATTERN, EMAIL_PATTERN, TIME, values
from lotsenportal.data.urls import WEB_URL_PATTERN
from lotsenportal.data.yamlsource import load_document
from lotsenportal.render import editor_schemas

from .conftest import FIXTURES

MINIMAL = FIXTURES / "minimal"
LANGS = ["de", "en", "ar"]
# The fixture file each kind's rows change (one field at a time).
FILE = {
    "kontakte": "kontakte/erika-beispiel.yml",
    "projekte": "projekte/beispiel-lotsen.yml",
    "aktuelles": "aktuelles/2026-01-15-start.yml",
    "organisationen": "organisationen/beispielamt.yml",
    "site.yml": "site.yml",
    "orte.yml": "orte.yml",
}
SAME, EDITOR_ACCEPTS = "same", "validator only"


@dataclass(frozen=True)
class Row:
    kind: str
    field: str
    value: Any
    valid: bool
    # SAME: the JSON Schema decides like the validator. EDITOR_ACCEPTS: it cannot tell (the
    # editor accepts the value; the validator refuses it – see REDAKTION.md "Wird beim
    # Speichern/im Pull Request geprüft").
    editor: str = SAME

    def __str__(self) -> str:
        return f"{self.kind}.{self.field}={self.value!r}"


def _hours(*slots: tuple[str, Any, Any]) -> list[dict[str, Any]]:
    return [{"day": day, "from": start, "to": end} for day, start, end in slots]


K, P = "kontakte", "projekte"
ROWS = [
    # Phone numbers: digits, spaces and / - . ( ) +, starting with the area code.
    Row(K, "phone", "06172 123456", True),
    Row(K, "phone", "06172.123456", True),
    Row(K, "phone", "06172-123456", True),
    Row(K, "phone", "06172/123456", True),
    Row(K, "phone", "(06172) 123456", True),
    Row(K, "phone", "+49 6172 123456", True),
    Row(K, "phone", "+49 (0) 6172 123456", True),
    Row(K, "phone", "0049 6172 123456", True),
    Row(K, "phone", "06172 999-12", True),  # extension (Durchwahl) after a hyphen
    Row(K, "phone", "0171 1234567", True),
    Row(K, "phone", "0800 1110111", True),  # free of charge
    Row(K, "phone", "06172 99 CARITAS", False),  # letters, not turned into digits
    Row(K, "phone", "Tel. 06172 123456 (Frau Y.)", False),
    Row(K, "phone", "06172 123456 Durchwahl 12", False),
    Row(K, "phone", "06172 123456, 06172 654321", False),
    Row(K, "phone", "06172 123456 oder 06172 654321", False),
    Row(K, "phone", "06172 123456 / 06172 654321", False, EDITOR_ACCEPTS),
    Row(K, "phone", "0900 1234567", False, EDITOR_ACCEPTS),  # premium rate
    Row(K, "phone", "0137 1234567", False, EDITOR_ACCEPTS),  # shared cost
    Row(K, "phone", "01805 123456", False, EDITOR_ACCEPTS),  # shared cost
    Row(K, "phone", "12345", False),
    Row(K, "phone", "06172 123456 #1", False),
    Row(K, "phone", 6172123456, False),
    # Web addresses: https only, nothing a browser or Markdown reads as something else.
    Row(K, "website", "https://www.example.org/seite", True),
    Row(K, "website", "https://example.org", True),
    Row(K, "website", "http://example.org", False),
    Row(K, "website", "javascript:alert(1)", False),
    Row(K, "website", "https://example.org/ein pfad", False),
    Row(K, "website", "https://example.org/<script>", False),
    Row(K, "website", "https://erika@example.org/", False),
    Row(K, "website", "https://-x.example.org/", False, EDITOR_ACCEPTS),
    # E-mail addresses.
    Row(K, "email", "erika.beispiel@example.org", True),
    Row(K, "email", "erika beispiel@example.org", False),
    Row(K, "email", "Erika <erika@example.org>", False),
    Row(K, "email", "erika@example", False),
    Row(K, "email", "erika@@example.org", False),
    Row(K, "email", "erika..beispiel@example.org", False),
    Row(K, "email", "erika@-example.org", False, EDITOR_ACCEPTS),
    # Dates: JJJJ-MM-TT of a day that exists; `reviewed` not in the future, news may be.
    Row(K, "reviewed", "2026-01-15", True),
    Row(K, "reviewed", "2026-11-31", False),
    Row(K, "reviewed", "2026-13-01", False),
    Row(K, "reviewed", "15.01.2026", False),
    Row(K, "reviewed", "2024-02-29", True),
    Row(K, "reviewed", "2026-02-29", False, EDITOR_ACCEPTS),
    Row(K, "reviewed", "2099-01-01", False, EDITOR_ACCEPTS),
    Row(P, "reviewed", "2099-01-01", False, EDITOR_ACCEPTS),
    Row("aktuelles", "date", "2099-01-01", True),
    Row("aktuelles", "date", "2026-04-31", False),
    # Languages a contact speaks: ISO 639-1 codes.
    Row(K, "languages", ["de"], True),
    Row(K, "languages", ["uk", "ar", "fa"], True),
    Row(K, "languages", ["ua"], False),
    Row(K, "languages", ["xx"], False),
    Row(K, "languages", ["Deutsch"], False),
    Row(K, "languages", ["DE"], False),
    Row(K, "languages", ["de-DE"], False),
    # Times: HH:MM; from before to, no overlap on one day.
    Row(K, "office_hours", _hours(("monday", "09:00", "12:00")), True),
    Row(K, "office_hours", _hours(("monday", "00:00", "23:59")), True),
    Row(K, "office_hours", _hours(("monday", "9:00", "12:00")), False),
    Row(K, "office_hours", _hours(("monday", "09:00", "24:00")), False),
    Row(K, "office_hours", _hours(("monday", 540, "12:00")), False),  # YAML 1.1: 9:00 = 540
    Row(K, "office_hours", _hours(("monday", "12:00", "09:00")), False, EDITOR_ACCEPTS),
    Row(
        K,
        "office_hours",
        _hours(("monday", "09:00", "12:00"), ("monday", "11:00", "13:00")),
        False,
        EDITOR_ACCEPTS,
    ),
    # Ids of other records: the ones that exist in the data folder.
    Row(K, "organisation", "beispielverein", True),
    Row(K, "organisation", "Beispiel Verein", False),
    Row(K, "organisation", "gibt-es-nicht", False),
    Row(P, "towns", ["musterstadt", "beispieldorf"], True),
    Row(P, "towns", ["nirgendwo"], False),
    Row(P, "einsatzfelder", ["gesundheit"], True),
    Row(P, "einsatzfelder", ["Gesundheit"], False),
    Row(P, "contacts", ["erika-beispiel"], True),
    Row(P, "contacts", ["erika"], False),
    Row("site.yml", "coordination", "beispielamt", True),
    Row("site.yml", "coordination", "landratsamt", False),
    Row("orte.yml", "towns", [{"id": "index", "name": "Index", "kind": "Stadt"}], False),
    Row("orte.yml", "towns", [{"id": "a" * 61, "name": "Lang", "kind": "Stadt"}], False),
    # No fields the schema does not know.
    Row(K, "emial", "erika@example.org", False),
    Row("organisationen", "phone", "06172 999-0", True),
    Row("organisationen", "phone", "06172 999-0 (Zentrale)", False),
]


def _schema(kind: str) -> dict[str, Any]:
    exported = next(k for k in editor_schemas.KINDS if k.name == kind)
    return editor_schemas.json_schema(exported, MINIMAL)


def _record(kind: str) -> dict[str, Any]:
    file = MINIMAL / FILE[kind]
    doc = load_document(file, Path(FILE[kind]), Problems())
    assert doc is not None
    return dict(doc.data)


def _validator_accepts(row: Row, tmp_path: Path) -> bool:
    data = tmp_path / "data"
    shutil.copytree(MINIMAL, data)
    record = {**_record(row.kind), row.field: row.value}
    (data / FILE[row.kind]).write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    try:
        load_dataset(data, LANGS)
    except DataError:
        return False
    return True


def test_the_table_is_large_enough() -> None:
    assert len(ROWS) >= 40
    assert len({str(row) for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_validator_and_editor_schema_agree(row: Row, tmp_path: Path) -> None:
    assert _validator_accepts(row, tmp_path) == row.valid
    editor = jsonschema.Draft202012Validator(_schema(row.kind))
    record = {**_record(row.kind), row.field: row.value}
    editor_accepts = not list(editor.iter_errors(record))
    if row.editor == SAME:
        assert editor_accepts == row.valid
    else:  # the editor cannot tell; it must not refuse what the validator accepts
        assert row.editor == EDITOR_ACCEPTS and editor_accepts and not row.valid


def _patterns(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
        return found.union(*(_patterns(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_patterns(value) for value in node))
    return set()


def test_the_editor_schema_has_the_validators_own_patterns() -> None:
    """One definition each: the constants the validator matches are the exported patterns."""
    exported = _patterns(_schema(K))
    for pattern in (PHONE_PATTERN, WEB_URL_PATTERN, EMAIL_PATTERN, DATE_PATTERN, TIME.pattern):
        assert pattern in exported, pattern
    languages = _schema(K)["properties"]["languages"]["items"]["enum"]
    assert {"de", "uk", "ar"} <= set(languages) and "ua" not in languages


@pytest.mark.parametrize(
    ("field_type", "value", "expected"),
    [
        ("Phone", "06172 99 CARITAS", "enthält Buchstaben (CARITAS)"),
        ("Phone", "Tel. 06172 123456 (Frau Y.)", "enthält Buchstaben (Tel, Frau, Y)"),
        ("Phone", "06172 123456, 06172 654321", "mehr als einer Telefonnummer"),
        ("Phone", "06172 123456 oder 06172 654321", "mehr als einer Telefonnummer"),
        ("Phone", "0900 1234567", "kostenpflichtige Sondernummer"),
        ("Phone", "06172 123456 #1", "das Zeichen „#“"),
        ("SpokenLanguage", "ua", "Meinten Sie „uk“ (Ukrainisch)?"),
        ("SpokenLanguage", "Deutsch", "Meinten Sie „de“ (Deutsch)?"),
        ("SpokenLanguage", "xx", "ISO-639-1"),
        ("ReviewedDay", "2099-01-01", "liegt in der Zukunft (heute ist der "),
        ("Day", "2026-11-31", "kein gültiges Datum"),
    ],
)
def test_refusals_say_what_to_do(field_type: str, value: str, expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(getattr(values, field_type)).validate_python(value)
    assert expected in caught.value.errors()[0]["msg"]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("(06172) 999-0", "06172 999-0"),  # the extension stays visible
        ("06172 / 123 45", "06172 123 45"),
        ("+49 6172 999-0", "+49 6172 999-0"),
        ("061721234567", "06172 1234567"),  # no grouping typed: libphonenumber's
    ],
)
def test_phone_numbers_read_as_staff_grouped_them(typed: str, shown: str) -> None:
    assert national(typed) == shown
