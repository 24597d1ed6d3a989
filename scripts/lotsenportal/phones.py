"""German phone numbers, as staff type them, shown and dialled (libphonenumber's rules)."""

from __future__ import annotations

import functools

import phonenumbers


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
    """For reading: 06172 123456."""
    return phonenumbers.format_number(
        phonenumbers.parse(number, "DE"), phonenumbers.PhoneNumberFormat.NATIONAL
    )
