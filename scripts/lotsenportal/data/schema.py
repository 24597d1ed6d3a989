"""The one schema of all data files. Every rule about what staff may write lives here.

Field names are English (they are shared with other Kreise and tools); every field carries a
German description for the editor tooltips and the editors' guide. Texts a reader sees in
their language are `Translated`: the data file holds the German source, the translations
live in gettext catalogs (lotsenportal.translations.catalogs); names, numbers and ids are written
once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from importlib.resources import files
from typing import Annotated, Any, Literal, NoReturn, get_args, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    model_validator,
)
from pydantic.json_schema import WithJsonSchema
from pydantic_core import PydanticCustomError, core_schema

from . import formatting, iso639
from .messages import CATALOG
from .phones import PHONE_MAX_LENGTH, PHONE_PATTERN, phone_problem
from .safety import MAX_ID_LENGTH, RESERVED_IDS
from .urls import MAX_LENGTH as URL_MAX
from .urls import WEB_URL_PATTERN, web_url_problem

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$")
# A date as JJJJ-MM-TT with a month 01–12 and a day that month can have (29 February of a
# year that is not a leap year is left to the validator). Shared by validator and editors.
DATE_PATTERN = (
    r"^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))$"
)
_DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# An e-mail address as editors see it checked: name@host.domain without spaces, quotes,
# brackets or leading, trailing or double dots. email-validator then checks the rest.
_MAIL_ATOM = r'[^\s@"(),:;<>\[\]\\.]+'
EMAIL_PATTERN = rf"^{_MAIL_ATOM}(?:\.{_MAIL_ATOM})*@{_MAIL_ATOM}(?:\.{_MAIL_ATOM})+$"
EMAIL_MAX = 254
# What a browser reads as the start of a tag or an entity. Data text is shown as written, so
# such text is almost always pasted markup: refused, with a hint to the formatting we have.
HTML = re.compile(r"<[A-Za-z/!?]|&[#A-Za-z0-9]+;")
# Length limits: bounded work for any input, and no text a page cannot hold.
LINE_MAX = 300
TEXT_MAX = 10_000
# For editors: what a one-line text may not contain (line breaks, control and bidi-override
# characters, zero-width spaces); lotsenportal.data.formatting.invisible is the full rule.
_NO_INVISIBLE = (
    "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b\\u200e\\u200f"
    "\\u2028-\\u202e\\u2060-\\u2069\\ufeff]*$"
)
# Pictograms come from the icon sets bundled with Material, so nothing is fetched.
MATERIAL_ICONS = files("material") / "templates" / ".icons"
ICON = re.compile(r"^(material|fontawesome/solid|fontawesome/regular|octicons|simple)/[a-z0-9-]+$")


def _reject(key: str, **context: str) -> NoReturn:
    """Fail validation with catalogue message `key` (worded by
    lotsenportal.data.error_sentences)."""
    raise PydanticCustomError(key, CATALOG[key][0], context)


def _common(value: str, *, limit: int, line_breaks: bool) -> None:
    if not value.strip():
        _reject("lp_empty")
    if len(value) > limit:
        _reject("lp_too_long", limit=str(limit), length=str(len(value)))
    hidden = formatting.invisible(value, line_breaks=line_breaks)
    if hidden is not None:
        key = "lp_line_break" if hidden.char == "\n" else "lp_invisible"
        _reject(key, position=str(hidden.position), name=hidden.name, code=hidden.code)
    found = HTML.search(value)
    if found:
        _reject("lp_html", found=found.group(0))


def _line(value: str) -> str:
    """One line of plain text (names, titles): shown exactly as typed, no formatting."""
    _common(value, limit=LINE_MAX, line_breaks=False)
    return value


def _text(value: str) -> str:
    """A longer text with the formatting of lotsenportal.data.formatting: emphasis, lists, links
    to https://, mailto: and tel:."""
    _common(value, limit=TEXT_MAX, line_breaks=True)
    if "![" in value:
        _reject("lp_image")
    for target in formatting.link_targets(value):
        if target.startswith("mailto:"):
            _email(target.removeprefix("mailto:"))
        elif target.startswith("tel:"):
            _phone(target.removeprefix("tel:"))
        elif target.startswith("https://"):
            _url(target)
        else:
            _reject("lp_link", target=target)
    return value


