"""Messages staff read: German, „Sie“, at the line of the actual mistake, and every fix they
suggest works when followed (GitHub issue 13)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from lotsenportal.data import messages as catalog
from lotsenportal.data.error_sentences import problems_from
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.messages import CATALOG, say
from lotsenportal.data.problems import DataError, Problem, Problems
from lotsenportal.data.schema import Federation
from lotsenportal.data.yamlsource import Document, _syntax_message, load_document

LANGS = ["de", "en", "ar"]
TODAY = date(2026, 11, 24)
CONTACT = "kontakte/erika-beispiel.yml"
OFFICE = "organisationen/beispielamt.yml"


def edit(data_dir: Path, file: str, old: str, new: str) -> None:
    path = data_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def findings(data_dir: Path) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) of validating `data_dir`."""
    try:
        dataset = load_dataset(data_dir, LANGS, today=TODAY)
    except DataError as err:
        return err.problems.errors, err.problems.warnings
    return [], list(dataset.warnings)


# Always there: the fixture lists an unpublished contact on purpose.
KNOWN_WARNINGS = {"projekte/beispiel-lotsen.yml:10:5"}


def new_warnings(warnings: list[Problem]) -> list[str]:
    return [
        str(w) for w in warnings if f"{w.path.as_posix()}:{w.line}:{w.column}" not in KNOWN_WARNINGS
    ]


# --- "du" is gone ---------------------------------------------------------------------------

