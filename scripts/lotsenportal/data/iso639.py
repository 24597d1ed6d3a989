"""The languages a contact person speaks: two-letter ISO 639-1 codes, from CLDR (Babel).

The same list is the validator's rule and the editors' `enum` (lotsenportal.render.editor_schemas),
so VS Code offers exactly the codes the validator accepts.
"""

from __future__ import annotations

import functools

from babel import Locale

# Country codes people write for a language, and the language they mean. (Some country codes
# are languages themselves – af Afrikaans, se Northern Sami, si Sinhala – and stay valid.)
_MISTAKES = {
    "ua": "uk",  # Ukraine
    "gr": "el",  # Greece
    "cz": "cs",  # Czechia
    "dk": "da",  # Denmark
    "jp": "ja",  # Japan
    "cn": "zh",  # China
    "kr": "ko",  # Korea
    "al": "sq",  # Albania
    "ir": "fa",  # Iran
    "er": "ti",  # Eritrea
    "sy": "ar",  # Syria
    "rs": "sr",  # Serbia
    "ge": "ka",  # Georgia
    "vn": "vi",  # Vietnam
    "gb": "en",
    "us": "en",
    "at": "de",
}


@functools.cache
def _names() -> dict[str, str]:
    """German language names by code: {"uk": "Ukrainisch", …}."""
    names = Locale("de").languages
    return {code: names[code] for code in sorted(names) if len(code) == 2 and code.isalpha()}


def codes() -> list[str]:
    """All two-letter codes, sorted."""
    return list(_names())


def is_code(value: str) -> bool:
    return value in _names()


def german_name(code: str) -> str:
    return _names()[code]


def suggestion(value: str) -> str | None:
    """The code `value` probably means ("ua" → "uk", "Deutsch" → "de", "DE" → "de"), or None.
    Only for values that are not a valid code themselves."""
    lowered = value.strip().lower()
    names = _names()
    if lowered in names and lowered != value:
        return lowered
    if lowered in _MISTAKES and lowered not in names:
        return _MISTAKES[lowered]
    base = lowered.replace("_", "-").split("-")[0]
    if base != lowered and base in names:
        return base  # de-DE, pt_BR
    by_name = {name.lower(): code for code, name in names.items()}
    english = Locale("en").languages
    by_name.update({english[code].lower(): code for code in names if code in english})
    return by_name.get(lowered)