def _slug(value: str) -> str:
    if len(value) > MAX_ID_LENGTH:  # before the pattern: a long value is named by its start
        _reject(
            "lp_slug_long",
            value=value[:MAX_ID_LENGTH],
            length=str(len(value)),
            limit=str(MAX_ID_LENGTH),
        )
    if not SLUG.match(value):
        _reject("lp_slug", value=value)
    return value


def _lang(value: str) -> str:
    if not LANG.match(value):
        _reject("lp_lang", value=value)
    return value


def _spoken(value: str) -> str:
    """A language a person speaks: an ISO 639-1 code of CLDR's list (lotsenportal.iso639)."""
    if not iso639.is_code(value):
        code = iso639.suggestion(value)
        if code is not None:
            _reject("lp_lang_suggest", value=value, code=code, name=iso639.german_name(code))
        _reject("lp_lang_unknown", value=value)
    return value


def _iso_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE_SHAPE.match(value):
        try:
            if re.match(DATE_PATTERN, value):
                return date.fromisoformat(value)
        except ValueError:
            pass
        _reject("lp_date_invalid", value=value)
    _reject("lp_date", value=str(value))


def today() -> date:
    """Today in Germany (the validator may run on a server in another time zone)."""
    try:
        return datetime.now(ZoneInfo("Europe/Berlin")).date()
    except ZoneInfoNotFoundError:  # pragma: no cover - a system without time zone data
        return date.today()


def _not_future(value: date) -> date:
    now = today()
    if value > now:
        _reject("lp_date_future", value=value.strftime("%d.%m.%Y"), today=now.strftime("%d.%m.%Y"))
    return value


def _reject_problem(problem: tuple[str, dict[str, str]] | None, value: str) -> None:
    """Fail with a rule module's finding (catalogue key and placeholders), if there is one."""
    if problem is not None:
        key, context = problem
        _reject(key, value=value, **context)


def _phone(value: str) -> str:
    _reject_problem(phone_problem(value), value)
    return value


def _email(value: str) -> str:
    if len(value) > EMAIL_MAX or not re.match(EMAIL_PATTERN, value):
        _reject("lp_email", value=value)
    try:
        validate_email(value, check_deliverability=False)  # syntax only: no DNS look-up
    except EmailNotValidError:
        _reject("lp_email", value=value)
    return value


def _url(value: str) -> str:
    _reject_problem(web_url_problem(value), value)
    if not re.match(WEB_URL_PATTERN, value):  # what editors are shown holds here too
        _reject("lp_url", value=value)
    return value


def _contact_uri(value: str) -> str:
    if value.startswith("mailto:"):
        return "mailto:" + _email(value.removeprefix("mailto:"))
    return _url(value)


def _icon(value: str) -> str:
    if not ICON.match(value) or not (MATERIAL_ICONS / f"{value}.svg").is_file():
        _reject("lp_icon", value=value)
    return value


