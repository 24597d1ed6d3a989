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

from .languages import SOURCE
from .translation import Status, is_text_map


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


@dataclass
class Localized:
    """Read-only view of a model (or nested model) for one reader language.

    `status` is the record's translation status in the reader's language (see
    lotsenportal.translation); nested views share their record's status.
    """

    model: BaseModel
    reader: str
    provenance: Provenance
    status: Status = Status.DRAFT
    id: str | None = None

    def __getattr__(self, name: str) -> Any:
        return self._wrap(getattr(self.model, name))

    def _wrap(self, value: Any) -> Any:
        if is_text_map(value):
            return self._text(value)
        if isinstance(value, BaseModel):
            return Localized(value, self.reader, self.provenance, self.status)
        if isinstance(value, list):
            return [self._wrap(item) for item in value]
        return value

    def _text(self, texts: dict[str, str]) -> LocalText:
        if self.reader == SOURCE:
            return LocalText(texts[SOURCE], SOURCE, False)
        if self.reader in texts:
            # Some texts of the record are missing: the ones that are there are drafts.
            self.provenance.merge(Status.DRAFT if self.status is Status.MISSING else self.status)
            return LocalText(texts[self.reader], self.reader, False)
        self.provenance.fallback = True
        return LocalText(texts[SOURCE], SOURCE, True)
