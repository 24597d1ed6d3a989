"""schema.org JSON-LD for project pages and the contacts page: search engines and assistants
can show whom to call.

A project is an Organization (its carrier is the parentOrganization) with one ContactPoint per
published contact person; the contacts page lists every organisation with the ContactPoints
of its published people. Only facts from the data; absent fields are left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..data import formatting
from ..data.schema import present
from ..translations.localize import Localized
from .channel_links import machine


def _reach(record: Localized) -> dict[str, Any]:
    """The record's channels under their schema.org properties (telephone, email, url)."""
    return {
        channel.schema_org: machine(channel, value)
        for channel, value in present(record.model)
        if channel.schema_org is not None
    }


def _contact_point(person: Localized) -> dict[str, Any]:
    return {
        "@type": "ContactPoint",
        "name": person.name,
        "contactType": str(person.role),
        **({"availableLanguage": list(person.languages)} if person.languages else {}),
        **_reach(person),
    }


def contacts_page(
    orgs: Mapping[str, Localized], contacts: Mapping[str, Localized]
) -> dict[str, Any]:
    """Every organisation, each with the ContactPoints of its published people."""
    points: dict[str, list[dict[str, Any]]] = {}
    for person in contacts.values():  # one pass over the people, whatever their number
        points.setdefault(person.organisation, []).append(_contact_point(person))
    graph = []
    for key, org in orgs.items():
        entry: dict[str, Any] = {"@type": "Organization", "@id": f"#{key}", "name": org.name}
        entry.update(_reach(org))
        if key in points:
            entry["contactPoint"] = points[key]
        graph.append(entry)
    return {"@context": "https://schema.org", "@graph": graph}


def project(
    record: Localized, orgs: Mapping[str, Localized], contacts: Mapping[str, Localized]
) -> dict[str, Any]:
    carrier = orgs[record.organisation]
    points = [_contact_point(contacts[key]) for key in record.contacts if key in contacts]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": str(record.title),
        "description": formatting.plain(record.summary),
        "parentOrganization": {"@type": "Organization", "name": carrier.name, **_reach(carrier)},
        **_reach(record),
    }
    if points:
        data["contactPoint"] = points
    return data