# Each type validates with its own German message and tells editors the same rule through
# its JSON Schema (exported for VS Code by lotsenportal.render.editor_schemas): the same pattern
# constants, and a German `errorMessage` (shown by yaml-language-server instead of the generic
# one). What a JSON Schema cannot say (a future date, from < to, references to other files)
# only the validator checks; editor_schemas.VALIDATOR_ONLY lists it for the editors' guide.
_TEXT_SCHEMA: dict[str, Any] = {
    "type": "string",
    "minLength": 1,
    "maxLength": TEXT_MAX,
    "errorMessage": f"Text in Anführungszeichen, 1 bis {TEXT_MAX} Zeichen.",
}
_LINE_SCHEMA: dict[str, Any] = {
    "type": "string",
    "minLength": 1,
    "maxLength": LINE_MAX,
    "pattern": _NO_INVISIBLE,
    "errorMessage": f"Eine Zeile Text, 1 bis {LINE_MAX} Zeichen, ohne Zeilenumbruch und ohne "
    "unsichtbare Zeichen.",
}
Text = Annotated[StrictStr, AfterValidator(_text), WithJsonSchema(_TEXT_SCHEMA)]
Line = Annotated[StrictStr, AfterValidator(_line), WithJsonSchema(_LINE_SCHEMA)]
_SLUG_SCHEMA = {
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_ID_LENGTH,
    "pattern": SLUG.pattern,
    "errorMessage": f"Kennung: Kleinbuchstaben a–z, Ziffern und Bindestriche, höchstens "
    f"{MAX_ID_LENGTH} Zeichen, z. B. bad-homburg.",
}
Slug = Annotated[StrictStr, AfterValidator(_slug), WithJsonSchema(_SLUG_SCHEMA)]
# An id that names something of its own (a town; records are named by their file): it becomes
# a URL path segment or an anchor, so the names the site uses itself are taken. Validation
# also refuses the configured language codes (lotsenportal.data.dataset); editors see this list.
RecordId = Annotated[
    StrictStr,
    AfterValidator(_slug),
    WithJsonSchema(
        {
            **_SLUG_SCHEMA,
            "not": {"enum": sorted(RESERVED_IDS)},
            "errorMessage": f"Kennung: Kleinbuchstaben a–z, Ziffern und Bindestriche, höchstens "
            f"{MAX_ID_LENGTH} Zeichen, und kein Name, den die Website selbst verwendet "
            "(index, orte, kontakte, Sprachkürzel …).",
        }
    ),
]
LangCode = Annotated[
    StrictStr, AfterValidator(_lang), WithJsonSchema({"type": "string", "pattern": LANG.pattern})
]
# A language a contact person speaks: the editors get the validator's list as an enum.
SpokenLanguage = Annotated[
    StrictStr,
    AfterValidator(_spoken),
    WithJsonSchema(
        {
            "type": "string",
            "enum": iso639.codes(),
            "errorMessage": "Zweibuchstabiges Sprachkürzel nach ISO 639-1 in Kleinbuchstaben, "
            "z. B. de, en, ar, fa, uk (Ukrainisch, nicht ua), tr. Strg+Leertaste zeigt die Liste.",
        }
    ),
]
_DATE_SCHEMA: dict[str, Any] = {
    "type": "string",
    "format": "date",
    "pattern": DATE_PATTERN,
    "errorMessage": "Datum als JJJJ-MM-TT, z. B. 2026-01-15 – ein Tag, den es gibt.",
}
Day = Annotated[date, BeforeValidator(_iso_date), WithJsonSchema(_DATE_SCHEMA)]
# The day something was checked: not in the future (news items may announce one).
ReviewedDay = Annotated[
    date, BeforeValidator(_iso_date), AfterValidator(_not_future), WithJsonSchema(_DATE_SCHEMA)
]


