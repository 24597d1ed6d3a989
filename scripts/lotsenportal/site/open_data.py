"""Open data: the published records as versioned JSON under /api/v1/, with a JSON Schema.

Other portals (the Kompetenzzentrum, another Kreis, Integreat) can reuse the data instead of
copying it by hand. Only what the site shows is exported: unpublished contacts never reach
this step (the dataset drops them on loading, and removes their ids from the projects that
list them), and `internal_note` is excluded from every model's output.

Texts readers see in their language are exported per language, `{"de": …, "en": …}`: the
German text of the data file and every translation of the data folder's catalogs
(lotsenportal.translations.catalogs); `translations` says per language how far a record's
translation can be trusted (draft, outdated or reviewed; a language that lacks a text is left
out).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, create_model

from ..data.dataset import Dataset, Record
from ..data.languages import SOURCE
from ..data.schema import (
    Contact,
    Einsatzfeld,
    NewsItem,
    Organisation,
    PerLanguage,
    Project,
    Town,
    is_translatable,
)
from ..translations import catalogs
from ..translations.translation import Status
from . import reproducible

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


_LANGUAGE_NAMES: dict[str, Any] = TypeAdapter(PerLanguage).json_schema()["propertyNames"]
_OUTER = ("title", "description", "default")
_TRANSLATIONS_SCHEMA: dict[str, Any] = {
    "description": "Stand der Übersetzungen je Sprache: draft = Entwurf, outdated = der deutsche "
    "Text hat sich seither geändert, reviewed = geprüft. Sprachen, in denen Texte fehlen, "
    "stehen nicht darin.",
    "type": "object",
    "propertyNames": _LANGUAGE_NAMES,
    "additionalProperties": {
        "type": "object",
        "properties": {"status": {"enum": ["draft", "outdated", "reviewed"]}},
        "required": ["status"],
        "additionalProperties": False,
    },
}


def _models(model: type[BaseModel]) -> Iterator[type[BaseModel]]:
    """`model` and every model nested in its fields."""
    yield model
    for info in model.model_fields.values():
        pending: list[Any] = [info.annotation]
        while pending:
            hint = pending.pop()
            if isinstance(hint, type) and issubclass(hint, BaseModel):
                yield from _models(hint)
            pending += get_args(hint)


def _per_language(prop: dict[str, Any]) -> dict[str, Any]:
    """The schema of a German text field turned into that of the text per language."""
    outer = {key: value for key, value in prop.items() if key in _OUTER}
    if "examples" in prop:
        outer["examples"] = [{SOURCE: e} for e in prop["examples"] if isinstance(e, str)]
    text = {k: v for k, v in prop.items() if k not in (*_OUTER, "examples")}

    def mapping(one: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": _LANGUAGE_NAMES,
            "required": [SOURCE],
            "additionalProperties": one,
        }

    if "anyOf" in text:
        outer["anyOf"] = [mapping(b) if b.get("type") == "string" else b for b in text["anyOf"]]
    else:
        outer.update(mapping(text))
    return outer


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
    definitions = schema["$defs"]
    for model in _models(item):
        for field_name, info in model.model_fields.items():
            if is_translatable(info):
                properties = definitions[model.__name__]["properties"]
                alias = info.alias or field_name
                properties[alias] = _per_language(properties[alias])
    if any(True for _ in _texts_of(item)):
        definitions[item.__name__]["properties"]["translations"] = _TRANSLATIONS_SCHEMA
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _texts_of(model: type[BaseModel]) -> Iterator[str]:
    for one in _models(model):
        yield from (name for name, info in one.model_fields.items() if is_translatable(info))


def _set(data: Any, loc: tuple[str | int, ...], value: Any) -> None:
    for step in loc[:-1]:
        data = data[step]
    data[loc[-1]] = value


def _with_translations(
    record: Record[Any], found: Mapping[str, catalogs.LanguageCatalog]
) -> dict[str, Any]:
    """The record as JSON, each German text replaced by the text per language."""
    item: dict[str, Any] = record.model.model_dump(mode="json", by_alias=True, exclude_none=True)
    key = record.key
    states: dict[str, list[Status]] = {lang: [] for lang in found}
    texts = list(catalogs.texts(record.model))
    for field_path, loc, german in texts:
        per_language = {SOURCE: german}
        for lang, catalog in found.items():
            translation = catalog.lookup(f"{key}#{field_path}", german)
            states[lang].append(translation.status)
            if translation.text is not None:
                per_language[lang] = translation.text
        _set(item, loc, per_language)
    if texts:
        item["translations"] = {
            lang: {"status": status.value}
            for lang, statuses in states.items()
            if (status := catalogs.overall(statuses)) not in (None, Status.MISSING)
        }
    return item


def _records(
    data: Dataset, name: str, found: Mapping[str, catalogs.LanguageCatalog]
) -> list[dict[str, Any]]:
    by_name: dict[str, Mapping[str, Record[Any]]] = {
        "towns": data.towns,
        "organisations": data.organisations,
        "projects": data.projects,
        "contacts": data.contacts,
        "einsatzfelder": data.einsatzfelder,
        "news": data.news,
    }
    records = by_name[name]
    return [{"id": key, **_with_translations(r, found)} for key, r in records.items()]


def export(
    data: Dataset,
    target: Path,
    today: date | None = None,
    languages: Sequence[str] | None = None,
) -> list[Path]:
    """Write /api/v1/<collection>.json and .schema.json; return the files written. Texts in
    `languages` (default: every language the data folder has a catalog for)."""
    if languages is None:
        locale = data.root / "locale"
        found_dirs = locale.iterdir() if locale.is_dir() else iter(())
        languages = sorted(p.name for p in found_dirs if p.is_dir() and not p.is_symlink())
    found = {
        lang: catalogs.load(catalogs.catalog_path(data.root, lang, catalogs.DATA), lang)
        for lang in languages
        if lang != SOURCE
    }
    folder = target / "api" / VERSION
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in COLLECTIONS:
        document = {
            "version": VERSION,
            # The build date (SOURCE_DATE_EPOCH): the same bytes for the same commit.
            "generated": (today or reproducible.build_date()).isoformat(),
            "items": _records(data, name, found),
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
