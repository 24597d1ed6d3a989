"""Records as one reader sees them: every translatable text already in the reader's language.

Templates never pick a language themselves. They get `Localized` views whose translatable
fields are `LocalText`: the reader's translation, or the German source marked as such so the
page can wrap it in `lang="de" dir="ltr"`. Each view reports what it used to a `Provenance`,
which decides whether the page carries the "draft translation" notice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from .languages import SOURCE


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

    @property
    def status(self) -> str | None:
        """None for source-language pages; else 'draft' or 'reviewed'."""
        if self.reader == SOURCE:
            return None
        return "draft" if (self.draft or self.fallback) else "reviewed"

    def merge(self, status: str | None) -> None:
        if status in {"draft", "outdated"}:
            self.draft = True


def is_text_map(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and SOURCE in value
        and all(isinstance(v, str) for v in value.values())
    )


@dataclass
class Localized:
    """Read-only view of a model (or nested model) for one reader language."""

    model: BaseModel
    reader: str
    provenance: Provenance
    owner_translations: dict[str, Any] = field(default_factory=dict)
    id: str | None = None

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.model, name)
        return self._wrap(value)

    def _wrap(self, value: Any) -> Any:
        if is_text_map(value):
            return self._text(value)
        if isinstance(value, BaseModel):
            return Localized(value, self.reader, self.provenance, self._translations())
        if isinstance(value, list):
            return [self._wrap(item) for item in value]
        return value

    def _translations(self) -> dict[str, Any]:
        own = getattr(self.model, "translations", None)
        return own if isinstance(own, dict) and own else self.owner_translations

    def _text(self, texts: dict[str, str]) -> LocalText:
        if self.reader == SOURCE:
            return LocalText(texts[SOURCE], SOURCE, False)
        if self.reader in texts:
            state = self._translations().get(self.reader)
            # A translation nobody has marked as reviewed is a draft.
            self.provenance.merge(state.status if state is not None else "draft")
            return LocalText(texts[self.reader], self.reader, False)
        self.provenance.fallback = True
        return LocalText(texts[SOURCE], SOURCE, True)
