"""schema.org JSON-LD for project pages: search engines and assistants can show whom to call.

A project is an Organization (its carrier is the parentOrganization) with one ContactPoint per
published contact person. Only facts from the data; absent fields are left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .localize import Localized
from .phones import e164


def _reach(record: Localized) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if record.phone:
        found["telephone"] = e164(record.phone)
    if record.email:
        found["email"] = record.email
    if record.website:
        found["url"] = record.website
    return found


def project(
    record: Localized, orgs: Mapping[str, Localized], contacts: Mapping[str, Localized]
) -> dict[str, Any]:
    carrier = orgs[record.organisation]
    points = []
    for key in record.contacts:
        if key in contacts:
            person = contacts[key]
            points.append(
                {
                    "@type": "ContactPoint",
                    "name": person.name,
                    "contactType": str(person.role),
                    **({"availableLanguage": list(person.languages)} if person.languages else {}),
                    **_reach(person),
                }
            )
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": str(record.title),
        "description": str(record.summary),
        "parentOrganization": {"@type": "Organization", "name": carrier.name, **_reach(carrier)},
        **_reach(record),
    }
    if points:
        data["contactPoint"] = points
    return data
