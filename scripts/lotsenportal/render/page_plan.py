"""The page plan (`plan`): the table of contents of everything generated from data — which
template makes which file, with what title, front matter and extra context per language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup
from pydantic import BaseModel

from ..data.dataset import Dataset, Record
from ..data.languages import Language
from ..data.layout import LEGAL_PAGES
from ..data.schema import Einsatzfeld, NewsItem, Project, Town
from . import flyers, structured_data
from .template_env import Labels
from .views import Views


@dataclass(frozen=True)
class PageView:
    """What a page's own additions can use: the reader's language, labels and record views."""

    lang: Language
    labels: Labels
    views: Views


@dataclass(frozen=True)
class PlannedPage:
    template: str
    path: str  # inside the language folder, e.g. "projekte/ib-lotsen.md"
    title: Any  # LocalText, or a label key (str) resolved per language
    description: Any = None
    record: Record[Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # Legal pages are German only; other languages show them as marked German fallback.
    source_only: bool = False
    # Front matter of this page besides title and description, for the theme and the hooks.
    meta: dict[str, Any] = field(default_factory=dict)
    # The link to the news feed in <head> (from the site root: depends on the language).
    feed: bool = False
    # Per language: more template context, and more front matter (e.g. JSON-LD).
    context: Callable[[PageView], dict[str, Any]] | None = None
    front: Callable[[PageView], dict[str, Any]] | None = None

    def __post_init__(self) -> None:
        kind = RECORD_TEMPLATES.get(self.template)
        model = None if self.record is None else type(self.record.model)
        if model is not kind:
            raise TypeError(f"{self.template} renders {kind}, not {model}")


# The kind of record each record page's template renders (`record` in its context). A
# template reads only fields of its kind: views refuse any other (localize.UnknownField).
RECORD_TEMPLATES: dict[str, type[BaseModel]] = {
    "einsatzfeld.md": Einsatzfeld,
    "projekt.md": Project,
    "flyer.md": Project,
    "ort.md": Town,
    "meldung.md": NewsItem,
}


# Printable sheets: linked from each project page, not in the navigation or search.
_FLYER_META = {"search": {"exclude": True}, "hide": ["navigation", "toc"], "flyer": True}
_FLYERS_META = {"search": {"exclude": True}, "hide": ["toc"], "flyer": False}


def plan(data: Dataset, site_url: str) -> list[PlannedPage]:
    """Every generated page, in a fixed order."""

    def project_data(record: Record[Any]) -> Callable[[PageView], dict[str, Any]]:
        return lambda page: {
            "structured_data": structured_data.project(
                page.views.one(record),
                page.views.mapping(data.organisations),
                page.views.mapping(data.contacts),
            )
        }

    def contacts_data(page: PageView) -> dict[str, Any]:
        return {
            "structured_data": structured_data.contacts_page(
                page.views.mapping(data.organisations), page.views.mapping(data.contacts)
            )
        }

    def town_view(record: Record[Any]) -> Callable[[PageView], dict[str, Any]]:
        return lambda page: {"town": page.views.one(record)}

    def flyer_code(record: Record[Any]) -> Callable[[PageView], dict[str, Any]]:
        def context(page: PageView) -> dict[str, Any]:
            url = flyers.project_url(site_url, page.lang, record.id)
            label = f"{page.labels.flyer_qr_label}: {url}"
            return {"url": url, "qr": Markup(flyers.qr_svg(url, label))}

        return context

    pages = [
        PlannedPage(
            "home.md",
            "index.md",
            ("title", data.site),
            "home_description",
            meta={"town_finder": True},  # assets/javascripts/town-finder.js filters the list
            feed=True,
        ),
        PlannedPage(
            "einsatzfelder.md",
            "einsatzfelder/index.md",
            "einsatzfelder_title",
            "einsatzfelder_description",
        ),
        *(
            PlannedPage(
                "einsatzfeld.md", f"einsatzfelder/{r.id}.md", ("title", r), ("summary", r), r
            )
            for r in data.einsatzfelder.values()
        ),
        PlannedPage("projekte.md", "projekte/index.md", "projekte_title", "projekte_description"),
        *(
            PlannedPage(
                "projekt.md",
                f"projekte/{r.id}.md",
                ("title", r),
                ("summary", r),
                r,
                front=project_data(r),
            )
            for r in data.projects.values()
        ),
        PlannedPage(
            "orte.md",
            "orte/index.md",
            "orte_title",
            "orte_description",
            meta={"town_finder": True},
        ),
        *(
            PlannedPage(
                "ort.md",
                f"orte/{r.id}.md",
                "ort_title",
                "ort_description",
                r,
                context=town_view(r),
            )
            for r in data.towns.values()
        ),
        PlannedPage(
            "kontakte.md",
            "kontakte/index.md",
            "kontakte_title",
            "kontakte_description",
            front=contacts_data,
        ),
        PlannedPage(
            "aktuelles.md",
            "aktuelles/index.md",
            "aktuelles_title",
            "aktuelles_description",
            feed=True,
        ),
        *(
            PlannedPage(
                "meldung.md", f"aktuelles/{r.id}.md", ("title", r), ("summary", r), r, feed=True
            )
            for r in data.news.values()
        ),
        *(
            PlannedPage(
                f"{slug}.md", f"{slug}/index.md", f"{slug}_title", f"{slug}_title", source_only=True
            )
            for slug in LEGAL_PAGES
        ),
        PlannedPage(
            "flyers.md", "flyer/index.md", "flyers_title", "flyers_description", meta=_FLYERS_META
        ),
        *(
            PlannedPage(
                "flyer.md",
                f"flyer/{r.id}.md",
                ("title", r),
                ("summary", r),
                r,
                meta=_FLYER_META,
                context=flyer_code(r),
            )
            for r in data.projects.values()
        ),
        # For translators: published, but not in the navigation.
        PlannedPage(
            "uebersetzungen.md",
            "uebersetzungen/index.md",
            "translations_title",
            "translations_description",
        ),
    ]
    return pages
