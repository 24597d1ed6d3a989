"""Records as one reader sees them: every translatable text already in the reader's language.

Templates never pick a language themselves. They get `Localized` views whose translatable
fields are `LocalText`: the reader's translation, or the German source marked as such so the
page can wrap it in `lang="de" dir="ltr"`. Each view reports what it used to a `Provenance`,
which decides whether the page carries the "draft" or "outdated translation" notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..data.languages import SOURCE
from ..data.schema import is_name, is_translatable
from .catalogs import LanguageCatalog
from .translation import Status


class LocalText(str):
    """A text in `lang`; `fallback` means the reader's language was missing."""

    lang: str
    fallback: bool

    def __new__(cls, text: str, lang: str, fallback: bool) -> LocalText:
        self = super().__new__(cls, text)
        self.lang = lang
        self.fallback = fallback
        return self


@dataclass
class Provenance:
    """What one page's translated texts were made of."""

    reader: str
    fallback: bool = False
    draft: bool = False
    outdated: bool = False

    @property
    def status(self) -> str | None:
        """None for source-language pages; else the least trustworthy part of the page."""
        if self.reader == SOURCE:
            return None
        if self.outdated:
            return Status.OUTDATED.value
        return Status.DRAFT.value if (self.draft or self.fallback) else Status.REVIEWED.value

    def merge(self, status: str | None) -> None:
        if status == Status.OUTDATED:
            self.outdated = True
        elif status != Status.REVIEWED:
            self.draft = True


class UnknownField(Exception):
    """A template asked a view for a field its kind of record does not have. Not an
    AttributeError on purpose: Jinja would turn that into an undefined value, and `is defined`
    probes would hide a template written for another kind. A template that serves several
    kinds uses what all of them have (`channels_of(record)` for the ways to reach someone)."""

    def __init__(self, kind: str, name: str, fields: list[str]) -> None:
        super().__init__(f"{kind} has no field {name!r} (its fields: {', '.join(fields)})")


@dataclass
class Localized:
    """Read-only view of a model (or nested model) for one reader language: exactly the
    fields of its kind (anything else is `UnknownField`), plus `id`.

    A translatable field (lotsenportal.data.schema.Translated) is looked up in the reader's catalog
    under `<key>#<field path>`; its state goes to the page's provenance. `catalog` is None
    for German readers.
    """

    model: BaseModel
    reader: str
    provenance: Provenance
    catalog: LanguageCatalog | None = None
    # The record's context prefix (lotsenportal.translations.catalogs.record_key).
    key: str | None = None
    path: str = ""
    id: str | None = None

    def __getattr__(self, name: str) -> Any:
        kind = type(self.model)
        fields = kind.model_fields
        info = fields.get(name)
        if info is None and not hasattr(kind, name):
            if name.startswith("_"):  # Python's and the libraries' probes (__html__ …)
                raise AttributeError(name)
            raise UnknownField(kind.__name__, name, sorted(fields))
        value = getattr(self.model, name)
        here = (
            f"{self.path}.{(info.alias if info else None) or name}"
            if self.path
            else ((info.alias if info else None) or name)
        )
        if isinstance(value, str) and info is not None and is_translatable(info):
            return self._text(value, here, name=is_name(info))
        return self._wrap(value, here)

    def _wrap(self, value: Any, here: str) -> Any:
        if isinstance(value, BaseModel):
            return self._nested(value, here)
        if isinstance(value, list):
            return [
                self._nested(item, f"{here}[{index + 1}]") if isinstance(item, BaseModel) else item
                for index, item in enumerate(value)
            ]
        return value

    def _nested(self, model: BaseModel, here: str) -> Localized:
        return Localized(model, self.reader, self.provenance, self.catalog, self.key, here)

    def _text(self, german: str, field_path: str, *, name: bool = False) -> LocalText:
        # A proper name without a spelling in the reader's script is the official name, shown
        # marked as German (lang="de") but no gap: the page is not a fallback for it.
        if self.reader == SOURCE or self.catalog is None or self.key is None:
            if self.reader != SOURCE:
                self.provenance.fallback = self.provenance.fallback or not name
                return LocalText(german, SOURCE, True)
            return LocalText(german, SOURCE, False)
        found = self.catalog.lookup(f"{self.key}#{field_path}", german)
        if found.text is None:
            self.provenance.fallback = self.provenance.fallback or not name
            return LocalText(german, SOURCE, True)
        self.provenance.merge(found.status)
        return LocalText(found.text, self.reader, False)
