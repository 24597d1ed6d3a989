"""A data folder and the checked, typed dataset it becomes (read and checked by
lotsenportal.data.loading and lotsenportal.data.cross_checks; any problem stops it there).

Layout of a data folder (the folder names are also the URL paths of the pages):

    site.yml                  Site            settings of this Kreis
    orte.yml                  TownList        all towns, in display order
    organisationen/<id>.yml   Organisation
    projekte/<id>.yml         Project
    kontakte/<id>.yml         Contact
    einsatzfelder/<id>.yml    Einsatzfeld
    aktuelles/<id>.yml        NewsItem
    locale/<lang>/LC_MESSAGES/data.po   translations of the texts (translations.catalogs)

A record's id is its file name without `.yml`, so ids cannot collide inside one folder.
Ids become URL path segments and anchors: they are at most 60 characters long, none is a
name the site uses itself (lotsenportal.data.safety.RESERVED_IDS, the configured languages, the
hand-written pages), and a contact's id is not also an organisation's (both are anchors on
the contacts page).

Files come from pull requests: links are refused, folders and lists are bounded, and every
file is read within the limits of lotsenportal.data.yamlsource.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from .problems import Problem
from .schema import (
    Contact,
    Einsatzfeld,
    NewsItem,
    Organisation,
    Project,
    Site,
    Town,
    TownList,
)
from .yamlsource import Document, Loc

M = TypeVar("M", bound=BaseModel)

FOLDERS: dict[str, type[BaseModel]] = {
    "organisationen": Organisation,
    "projekte": Project,
    "kontakte": Contact,
    "einsatzfelder": Einsatzfeld,
    "aktuelles": NewsItem,
}
FILES: dict[str, type[BaseModel]] = {"site.yml": Site, "orte.yml": TownList}
# What a reference field points to: the folder (or file) of its targets, and how to name one.
TARGETS = {
    "organisationen": ("ref_organisation", "organisationen/"),
    "einsatzfelder": ("ref_einsatzfeld", "einsatzfelder/"),
    "kontakte": ("ref_contact", "kontakte/"),
    "orte.yml": ("ref_town", "orte.yml"),
}
# Present in a data folder but not records: editor help, schemas for the editor, the
# translations (locale/<lang>/LC_MESSAGES/data.po, checked by
# lotsenportal.translations.catalog_sync) and the templates staff copy in the GitHub web
# editor (vorlagen/<kind>.yml, lotsenportal.data.scaffold).
IGNORED = {"README.md", "schemas", "locale", "vorlagen"}
# A place in a template still to be filled in: `name: "[[Vor- und Nachname]]"`.
PLACEHOLDER = re.compile(r"\[\[[^\n]*?\]\]")


@dataclass(frozen=True)
class Record(Generic[M]):
    """A validated record with the document it came from, for located messages."""

    id: str
    model: M
    doc: Document
    # Where the record stands inside its file when it is one item of a list (a town of
    # orte.yml: ("towns", 3)); () when the record is the whole file.
    at: Loc = ()

    @property
    def key(self) -> str:
        """The context prefix of its texts in the catalogs: the file without .yml
        (`kontakte/erika-beispiel`, `site`); an item of a list file adds its id (`orte/usingen`),
        so a translation stays with its town when towns are added or reordered."""
        base = self.doc.path.with_suffix("").as_posix()
        return f"{base}/{self.id}" if self.at else base


@dataclass
class Dataset:
    """Everything the site is built from. Only `published` contacts are kept."""

    root: Path
    site: Record[Site]
    organisations: dict[str, Record[Organisation]]
    projects: dict[str, Record[Project]]
    contacts: dict[str, Record[Contact]]
    einsatzfelder: dict[str, Record[Einsatzfeld]]
    towns: dict[str, Record[Town]]
    news: dict[str, Record[NewsItem]]
    warnings: list[Problem] = field(default_factory=list)
    # orte.yml as read: where the towns' facts come from (`source`, `reviewed`).
    town_list: TownList | None = None
    # Files of contacts without consent to publish: for the staff report only, no content.
    unpublished: list[Path] = field(default_factory=list)

    def records(self) -> list[Record[Any]]:
        """Every record with texts for readers: site, organisations, projects, published
        contacts, Einsatzfelder, news and towns."""
        return [
            self.site,
            *self.organisations.values(),
            *self.projects.values(),
            *self.contacts.values(),
            *self.einsatzfelder.values(),
            *self.news.values(),
            *self.towns.values(),
        ]

    @property
    def contacts_by_org(self) -> dict[str, list[Record[Contact]]]:
        grouped: dict[str, list[Record[Contact]]] = {}
        for record in self.contacts.values():
            grouped.setdefault(record.model.organisation, []).append(record)
        return grouped


def handwritten_pages(docs_dir: Path) -> set[str]:
    """Names of the hand-written German pages and folders (`docs/de/grenzen.md` → grenzen),
    which no id may take."""
    german = docs_dir / "de"
    if not german.is_dir():
        return set()
    return {e.name.removesuffix(".md") for e in german.iterdir() if not e.name.startswith(".")}


def route_end(site: Site) -> str:
    """The organisation the route to a person ends at: the Kreis's general enquiries, else
    the coordinating office (lotsenportal.render.reach walks the levels before it)."""
    return site.enquiries or site.coordination