DU_FORMS = re.compile(
    r"\b(du|dich|dir|dein\w*|Setze|Schreibe|Lösche|Verwende|Speichere|Ersetze|Ergänze|"
    r"Tausche|Fasse|Korrigiere|Prüfe|Entferne|Benenne|Bearbeite|Wähle|Verschiebe|Trage|Füge)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_german_messages_say_sie(key: str) -> None:
    german = CATALOG[key][0]
    assert not DU_FORMS.search(german), german


# --- located messages for the reported mistakes ----------------------------------------------


def test_missing_space_after_colon_is_reported_at_its_own_line(data_dir: Path) -> None:
    edit(data_dir, CONTACT, "email: erika", "email:erika")
    errors, _ = findings(data_dir)
    assert [str(e) for e in errors] == [
        "kontakte/erika-beispiel.yml:5:7: Nach dem Doppelpunkt fehlt ein Leerzeichen: schreiben "
        "Sie „email: erika.beispiel@example.org“."
    ]


def test_missing_space_on_the_last_line(data_dir: Path) -> None:
    edit(data_dir, CONTACT, "reviewed: 2026-01-15", "reviewed:2026-01-15")
    errors, _ = findings(data_dir)
    assert [str(e) for e in errors] == [
        "kontakte/erika-beispiel.yml:8:10: Nach dem Doppelpunkt fehlt ein Leerzeichen: schreiben "
        "Sie „reviewed: 2026-01-15“."
    ]


def test_a_number_as_time_suggests_a_time(data_dir: Path) -> None:
    edit(data_dir, OFFICE, "from: 09:00", "from: 9")
    errors, _ = findings(data_dir)
    assert [str(e) for e in errors] == [
        "organisationen/beispielamt.yml:10:11: office_hours[1].from: YAML liest 9 als eine Zahl, "
        "hier wird aber eine Uhrzeit (HH:MM) in Anführungszeichen erwartet. Schreiben Sie: "
        'from: "09:00"'
    ]


def test_a_number_that_is_no_phone_number_even_in_quotes(data_dir: Path) -> None:
    edit(data_dir, CONTACT, 'phone: "06172 123456"', "phone: 12345")
    errors, _ = findings(data_dir)
    assert [str(e) for e in errors] == [
        "kontakte/erika-beispiel.yml:4:8: phone: YAML liest 12345 als eine Zahl, hier wird aber "
        "Text in Anführungszeichen erwartet. Auch in Anführungszeichen passt der Wert noch nicht: "
        + say("lp_phone", value="12345")
    ]


def test_list_entry_on_the_field_line(data_dir: Path) -> None:
    edit(data_dir, CONTACT, "languages: [de, ar, tr]", "languages: - de")
    errors, _ = findings(data_dir)
    assert [str(e) for e in errors] == [
        "kontakte/erika-beispiel.yml:6:12: " + say("syntax_sequence")
    ]


def test_value_starting_with_ampersand(data_dir: Path) -> None:
    edit(data_dir, CONTACT, "role: Koordinatorin", "role: & Co")
    errors, _ = findings(data_dir)
    assert [str(e) for e in errors] == ["kontakte/erika-beispiel.yml:3:8: " + say("syntax_alias")]


def test_unclosed_quote_is_reported_where_it_opens(data_dir: Path) -> None:
    edit(data_dir, CONTACT, 'phone: "06172 123456"', 'phone: "06172 123456')
    errors, _ = findings(data_dir)
    assert [str(e) for e in errors] == [
        "kontakte/erika-beispiel.yml:4:8: " + say("syntax_unclosed")
    ]


def test_control_character(data_dir: Path) -> None:
    edit(data_dir, CONTACT, "role: Koordinatorin", "role: Koordi\x01natorin")
    errors, _ = findings(data_dir)
    assert [str(e) for e in errors] == [
        "kontakte/erika-beispiel.yml:3:13: " + say("control_char", code="U+0001")
    ]


def test_hash_in_unquoted_text_is_a_warning(data_dir: Path) -> None:
    edit(data_dir, CONTACT, "reviewed: 2026-01-15", "reviewed: 2026-01-15\nsource: Akte #12")
    errors, warnings = findings(data_dir)
    assert errors == []
    assert new_warnings(warnings) == [
        "kontakte/erika-beispiel.yml:9:14: Warnung: Alles ab „#“ liest YAML als Kommentar: "
        "gespeichert wird nur „Akte“. Gehört der Rest zum Text, setzen Sie den ganzen Text in "
        'Anführungszeichen: source: "Akte #12" – ist es ein Kommentar, schreiben Sie ihn in eine '
        "eigene Zeile."
    ]


def test_comment_after_a_number_is_fine(data_dir: Path) -> None:
    edit(data_dir, "einsatzfelder/gesundheit.yml", "order: 1", "order: 1 # zuerst")
    errors, warnings = findings(data_dir)
    assert errors == [] and new_warnings(warnings) == []


# --- no English from PyYAML -------------------------------------------------------------------

# One broken line per problem PyYAML can report (scanner, parser, composer, reader).
BROKEN = [
    "role: Koordinatorin: Lotsen",
    "role: - Lotsin",
    "role: ? unklar",
    'role: "Lotsin" für Arabisch',
    "role: & Co",
    "role: * wichtig",
    "role: !<x y",
    "role: !a!b x",
    "role: > Lotsin",
    "role: >18 Jahre",
    "role: |0",
    'role: "C:\\Users"',
    'role: "\\x4"',
    "role: ]",
    "role: ,x",
    "role: [a, b",
    "role: {a, b]",
    "  role: Koordinatorin",
    "role: 'Lotsin",
    "role: @Lotsin",
    "role: `Lotsin`",
    "role: %Lotsin",
    "role:Koordinatorin",
    "role: Koordinatorin\n...",
    "role: Koordinatorin\n---\nname: x",
    "- role",
    "role: Koordi\x01natorin",
]
ENGLISH = re.compile(
    r"\b(expected|found|allowed|while|could not|cannot|character|token|stream|scalar|"
    r"document|directive|mapping|sequence|block|node|indicator|escape|but)\b"
)


@pytest.mark.parametrize("line", BROKEN)
def test_syntax_errors_are_german_and_located(data_dir: Path, line: str) -> None:
    edit(data_dir, CONTACT, "role: Koordinatorin", line)
    errors, _ = findings(data_dir)
    assert errors, line
    for error in errors:
        assert error.path.as_posix() == CONTACT
        assert 1 <= error.line <= 12
        assert not ENGLISH.search(error.message), error.message


def test_unknown_pyyaml_problem_falls_back_to_german() -> None:
    err = yaml.MarkedYAMLError(problem="some brand-new problem")
    message = _syntax_message(err)
    assert message == say("syntax_other")
    assert "brand-new" not in message and message.startswith("YAML-Syntaxfehler:")


def test_english_stays_available() -> None:
    catalog.set_language("en")
    try:
        assert say("syntax_no_space", fixed="email: a@example.org") == (
            "A space is missing after the colon: write “email: a@example.org”."
        )
    finally:
        catalog.set_language("de")


# --- schema errors: never an empty list, never the library's words ----------------------------


def federation_problems(data: dict[str, object]) -> list[str]:
    doc = Document(Path("federation.yml"), data)
    with pytest.raises(ValidationError) as caught:
        Federation.model_validate(data)
    return [p.message for p in problems_from(caught.value, doc, Federation)]


FEDERATION = {
    "title": {"de": "Lotsen"},
    "intro": {"de": "Wählen Sie Ihren Kreis."},
    "kreise": [{"id": "beispielkreis", "data": "data"}],
}


def test_unknown_field_behind_a_language_code_lists_the_fields() -> None:
    data = {**FEDERATION, "translations": {"en": {"status": "draft", "stauts": "x"}}}
    assert federation_problems(data) == [
        "Unbekanntes Feld „stauts“. Meinten Sie „status“? Erlaubt sind hier: status, fingerprint."
    ]


def test_no_message_lists_nothing() -> None:
    data = {**FEDERATION, "translations": {"en": {"status": "draft", "x": "y"}}}
    for message in federation_problems(data):
        assert "Erlaubt sind hier: ." not in message


def test_empty_list_and_empty_text_are_german() -> None:
    data = {**FEDERATION, "kreise": [], "title": {"de": "Lotsen"}}
    assert federation_problems(data) == [f"kreise: {say('list_too_short', limit=1)}"]
    data = {**FEDERATION, "kreise": [{"id": "beispielkreis", "data": ""}]}
    assert federation_problems(data) == [f"kreise[1].data: {say('lp_empty')}"]


def test_fallback_for_a_rule_without_message_is_german() -> None:
    from lotsenportal.data.error_sentences import _explain

    detail = {"type": "string_pattern_mismatch", "loc": ("x",), "msg": "String should match"}
    message = _explain(detail, ("x",), Document(Path("x.yml"), {}))  # type: ignore[arg-type]
    assert message == say("schema_other")
    assert "String should" not in message


# --- every suggested fix works ----------------------------------------------------------------

# (file, correct line in the fixture, the mistake): the message names a corrected line; put
# it in place of the mistake, validate again, and the problem is gone.
FOLLOW = [
    pytest.param(CONTACT, 'phone: "06172 123456"', "phone: 06172123456", id="unquoted-phone"),
    pytest.param(OFFICE, "from: 09:00", "from: 9", id="time-as-number"),
    pytest.param(OFFICE, 'from: "14:00"', "from: 14.30", id="time-with-dot"),
    pytest.param(OFFICE, 'to: "17:30"', "to: 1730", id="time-without-colon"),
    pytest.param(CONTACT, "email: erika", "email:erika", id="missing-space"),
    pytest.param(OFFICE, "day: monday", "day:monday", id="missing-space-list-item"),
    pytest.param(CONTACT, "role: Koordinatorin", "role: Koordinatorin: Lotsen", id="colon-in-text"),
    pytest.param(CONTACT, "role: Koordinatorin", 'role: "Lotsin" für Arabisch', id="after-quote"),
    pytest.param(CONTACT, "role: Koordinatorin", "role: 2026", id="number-as-text"),
    pytest.param(CONTACT, "role: Koordinatorin", "role: Lotsin #1", id="hash-in-text"),
]
SUGGESTION = re.compile(
    r"(?:schreiben Sie „(?P<a>.+)“\.$|(?:Anführungszeichen|Schreiben Sie): (?P<b>(- )?[\w-]+: .+?)"
    r"(?: – |$))"
)


def suggestions(problems: list[Problem]) -> Iterator[tuple[Problem, str]]:
    for problem in problems:
        found = SUGGESTION.search(problem.message)
        if found:
            yield problem, found["a"] or found["b"]


@pytest.mark.parametrize(("file", "old", "new"), FOLLOW)
def test_following_the_suggested_fix_solves_the_problem(
    data_dir: Path, file: str, old: str, new: str
) -> None:
    edit(data_dir, file, old, new)
    errors, warnings = findings(data_dir)
    reported = [w for w in warnings if str(w) in new_warnings(warnings)] + errors
    assert len(reported) == 1, [str(p) for p in reported]
    ((problem, fixed),) = list(suggestions(reported))
    path = data_dir / file
    lines = path.read_text(encoding="utf-8").split("\n")
    line = lines[problem.line - 1]
    stripped = line.lstrip()
    indent = line[: len(line) - len(stripped)]
    if stripped.startswith("- ") and not fixed.startswith("- "):
        indent += "- "
    lines[problem.line - 1] = indent + fixed
    path.write_text("\n".join(lines), encoding="utf-8")
    errors, warnings = findings(data_dir)
    assert [str(e) for e in errors] == []
    assert new_warnings(warnings) == []


def test_load_document_keeps_a_file_with_only_warnings(tmp_path: Path) -> None:
    file = tmp_path / "x.yml"
    file.write_text("source: Akte #12\n", encoding="utf-8")
    problems = Problems()
    doc = load_document(file, Path("x.yml"), problems)
    assert doc is not None and doc.data == {"source": "Akte"}
    assert [p.line for p in problems.warnings] == [1]
