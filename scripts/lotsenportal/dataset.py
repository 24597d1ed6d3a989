"""Load a data folder into one checked, typed dataset — or say everything that is wrong.

Layout of a data folder (the folder names are also the URL paths of the pages):

    site.yml                  Site            settings of this Kreis
    orte.yml                  TownList        all towns, in display order
    organisationen/<id>.yml   Organisation
    projekte/<id>.yml         Project
    kontakte/<id>.yml         Contact
    einsatzfelder/<id>.yml    Einsatzfeld
    aktuelles/<id>.yml        NewsItem

A record's id is its file name without `.yml`, so ids cannot collide inside one folder.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .messages import field_path, problems_from
from .problems import DataError, Problem, Problems, Severity
from .schema import (
    SLUG,
    Contact,
    Einsatzfeld,
    NewsItem,
    Organisation,
    Project,
    Site,
    Town,
    TownList,
)
from .yamlsource import Document, Loc, load_document

M = TypeVar("M", bound=BaseModel)

FOLDERS: dict[str, type[BaseModel]] = {
    "organisationen": Organisation,
    "projekte": Project,
    "kontakte": Contact,
    "einsatzfelder": Einsatzfeld,
    "aktuelles": NewsItem,
}
FILES: dict[str, type[BaseModel]] = {"site.yml": Site, "orte.yml": TownList}
# Present in a data folder but not data: editor help, schemas for the editor.
IGNORED = {"README.md", "schemas"}


@dataclass(frozen=True)
class Record(Generic[M]):
    """A validated record with the document it came from, for located messages."""

    id: str
    model: M
    doc: Document


@dataclass
class Dataset:
    """Everything the site is built from. Only `published` contacts are kept."""

    root: Path
    site: Record[Site]
    organisations: dict[str, Record[Organisation]]
    projects: dict[str, Record[Project]]
    contacts: dict[str, Record[Contact]]
    einsatzfelder: dict[str, Record[Einsatzfeld]]
    towns: dict[str, Town]
    news: dict[str, Record[NewsItem]]
    warnings: list[Problem] = field(default_factory=list)

    def projects_for_town(self, town_id: str) -> list[Record[Project]]:
        return [p for p in self.projects.values() if town_id in p.model.towns]

    def projects_for_einsatzfeld(self, feld_id: str) -> list[Record[Project]]:
        return [p for p in self.projects.values() if feld_id in p.model.einsatzfelder]

    def contacts_of(self, organisation_id: str) -> list[Record[Contact]]:
        return [c for c in self.contacts.values() if c.model.organisation == organisation_id]


def _read_model(file: Path, root: Path, model: type[M], problems: Problems) -> tuple[M, Document] | None:
    doc = load_document(file, file.relative_to(root), problems)
    if doc is None:
        return None
    if not isinstance(doc.data, dict):
        problems.add(Problem(doc.path, 1, 1, "Die Datei muss aus Feldern bestehen („feld: wert“), "
                             "nicht aus einer Liste oder einem einzelnen Wert."))
        return None
    try:
        return model.model_validate(doc.data), doc
    except ValidationError as err:
        problems.extend(problems_from(err, doc, model))
        return None


def _read_folder(root: Path, folder: str, model: type[M], problems: Problems,
                 present: set[str]) -> dict[str, Record[M]]:
    """Valid records by id; `present` gets every id that has a file, valid or not, so a
    broken record is reported once and not again by every reference to it."""
    records: dict[str, Record[M]] = {}
    directory = root / folder
    if not directory.is_dir():
        return records
    seen: dict[str, Path] = {}
    for file in sorted(directory.iterdir()):
        if file.name.startswith("."):
            continue
        display = file.relative_to(root)
        if file.is_dir() or file.suffix not in {".yml", ".yaml"}:
            problems.add(Problem(display, 1, 1, "Hier werden nur .yml-Dateien gelesen. "
                                 "Verschiebe oder lösche diese Datei."))
            continue
        record_id = file.stem
        if not SLUG.match(record_id):
            problems.add(Problem(display, 1, 1, f"Der Dateiname „{file.name}“ ist keine gültige Kennung: "
                                 "nur Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. "
                                 "„bad-homburg.yml“ (ä → ae, ö → oe, ü → ue, ß → ss)."))
            continue
        if record_id in seen:
            problems.add(Problem(display, 1, 1, f"Die Kennung „{record_id}“ gibt es schon "
                                 f"({seen[record_id].as_posix()}). Benenne eine der Dateien um."))
            continue
        seen[record_id] = display
        present.add(record_id)
        loaded = _read_model(file, root, model, problems)
        if loaded is not None:
            records[record_id] = Record(record_id, loaded[0], loaded[1])
    return records


def _unknown_entries(root: Path, problems: Problems) -> None:
    known = set(FOLDERS) | set(FILES) | IGNORED
    for entry in sorted(root.iterdir()):
        if entry.name.startswith(".") or entry.name in known:
            continue
        close = [k for k in known if k.rstrip("s.yml")[:5] == entry.name[:5]]
        hint = f" Meinten Sie „{close[0]}“?" if close else ""
        problems.add(Problem(entry.relative_to(root), 1, 1, f"Unbekannte Datei oder unbekannter Ordner.{hint} "
                             f"Erwartet werden: {', '.join(sorted(set(FOLDERS) | set(FILES)))}."))


class _Anything:
    def __contains__(self, item: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(())


class _Checker:
    """Cross-record rules: references resolve, languages are configured."""

    def __init__(self, problems: Problems, languages: Sequence[str]) -> None:
        self.problems = problems
        self.languages = list(languages)

    def ref(self, doc: Document, loc: Loc, value: str, targets: Iterable[str], what: str, folder: str) -> None:
        if value in targets:
            return
        targets = list(targets)
        pos = doc.position(loc)
        close = difflib.get_close_matches(value, targets, n=1, cutoff=0.6)
        hint = f" Meinten Sie „{close[0]}“?" if close else ""
        self.problems.add(Problem(doc.path, pos.line, pos.column,
                                  f"{field_path(loc)}: {what} „{value}“ gibt es nicht ({folder}).{hint}"))

    def ref_list(self, doc: Document, key: str, values: list[str], targets: Iterable[str], what: str, folder: str) -> None:
        targets = list(targets)
        seen: set[str] = set()
        for index, value in enumerate(values):
            loc = (key, index)
            if value in seen:
                pos = doc.position(loc)
                self.problems.add(Problem(doc.path, pos.line, pos.column,
                                          f"{field_path(loc)}: „{value}“ steht doppelt in der Liste. Lösche eine Zeile."))
            seen.add(value)
            self.ref(doc, loc, value, targets, what, folder)

    def languages_of(self, doc: Document, data: object, loc: Loc = ()) -> None:
        """Every per-language text and translation state names a configured language."""
        if isinstance(data, dict):
            is_text_map = "de" in data and all(isinstance(v, str) for v in data.values())
            for key, value in data.items():
                child = (*loc, key)
                if (is_text_map or (loc and loc[-1] == "translations")) and key not in self.languages:
                    pos = doc.position(child, key=True)
                    self.problems.add(Problem(doc.path, pos.line, pos.column,
                                              f"{field_path(child)}: Die Sprache „{key}“ ist für die Website nicht "
                                              f"eingerichtet. Eingerichtet sind: {', '.join(self.languages)}."))
                self.languages_of(doc, value, child)
        elif isinstance(data, list):
            for index, value in enumerate(data):
                self.languages_of(doc, value, (*loc, index))


def _months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def load_dataset(root: Path, languages: Sequence[str], *, today: date | None = None) -> Dataset:
    """Read, validate and cross-check `root`; raise DataError listing every problem."""
    problems = Problems()
    if not root.is_dir():
        problems.add(Problem(root, 1, 1, "Der Datenordner existiert nicht."))
        raise DataError(problems)
    _unknown_entries(root, problems)

    singles: dict[str, tuple[BaseModel, Document] | None] = {}
    for name, model in FILES.items():
        file = root / name
        if not file.is_file():
            problems.add(Problem(Path(name), 1, 1, "Diese Datei fehlt im Datenordner."))
            singles[name] = None
            continue
        singles[name] = _read_model(file, root, model, problems)

    ids: dict[str, set[str]] = {name: set() for name in FOLDERS}
    organisations = _read_folder(root, "organisationen", Organisation, problems, ids["organisationen"])
    projects = _read_folder(root, "projekte", Project, problems, ids["projekte"])
    contacts = _read_folder(root, "kontakte", Contact, problems, ids["kontakte"])
    einsatzfelder = _read_folder(root, "einsatzfelder", Einsatzfeld, problems, ids["einsatzfelder"])
    news = _read_folder(root, "aktuelles", NewsItem, problems, ids["aktuelles"])

    towns: dict[str, Town] = {}
    town_file = singles["orte.yml"]
    if town_file is not None:
        town_list, town_doc = town_file
        assert isinstance(town_list, TownList)
        for index, town in enumerate(town_list.towns):
            if town.id in towns:
                pos = town_doc.position(("towns", index, "id"))
                problems.add(Problem(town_doc.path, pos.line, pos.column,
                                     f"towns[{index + 1}].id: Die Kennung „{town.id}“ gibt es schon. "
                                     "Jeder Ort braucht eine eigene Kennung."))
            towns[town.id] = town

    # Unreadable orte.yml: do not also report every town reference as unknown.
    town_ids: Iterable[str] = towns if town_file is not None else _Anything()
    check = _Checker(problems, languages)
    all_records: list[Record[BaseModel]] = [
        *organisations.values(), *projects.values(), *contacts.values(),
        *einsatzfelder.values(), *news.values(),
    ]
    for any_record in all_records:
        check.languages_of(any_record.doc, any_record.doc.data)
    for project in projects.values():
        doc, model = project.doc, project.model
        check.ref(doc, ("organisation",), model.organisation, ids["organisationen"], "Die Organisation", "organisationen/")
        check.ref_list(doc, "einsatzfelder", model.einsatzfelder, ids["einsatzfelder"], "Das Einsatzfeld", "einsatzfelder/")
        check.ref_list(doc, "towns", model.towns, town_ids, "Der Ort", "orte.yml")
        check.ref_list(doc, "contacts", model.contacts, ids["kontakte"], "Die Ansprechperson", "kontakte/")
    for contact in contacts.values():
        check.ref(contact.doc, ("organisation",), contact.model.organisation, ids["organisationen"],
                  "Die Organisation", "organisationen/")

    site_record: Record[Site] | None = None
    site_file = singles["site.yml"]
    if site_file is not None:
        site, site_doc = site_file
        assert isinstance(site, Site)
        check.languages_of(site_doc, site_doc.data)
        check.ref(site_doc, ("coordination",), site.coordination, ids["organisationen"], "Die Organisation", "organisationen/")
        site_record = Record("site", site, site_doc)

    if problems.errors or site_record is None:
        raise DataError(problems)

    today = today or date.today()
    limit = site_record.model.review_after_months
    warnings = [
        *(w for r in projects.values() if (w := _stale(r.doc, r.model.reviewed, today, limit))),
        *(w for r in contacts.values() if (w := _stale(r.doc, r.model.reviewed, today, limit))),
    ]
    return Dataset(
        root=root,
        site=site_record,
        organisations=organisations,
        projects=projects,
        # Unpublished contacts stop here: nothing after loading can show them.
        contacts={key: r for key, r in contacts.items() if r.model.published},
        einsatzfelder=dict(sorted(einsatzfelder.items(), key=lambda item: (item[1].model.order, item[0]))),
        towns=towns,
        news=dict(sorted(news.items(), key=lambda item: (item[1].model.date, item[0]), reverse=True)),
        warnings=sorted(warnings),
    )


def _stale(doc: Document, reviewed: date, today: date, limit: int) -> Problem | None:
    months = _months_between(reviewed, today)
    if months < limit:
        return None
    pos = doc.position(("reviewed",))
    return Problem(doc.path, pos.line, pos.column,
                   f"reviewed: Zuletzt geprüft am {reviewed.strftime('%d.%m.%Y')}, vor {months} Monaten "
                   f"(Grenze: {limit}). Bitte Angaben prüfen und das Datum aktualisieren.",
                   Severity.WARNING)
