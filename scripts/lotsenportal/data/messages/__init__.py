"""Every message staff can see, in German (default) and English, in one catalogue.

The texts live in one module per stage or topic (reading a file, values, validation,
translations, the report, checks, building, federation, commands); `CATALOG` is their union,
and a key given twice is an error. The language is German unless `LANG`/`LC_ALL`/`LC_MESSAGES`
start with `en`, or a command sets it (`lotsenportal --sprache en …`). Messages say what is
wrong and how to fix it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from . import (
    building,
    checks,
    commands,
    federation,
    reading,
    report,
    translations,
    validation,
    values,
)

LANGUAGES = ("de", "en")
_current = {"language": "de"}

# In pipeline order: reading and validating the data, translations, the report, the checks of
# the built site, building and publishing, the commands run by hand.
PIECES = (
    reading,
    values,
    validation,
    translations,
    report,
    checks,
    building,
    federation,
    commands,
)


def merged(pieces: Iterable[Mapping[str, tuple[str, str]]]) -> dict[str, tuple[str, str]]:
    """One catalogue of `pieces`; a key in more than one piece raises ValueError."""
    catalog: dict[str, tuple[str, str]] = {}
    for piece in pieces:
        twice = sorted(catalog.keys() & piece.keys())
        if twice:
            raise ValueError(f"message keys in more than one piece: {', '.join(twice)}")
        catalog.update(piece)
    return catalog


# key: (German, English). Placeholders in {braces} are filled by `say`.
CATALOG = merged(piece.MESSAGES for piece in PIECES)


def language_from_environment(environ: Mapping[str, str] = os.environ) -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    return "de"


def set_language(language: str) -> None:
    _current["language"] = language if language in LANGUAGES else "de"


def current_language() -> str:
    return _current["language"]


def say(message: str, /, **params: object) -> str:
    """The catalogue entry `message` in the current language, placeholders filled."""
    german, english = CATALOG[message]
    template = english if current_language() == "en" else german
    return template.format(**params)


set_language(language_from_environment())
