"""`make report`: what staff should look at — stale, unpublished and missing data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from .dataset import Dataset
from .languages import SOURCE
from .translation import is_text_map


@dataclass(frozen=True)
class Gap:
    path: str
    text: str


@dataclass(frozen=True)
class TranslationRow:
    lang: str
    total: int
    complete: int
    draft: int
    reviewed: int
    missing: int


def _texts(value: Any) -> list[dict[str, str]]:
    """Every per-language text map inside a record."""
    if is_text_map(value):
        return [value]
    if isinstance(value, dict):
        return [m for v in value.values() for m in _texts(v)]
    if isinstance(value, list):
        return [m for v in value for m in _texts(v)]
    return []


def gaps(data: Dataset) -> list[Gap]:
    found = []
    for contact in data.contacts.values():
        if not (contact.model.phone or contact.model.email):
            found.append(Gap(contact.doc.path.as_posix(), "weder Telefon noch E-Mail eingetragen"))
    for org in data.organisations.values():
        reachable = org.model.phone or org.model.email or org.model.website
        if not (reachable or data.contacts_by_org.get(org.id)):
            found.append(
                Gap(
                    org.doc.path.as_posix(),
                    "keine Kontaktmöglichkeit (Telefon, E-Mail, Webseite oder Person)",
                )
            )
    for project in data.projects.values():
        path, spec = project.doc.path.as_posix(), project.model
        if not spec.towns:
            found.append(
                Gap(
                    path,
                    "Orte (towns) noch nicht erfasst – Leser werden an die "
                    "koordinierende Stelle verwiesen",
                )
            )
        if not spec.einsatzfelder:
            found.append(Gap(path, "Einsatzfelder noch nicht erfasst"))
        if not [c for c in spec.contacts if c in data.contacts]:
            found.append(Gap(path, "keine veröffentlichte Ansprechperson"))
        if spec.how_to_request is None:
            found.append(Gap(path, "how_to_request fehlt (wie man eine Lotsin anfragt)"))
    return found


def translations(data: Dataset, languages: Sequence[str]) -> list[TranslationRow]:
    everything = data.records()
    records = [
        r for r in everything if _texts(r.doc.data)
    ]  # nothing to translate, nothing to count
    rows = []
    for lang in languages:
        if lang == SOURCE:
            continue
        complete = draft = reviewed = missing = 0
        for record in records:
            maps = _texts(record.doc.data)
            absent = sum(1 for m in maps if lang not in m)
            missing += absent
            if absent == 0:
                complete += 1
                state = (
                    record.model.translations.get(lang)
                    if hasattr(record.model, "translations")
                    else None
                )
                if state is not None and state.status == "reviewed":
                    reviewed += 1
                else:
                    draft += 1
        rows.append(TranslationRow(lang, len(records), complete, draft, reviewed, missing))
    return rows


def render(data: Dataset, languages: Sequence[str], today: date | None = None) -> str:
    env = Environment(
        loader=PackageLoader("lotsenportal", "templates"),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env.get_template("report.md").render(
        region=data.site.model.region,
        today=(today or date.today()).strftime("%d.%m.%Y"),
        data_dir=data.root,
        stale=data.warnings,
        unpublished=data.unpublished,
        gaps=gaps(data),
        translations=translations(data, languages),
    )
