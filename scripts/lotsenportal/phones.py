"""German phone numbers, as staff type them, shown and dialled (libphonenumber's rules)."""

from __future__ import annotations

import phonenumbers


def e164(number: str) -> str:
    """For tel: links and vCards: +496172123456."""
    return phonenumbers.format_number(
        phonenumbers.parse(number, "DE"), phonenumbers.PhoneNumberFormat.E164
    )


def national(number: str) -> str:
    """For reading: 06172 123456."""
    return phonenumbers.format_number(
        phonenumbers.parse(number, "DE"), phonenumbers.PhoneNumberFormat.NATIONAL
    )
