"""The value types of data files, each with its own German message and the same rule for editors as
a JSON Schema: one line and longer text, ids, language codes, dates, phone numbers, e-mail and
web addresses, icons."""

from __future__ import annotations

import re
from datetime import date, datetime
from importlib.resources import files
from typing import Annotated, Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email
from pydantic import (
    AfterValidator,
    BeforeValidator,
    StrictStr,
)
from pydantic.json_schema import WithJsonSchema
from pydantic_core import PydanticCustomError

from .. import formatting, iso639
from ..messages import CATALOG
from ..phones import PHONE_MAX_LENGTH, PHONE_PATTERN, phone_problem
from ..safety import MAX_ID_LENGTH, RESERVED_IDS
from ..urls import MAX_LENGTH as URL_MAX
from ..urls import WEB_URL_PATTERN, web_url_problem

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


def reject(key: str, **context: str) -> NoReturn:
    """Fail validation with catalogue message `key` (lotsenportal.data.error_sentences words
    it)."""
    raise PydanticCustomError(key, CATALOG[key][0], context)


def _common(value: str, *, limit: int, line_breaks: bool) -> None:
    if not value.strip():
        reject("lp_empty")
    if len(value) > limit:
        reject("lp_too_long", limit=str(limit), length=str(len(value)))
    hidden = formatting.invisible(value, line_breaks=line_breaks)
    if hidden is not None:
        key = "lp_line_break" if hidden.char == "\n" else "lp_invisible"
        reject(key, position=str(hidden.position), name=hidden.name, code=hidden.code)
    found = HTML.search(value)
    if found:
        reject("lp_html", found=found.group(0))


def one_line(value: str) -> str:
    """One line of plain text (names, titles): shown exactly as typed, no formatting."""
    _common(value, limit=LINE_MAX, line_breaks=False)
    return value


def _text(value: str) -> str:
    """A longer text with the formatting of lotsenportal.data.formatting: emphasis, lists, links
    to https://, mailto: and tel:."""
    _common(value, limit=TEXT_MAX, line_breaks=True)
    if "![" in value:
        reject("lp_image")
    for target in formatting.link_targets(value):
        if target.startswith("mailto:"):
            _email(target.removeprefix("mailto:"))
        elif target.startswith("tel:"):
            _phone(target.removeprefix("tel:"))
        elif target.startswith("https://"):
            _url(target)
        else:
            reject("lp_link", target=target)
    return value


def _slug(value: str) -> str:
    if len(value) > MAX_ID_LENGTH:  # before the pattern: a long value is named by its start
        reject(
            "lp_slug_long",
            value=value[:MAX_ID_LENGTH],
            length=str(len(value)),
            limit=str(MAX_ID_LENGTH),
        )
    if not SLUG.match(value):
        reject("lp_slug", value=value)
    return value


def _lang(value: str) -> str:
    if not LANG.match(value):
        reject("lp_lang", value=value)
    return value


def _spoken(value: str) -> str:
    """A language a person speaks: an ISO 639-1 code of CLDR's list (lotsenportal.data.iso639)."""
    if not iso639.is_code(value):
        code = iso639.suggestion(value)
        if code is not None:
            reject("lp_lang_suggest", value=value, code=code, name=iso639.german_name(code))
        reject("lp_lang_unknown", value=value)
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
        reject("lp_date_invalid", value=value)
    reject("lp_date", value=str(value))


def today() -> date:
    """Today in Germany (the validator may run on a server in another time zone)."""
    try:
        return datetime.now(ZoneInfo("Europe/Berlin")).date()
    except ZoneInfoNotFoundError:  # pragma: no cover - a system without time zone data
        return date.today()


def _not_future(value: date) -> date:
    now = today()
    if value > now:
        reject("lp_date_future", value=value.strftime("%d.%m.%Y"), today=now.strftime("%d.%m.%Y"))
    return value


def _reject_problem(problem: tuple[str, dict[str, str]] | None, value: str) -> None:
    """Fail with a rule module's finding (catalogue key and placeholders), if there is one."""
    if problem is not None:
        key, context = problem
        reject(key, value=value, **context)


def _phone(value: str) -> str:
    _reject_problem(phone_problem(value), value)
    return value


def _email(value: str) -> str:
    if len(value) > EMAIL_MAX or not re.match(EMAIL_PATTERN, value):
        reject("lp_email", value=value)
    try:
        validate_email(value, check_deliverability=False)  # syntax only: no DNS look-up
    except EmailNotValidError:
        reject("lp_email", value=value)
    return value


def _url(value: str) -> str:
    _reject_problem(web_url_problem(value), value)
    if not re.match(WEB_URL_PATTERN, value):  # what editors are shown holds here too
        reject("lp_url", value=value)
    return value


def contact_uri(value: str) -> str:
    if value.startswith("mailto:"):
        return "mailto:" + _email(value.removeprefix("mailto:"))
    return _url(value)


def _icon(value: str) -> str:
    if not ICON.match(value) or not (MATERIAL_ICONS / f"{value}.svg").is_file():
        reject("lp_icon", value=value)
    return value


# Each type validates with its own German message and tells editors the same rule through
# its JSON Schema (exported for VS Code by lotsenportal.render.editor_schemas): the same pattern
# constants, and a German `errorMessage` (shown by yaml-language-server instead of the generic
# one). What a JSON Schema cannot say (a future date, from < to, references to other files)
# only the validator checks; editor_schemas.VALIDATOR_ONLY lists it for the editors' guide.
TEXT_SCHEMA: dict[str, Any] = {
    "type": "string",
    "minLength": 1,
    "maxLength": TEXT_MAX,
    "errorMessage": f"Text in Anführungszeichen, 1 bis {TEXT_MAX} Zeichen.",
}
LINE_SCHEMA: dict[str, Any] = {
    "type": "string",
    "minLength": 1,
    "maxLength": LINE_MAX,
    "pattern": _NO_INVISIBLE,
    "errorMessage": f"Eine Zeile Text, 1 bis {LINE_MAX} Zeichen, ohne Zeilenumbruch und ohne "
    "unsichtbare Zeichen.",
}
Text = Annotated[StrictStr, AfterValidator(_text), WithJsonSchema(TEXT_SCHEMA)]
Line = Annotated[StrictStr, AfterValidator(one_line), WithJsonSchema(LINE_SCHEMA)]
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
