"""Building blocks of the records: the base model, translation states, the source and internal-note
fields, postal addresses and office hours."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictStr,
    model_validator,
)
from pydantic.json_schema import WithJsonSchema
from pydantic_core import PydanticCustomError

from ..messages import CATALOG
from .marks import TranslatedLine
from .values import LangCode, Line, Text, reject


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TranslationState(Model):
    """How far a translation of this record's texts can be trusted."""

    status: Literal["draft", "reviewed"] = Field(
        description="draft = Entwurf, noch nicht von einer Muttersprachlerin geprüft; "
        "reviewed = geprüft.",
        examples=["draft"],
    )
    fingerprint: StrictStr | None = Field(
        examples=["3fa2c1d0"],
        default=None,
        description="Fingerabdruck des deutschen Textes, aus dem übersetzt wurde (wird vom "
        "Werkzeug eingetragen). Passt er nicht mehr, gilt die Übersetzung als veraltet.",
    )


Translations = dict[LangCode, TranslationState]

TRANSLATIONS_FIELD: Any = Field(
    examples=[{"en": {"status": "draft"}}],
    default_factory=dict,
    description="Stand der Übersetzungen je Sprache, z. B. en: {status: draft}.",
)


SOURCE_DESCRIPTION = (
    "Woher die Angaben stammen. Wird auf der Website und in den offenen Daten veröffentlicht; "
    "eine Einwilligung vermerken Sie in der internen Notiz."
)
INTERNAL_DESCRIPTION = (
    "Interne Notiz, z. B. Einwilligung vom … – wird nie veröffentlicht. Achtung: Das "
    "Repository ist öffentlich; auch interne Notizen und nicht veröffentlichte Kontakte stehen "
    "in GitHub und seiner Versionsgeschichte."
)
INTERNAL_EXAMPLE = "Einwilligung per E-Mail vom 12.01.2026 (Ablage Fachstelle)"
# `exclude=True`: no model_dump (open data, exports) can ever contain it.
InternalNote = Annotated[Text | None, Field(exclude=True)]


class Address(Model):
    street: Line | None = Field(
        examples=["Musterstraße 1"], default=None, description="Straße und Hausnummer."
    )
    postcode: Line | None = Field(
        default=None, description="Postleitzahl, in Anführungszeichen.", examples=["61352"]
    )
    town: Line = Field(description="Ort.", examples=["Bad Homburg v. d. Höhe"])


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


def _time(value: str) -> str:
    if not TIME.match(value):
        reject("lp_time", value=value)
    return value


Time = Annotated[
    StrictStr,
    AfterValidator(_time),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": TIME.pattern,
            "errorMessage": 'Uhrzeit als HH:MM in Anführungszeichen, z. B. "09:00" oder '
            '"14:30" (00:00 bis 23:59).',
        }
    ),
]


class OfficeHours(Model):
    """One weekday's opening time."""

    day: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] = (
        Field(description="Wochentag (englisch): monday … sunday.", examples=["monday"])
    )
    start: Time = Field(alias="from", description="Beginn, HH:MM.", examples=["09:00"])
    end: Time = Field(alias="to", description="Ende, HH:MM.", examples=["12:00"])
    note: TranslatedLine | None = Field(
        default=None,
        description="Hinweis, z. B. „nur nach Terminvereinbarung“.",
        examples=["nur nach Terminvereinbarung"],
    )

    @model_validator(mode="after")
    def _starts_before_it_ends(self) -> OfficeHours:
        if self.start >= self.end:
            raise PydanticCustomError(
                "lp_hours_order",
                CATALOG["lp_hours_order"][0],
                {"start": self.start, "end": self.end},
            )
        return self


def no_overlap(hours: list[OfficeHours]) -> list[OfficeHours]:
    for index, slot in enumerate(hours):
        for earlier, other in enumerate(hours[:index]):
            if other.day == slot.day and other.start < slot.end and slot.start < other.end:
                reject("lp_hours_overlap", index=str(index + 1), other=str(earlier + 1))
    return hours
