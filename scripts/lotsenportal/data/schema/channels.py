"""Ways to reach someone, each declared once: a field of `Reachable` with its `Channel` mark.

Organisations, projects and contact people are `Reachable`. A channel's line below is the
whole declaration: the data file's key (which is also the key of its label in
overrides/strings/de.yml), the value type that validates it, and a `Channel` saying how the
rest of the code treats it — how it is linked (`tel:`, `mailto:`, `https:`), its icon, whether
it reaches a person directly (a phone or an e-mail ends the route to a person; a website does
not), its vCard property and its schema.org property, and whether `make new-contact` asks for
it. Cards and routes (overrides/pages/_cards.md), vCards, JSON-LD, the staff report, the route
check of the validation, the questions of the new-record commands and the benchmark's invented
data all read `CHANNELS`; none of them names a channel.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field

from .parts import Model, OfficeHours, no_overlap
from .values import Email, Phone, Url


@dataclass(frozen=True)
class Channel:
    """How the site treats one way to reach someone (the mark on a field of `Reachable`)."""

    link: Literal["tel", "mailto", "https"]  # the link a reader taps (value type Phone/Email/Url)
    icon: str  # a Material icon shown before it (material/phone)
    reaches_person: bool  # a phone or e-mail ends a route to a person; a web page does not
    vcard: str | None  # vCard property (RFC 2426, vCard 3.0) or None: not on the card
    schema_org: str | None  # property of a schema.org ContactPoint/Organization, or None
    vcard_type: str | None = None  # TYPE of the vCard property (WORK)
    asked: bool = False  # `make new-contact`/`new-project` ask for it (message ask_<field>)
    field: str = ""  # the data file's key and the label's key; set from the field's name


class Reachable(Model):
    """Ways to get in touch. All optional: unknown details stay empty. Every field with a
    `Channel` mark is a channel, in this order on cards, vCards and in JSON-LD."""

    phone: Annotated[
        Phone | None,
        Channel(
            link="tel",
            icon="material/phone",
            reaches_person=True,
            vcard="tel",
            vcard_type="WORK",
            schema_org="telephone",
            asked=True,
        ),
    ] = Field(
        default=None,
        description="Eine Telefonnummer mit Vorwahl, in Anführungszeichen; nur Ziffern, "
        "Leerzeichen und / - . ( ) +. Durchwahl mit Bindestrich anhängen (06172 999-12). Keine "
        "Buchstaben, keine Sondernummern (0900, 0137, 0180).",
        examples=["06172 999-0"],
    )
    email: Annotated[
        Email | None,
        Channel(
            link="mailto",
            icon="material/email",
            reaches_person=True,
            vcard="email",
            vcard_type="WORK",
            schema_org="email",
            asked=True,
        ),
    ] = Field(examples=["integration@example.org"], default=None, description="E-Mail-Adresse.")
    website: Annotated[
        Url | None,
        Channel(
            link="https",
            icon="material/web",
            reaches_person=False,
            vcard="url",
            schema_org="url",
        ),
    ] = Field(
        examples=["https://example.org"],
        default=None,
        description="Webseite, beginnt mit https://.",
    )
    office_hours: Annotated[list[OfficeHours], AfterValidator(no_overlap)] = Field(
        default_factory=list,
        examples=[[{"day": "monday", "from": "09:00", "to": "12:00"}]],
        description="Sprechzeiten: je Zeile ein Wochentag mit Uhrzeit von–bis. "
        "Leer = nicht bekannt.",
    )


CHANNELS: tuple[Channel, ...] = tuple(
    replace(mark, field=name)
    for name, info in Reachable.model_fields.items()
    for mark in info.metadata
    if isinstance(mark, Channel)
)


def present(record: BaseModel) -> list[tuple[Channel, str]]:
    """The channels `record` has a value for, with the value, in declared order (none for a
    record that is not `Reachable`)."""
    if not isinstance(record, Reachable):
        return []
    found = ((channel, getattr(record, channel.field)) for channel in CHANNELS)
    return [(channel, value) for channel, value in found if value]


def reaches_person(record: BaseModel) -> bool:
    """Whether `record` has a channel that reaches a person (a route may end here)."""
    return any(channel.reaches_person for channel, _ in present(record))


def reachable(record: BaseModel) -> bool:
    """Whether `record` has any channel (a vCard of it holds more than a name)."""
    return bool(present(record))
