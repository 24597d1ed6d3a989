"""The state of one generation run and what every record builder shares: the seeded dice,
the files written so far (German data and, per file, its texts in every language), the ids
and e-mail addresses in use, texts filled in from the phrase book, office hours, addresses,
and the invented Kreise and towns everything else belongs to.

The builders of the record kinds are functions of a `Generator` in the modules beside this
one (organisations, contacts, projects, news, site); `folders.build` calls them in a fixed
order, since each draws from the same dice.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from lotsenportal.data.languages import SOURCE
from lotsenportal.render.editor_schemas import KINDS

from .names import (
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    KREIS_STEMS,
    KREIS_SUFFIXES,
    STREETS,
    SURNAME_ENDS,
    SURNAME_STARTS,
    TOWN_PREFIXES,
    TOWN_QUALIFIERS,
    TOWN_STEMS,
    TOWN_SUFFIXES,
    WEEKDAYS,
    slug,
)
from .phrasebook import PHRASE_LANGS, Phrase, Texts
from .phrasebook.projects import HOURS_NOTES
from .sizes import BASE_DATE, SEED_SALT, Size
from .yamltext import Flow, Quoted, dump, paragraphs


@dataclass
class Town:
    id: str
    name: str
    kind: str


@dataclass
class Kreis:
    slug: str
    name: str  # "Kreis Falkental"
    short: str  # "Falkental"
    towns: list[Town]
    carriers: list[tuple[str, str, str]]  # (id, name, short name)


@dataclass
class Project:
    kreis: Kreis
    id: str
    carrier: str  # organisation id
    record: dict[str, Any]


class Generator:
    """One data set in the making (`size`, `seed`, texts in `languages`)."""

    def __init__(self, size: Size, seed: int, languages: Sequence[str]) -> None:
        self.size = size
        self.seed = seed
        # A string seed is hashed with SHA-512: stable across runs, platforms and versions.
        self.rng = random.Random(f"{SEED_SALT}:{size.name}:{seed}")
        self.languages = [code for code in languages if code in PHRASE_LANGS]
        self.files: dict[str, str] = {}
        # file → {field path as in catalog contexts (`links[1].title`): the text per language}
        self.translated: dict[str, dict[str, Texts]] = {}
        self.owners: dict[str, str] = {}  # file → slug of the Kreis it belongs to (else shared)
        self.kreise: list[Kreis] = []
        self.used_ids: set[str] = set()  # ids shared as anchors on the contacts page
        self.emails: set[str] = set()  # local parts in use (contacts.email)
        self.phone_counter = 0  # numbers handed out (contacts.phone)
        self.header = f"# Synthetic test data (bench.synthetic {size.name}, seed {seed})."

    # -- texts -----------------------------------------------------------------------------

    def text(self, phrase: Phrase, langs: Sequence[str] | None = None, **fields: Any) -> Texts:
        """One translatable text in every language (or in `langs`), with `fields` filled in."""
        chosen = langs if langs is not None else self.languages
        return Texts({lang: phrase[lang].format(**fields) for lang in chosen if lang in phrase})

    def prose(
        self, parts: Sequence[Phrase], langs: Sequence[str] | None = None, **fields: Any
    ) -> Texts:
        chosen = langs if langs is not None else self.languages
        return Texts(
            {
                lang: paragraphs([part[lang].format(**fields) for part in parts])
                for lang in chosen
                if all(lang in part for part in parts)
            }
        )

    def sentences(
        self, parts: Sequence[Phrase], langs: Sequence[str] | None = None, **fields: Any
    ) -> Texts:
        """Several sentences as one paragraph, wrapped like `prose`."""
        chosen = langs if langs is not None else self.languages
        return Texts(
            {
                lang: paragraphs([" ".join(part[lang].format(**fields) for part in parts)])
                for lang in chosen
            }
        )

    # -- fields most records have ----------------------------------------------------------

    def unique_id(self, wanted: str) -> str:
        candidate, number = wanted, 2
        while candidate in self.used_ids:
            candidate, number = f"{wanted}-{number}", number + 1
        self.used_ids.add(candidate)
        return candidate

    def reviewed(self) -> date:
        return BASE_DATE - timedelta(days=self.rng.randrange(0, 300))

    def hours(self, with_note: bool = True) -> list[dict[str, Any]]:
        days = sorted(self.rng.sample(range(len(WEEKDAYS)), self.rng.choice([1, 2, 2, 3])))
        slots: list[dict[str, Any]] = []
        for day in days:
            start, end = self.rng.choice(
                [("09:00", "12:00"), ("14:00", "17:00"), ("10:00", "13:30")]
            )
            slot: dict[str, Any] = {"day": WEEKDAYS[day], "from": Quoted(start), "to": Quoted(end)}
            if with_note and self.rng.random() < 0.3:
                slot["note"] = self.text(self.rng.choice(HOURS_NOTES))
            slots.append(slot)
        return slots

    def address(self, kreis: Kreis) -> dict[str, Any]:
        town = self.rng.choice(kreis.towns)
        return {
            "street": f"{self.rng.choice(STREETS)} {self.rng.randrange(1, 60)}",
            "postcode": Quoted(f"6{self.rng.randrange(1000, 9999):04d}"),
            "town": town.name,
        }

    # -- files -----------------------------------------------------------------------------

    def text_of(self, relative: str, data: Mapping[str, Any], comment: str | None = None) -> str:
        """A data file's text: the editor's schema line, where it comes from, the German
        data. (Its translations: `translated`.)"""
        kind = relative.split("/", 1)[0] if "/" in relative else relative
        modeline = next(k for k in KINDS if k.name == kind).modeline()
        return dump(german(data), [modeline, self.header] + ([f"# {comment}"] if comment else []))

    def write(
        self,
        relative: str,
        data: Mapping[str, Any],
        comment: str | None = None,
        *,
        kreis: Kreis | None = None,
    ) -> None:
        self.files[relative] = self.text_of(relative, data, comment)
        self.translated[relative] = dict(field_texts(data))
        if kreis is not None:
            self.owners[relative] = kreis.slug

    # -- places and people -----------------------------------------------------------------

    def towns_and_kreise(self) -> list[Kreis]:
        size, rng = self.size, self.rng
        stems = rng.sample(KREIS_STEMS, size.kreise)
        names: set[str] = set()
        slugs: set[str] = set()
        kreise: list[Kreis] = []
        per_kreis = spread(size.towns, size.kreise, rng, minimum=1)
        for stem, count in zip(stems, per_kreis, strict=True):
            short = stem + rng.choice(KREIS_SUFFIXES)
            kreis_slug = slug(short)
            towns: list[Town] = []
            while len(towns) < count:
                name = self.town_name()
                town_slug = slug(name)
                if name in names or town_slug in slugs:
                    continue
                names.add(name)
                slugs.add(town_slug)
                kind = "Stadt" if name.startswith("Bad ") or rng.random() < 0.35 else "Gemeinde"
                towns.append(Town(f"{kreis_slug}-{town_slug}", name, kind))
            kreise.append(Kreis(kreis_slug, f"Kreis {short}", short, towns, []))
        return kreise

    def town_name(self) -> str:
        rng = self.rng
        name = rng.choice(TOWN_STEMS) + rng.choice(TOWN_SUFFIXES)
        roll = rng.random()
        if roll < 0.2:
            name = rng.choice(TOWN_PREFIXES) + name.lower()
        elif roll < 0.27:
            name = "Bad " + name
        if rng.random() < 0.06:
            name += rng.choice(TOWN_QUALIFIERS)
        return name

    def person(self) -> tuple[str, str, int]:
        """(first name, surname, 0 = female / 1 = male)."""
        gender = self.rng.randrange(2)
        first = self.rng.choice(FIRST_NAMES_M if gender else FIRST_NAMES_F)
        last = self.rng.choice(SURNAME_STARTS) + self.rng.choice(SURNAME_ENDS)
        return first, last, gender


def german(data: Any) -> Any:
    """`data` as the data file holds it: each text in German only."""
    if isinstance(data, Texts):
        return data[SOURCE]
    if isinstance(data, Mapping):
        return {key: german(value) for key, value in data.items()}
    if isinstance(data, list) and not isinstance(data, Flow):
        return [german(value) for value in data]
    return data


def field_texts(data: Any, path: str = "") -> Iterator[tuple[str, Texts]]:
    """Every text of `data` in several languages, with its field path as catalog contexts
    write it (`office_hours[2].note`, `links[1].title`)."""
    if isinstance(data, Texts):
        yield path, data
    elif isinstance(data, Mapping):
        for key, value in data.items():
            yield from field_texts(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from field_texts(value, f"{path}[{index + 1}]")


def spread(
    total: int,
    parts: int,
    rng: random.Random,
    *,
    minimum: int = 0,
    caps: Sequence[int] | None = None,
) -> list[int]:
    """`total` split into `parts` counts of at least `minimum` (and at most `caps`), unevenly,
    as real Kreise are."""
    limits = list(caps) if caps is not None else [total] * parts
    if total < parts * minimum or total > sum(limits):
        raise ValueError(f"cannot split {total} into {parts} parts of {minimum}…{limits}")
    counts = [minimum] * parts
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    for _ in range(total - parts * minimum):
        open_parts = [i for i in range(parts) if counts[i] < limits[i]]
        counts[rng.choices(open_parts, [weights[i] for i in open_parts])[0]] += 1
    return counts
