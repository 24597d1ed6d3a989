"""The one schema of all data files. Every rule about what staff may write lives here.

Field names are English (they are shared with other Kreise and tools); every field carries a
German description for the editor tooltips and the editors' guide. Texts a reader sees in
their language are `Translated`: the data file holds the German source, the translations
live in gettext catalogs (lotsenportal.translations.catalogs); names, numbers and ids are
written once.

The modules, from the smallest piece up: `values` (text, ids, dates, phone, e-mail, web
address, icon), `stand` (how recent a fact is), `marks` (references to other files,
translatable texts), `parts` (the base model, addresses, office hours), `channels` (every way
to reach someone, declared once), `records` (the files staff write), `site` (site.yml,
federation.yml).
"""

from __future__ import annotations

from typing import get_args, get_type_hints

from pydantic import BaseModel

from .channels import CHANNELS, Channel, Reachable, present, reachable, reaches_person
from .marks import (
    PerLanguage,
    PerLanguageLine,
    References,
    Translated,
    TranslatedLine,
    TranslatedName,
    is_name,
    is_translatable,
)
from .parts import TIME, WEEKDAYS, Model, OfficeHours
from .records import Contact, Einsatzfeld, NewsItem, Organisation, Project, Town, TownList
from .site import Federation, FederationMember, IgnoredLink, Link, Publisher, Site
from .stand import Stand
from .values import (
    DATE_PATTERN,
    EMAIL_PATTERN,
    HTML,
    MATERIAL_ICONS,
    SLUG,
    Line,
    Text,
    Url,
    today,
)

__all__ = [
    "CHANNELS",
    "DATE_PATTERN",
    "EMAIL_PATTERN",
    "HTML",
    "MATERIAL_ICONS",
    "SLUG",
    "TIME",
    "TRANSLATED_FIELDS",
    "WEEKDAYS",
    "Channel",
    "Contact",
    "Einsatzfeld",
    "Federation",
    "FederationMember",
    "IgnoredLink",
    "Line",
    "Link",
    "Model",
    "NewsItem",
    "OfficeHours",
    "Organisation",
    "PerLanguage",
    "PerLanguageLine",
    "Project",
    "Publisher",
    "Reachable",
    "References",
    "Site",
    "Stand",
    "Text",
    "Town",
    "TownList",
    "Translated",
    "TranslatedLine",
    "TranslatedName",
    "Url",
    "is_name",
    "is_translatable",
    "present",
    "reachable",
    "reaches_person",
    "today",
]


def _translated_fields(*models: type[BaseModel]) -> frozenset[str]:
    names = set()
    kinds = (PerLanguage, PerLanguageLine)
    for model in models:
        for name, info in model.model_fields.items():
            hint = get_type_hints(model, include_extras=True)[name]
            if is_translatable(info) or hint in kinds or any(k in get_args(hint) for k in kinds):
                names.add(info.alias or name)
    return frozenset(names)


# Names of the texts readers see in their language, for messages that explain where
# translations go (data files: German only; federation.yml: one line per language).
TRANSLATED_FIELDS = _translated_fields(
    Organisation, Project, Contact, Einsatzfeld, NewsItem, Link, Site, OfficeHours, Federation
)
