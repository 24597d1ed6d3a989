"""A channel's value as a reader gets it: the text shown, the link tapped, and the value a
vCard or JSON-LD holds. One rule per kind of link (`Channel.link`); which channels exist is
declared in lotsenportal.data.schema.channels."""

from __future__ import annotations

from markupsafe import Markup

from ..data import formatting
from ..data.phones import e164, national
from ..data.schema import Channel


def shown(channel: Channel, value: str) -> str:
    """The text of the link: a phone number as Germans write it, anything else as written."""
    return national(value) if channel.link == "tel" else value


def href(channel: Channel, value: str) -> Markup:
    """The link's target: tel: with the international number, mailto:, or the checked web
    address."""
    if channel.link == "tel":
        return Markup("tel:" + e164(value))
    if channel.link == "mailto":
        return formatting.href(f"mailto:{value}")
    return formatting.href(value)


def machine(channel: Channel, value: str) -> str:
    """The value for vCards and JSON-LD: a phone number in international form (E.164)."""
    return e164(value) if channel.link == "tel" else value