@dataclass(frozen=True, order=True)
class Stand:
    """When facts were last confirmed, as precisely as their source says: a day
    (2018-07-12), a month (2020-03, a notice of March 2020) or a year (2025). No day is
    invented for a source that names only a month."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> date:
        """The latest day it can mean: the age of a month-only date is counted from its end."""
        if self.day is not None:
            return self.first_day
        if self.month is None:
            return date(self.year, 12, 31)
        after = date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return date.fromordinal(after.toordinal() - 1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return self.first_day.isoformat()

    @classmethod
    def parse(cls, value: Any) -> Stand:
        if isinstance(value, Stand):
            return value
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # a year alone: YAML reads 2025 as a number
        if isinstance(value, str) and _STAND_SHAPE.match(value):
            if re.match(DATE_PATTERN, value):
                day = date.fromisoformat(value)
                return cls(day.year, day.month, day.day)
            if re.match(MONTH_PATTERN, value):
                return cls(int(value[:4]), int(value[5:7]))
            if re.match(YEAR_PATTERN, value):
                return cls(int(value))
            _reject("lp_date_invalid", value=value)
        _reject("lp_stand", value=str(value))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return core_schema.no_info_plain_validator_function(
            cls.parse, serialization=core_schema.to_string_ser_schema()
        )


def _stand_not_future(value: Stand) -> Stand:
    now = today()
    if value.first_day > now:
        _reject("lp_date_future", value=str(value), today=now.strftime("%d.%m.%Y"))
    return value


# A month (JJJJ-MM) or a year (JJJJ), besides a day: for sources that name no day.
MONTH_PATTERN = r"^[0-9]{4}-(?:0[1-9]|1[0-2])$"
YEAR_PATTERN = r"^[0-9]{4}$"
_STAND_SHAPE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
ReviewedStand = Annotated[
    Stand,
    AfterValidator(_stand_not_future),
    WithJsonSchema(
        {
            # A year alone is a number to YAML (and to editors): reviewed: 2025.
            "anyOf": [
                {"type": "string", "pattern": DATE_PATTERN},
                {"type": "string", "pattern": MONTH_PATTERN},
                {"type": "string", "pattern": YEAR_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
            "errorMessage": "Datum als JJJJ-MM-TT, z. B. 2026-01-15; nennt die Quelle nur Monat "
            "oder Jahr: JJJJ-MM (2020-03) oder JJJJ (2025). Nicht in der Zukunft.",
        }
    ),
]
Phone = Annotated[
    StrictStr,
    AfterValidator(_phone),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": PHONE_PATTERN,
            "maxLength": PHONE_MAX_LENGTH,
            "errorMessage": "Eine Telefonnummer mit Vorwahl, nur Ziffern, Leerzeichen und "
            '/ - . ( ) +, in Anführungszeichen, z. B. "06172 999-0" oder "+49 6172 999-0"; '
            'Durchwahl mit Bindestrich: "06172 999-12". Keine Buchstaben, keine zweite Nummer.',
        }
    ),
]
Email = Annotated[
    StrictStr,
    AfterValidator(_email),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": EMAIL_PATTERN,
            "maxLength": EMAIL_MAX,
            "errorMessage": "Eine E-Mail-Adresse der Form name@beispiel.de, ohne Leerzeichen "
            "und ohne Namen oder Zusätze.",
        }
    ),
]
Url = Annotated[
    StrictStr,
    AfterValidator(_url),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": WEB_URL_PATTERN,
            "maxLength": URL_MAX,
            "errorMessage": "Eine Web-Adresse, die mit https:// beginnt, ohne Leerzeichen, "
            "z. B. https://www.beispiel.de/seite – am besten aus der Adresszeile kopiert.",
        }
    ),
]
Icon = Annotated[
    StrictStr,
    AfterValidator(_icon),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": ICON.pattern,
            "errorMessage": "Ein Symbol aus Material, z. B. material/stethoscope.",
        }
    ),
]


class References:
    """Marks an id that names a record of another file (`folder`: a folder of the data folder,
    or orte.yml for towns). The validator checks it across files (lotsenportal.data.dataset);
    editors get the ids that exist as an enum (lotsenportal.render.editor_schemas)."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def __repr__(self) -> str:
        return f"References({self.folder!r})"


OrganisationId = Annotated[Slug, References("organisationen")]
ContactId = Annotated[Slug, References("kontakte")]
EinsatzfeldId = Annotated[Slug, References("einsatzfelder")]
TownId = Annotated[Slug, References("orte.yml")]


def _needs_german(value: dict[str, str]) -> dict[str, str]:
    if "de" not in value:
        _reject("lp_no_german")
    return value


def _per_language(text_schema: dict[str, Any]) -> WithJsonSchema:
    return WithJsonSchema(
        {
            "type": "object",
            "required": ["de"],
            "propertyNames": {"pattern": LANG.pattern},
            "additionalProperties": text_schema,
        }
    )


class Translatable:
    """Marks a German text that is translated in the gettext catalogs
    (lotsenportal.translations.catalogs)
    rather than in the data file. `name`: a proper name (a town's). Its translation is the
    spelling in the reader's script and optional: without one, readers see the official name,
    which is not a gap (no fallback notice, not counted as missing)."""

    def __init__(self, *, name: bool = False) -> None:
        self.name = name

    def __repr__(self) -> str:
        return "Translatable(name=True)" if self.name else "Translatable()"


TRANSLATABLE = Translatable()
TRANSLATABLE_NAME = Translatable(name=True)

# A German text that readers see in their language: the data file holds the German source,
# the translations live in locale/<lang>/LC_MESSAGES/data.po of the data folder.
Translated = Annotated[Text, TRANSLATABLE]
TranslatedLine = Annotated[Line, TRANSLATABLE]
# An official name (German) that may be spelled in the reader's script in the catalogs.
TranslatedName = Annotated[Line, TRANSLATABLE_NAME]
# federation.yml keeps its few texts per language in the file itself.
PerLanguage = Annotated[
    dict[LangCode, Text], AfterValidator(_needs_german), _per_language(_TEXT_SCHEMA)
]
PerLanguageLine = Annotated[
    dict[LangCode, Line], AfterValidator(_needs_german), _per_language(_LINE_SCHEMA)
]


