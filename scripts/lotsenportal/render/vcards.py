"""vCard files so a reader can save a contact on the phone in one tap — name, role in the
reader's language, organisation, and every channel with a vCard property (phone, e-mail,
website: lotsenportal.data.schema.channels). Only records with a channel get one
(`schema.reachable`).

The vobject library writes vCard 3.0 (RFC 2426: `VERSION:3.0`, `TYPE=WORK` parameters), the
version every phone's address book reads."""

from __future__ import annotations

import vobject  # type: ignore[import-untyped]

from ..data.schema import present
from ..translations.localize import Localized
from .channel_links import machine


def _reach(card: vobject.base.Component, record: Localized) -> None:
    for channel, value in present(record.model):
        if channel.vcard is None:
            continue
        line = card.add(channel.vcard)
        line.value = machine(channel, value)
        if channel.vcard_type is not None:
            line.type_param = channel.vcard_type


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


def organisation(org: Localized) -> str:
    card = vobject.vCard()
    card.add("fn").value = org.name
    card.add("n").value = vobject.vcard.Name(family=org.name)
    card.add("org").value = [org.name]
    _reach(card, org)
    return str(card.serialize())
