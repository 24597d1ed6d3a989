"""Rules across files and records: the names ids may not take, references that must resolve,
towns, anchors contacts and organisations share, the route to a person, and the warnings about
old or missing facts (review dates, the legal pages, security.txt)."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Container, Sequence
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from .dataset import TARGETS, Record, route_end
from .error_sentences import field_path
from .messages import say
from .problems import Problem, Problems, Severity
from .safety import (
    MAX_ID_LENGTH,
    RESERVED_IDS,
)
from .schema import (
    Organisation,
    Site,
    Stand,
    Town,
    TownList,
    reaches_person,
)
from .yamlsource import Document, Loc


class IdRules:
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


class Anything:
    """Stands in for the towns when orte.yml could not be read: every reference resolves."""

    def __contains__(self, item: object) -> bool:
        return True


class ReferenceChecker:
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


def read_towns(
    town_file: tuple[BaseModel, Document] | None, problems: Problems, ids: IdRules
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


def shared_anchors(root: Path, ids: dict[str, set[str]], problems: Problems) -> None:
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


def security_txt_warnings(site: Record[Site], today: date) -> list[Problem]:
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


def legal_warnings(site: Record[Site], today: date) -> list[Problem]:
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


def stale(
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


def route_ends_at_a_person(
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
