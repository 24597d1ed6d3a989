"""federation.yml and the data folders of the Kreise it names, each checked
(lotsenportal.build.federation): a problem names the file it is in, with the Kreis's folder in
front, e.g. `kreise/main-taunus/kontakte/x.yml:3:5`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..data.dataset import Dataset, Record
from ..data.languages import Language
from ..data.layout import LEGAL_PAGES
from ..data.loading import load_dataset, read_model
from ..data.messages import say
from ..data.problems import DataError, Problem, Problems
from ..data.schema import Federation

# Addresses the portal uses itself: no Kreis may take them as its id.
PORTAL_PATHS = {"assets", "search", "orte", "offline", "api", "sitemap.xml", *LEGAL_PAGES}


@dataclass(frozen=True)
class Member:
    """One Kreis of the federation, validated."""

    id: str
    folder: Path
    dataset: Dataset


@dataclass(frozen=True)
class Portal:
    file: Path
    record: Record[Federation]
    members: list[Member]
    languages: list[Language]  # every configured language (a preview may build fewer)


def shown(path: Path) -> Path:
    """A path as staff type it: relative to the current folder when it is inside it."""
    absolute = path.absolute()
    return absolute.relative_to(Path.cwd()) if absolute.is_relative_to(Path.cwd()) else absolute


def _located(problem: Problem, folder: Path) -> Problem:
    """A problem of one data folder, with the folder in front of the file name."""
    return replace(problem, path=shown(folder / problem.path))


def load_record(file: Path, languages: Sequence[str] | None) -> Record[Federation]:
    """federation.yml, checked: every Kreis has a unique id the portal does not use itself,
    and a data folder that exists; every text is in a configured language (unless
    `languages` is None). Raises DataError with `path:line:col` problems."""
    problems = Problems()
    if not file.is_file():
        problems.add(Problem(shown(file), 1, 1, say("federation_missing")))
        raise DataError(problems)
    loaded = read_model(file, file.parent, Federation, problems)
    if loaded is None:
        raise DataError(_relocated(problems, file.parent))
    model, doc = loaded
    taken = PORTAL_PATHS | set(languages or ())
    seen: set[str] = set()
    for index, member in enumerate(model.kreise):
        where, loc = f"kreise[{index + 1}]", ("kreise", index)
        if member.id in taken:
            message = say("federation_reserved_id", id=member.id)
            problems.add(doc.problem((*loc, "id"), f"{where}.id: {message}"))
        if member.id in seen:
            message = say("federation_duplicate_id", id=member.id)
            problems.add(doc.problem((*loc, "id"), f"{where}.id: {message}"))
        seen.add(member.id)
        if not (file.parent / member.data).is_dir():
            message = say("federation_no_folder", folder=member.data)
            problems.add(doc.problem((*loc, "data"), f"{where}.data: {message}"))
    if languages is not None:
        known = ", ".join(languages)
        for name in ("title", "intro", "translations"):
            for code in getattr(model, name):
                if code not in languages:
                    message = say("language_not_configured", code=code, known=known)
                    problems.add(doc.problem((name, code), f"{name}.{code}: {message}", key=True))
    if problems.errors:
        raise DataError(_relocated(problems, file.parent))
    return Record("federation", model, doc)


def _relocated(problems: Problems, folder: Path) -> Problems:
    moved = Problems()
    moved.extend([_located(p, folder) for p in problems.items])
    return moved


def load(file: Path, languages: Sequence[Language]) -> Portal:
    """The federation file and every Kreis's data folder, each checked; a DataError lists the
    problems of all of them, each with its Kreis's folder in the path."""
    codes = [lang.code for lang in languages]
    record = load_record(file, codes)
    problems = Problems()
    members = []
    for entry in record.model.kreise:
        try:
            member = load_member(entry.id, (file.parent / entry.data).resolve(), codes)
        except DataError as err:
            problems.extend(err.problems.items)
            continue
        problems.extend(member.dataset.warnings)
        members.append(member)
    if problems.errors:
        raise DataError(problems)
    return Portal(file, record, members, list(languages))


def load_member(kreis: str, folder: Path, codes: Sequence[str]) -> Member:
    """One Kreis's data folder, checked; its problems (a DataError, or the warnings) carry
    the folder in their path."""
    try:
        dataset = load_dataset(folder, codes)
    except DataError as err:
        raise DataError(_relocated(err.problems, folder)) from None
    dataset.warnings[:] = [_located(p, folder) for p in dataset.warnings]
    return Member(kreis, folder, dataset)


@lru_cache(maxsize=4)
def _title_of(file: str, mtime: int) -> dict[str, str]:
    record = load_record(Path(file), None)  # languages are checked by the federation build
    return dict(record.model.title)


def portal_title(file: Path) -> dict[str, str]:
    """The portal's title per language (the hooks ask for it on every page)."""
    return _title_of(str(file), file.stat().st_mtime_ns)
