"""Marks on fields that later steps read: `References` (an id naming a record of another file,
checked across files) and `Translatable` (a German text translated in the gettext catalogs, not
in the data file)."""

from __future__ import annotations

from typing import Annotated, Any, get_args

from pydantic import (
    AfterValidator,
)
from pydantic.json_schema import WithJsonSchema

from .values import LANG, LINE_SCHEMA, TEXT_SCHEMA, LangCode, Line, Slug, Text, reject


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
        reject("lp_no_german")
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
    (lotsenportal.translations.catalogs) rather than in the data file. `name`: a proper name
    (a town's). Its translation is the spelling in the reader's script and optional: without
    one, readers see the official name, which is not a gap (no fallback notice, not counted as
    missing)."""

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
    dict[LangCode, Text], AfterValidator(_needs_german), _per_language(TEXT_SCHEMA)
]
PerLanguageLine = Annotated[
    dict[LangCode, Line], AfterValidator(_needs_german), _per_language(LINE_SCHEMA)
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
