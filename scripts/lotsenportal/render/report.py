"""`make report`: what staff should look at — stale, unpublished and missing data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..data.dataset import Dataset, Record
from ..data.messages import say
from ..data.schema import Contact, Project, reachable, reaches_person
from ..translations.coverage import LanguageCoverage
from . import reach
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


def _people_and_projects(data: Dataset) -> list[Record[Project] | Record[Contact]]:
    return [*data.projects.values(), *data.contacts.values()]


def unreachable(data: Dataset) -> list[Gap]:
    """Projects that readers can reach only through the Kreis: neither the project, its
    carrier nor a published contact person has a phone number or e-mail address, so their
    pages send readers on to the coordinating office or the general enquiries
    (lotsenportal.render.reach; validation makes sure that level has one)."""
    found = []
    for key, project in data.projects.items():
        people = [data.contacts[c].model for c in project.model.contacts if c in data.contacts]
        if any(reaches_person(person) for person in people):
            continue
        end = reach.route(data, reach.Stop("project", "projekte", key))[-1]
        if end.level in ("coordination", "enquiries"):
            office = data.organisations[end.id]
            found.append(
                Gap(
                    project.doc.path.as_posix(),
                    say(
                        "gap_only_kreis",
                        office=office.model.name,
                        file=office.doc.path.as_posix(),
                    ),
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
        if not reaches_person(contact.model):
            found.append(Gap(contact.doc.path.as_posix(), say("gap_contact_unreachable")))
    for org in data.organisations.values():
        if org.model.reviewed is None:
            found.append(Gap(org.doc.path.as_posix(), say("gap_reviewed")))
        if not (reachable(org.model) or data.contacts_by_org.get(org.id)):
            found.append(Gap(org.doc.path.as_posix(), say("gap_no_contact")))
    for project in data.projects.values():
        path, spec = project.doc.path.as_posix(), project.model
        if not spec.towns:
            found.append(Gap(path, say("gap_towns")))
        if not spec.einsatzfelder:
            found.append(Gap(path, say("gap_einsatzfelder")))
        if not [c for c in spec.contacts if c in data.contacts]:
            found.append(Gap(path, say("gap_no_person")))
        if spec.how_to_request is None:
            found.append(Gap(path, say("gap_how_to_request")))
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
            say=say,
        )
    )
