"""/api/v1/: the published data as JSON, valid against its own JSON Schema."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema

from lotsenportal.data.loading import load_dataset
from lotsenportal.site.open_data import COLLECTIONS, export


def test_every_collection_validates_against_its_schema(data_dir: Path, tmp_path: Path) -> None:
    dataset = load_dataset(data_dir, ["de", "en", "ar"], today=date(2026, 11, 24))
    written = export(dataset, tmp_path, today=date(2026, 11, 24))
    assert len(written) == 2 * len(COLLECTIONS)
    for name in COLLECTIONS:
        document = json.loads((tmp_path / f"api/v1/{name}.json").read_text(encoding="utf-8"))
        schema = json.loads((tmp_path / f"api/v1/{name}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
            document
        )
        assert document["version"] == "v1" and document["generated"] == "2026-11-24"


def test_only_published_contacts_are_exported(data_dir: Path, tmp_path: Path) -> None:
    export(load_dataset(data_dir, ["de", "en", "ar"], today=date(2026, 11, 24)), tmp_path)
    contacts = json.loads((tmp_path / "api/v1/contacts.json").read_text(encoding="utf-8"))["items"]
    assert [c["id"] for c in contacts] == ["erika-beispiel"]
    assert contacts[0]["role"] == {"de": "Koordinatorin"}
    assert "Verborgen" not in "".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "api/v1").iterdir()
    )
    hours = json.loads((tmp_path / "api/v1/organisations.json").read_text(encoding="utf-8"))[
        "items"
    ][0]
    assert hours["office_hours"][0] == {"day": "monday", "from": "09:00", "to": "12:00"}


def test_texts_are_exported_per_language_with_their_state(data_dir: Path, tmp_path: Path) -> None:
    dataset = load_dataset(data_dir, ["de", "en", "ar"], today=date(2026, 11, 24))
    export(dataset, tmp_path, languages=["de", "en", "ar"])

    def items(name: str) -> list[dict[str, object]]:
        document = json.loads((tmp_path / f"api/v1/{name}.json").read_text(encoding="utf-8"))
        return list(document["items"])

    project = items("projects")[0]
    assert project["title"] == {
        "de": "Lotsenprojekt Beispielverein",
        "en": ("Guide project Beispielverein"),
    }
    assert project["translations"] == {"en": {"status": "reviewed"}}  # no Arabic yet
    feld = items("einsatzfelder")[0]
    assert feld["title"] == {"de": "Arztbesuche", "en": "Doctor visits", "ar": "زيارات الطبيب"}
    assert feld["translations"] == {}  # the description is German only: missing everywhere
    hours = items("organisations")[0]["office_hours"][1]
    assert hours["note"] == {"de": "nur nach Terminvereinbarung", "en": "by appointment only"}
    town = items("towns")[0]  # a name in another script is a (draft) translation
    assert town["name"] == {"de": "Musterstadt", "ar": "موسترشتات"}
    assert town["translations"] == {"ar": {"status": "draft"}}
