"""German phone numbers, as staff type them, shown and dialled (libphonenumber's rules)."""

from __future__ import annotations

import functools
import re

import phonenumbers

# The one character rule for phone numbers, used by the validator (`phone_problem`) and
# exported as the editors' JSON Schema pattern: a number starts with its area code (0…, (0…)
# or +/00 and the country code) and holds only digits, spaces and the separators / - . ( ).
# An extension (Durchwahl) is appended with a hyphen, as DIN 5008 writes it: "06172 999-12"
# – that is the number one dials. Words ("Durchwahl", "ext.", "Tel.") and letters are not
# allowed: libphonenumber would silently turn letters into digits (06172 99 CARITAS).
PHONE_PATTERN = r"^(?:\+|\(?0)[0-9 ()./-]{3,38}[0-9]$"
PHONE_MAX_LENGTH = 40
_PHONE = re.compile(PHONE_PATTERN)
# Two numbers in one field: separated by a comma, semicolon or ampersand, or by a word.
_TWO_NUMBERS = re.compile(
    r"[0-9][^0-9]*(?:[,;&|]|\b(?:oder|und|bzw|sowie|or|and)\b)[^0-9]*[0-9]", re.IGNORECASE
)
# Calls cost the caller extra (0900, 0137, 0180 …): not for people seeking advice.
_COSTLY = {phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.SHARED_COST}


def phone_problem(value: str) -> tuple[str, dict[str, str]] | None:
    """None for an allowed phone number; else a catalogue key and its placeholders."""
    if _TWO_NUMBERS.search(value):
        return "lp_phone_two", {}
    words = re.findall(r"[^\W\d_]+", value)
    if words:
        return "lp_phone_letters", {"letters": ", ".join(dict.fromkeys(words))}
    if len(value) > PHONE_MAX_LENGTH or sum(char.isdigit() for char in value) > 17:
        return "lp_phone_two", {}  # longer than any one number (E.164: 15 digits)
    if not _PHONE.match(value):
        odd = next((c for c in value if not (c.isdigit() or c in " ()./-+")), None)
        if odd is not None:
            return "lp_phone_char", {"char": odd}
        return "lp_phone", {}
    try:
        number = phonenumbers.parse(value, "DE")
    except phonenumbers.NumberParseException:
        return "lp_phone", {}
    if not phonenumbers.is_valid_number(number):
        return "lp_phone", {}
    if phonenumbers.number_type(number) in _COSTLY:
        return "lp_phone_costly", {}
    return None


# A number shows on many pages (a contact on its project, town and contacts pages, in every
# language): parse it once.
@functools.lru_cache(maxsize=8192)
def e164(number: str) -> str:
    """For tel: links and vCards: +496172123456."""
    return phonenumbers.format_number(
        phonenumbers.parse(number, "DE"), phonenumbers.PhoneNumberFormat.E164
    )


@functools.lru_cache(maxsize=8192)
def national(number: str) -> str:
    """For reading, as DIN 5008 writes it: "(06172) 999-0" → "06172 999-0". The grouping staff
    typed is kept – it shows the extension (-0: the switchboard), which libphonenumber's
    national format would merge into the number ("06172 9990"); brackets, slashes and dots
    become spaces. A number typed without any grouping gets libphonenumber's."""
    if not re.search(r"[ ()/.-]", number):
        return phonenumbers.format_number(
            phonenumbers.parse(number, "DE"), phonenumbers.PhoneNumberFormat.NATIONAL
        )
    spaced = re.sub(r"[()/.]", " ", number)
    return re.sub(r" *- *", "-", " ".join(spaced.split()))
