"""Load a data folder into one checked, typed dataset — or say everything that is wrong.

Layout of a data folder (the folder names are also the URL paths of the pages):

    site.yml                  Site            settings of this Kreis
    orte.yml                  TownList        all towns, in display order
    organisationen/<id>.yml   Organisation
    projekte/<id>.yml         Project
    kontakte/<id>.yml         Contact
    einsatzfelder/<id>.yml    Einsatzfeld
    aktuelles/<id>.yml        NewsItem
    locale/<lang>/LC_MESSAGES/data.po   translations of the texts
    (lotsenportal.translations.catalogs)

A record's id is its file name without `.yml`, so ids cannot collide inside one folder.
Ids become URL path segments and anchors: they are at most 60 characters long, none is a
name the site uses itself (lotsenportal.data.safety.RESERVED_IDS, the configured languages, the
hand-written pages), and a contact's id is not also an organisation's (both are anchors on
the contacts page).

Files come from pull requests: links are refused, folders and lists are bounded, and every
file is read within the limits of lotsenportal.data.yamlsource.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Collection, Container, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .error_sentences import field_path, problems_from
from .messages import say
from .problems import DataError, Problem, Problems, Severity
from .safety import (
    MAX_FILES_PER_FOLDER,
    MAX_ID_LENGTH,
    MAX_LIST_ITEMS,
    MAX_TOWNS,
    RESERVED_IDS,
    symlinks,
)
from .schema import (
    SLUG,
    Contact,
    Einsatzfeld,
    NewsItem,
    Organisation,
    Project,
    Site,
    Stand,
    Town,
    TownList,
    reaches_person,
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
# What a reference field points to: the folder (or file) of its targets, and how to name one.
TARGETS = {
    "organisationen": ("ref_organisation", "organisationen/"),
    "einsatzfelder": ("ref_einsatzfeld", "einsatzfelder/"),
    "kontakte": ("ref_contact", "kontakte/"),
    "orte.yml": ("ref_town", "orte.yml"),
}
# Present in a data folder but not records: editor help, schemas for the editor, the
# translations (locale/<lang>/LC_MESSAGES/data.po, checked by
# lotsenportal.translations.catalog_sync) and
# the templates staff copy in the GitHub web editor (vorlagen/<kind>.yml,
# lotsenportal.data.scaffold).
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


def read_model(
    file: Path, root: Path, model: type[M], problems: Problems, *, max_items: int = MAX_LIST_ITEMS
) -> tuple[M, Document] | None:
    doc = load_document(file, file.relative_to(root), problems, max_items=max_items)
    if doc is None:
        return None
    if not isinstance(doc.data, dict):
        problems.add(doc.problem((), say("not_a_mapping")))
        return None
    unfilled = list(_placeholders(doc.data, ()))
    if unfilled:  # copied from a template: say what to fill in, not what the schema thinks
        for loc, text in unfilled:
            message = say("placeholder_left", field=field_path(loc), text=text)
            problems.add(doc.problem(loc, message))
        return None
    try:
        return model.model_validate(doc.data), doc
    except ValidationError as err:
        problems.extend(problems_from(err, doc, model))
        return None


def _placeholders(value: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    """Every text that still holds a template's `[[…]]`, with where it is."""
    if isinstance(value, str):
        found = PLACEHOLDER.search(value)
        if found:
            yield loc, found.group()
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _placeholders(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _placeholders(item, (*loc, index))


def _file_problem(root: Path, file: Path, message: str) -> Problem:
    return Problem(file.relative_to(root), 1, 1, message)


def _listing(directory: Path) -> list[Path] | None:
    """The folder's entries, sorted; None when there are more than MAX_FILES_PER_FOLDER
    (the listing stops there, however many there are)."""
    entries: list[Path] = []
    with os.scandir(directory) as scan:
        for entry in scan:
            if len(entries) == MAX_FILES_PER_FOLDER:
                return None
            entries.append(Path(entry.path))
    return sorted(entries)


class _Ids:
    """The ids a record may not have: RESERVED_IDS, the configured language codes and the
    hand-written pages' names."""

    def __init__(self, languages: Sequence[str], extra: Collection[str]) -> None:
        self.reserved = RESERVED_IDS | set(languages) | set(extra)

    def problem(self, value: str, fix: str) -> str | None:
        """Why `value` (a valid slug) cannot be an id, with `fix`; None when it can."""
        if len(value) > MAX_ID_LENGTH:
            return say(
                "id_too_long",
                id=value[:MAX_ID_LENGTH],
                length=len(value),
                limit=MAX_ID_LENGTH,
                fix=fix,
            )
        if value in self.reserved:
            return say("id_reserved", id=value, fix=fix)
        return None

    def example(self, value: str, kind: str) -> str:
        """An id to suggest instead of `value`: shorter, or with the kind as a suffix."""
        if len(value) > MAX_ID_LENGTH:
            return value[:40].rstrip("-")
        return f"{value}-{_SUFFIX.get(kind, kind)}"


# What a suggested id adds to a reserved one: `index` → `index-projekt`.
_SUFFIX = {
    "organisationen": "stelle",
    "projekte": "projekt",
    "kontakte": "person",
    "einsatzfelder": "feld",
    "aktuelles": "meldung",
    "orte.yml": "ort",
}


def _read_folder(
    root: Path,
    folder: str,
    model: type[M],
    problems: Problems,
    present: set[str],
    ids: _Ids,
) -> tuple[dict[str, Record[M]], bool]:
    """Valid records by id, and whether the folder was read (not too many files); `present`
    gets every id that has a file, valid or not, so a broken record is reported once and not
    again by every reference to it."""
    records: dict[str, Record[M]] = {}
    directory = root / folder
    if directory.is_symlink() or not directory.is_dir():
        return records, True  # a link is reported by `symlinks`
    listing = _listing(directory)
    if listing is None:
        message = say("too_many_files", folder=folder, limit=MAX_FILES_PER_FOLDER)
        problems.add(Problem(Path(folder), 1, 1, message))
        return records, False
    seen: dict[str, Path] = {}
    for file in listing:
        if file.name.startswith(".") or file.is_symlink():
            continue
        if file.is_dir() or file.suffix not in {".yml", ".yaml"}:
            problems.add(
                _file_problem(
                    root,
                    file,
                    say("only_yml"),
                )
            )
            continue
        record_id = file.stem
        fix = say("fix_rename_file", example=ids.example(record_id, folder))
        wrong = ids.problem(record_id, fix) if SLUG.match(record_id) else None
        if wrong is not None:
            problems.add(_file_problem(root, file, wrong))
            continue
        if not SLUG.match(record_id):
            problems.add(
                _file_problem(
                    root,
                    file,
                    say("bad_filename", name=file.name),
                )
            )
            continue
        if record_id in seen:
            problems.add(
                _file_problem(
                    root,
                    file,
                    say("duplicate_file_id", id=record_id, other=seen[record_id].as_posix()),
                )
            )
            continue
        seen[record_id] = file.relative_to(root)
        present.add(record_id)
        loaded = read_model(file, root, model, problems)
        if loaded is not None:
            records[record_id] = Record(record_id, loaded[0], loaded[1])
    return records, True


def _unknown_entries(root: Path, problems: Problems) -> None:
    expected = sorted(set(FOLDERS) | set(FILES))
    for entry in sorted(root.iterdir()):
        if entry.name.startswith(".") or entry.name in set(expected) | IGNORED:
            continue
        if entry.is_symlink():
            continue  # reported by `symlinks`
        close = difflib.get_close_matches(entry.name, expected, n=1, cutoff=0.6)
        hint = say("did_you_mean", close=close[0]) if close else ""
        problems.add(
            _file_problem(
                root,
                entry,
                say("unknown_entry", hint=hint, expected=", ".join(expected)),
            )
        )


class _Anything:
    """Stands in for the towns when orte.yml could not be read: every reference resolves."""

    def __contains__(self, item: object) -> bool:
        return True


class _Checker:
    """Cross-record rules: references resolve. (Translations are the catalogs' business:
    lotsenportal.translations.catalog_sync.)"""

    def __init__(self, problems: Problems, ids: dict[str, Container[str]]) -> None:
        self.problems = problems
        self.ids = ids

    def ref(self, doc: Document, loc: Loc, value: str, target: str) -> None:
        known = self.ids[target]
        if value in known:
            return
        what, where = TARGETS[target]
        candidates = [str(k) for k in known] if isinstance(known, set | dict) else []
        close = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
        hint = say("did_you_mean", close=close[0]) if close else ""
        self.problems.add(
            doc.problem(
                loc,
                f"{field_path(loc)}: "
                + say("unknown_ref", what=say(what), value=value, where=where, hint=hint),
            )
        )

    def ref_list(self, doc: Document, key: str, values: list[str], target: str) -> None:
        seen: set[str] = set()
        for index, value in enumerate(values):
            loc = (key, index)
            if value in seen:
                self.problems.add(
                    doc.problem(
                        loc,
                        f"{field_path(loc)}: {say('duplicate_ref', value=value)}",
                    )
                )
            seen.add(value)
            self.ref(doc, loc, value, target)


def _towns(
    town_file: tuple[BaseModel, Document] | None, problems: Problems, ids: _Ids
) -> dict[str, Record[Town]]:
    towns: dict[str, Record[Town]] = {}
    if town_file is None:
        return towns
    town_list, doc = town_file
    assert isinstance(town_list, TownList)
    for index, town in enumerate(town_list.towns):
        fix = say("fix_change_town", example=ids.example(town.id, "orte.yml"))
        wrong = ids.problem(town.id, fix)
        if wrong is not None:
            loc = ("towns", index, "id")
            problems.add(doc.problem(loc, f"towns[{index + 1}].id: {wrong}"))
        if town.id in towns:
            problems.add(
                doc.problem(
                    ("towns", index, "id"),
                    f"towns[{index + 1}].id: {say('duplicate_town', id=town.id)}",
                )
            )
        towns[town.id] = Record(town.id, town, doc, ("towns", index))
    return towns


def load_dataset(
    root: Path,
    languages: Sequence[str],
    *,
    today: date | None = None,
    reserved: Collection[str] = (),
) -> Dataset:
    """Read, validate and cross-check `root`; raise DataError listing every problem.
    `reserved`: more names no id may have (the hand-written pages, see `handwritten_pages`)."""
    problems = Problems()
    if not root.is_dir():
        problems.add(Problem(root, 1, 1, say("no_data_folder")))
        raise DataError(problems)
    problems.extend(symlinks(root))
    _unknown_entries(root, problems)
    taken = _Ids(languages, reserved)

    singles: dict[str, tuple[BaseModel, Document] | None] = {}
    for name, model in FILES.items():
        if (root / name).is_symlink():
            singles[name] = None  # reported by `symlinks`
        elif not (root / name).is_file():
            problems.add(Problem(Path(name), 1, 1, say("missing_file")))
            singles[name] = None
        else:
            limit = MAX_TOWNS if name == "orte.yml" else MAX_LIST_ITEMS
            singles[name] = read_model(root / name, root, model, problems, max_items=limit)

    ids: dict[str, set[str]] = {name: set() for name in FOLDERS}
    complete: dict[str, bool] = {}

    def folder(name: str, model: type[M]) -> dict[str, Record[M]]:
        records, complete[name] = _read_folder(root, name, model, problems, ids[name], taken)
        return records

    organisations = folder("organisationen", Organisation)
    projects = folder("projekte", Project)
    contacts = folder("kontakte", Contact)
    einsatzfelder = folder("einsatzfelder", Einsatzfeld)
    news = folder("aktuelles", NewsItem)
    towns = _towns(singles["orte.yml"], problems, taken)
    _shared_anchors(root, ids, problems)

    # An unreadable orte.yml (or a folder too large to read) is reported once, not again at
    # every reference.
    town_ids: Container[str] = towns if singles["orte.yml"] is not None else _Anything()
    targets: dict[str, Container[str]] = {
        name: ids[name] if complete[name] else _Anything() for name in FOLDERS
    }
    check = _Checker(problems, {**targets, "orte.yml": town_ids})
    for project in projects.values():
        doc, spec = project.doc, project.model
        check.ref(doc, ("organisation",), spec.organisation, "organisationen")
        check.ref_list(doc, "einsatzfelder", spec.einsatzfelder, "einsatzfelder")
        check.ref_list(doc, "towns", spec.towns, "orte.yml")
        check.ref_list(doc, "contacts", spec.contacts, "kontakte")
    for contact in contacts.values():
        check.ref(contact.doc, ("organisation",), contact.model.organisation, "organisationen")

    site_record: Record[Site] | None = None
    if singles["site.yml"] is not None:
        site, site_doc = singles["site.yml"]
        assert isinstance(site, Site)
        check.ref(site_doc, ("coordination",), site.coordination, "organisationen")
        if site.enquiries is not None:
            check.ref(site_doc, ("enquiries",), site.enquiries, "organisationen")
        _route_ends_at_a_person(site, site_doc, organisations, problems)
        site_record = Record("site", site, site_doc)

    if problems.errors or site_record is None:
        raise DataError(problems)

    today = today or date.today()
    limit = site_record.model.review_after_months
    reviewed: list[Record[Any]] = [*projects.values(), *contacts.values()]
    warnings = [w for r in reviewed if (w := _stale(r.doc, r.model.reviewed, today, limit))]
    for org in organisations.values():  # a month-only Stand is as old as its last day
        stand = org.model.reviewed
        if stand is not None and (w := _stale(org.doc, stand.last_day, today, limit, stand)):
            warnings.append(w)
    town_list: TownList | None = None
    if singles["orte.yml"] is not None:
        listed, town_doc = singles["orte.yml"]
        assert isinstance(listed, TownList)
        town_list = listed
        if listed.reviewed is not None and (w := _stale(town_doc, listed.reviewed, today, limit)):
            warnings.append(w)
    hidden = {key for key, r in contacts.items() if not r.model.published}
    projects = {key: _without(r, hidden, warnings) for key, r in projects.items()}
    warnings += _security_txt(site_record, today)
    warnings += _legal(site_record, today)
    warnings += problems.warnings  # found while reading, e.g. a text cut off at #
    return Dataset(
        root=root,
        site=site_record,
        organisations=organisations,
        projects=projects,
        # Unpublished contacts stop here: nothing after loading can show them.
        contacts={key: r for key, r in contacts.items() if r.model.published},
        einsatzfelder=dict(sorted(einsatzfelder.items(), key=lambda i: (i[1].model.order, i[0]))),
        towns=towns,
        town_list=town_list,
        news=dict(sorted(news.items(), key=lambda i: (i[1].model.date, i[0]), reverse=True)),
        warnings=sorted(warnings),
        unpublished=[r.doc.path for r in contacts.values() if not r.model.published],
    )


def _without(
    project: Record[Project], hidden: set[str], warnings: list[Problem]
) -> Record[Project]:
    """The project without the unpublished contacts it lists (a warning at each), so no page,
    export, JSON-LD or vCard can name them: the id is the person's name."""
    listed = project.model.contacts
    if not hidden.intersection(listed):
        return project
    for index, key in enumerate(listed):
        if key in hidden:
            loc = ("contacts", index)
            message = f"{field_path(loc)}: {say('unpublished_ref', value=key)}"
            warnings.append(project.doc.problem(loc, message, severity=Severity.WARNING))
    kept = [key for key in listed if key not in hidden]
    return Record(project.id, project.model.model_copy(update={"contacts": kept}), project.doc)


def _shared_anchors(root: Path, ids: dict[str, set[str]], problems: Problems) -> None:
    """Contacts and organisations are both anchors on the contacts page (`#<id>`): one id
    for both would make one of them unreachable."""
    for key in sorted(ids["kontakte"] & ids["organisationen"]):
        contact, organisation = (_record_file(root, folder, key) for folder in FOLDER_PAIR)
        message = say("id_collision", id=key, other=organisation.as_posix(), page="kontakte/")
        problems.add(Problem(contact, 1, 1, message))


FOLDER_PAIR = ("kontakte", "organisationen")


def _record_file(root: Path, folder: str, key: str) -> Path:
    """The file of record `key` in `folder`, relative to `root` (.yml or .yaml)."""
    yaml_file = Path(folder, f"{key}.yaml")
    return yaml_file if (root / yaml_file).is_file() else Path(folder, f"{key}.yml")


def handwritten_pages(docs_dir: Path) -> set[str]:
    """Names of the hand-written German pages and folders (`docs/de/grenzen.md` → grenzen),
    which no id may take."""
    german = docs_dir / "de"
    if not german.is_dir():
        return set()
    return {e.name.removesuffix(".md") for e in german.iterdir() if not e.name.startswith(".")}


def _security_txt(site: Record[Site], today: date) -> list[Problem]:
    """security.txt needs a contact and an expiry date that has not passed (RFC 9116)."""
    model = site.model
    if model.security_contact is None:
        return [site.doc.problem((), say("no_security_contact"), severity=Severity.WARNING)]
    if model.security_expires is None or (model.security_expires - today).days < 30:
        return [
            site.doc.problem(
                ("security_expires",), say("security_expiring"), severity=Severity.WARNING
            )
        ]
    return []


LEGAL_REQUIRED = (
    "name",
    "address",
    "represented_by",
    "email",
    "responsible_for_content",
    "data_protection_officer",
    "hosting",
    "accessibility_feedback",
    "accessibility_enforcement",
    "accessibility_reviewed",
)


def _legal(site: Record[Site], today: date) -> list[Problem]:
    """Legal facts still missing, and an accessibility statement older than a year."""
    publisher = site.model.publisher
    missing = [name for name in LEGAL_REQUIRED if getattr(publisher, name) is None]
    found = []
    if missing:
        found.append(
            site.doc.problem(
                ("publisher",),
                say("legal_missing", fields=", ".join(missing)),
                severity=Severity.WARNING,
            )
        )
    reviewed = publisher.accessibility_reviewed
    if reviewed is not None and (today - reviewed).days > 365:
        found.append(
            site.doc.problem(
                ("publisher", "accessibility_reviewed"),
                say("accessibility_old"),
                severity=Severity.WARNING,
            )
        )
    return found


def _months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (later.day < earlier.day)


def _stale(
    doc: Document, reviewed: date, today: date, limit: int, shown: Stand | None = None
) -> Problem | None:
    months = _months_between(reviewed, today)
    if months < limit:
        return None
    written = reviewed.strftime("%d.%m.%Y") if shown is None or shown.day else str(shown)
    return doc.problem(
        ("reviewed",),
        say("stale", date=written, months=months, limit=limit),
        severity=Severity.WARNING,
    )


def route_end(site: Site) -> str:
    """The organisation the route to a person ends at: the Kreis's general enquiries, else
    the coordinating office (lotsenportal.render.reach walks the levels before it)."""
    return site.enquiries or site.coordination


def _route_ends_at_a_person(
    site: Site,
    doc: Document,
    organisations: dict[str, Record[Organisation]],
    problems: Problems,
) -> None:
    """Every page ends with a route to a person, so its last step must be a phone number or
    an e-mail address: then every page has a tel: or mailto: link, whatever else is missing."""
    key = route_end(site)
    end = organisations.get(key)
    if end is None or reaches_person(end.model):
        return  # an unknown id is reported as such
    field = "enquiries" if site.enquiries else "coordination"
    message = say("route_unreachable", field=field, id=key, file=end.doc.path.as_posix())
    problems.add(doc.problem((field,), message))
