"""Open data: the published records as versioned JSON under /api/v1/, with a JSON Schema.

Other portals (the Kompetenzzentrum, another Kreis, Integreat) can reuse the data instead of
copying it by hand. Only what the site shows is exported: unpublished contacts never reach
this step (the dataset drops them on loading, and removes their ids from the projects that
list them), and `internal_note` is excluded from every model's output.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from .dataset import Dataset, Record
from .schema import Contact, Einsatzfeld, NewsItem, Organisation, Project, Town

VERSION = "v1"
COLLECTIONS: dict[str, type[BaseModel]] = {
    "organisations": Organisation,
    "projects": Project,
    "contacts": Contact,
    "einsatzfelder": Einsatzfeld,
    "towns": Town,
    "news": NewsItem,
}


def _item_model(model: type[BaseModel]) -> type[BaseModel]:
    """The record's model with its id (records are keyed by file name in the data)."""
    if "id" in model.model_fields:
        return model
    return create_model(
        f"{model.__name__}Item", __base__=model, id=(str, Field(description="Kennung."))
    )


def collection_schema(name: str) -> dict[str, Any]:
    item = _item_model(COLLECTIONS[name])
    wrapper = create_model(
        f"{name.title()}Export",
        __config__=ConfigDict(extra="forbid"),
        version=(str, Field(description="API-Version.")),
        generated=(date, Field(description="Tag der Erzeugung.")),
        items=(list[item], Field(description="Die Einträge.")),  # type: ignore[valid-type]
    )
    # What is written, not what is read: internal notes (`exclude=True`) are not in it.
    schema = wrapper.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _records(data: Dataset, name: str) -> list[dict[str, Any]]:
    if name == "towns":
        return [town.model_dump(mode="json", by_alias=True) for town in data.towns.values()]
    by_name: dict[str, Mapping[str, Record[Any]]] = {
        "organisations": data.organisations,
        "projects": data.projects,
        "contacts": data.contacts,
        "einsatzfelder": data.einsatzfelder,
        "news": data.news,
    }
    records = by_name[name]
    return [
        {"id": key, **r.model.model_dump(mode="json", by_alias=True, exclude_none=True)}
        for key, r in records.items()
    ]


def export(data: Dataset, target: Path, today: date | None = None) -> list[Path]:
    """Write /api/v1/<collection>.json and .schema.json; return the files written."""
    folder = target / "api" / VERSION
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in COLLECTIONS:
        document = {
            "version": VERSION,
            "generated": (today or date.today()).isoformat(),
            "items": _records(data, name),
        }
        for file, content in (
            (f"{name}.json", document),
            (f"{name}.schema.json", collection_schema(name)),
        ):
            (folder / file).write_text(
                json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8"
            )
            written.append(folder / file)
    return written
