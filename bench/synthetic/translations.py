"""The data catalogs of a generated folder (locale/<lang>/LC_MESSAGES/data.po), in the layout
`make translations` writes, filled in from the phrase book with every state a catalog knows:
mostly drafts, some reviewed, some outdated (fuzzy, with the earlier German as previous
msgid). Languages a record lacks stay missing, so German fallbacks are exercised."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from pathlib import Path

import polib

from lotsenportal.data.languages import SOURCE
from lotsenportal.data.loading import load_dataset
from lotsenportal.translations import catalog_sync, catalogs

from .phrasebook import Texts
from .sizes import BASE_DATE, SEED_SALT

# How the translations in the catalogs are marked (per record and language; outdated per
# text): the rest are drafts. Languages a text lacks are missing.
REVIEWED_SHARE = 0.25
OUTDATED_SHARE = 0.08


def _earlier(german: str) -> str:
    """The German text before its last edit: the previous msgid of an outdated translation."""
    end = "\n" if german.endswith("\n") else ""
    words = german.rstrip("\n").split(" ")
    return " ".join(words[:-1]) + end if len(words) > 1 else f"{german} (alt)"


def write_catalogs(
    folder: Path,
    translated: Mapping[str, Mapping[str, Texts]],
    languages: Sequence[str],
    seed: int,
) -> None:
    """The data catalogs of one generated folder, one per language but German: every German
    text of its records as `make translations` enters them
    (lotsenportal.translations.catalog_sync), filled in from the phrase book. Per record and
    language the translations are reviewed (REVIEWED_SHARE) or drafts, single texts outdated
    (OUTDATED_SHARE); languages the phrase book or a record lacks stay missing.
    `translated`: file → field path → text per language."""
    sources = catalog_sync.data_sources(load_dataset(folder, languages, today=BASE_DATE))
    for lang in languages:
        if lang == SOURCE:
            continue
        path = catalogs.catalog_path(folder, lang, catalogs.DATA)
        catalog = polib.pofile(catalogs.update(path, lang, catalogs.DATA, sources), wrapwidth=0)
        rolls: dict[str, tuple[random.Random, bool]] = {}  # record → (dice, reviewed)
        for entry in catalog:
            key, _, field_path = entry.msgctxt.partition("#")
            if key.startswith("orte/"):  # town names (orte/<id>#name) stay as written
                continue
            texts = translated[f"{key}.yml"][field_path]
            if texts[SOURCE] != entry.msgid:
                raise ValueError(f"{entry.msgctxt}: {entry.msgid!r} is not {texts[SOURCE]!r}")
            if lang not in texts:
                continue
            # Same seed, same states; a record shared by several Kreise has the same in each.
            if key not in rolls:
                dice = random.Random(f"{SEED_SALT}:{seed}:{key}:{lang}")
                rolls[key] = (dice, dice.random() < REVIEWED_SHARE)
            roll, reviewed = rolls[key]
            entry.msgstr = texts[lang]
            if roll.random() < OUTDATED_SHARE:
                entry.flags = ["fuzzy"]
                entry.previous_msgid = _earlier(entry.msgid)
            elif not reviewed:
                entry.flags = ["fuzzy"]
        catalogs.write_if_changed(path, str(catalog))
