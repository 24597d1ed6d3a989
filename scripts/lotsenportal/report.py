"""`make report`: what staff should look at — stale, unpublished and missing data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .coverage import LanguageCoverage
from .dataset import Dataset
from .templating import package_templates


@dataclass(frozen=True)
class Gap:
    path: str
    text: str


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
            translations=translations,
        )
    )
