"""The records staff write, one file each: organisations, projects, contact people, Einsatzfelder,
towns (orte.yml) and news."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
)
from pydantic.json_schema import WithJsonSchema

from .channels import Reachable
from .marks import (
    ContactId,
    EinsatzfeldId,
    OrganisationId,
    TownId,
    Translated,
    TranslatedLine,
    TranslatedName,
)
from .parts import (
    INTERNAL_DESCRIPTION,
    INTERNAL_EXAMPLE,
    SOURCE_DESCRIPTION,
    Address,
    InternalNote,
    Model,
)
from .stand import ReviewedStand
from .values import Day, Icon, Line, RecordId, ReviewedDay, SpokenLanguage, Url, reject


class OrganisationChange(Model):
    """A renaming or merger of an organisation (issue 13: stale facts are visible)."""

    date: Day = Field(description="Seit wann (JJJJ-MM-TT).", examples=["2025-01-01"])
    note: Line = Field(
        description="Was sich geändert hat, z. B. „Umbenannt, vorher: Amt für Integration“ oder "
        "„Zusammengelegt mit dem Beispielverein e. V.“.",
        examples=["Umbenannt, vorher: Amt für Integration"],
    )


class Organisation(Reachable):
    """An authority, carrier or network (file: organisationen/<kennung>.yml)."""

    name: Line = Field(
        description="Offizieller Name.", examples=["Caritasverband für den Bezirk Hochtaunus e. V."]
    )
    short_name: Line | None = Field(
        default=None, description="Kurzname für Listen.", examples=["Caritas Hochtaunus"]
    )
    kind: Literal["authority", "carrier", "network", "ministry"] = Field(
        examples=["carrier"],
        description="Art: authority = Behörde, carrier = Träger eines Lotsenprojekts, "
        "network = Netzwerk/Servicestelle, ministry = Ministerium.",
    )
    description: Translated | None = Field(
        examples=["Der Verein schult und begleitet Lotsinnen und Lotsen."],
        default=None,
        description="Ein bis zwei Sätze: was die Stelle tut.",
    )
    address: Address | None = Field(
        examples=[{"street": "Musterstraße 1", "postcode": "12345", "town": "Musterstadt"}],
        default=None,
        description="Anschrift, falls bekannt.",
    )
    changes: list[OrganisationChange] = Field(
        default_factory=list,
        examples=[[{"date": "2025-01-01", "note": "Umbenannt, vorher: Amt für Integration"}]],
        description="Umbenennungen und Zusammenlegungen, je mit Datum und Notiz. `make report` "
        "listet sie, damit Sie die Projekte und Kontakte dieser Organisation prüfen.",
    )
    reviewed: ReviewedStand | None = Field(
        default=None,
        examples=["2025-11-24", "2020-03"],
        description="Stand der Angaben: wann zuletzt geprüft, sonst das Datum der Quelle "
        "(JJJJ-MM-TT). Nennt die Quelle nur Monat oder Jahr, schreiben Sie nur diese (2020-03 "
        "oder 2025) – erfinden Sie keinen Tag. Die Website zeigt es als „Stand: März 2020“.",
    )
    source: Line | None = Field(
        examples=["Pressemitteilung des Hochtaunuskreises vom 12.07.2018"],
        default=None,
        description=SOURCE_DESCRIPTION,
    )
    internal_note: InternalNote = Field(
        default=None, examples=[INTERNAL_EXAMPLE], description=INTERNAL_DESCRIPTION
    )


class Project(Reachable):
    """A Lotsen project (file: projekte/<kennung>.yml)."""

    title: TranslatedLine = Field(
        examples=["Integrationslotsen des Beispielvereins"],
        description="Name des Projekts.",
    )
    organisation: OrganisationId = Field(
        examples=["caritas-hochtaunus"],
        description="Kennung des Trägers (Datei in organisationen/).",
    )
    summary: Translated = Field(
        examples=["Der Verein schult ehrenamtliche Lotsinnen und Lotsen."],
        description="Zwei bis drei Sätze: was das Projekt anbietet.",
    )
    how_to_request: Translated | None = Field(
        examples=["Rufen Sie uns an oder fragen Sie Ihre Sozialarbeiterin."],
        default=None,
        description="Wie man eine Lotsin oder einen Lotsen anfragt.",
    )
    einsatzfelder: list[EinsatzfeldId] = Field(
        examples=[["gesundheit", "behoerden"]],
        default_factory=list,
        description="Kennungen der Einsatzfelder (Dateien in einsatzfelder/). "
        "Leer = noch nicht erfasst.",
    )
    towns: list[TownId] = Field(
        examples=[["usingen", "neu-anspach"]],
        default_factory=list,
        description="Kennungen der Orte, die das Projekt betreut (aus orte.yml). "
        "Leer = noch nicht erfasst.",
    )
    contacts: list[ContactId] = Field(
        examples=[["erika-beispiel"]],
        default_factory=list,
        description="Kennungen der Ansprechpersonen (Dateien in kontakte/).",
    )
    reviewed: ReviewedDay = Field(
        description="Wann zuletzt geprüft (JJJJ-MM-TT, nicht in der Zukunft).",
        examples=["2025-11-24"],
    )
    source: Line | None = Field(
        examples=["Pressemitteilung des Hochtaunuskreises vom 12.07.2018"],
        default=None,
        description=SOURCE_DESCRIPTION,
    )
    internal_note: InternalNote = Field(
        default=None, examples=[INTERNAL_EXAMPLE], description=INTERNAL_DESCRIPTION
    )


class Contact(Reachable):
    """A contact person (file: kontakte/<kennung>.yml)."""

    name: Line = Field(description="Vor- und Nachname.", examples=["Erika Beispiel"])
    organisation: OrganisationId = Field(
        examples=["caritas-hochtaunus"],
        description="Kennung der Organisation (Datei in organisationen/).",
    )
    role: TranslatedLine = Field(
        examples=["Koordinatorin"],
        description="Aufgabe oder Funktion.",
    )
    languages: list[SpokenLanguage] = Field(
        default_factory=list,
        description="Sprachen, die die Person spricht (zweibuchstabige ISO-639-1-Kürzel wie "
        "de, ar, uk).",
        examples=[["de", "ar"]],
    )
    published: StrictBool = Field(
        examples=[True],
        default=False,
        description="true = darf öffentlich erscheinen (nur mit dokumentierter Einwilligung). "
        "Standard: false.",
    )
    reviewed: ReviewedDay = Field(
        examples=["2025-11-24"],
        description="Wann zuletzt geprüft (JJJJ-MM-TT, nicht in der Zukunft).",
    )
    source: Line | None = Field(
        examples=["Pressemitteilung des Hochtaunuskreises vom 12.07.2018"],
        default=None,
        description=SOURCE_DESCRIPTION,
    )
    internal_note: InternalNote = Field(
        default=None, examples=[INTERNAL_EXAMPLE], description=INTERNAL_DESCRIPTION
    )


class Einsatzfeld(Model):
    """A field of work of Lotsen (file: einsatzfelder/<kennung>.yml)."""

    title: TranslatedLine = Field(
        examples=["Arztbesuche"], description="Kurzer Name, z. B. „Arztbesuche“."
    )
    summary: Translated = Field(
        examples=["Begleitung zum Arzt."], description="Ein Satz für Übersichten."
    )
    description: Translated = Field(
        examples=["Eine Lotsin geht mit Ihnen zum Arzttermin."],
        description="Was Lotsen hier tun (kurze Absätze, einfache Sprache).",
    )
    icon: Icon = Field(
        examples=["material/stethoscope"],
        description="Piktogramm aus Material, z. B. material/stethoscope.",
    )
    order: StrictInt = Field(
        examples=[10], default=100, description="Reihenfolge in Listen (kleiner = weiter vorn)."
    )


POSTCODE = re.compile(r"^[0-9]{5}$")


def _postcode(value: str) -> str:
    if not POSTCODE.match(value):
        reject("lp_postcode", value=value)
    return value


Postcode = Annotated[
    StrictStr,
    AfterValidator(_postcode),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": POSTCODE.pattern,
            "errorMessage": 'Postleitzahl aus fünf Ziffern, in Anführungszeichen, z. B. "61250".',
        }
    ),
]


class Town(Model):
    """A town or municipality of the Kreis (list in orte.yml)."""

    id: RecordId = Field(
        examples=["bad-homburg"],
        description="Kennung, z. B. bad-homburg: höchstens 60 Zeichen, keine reservierten Namen "
        "wie index, orte oder Sprachkürzel.",
    )
    name: TranslatedName = Field(
        description="Amtlicher Name, wie er auf Ortsschildern und Briefen steht. Die Schreibung "
        "in anderen Schriften (z. B. Arabisch) steht in den Übersetzungskatalogen; die Website "
        "zeigt den amtlichen Namen immer daneben.",
        examples=["Bad Homburg v. d. Höhe"],
    )
    kind: Literal["Stadt", "Gemeinde"] = Field(
        examples=["Stadt"], description="Stadt oder Gemeinde."
    )
    postcodes: list[Postcode] = Field(
        default_factory=list,
        examples=[["61348", "61350", "61352"]],
        description='Postleitzahlen des Ortes, je in Anführungszeichen, z. B. ["61250"]. Die '
        "Ortssuche findet den Ort auch über sie. Leer = nicht erfasst.",
    )
    website: Url | None = Field(
        default=None,
        examples=["https://usingen.de"],
        description="Offizielle Website der Stadt oder Gemeinde, beginnt mit https://.",
    )


class TownList(Model):
    towns: list[Town] = Field(
        examples=[[{"id": "usingen", "name": "Usingen", "kind": "Stadt"}]],
        description="Alle Städte und Gemeinden des Kreises.",
    )
    source: Line | None = Field(
        default=None,
        examples=["Lexikoneinträge zu den Orten (Postleitzahlen und offizielle Websites)"],
        description="Woher die Angaben zu den Orten stammen (Postleitzahlen, Websites). Wird "
        "auf den Ortsseiten veröffentlicht.",
    )
    reviewed: ReviewedDay | None = Field(
        default=None,
        examples=["2026-11-30"],
        description="Wann die Liste zuletzt geprüft wurde (JJJJ-MM-TT, nicht in der Zukunft); "
        "die Ortsseiten zeigen es als „Stand“.",
    )


class NewsItem(Model):
    """A news item (file: aktuelles/<kennung>.yml)."""

    date: Day = Field(examples=["2025-11-24"], description="Datum der Meldung (JJJJ-MM-TT).")
    title: TranslatedLine = Field(
        examples=["Neue Lotsinnen ausgebildet"], description="Überschrift."
    )
    summary: Translated = Field(
        examples=["Zwölf Ehrenamtliche haben ihre Schulung abgeschlossen."],
        description="Ein bis zwei Sätze für die Liste.",
    )
    body: Translated = Field(
        examples=["Zwölf Ehrenamtliche haben ihre Schulung abgeschlossen."],
        description="Text der Meldung (Absätze durch Leerzeile getrennt).",
    )
    source: Line | None = Field(
        examples=["Pressemitteilung des Hochtaunuskreises vom 12.07.2018"],
        default=None,
        description="Quelle, z. B. Pressemitteilung (wird mit der Meldung veröffentlicht).",
    )
