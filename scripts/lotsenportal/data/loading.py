"""Reading a data folder: every file within the limits of lotsenportal.data.yamlsource, each
validated against its model, then `load_dataset` puts the records together and runs the checks
across files (lotsenportal.data.cross_checks). Every problem is collected; nothing is written."""

from __future__ import annotations

import difflib
import os
from collections.abc import Collection, Container, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .cross_checks import (
    Anything,
    IdRules,
    ReferenceChecker,
    legal_warnings,
    read_towns,
    route_ends_at_a_person,
    security_txt_warnings,
    shared_anchors,
    stale,
)
from .dataset import FILES, FOLDERS, IGNORED, PLACEHOLDER, Dataset, M, Record
from .error_sentences import field_path, problems_from
from .messages import say
from .problems import DataError, Problem, Problems, Severity
from .safety import (
    MAX_FILES_PER_FOLDER,
    MAX_LIST_ITEMS,
    MAX_TOWNS,
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
    TownList,
)
from .yamlsource import Document, Loc, load_document


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


def _read_folder(
    root: Path,
    folder: str,
    model: type[M],
    problems: Problems,
    present: set[str],
    ids: IdRules,
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
    taken = IdRules(languages, reserved)

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
    towns = read_towns(singles["orte.yml"], problems, taken)
    shared_anchors(root, ids, problems)

    # An unreadable orte.yml (or a folder too large to read) is reported once, not again at
    # every reference.
    town_ids: Container[str] = towns if singles["orte.yml"] is not None else Anything()
    targets: dict[str, Container[str]] = {
        name: ids[name] if complete[name] else Anything() for name in FOLDERS
    }
    check = ReferenceChecker(problems, {**targets, "orte.yml": town_ids})
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
        route_ends_at_a_person(site, site_doc, organisations, problems)
        site_record = Record("site", site, site_doc)

    if problems.errors or site_record is None:
        raise DataError(problems)

    today = today or date.today()
    limit = site_record.model.review_after_months
    reviewed: list[Record[Any]] = [*projects.values(), *contacts.values()]
    warnings = [w for r in reviewed if (w := stale(r.doc, r.model.reviewed, today, limit))]
    for org in organisations.values():  # a month-only Stand is as old as its last day
        stand = org.model.reviewed
        if stand is not None and (w := stale(org.doc, stand.last_day, today, limit, stand)):
            warnings.append(w)
    town_list: TownList | None = None
    if singles["orte.yml"] is not None:
        listed, town_doc = singles["orte.yml"]
        assert isinstance(listed, TownList)
        town_list = listed
        if listed.reviewed is not None and (w := stale(town_doc, listed.reviewed, today, limit)):
            warnings.append(w)
    hidden = {key for key, r in contacts.items() if not r.model.published}
    projects = {key: _without(r, hidden, warnings) for key, r in projects.items()}
    warnings += security_txt_warnings(site_record, today)
    warnings += legal_warnings(site_record, today)
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