def _translatable_mark(info: Any) -> Translatable | None:
    marks = list(getattr(info, "metadata", ()))
    for arg in get_args(getattr(info, "annotation", None)):
        marks += getattr(arg, "__metadata__", ())
    return next((item for item in marks if isinstance(item, Translatable)), None)


def is_translatable(info: Any) -> bool:
    """Whether a model field (pydantic FieldInfo) holds a German text to translate (also an
    optional one: `Translated | None` keeps the mark inside the union)."""
    return _translatable_mark(info) is not None


def is_name(info: Any) -> bool:
    """Whether a translatable field is a proper name (`TranslatedName`): its translation is
    optional."""
    mark = _translatable_mark(info)
    return mark is not None and mark.name


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

_TRANSLATIONS: Any = Field(
    examples=[{"en": {"status": "draft"}}],
    default_factory=dict,
    description="Stand der Übersetzungen je Sprache, z. B. en: {status: draft}.",
)


_SOURCE_DESCRIPTION = (
    "Woher die Angaben stammen. Wird auf der Website und in den offenen Daten veröffentlicht; "
    "eine Einwilligung vermerken Sie in der internen Notiz."
)
_INTERNAL_DESCRIPTION = (
    "Interne Notiz, z. B. Einwilligung vom … – wird nie veröffentlicht. Achtung: Das "
    "Repository ist öffentlich; auch interne Notizen und nicht veröffentlichte Kontakte stehen "
    "in GitHub und seiner Versionsgeschichte."
)
_INTERNAL_EXAMPLE = "Einwilligung per E-Mail vom 12.01.2026 (Ablage Fachstelle)"
# `exclude=True`: no model_dump (open data, exports) can ever contain it.
_InternalNote = Annotated[Text | None, Field(exclude=True)]


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
        _reject("lp_time", value=value)
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


def _no_overlap(hours: list[OfficeHours]) -> list[OfficeHours]:
    for index, slot in enumerate(hours):
        for earlier, other in enumerate(hours[:index]):
            if other.day == slot.day and other.start < slot.end and slot.start < other.end:
                _reject("lp_hours_overlap", index=str(index + 1), other=str(earlier + 1))
    return hours


class Reachable(Model):
    """Ways to get in touch. All optional: unknown details stay empty."""

    phone: Phone | None = Field(
        default=None,
        description="Eine Telefonnummer mit Vorwahl, in Anführungszeichen; nur Ziffern, "
        "Leerzeichen und / - . ( ) +. Durchwahl mit Bindestrich anhängen (06172 999-12). Keine "
        "Buchstaben, keine Sondernummern (0900, 0137, 0180).",
        examples=["06172 999-0"],
    )
    email: Email | None = Field(
        examples=["integration@example.org"], default=None, description="E-Mail-Adresse."
    )
    website: Url | None = Field(
        examples=["https://example.org"],
        default=None,
        description="Webseite, beginnt mit https://.",
    )
    office_hours: Annotated[list[OfficeHours], AfterValidator(_no_overlap)] = Field(
        default_factory=list,
        examples=[[{"day": "monday", "from": "09:00", "to": "12:00"}]],
        description="Sprechzeiten: je Zeile ein Wochentag mit Uhrzeit von–bis. "
        "Leer = nicht bekannt.",
    )


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
        description=_SOURCE_DESCRIPTION,
    )
    internal_note: _InternalNote = Field(
        default=None, examples=[_INTERNAL_EXAMPLE], description=_INTERNAL_DESCRIPTION
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
        description=_SOURCE_DESCRIPTION,
    )
    internal_note: _InternalNote = Field(
        default=None, examples=[_INTERNAL_EXAMPLE], description=_INTERNAL_DESCRIPTION
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
        description=_SOURCE_DESCRIPTION,
    )
    internal_note: _InternalNote = Field(
        default=None, examples=[_INTERNAL_EXAMPLE], description=_INTERNAL_DESCRIPTION
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
        _reject("lp_postcode", value=value)
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
    security_contact: Annotated[StrictStr, AfterValidator(_contact_uri)] | None = Field(
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
    translations: Translations = _TRANSLATIONS


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
