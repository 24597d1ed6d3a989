"""What templates see of records: views in the reader's language
(lotsenportal.translations.localize), made lazily per page, and the route steps and vCard
links built from them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..data.dataset import Record
from ..data.schema import (
    Organisation,
    Project,
)
from ..translations.catalogs import LanguageCatalog
from ..translations.localize import Localized, Provenance
from . import reach

# Organisations' vCards sit beside the contact people's: both are anchors of the contacts
# page, and validation keeps their ids apart.
ORG_CARDS = "kontakte"


@dataclass(frozen=True)
class RouteStep:
    """One level of a route to a person, for templates: its role (`stop.level`), where its
    page is (`stop.folder`, `stop.id`) and the record in the reader's language."""

    stop: reach.Stop
    record: Localized


@dataclass(frozen=True)
class VCardLink:
    """The vCard a page offers for a record: `path` inside the language folder, whose card
    it is (`record`), and whether that is the record's own (else: the nearest level's)."""

    path: str
    record: Localized
    own: bool

    @property
    def label(self) -> str:
        """Whose card it is: a person's or an organisation's name, or a project's title."""
        model = self.record.model
        return str(self.record.title if isinstance(model, Project) else self.record.name)


def route_key(record: Localized | None) -> tuple[str, str] | None:
    if record is None:
        return None
    if isinstance(record.model, Project):
        return ("projekte", str(record.id))
    if isinstance(record.model, Organisation):
        return ("organisationen", str(record.id))
    raise TypeError(f"no route from a {type(record.model).__name__}")


class Views:
    """Localized views of records for one page: their texts come from the reader's catalog
    and report to the page's provenance."""

    def __init__(
        self, reader: str, provenance: Provenance, catalog: LanguageCatalog | None
    ) -> None:
        self.reader = reader
        self.provenance = provenance
        self.catalog = catalog

    def one(self, record: Record[Any]) -> Localized:
        return Localized(
            record.model, self.reader, self.provenance, self.catalog, record.key, id=record.id
        )

    def mapping(self, records: dict[str, Record[Any]]) -> _LazyViews:
        return _LazyViews(self, records)


class _LazyViews(Mapping[str, Localized]):
    """Views are made when a template asks, so a page costs what it shows, not what exists."""

    def __init__(self, views: Views, records: dict[str, Record[Any]]) -> None:
        self._views = views
        self._records = records

    def __getitem__(self, key: str) -> Localized:
        return self._views.one(self._records[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)
