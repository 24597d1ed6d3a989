"""The site and its publisher (site.yml), and several Kreise on one website (federation.yml)."""

from __future__ import annotations

from typing import Annotated

from pydantic import (
    AfterValidator,
    Field,
    StrictInt,
    StrictStr,
)

from .marks import OrganisationId, PerLanguage, PerLanguageLine, Translated, TranslatedLine
from .parts import TRANSLATIONS_FIELD, Address, Model, Translations
from .values import Day, Email, Line, Phone, Slug, Url, contact_uri


class Link(Model):
    title: TranslatedLine = Field(examples=["Integreat-App"], description="Linktext.")
    url: Url = Field(
        examples=["https://integreat.app/hochtaunuskreis"],
        description="Adresse, beginnt mit https://.",
    )
    description: Translated | None = Field(
        examples=["Allgemeine Informationen für Zugewanderte."],
        default=None,
        description="Ein Satz dazu.",
    )


class IgnoredLink(Model):
    # A web address with a host: an empty or host-less prefix would match every link and
    # silently switch the external link check off.
    url: Url = Field(
        description="Adresse (oder ihr Anfang, mit https:// und Rechnername), die die Prüfung "
        "externer Links auslässt.",
        examples=["https://example.org/nur-im-intranet/"],
    )
    reason: Line = Field(
        description="Warum – damit die Ausnahme später überprüft werden kann.",
        examples=["Server lehnt automatische Anfragen ab; von Hand geprüft am 2026-11-24."],
    )


class Publisher(Model):
    """Who publishes the site: the facts the legal pages need (§ 5 DDG, § 18 MStV, Art. 13
    DSGVO, accessibility statement). Unknown facts stay empty: the pages then say, visibly,
    that the publisher still has to add them, and validation warns."""

    name: Line | None = Field(
        default=None,
        examples=["Kreisausschuss des Beispielkreises"],
        description="Herausgeber (Behörde oder Träger), wie im Impressum.",
    )
    address: Address | None = Field(
        default=None,
        examples=[{"street": "Musterstraße 1", "postcode": "12345", "town": "Musterstadt"}],
        description="Ladungsfähige Anschrift.",
    )
    represented_by: Line | None = Field(
        default=None, examples=["Landrätin/Landrat …"], description="Vertretungsberechtigte Person."
    )
    email: Email | None = Field(
        default=None, examples=["integration@example.org"], description="E-Mail für das Impressum."
    )
    phone: Phone | None = Field(default=None, examples=["06172 999-0"], description="Telefon.")
    responsible_for_content: Line | None = Field(
        default=None,
        examples=["Erika Beispiel, Anschrift wie oben"],
        description="Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV.",
    )
    data_protection_officer: Line | None = Field(
        default=None,
        examples=["Datenschutzbeauftragte, datenschutz@example.org"],
        description="Kontakt der/des Datenschutzbeauftragten.",
    )
    hosting: Line | None = Field(
        default=None,
        examples=["GitHub Pages (GitHub Inc.); speichert IP-Adressen in Server-Protokollen"],
        description="Wer die Website ausliefert und was dabei protokolliert wird.",
    )
    accessibility_feedback: Line | None = Field(
        default=None,
        examples=["barrierefreiheit@example.org"],
        description="Kontakt für Rückmeldungen zur Barrierefreiheit.",
    )
    accessibility_enforcement: Line | None = Field(
        default=None,
        examples=["Name und Anschrift der Durchsetzungsstelle in Hessen"],
        description="Durchsetzungsverfahren: zuständige Stelle in Hessen.",
    )
    accessibility_reviewed: Day | None = Field(
        default=None,
        examples=["2026-11-24"],
        description="Datum der Erklärung zur Barrierefreiheit (älter als 365 Tage: Warnung).",
    )


