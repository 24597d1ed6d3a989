"""vCard files (written with the vobject library) so a reader can save a contact on the phone
in one tap — name, role in the reader's language, organisation, phone, e-mail, website. Only
records with a phone, e-mail or website get one (`reachable`)."""

from __future__ import annotations

import vobject  # type: ignore[import-untyped]

from ..data.phones import e164
from ..translations.localize import Localized


def _reach(card: vobject.base.Component, record: Localized) -> None:
    if record.phone:
        card.add("tel").value = e164(record.phone)
        card.tel.type_param = "WORK"
    if record.email:
        card.add("email").value = record.email
        card.email.type_param = "WORK"
    if record.website:
        card.add("url").value = record.website


def person(contact: Localized, organisation: Localized) -> str:
    card = vobject.vCard()
    card.add("fn").value = contact.name
    given, _, family = str(contact.name).rpartition(" ")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    card.add("org").value = [organisation.name]
    card.add("title").value = str(contact.role)
    _reach(card, contact)
    return str(card.serialize())


def project(project: Localized, organisation: Localized) -> str:
    card = vobject.vCard()
    card.add("fn").value = str(project.title)
    card.add("n").value = vobject.vcard.Name(family=str(project.title))
    card.add("org").value = [organisation.name]
    _reach(card, project)
    return str(card.serialize())


def reachable(record: Localized) -> bool:
    """Whether a card of `record` would hold more than a name."""
    return bool(record.phone or record.email or record.website)


def organisation(org: Localized) -> str:
    card = vobject.vCard()
    card.add("fn").value = org.name
    card.add("n").value = vobject.vcard.Name(family=org.name)
    card.add("org").value = [org.name]
    _reach(card, org)
    return str(card.serialize())
