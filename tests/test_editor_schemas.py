"""The JSON Schemas editors use are current, complete and agree with the validator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from lotsenportal.data.problems import Problems
from lotsenportal.data.schema import Federation
from lotsenportal.data.yamlsource import load_document
from lotsenportal.render import editor_schemas
from lotsenportal.render.editor_schemas import KINDS, MODELINE

from .conftest import ROOT

DATA = ROOT / "data"


def test_exported_schemas_and_schema_lines_are_current() -> None:
    assert editor_schemas.stale(DATA) == [], "run `make schemas`"


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_shipped_file_validates_against_its_json_schema(kind: editor_schemas.Kind) -> None:
    schema = json.loads((DATA / "schemas" / kind.schema_file).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    files = kind.files(DATA)
    assert files
    for file in files:
        assert file.read_text(encoding="utf-8").startswith(MODELINE)
        doc = load_document(file, file.relative_to(DATA), Problems())
        assert doc is not None
        errors = [e.message for e in validator.iter_errors(doc.data)]
        assert errors == [], file


def _fields(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = list(schema.get("properties", {}).items())
    for definition in schema.get("$defs", {}).values():
        found += list(definition.get("properties", {}).items())
    return found


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_field_has_a_german_description_and_an_example(kind: editor_schemas.Kind) -> None:
    schema = editor_schemas.json_schema(kind)
    assert [name for name, spec in _fields(schema) if not spec.get("description")] == []
    assert [name for name, spec in _fields(schema) if not spec.get("examples")] == []


def test_json_schema_rejects_what_the_validator_rejects(tmp_path: Path) -> None:
    schema = editor_schemas.json_schema(next(k for k in KINDS if k.name == "kontakte"))
    validator = jsonschema.Draft202012Validator(schema)
    good = {
        "name": "Erika Beispiel",
        "organisation": "beispielverein",
        "role": "Lotsin",
        "reviewed": "2026-01-15",
    }
    assert list(validator.iter_errors(good)) == []
    for mistake in (
        {"phone": 6172123456},
        # Translations live in the catalogs (locale/<lang>/LC_MESSAGES/data.po), not here.
        {"role": {"de": "Lotsin", "en": "Guide"}},
        {"translations": {"en": {"status": "draft"}}},
        {"published": "ja"},
        {"emial": "x@example.org"},
        {"organisation": "Beispiel Verein"},
    ):
        assert list(validator.iter_errors({**good, **mistake})), mistake


def _mentions(schema: Any, key: str) -> bool:
    if isinstance(schema, dict):
        return key in schema or any(_mentions(value, key) for value in schema.values())
    if isinstance(schema, list):
        return any(_mentions(value, key) for value in schema)
    return False


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_data_files_hold_german_texts_only(kind: editor_schemas.Kind) -> None:
    schema = editor_schemas.json_schema(kind)
    assert not _mentions(schema, "translations")  # no `translations:` field
    assert not _mentions(schema, "propertyNames")  # no per-language `de:` maps
    # federation.yml, outside the data folders, keeps its few texts per language.
    federation = Federation.model_json_schema()
    assert _mentions(federation, "translations") and _mentions(federation, "propertyNames")


def test_editors_guide_field_tables_are_current() -> None:
    assert not editor_schemas.stale_guide(ROOT), "run `make schemas`"


def test_editors_guide_lists_every_field() -> None:
    guide = (ROOT / "REDAKTION.md").read_text(encoding="utf-8")
    for name in (
        "`phone`",
        "`office_hours[].from`",
        "`published`",
        "`towns[].kind`",
    ):
        assert name in guide


def test_a_new_record_does_not_make_the_schemas_stale(data_dir: Path) -> None:
    """Staff in the web editor cannot run `make schemas`: a new contact must not turn CI red
    (the offered ids follow with the next `make schemas`), while a changed rule still does."""
    editor_schemas.write(data_dir)
    assert editor_schemas.stale(data_dir) == []
    (data_dir / "kontakte/neue-person.yml").write_text(
        (data_dir / "kontakte/erika-beispiel.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert editor_schemas.stale(data_dir) == []
    schema = data_dir / "schemas/kontakte.schema.json"
    schema.write_text(schema.read_text(encoding="utf-8").replace('"maxLength"', '"maxItems"'))
    assert editor_schemas.stale(data_dir) == [schema]