class Site(Model):
    """Settings of one Kreis's site (file: site.yml)."""

    region: Line = Field(description="Name des Kreises.", examples=["Hochtaunuskreis"])
    url: Url | None = Field(
        default=None,
        examples=["https://lotsen.example.org/"],
        description="Öffentliche Adresse der Website, z. B. https://lotsen.example.org/ – steht "
        "in QR-Codes der Flyer, im Feed und in der Sitemap.",
    )
    title: TranslatedLine = Field(
        examples=["Integrationslotsen im Hochtaunuskreis"], description="Titel der Website."
    )
    intro: Translated = Field(
        examples=["Ehrenamtliche begleiten neu Zugewanderte zu Ärzten und Ämtern."],
        description="Einleitung auf der Startseite.",
    )
    coordination: OrganisationId = Field(
        examples=["leitstelle-integration"],
        description="Kennung der koordinierenden Stelle (organisationen/), an die sich Menschen "
        "wenden, wenn für ihren Ort noch kein Projekt erfasst ist.",
    )
    enquiries: OrganisationId | None = Field(
        default=None,
        examples=["landratsamt-hochtaunuskreis"],
        description="Kennung der allgemeinen Auskunft des Kreises (organisationen/), z. B. der "
        "Bürgerinfoservice des Landratsamts: die letzte Stufe des Wegs zu einer Person (Projekt → "
        "Träger → koordinierende Stelle → allgemeine Auskunft). Diese Stelle – ohne diesen "
        "Eintrag die koordinierende Stelle – braucht Telefon oder E-Mail.",
    )
    links: list[Link] = Field(
        examples=[[{"title": "Integreat-App", "url": "https://integreat.app/hochtaunuskreis"}]],
        default_factory=list,
        description="Weiterführende Angebote.",
    )
    review_after_months: StrictInt = Field(
        examples=[12],
        default=12,
        ge=1,
        description="Nach wie vielen Monaten Angaben als veraltet gemeldet werden.",
    )
    publisher: Publisher = Field(
        default_factory=Publisher,
        examples=[{"name": "Kreisausschuss des Beispielkreises"}],
        description="Angaben für Impressum, Datenschutzerklärung und Erklärung zur "
        "Barrierefreiheit.",
    )
    security_contact: Annotated[StrictStr, AfterValidator(contact_uri)] | None = Field(
        default=None,
        examples=["mailto:security@example.org"],
        description="Kontakt für Sicherheitsmeldungen (mailto: oder https://) für "
        "/.well-known/security.txt. Leer = keine security.txt (Warnung).",
    )
    security_expires: Day | None = Field(
        default=None,
        examples=["2027-11-24"],
        description="Bis wann die Angaben in security.txt gelten (höchstens ein Jahr voraus).",
    )
    link_check_ignore: list[IgnoredLink] = Field(
        default_factory=list,
        examples=[[{"url": "https://example.org/", "reason": "lehnt Roboter ab"}]],
        description="Externe Links, die `make check-external` auslässt, jeweils mit Grund.",
    )
    required_translations: list[Slug] = Field(
        default_factory=list,
        examples=[["was-ist-ein-lotse", "grenzen"]],
        description="Seiten (Dateiname ohne .md), die es in jeder Sprache geben muss; fehlt eine, "
        "schlägt `make translations` fehl.",
    )


class FederationMember(Model):
    """One Kreis (or kreisfreie Stadt) of a federation: its own data folder, its own site."""

    id: Slug = Field(
        examples=["hochtaunuskreis"],
        description="Kurzname in der Adresse: die Website des Kreises liegt unter /<id>/.",
    )
    data: StrictStr = Field(
        min_length=1,
        examples=["data", "kreise/main-taunus-kreis"],
        description="Datenordner des Kreises (wie data/), relativ zu dieser Datei.",
    )


class Federation(Model):
    """Several Kreise on one website (file: federation.yml): a portal with every Kreis and
    every town, and each Kreis's own site under /<id>/."""

    title: PerLanguageLine = Field(
        examples=[{"de": "Integrationslotsen in Hessen"}], description="Titel des Portals."
    )
    intro: PerLanguage = Field(
        examples=[{"de": "Wählen Sie Ihren Kreis oder Ihren Wohnort."}],
        description="Einleitung auf der Startseite des Portals.",
    )
    kreise: list[FederationMember] = Field(
        min_length=1,
        examples=[[{"id": "hochtaunuskreis", "data": "data"}]],
        description="Die Kreise und kreisfreien Städte, in der Reihenfolge der Übersicht.",
    )
    publisher: Publisher = Field(
        default_factory=Publisher,
        examples=[{"name": "Beispielverbund der Lotsenprojekte e. V."}],
        description="Angaben für Impressum, Datenschutzerklärung und Erklärung zur "
        "Barrierefreiheit des Portals.",
    )
    translations: Translations = TRANSLATIONS_FIELD
