"""`make report`: what staff should look at — stale, unpublished and missing data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .coverage import LanguageCoverage
from .dataset import Dataset, Record
from .schema import Contact, Project
from .templating import package_templates


@dataclass(frozen=True)
class Gap:
    path: str
    text: str


@dataclass(frozen=True)
class Change:
    """A renamed or merged organisation, and the records that still refer to it."""

    path: str
    name: str
    day: date
    note: str
    referring: list[str]

    @property
    def when(self) -> str:
        return self.day.strftime("%d.%m.%Y")


def _reachable(record: Any) -> bool:
    return bool(record.phone or record.email or record.website)


def _people_and_projects(data: Dataset) -> list[Record[Project] | Record[Contact]]:
    return [*data.projects.values(), *data.contacts.values()]


def unreachable(data: Dataset) -> list[Gap]:
    """Projects and published contacts with no way to reach a person: no phone, e-mail or
    website on the record, on its organisation, nor on the coordinating office."""
    office = data.organisations.get(data.site.model.coordination)
    if office is not None and _reachable(office.model):
        return []
    found = []
    for record in _people_and_projects(data):
        org = data.organisations.get(record.model.organisation)
        if not _reachable(record.model) and not (org and _reachable(org.model)):
            found.append(
                Gap(
                    record.doc.path.as_posix(),
                    "kein Weg, jemanden zu erreichen: weder hier noch bei der Organisation "
                    "noch bei der koordinierenden Stelle Telefon, E-Mail oder Webseite",
                )
            )
    return found


def changes(data: Dataset) -> list[Change]:
    """Every renaming or merger recorded in organisationen/ (field `changes`), newest first."""
    found = []
    for key, org in data.organisations.items():
        referring = sorted(
            r.doc.path.as_posix() for r in _people_and_projects(data) if r.model.organisation == key
        )
        if data.site.model.coordination == key:
            referring.insert(0, data.site.doc.path.as_posix())
        for change in org.model.changes:
            found.append(
                Change(
                    org.doc.path.as_posix(),
                    org.model.name,
                    change.date,
                    change.note,
                    referring,
                )
            )
    return sorted(found, key=lambda c: (c.day, c.path), reverse=True)


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


def render(
    data: Dataset, translations: Sequence[LanguageCoverage], today: date | None = None
) -> str:
    return (
        package_templates()
        .get_template("report.md")
        .render(
            region=data.site.model.region,
            today=(today or date.today()).strftime("%d.%m.%Y"),
            data_dir=data.root,
            stale=data.warnings,
            unpublished=data.unpublished,
            gaps=gaps(data),
            unreachable=unreachable(data),
            changes=changes(data),
            translations=translations,
        )
    )
