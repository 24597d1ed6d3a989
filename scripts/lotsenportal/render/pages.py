"""Render the data into Markdown pages, one set per language, from templates in overrides/pages/.

`Renderer` renders every page of the plan (lotsenportal.render.page_plan) in every language,
in the environment of lotsenportal.render.template_env, with views of the records
(lotsenportal.render.views). Templates write Markdown (plus a little HTML for cards), so
MkDocs still builds the table of contents, the search index and checks every link between
pages. Also here: links from hand-written pages to pages made from data (`lp:`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Container, Mapping, Sequence
from pathlib import Path
from typing import Any

from babel.dates import format_date, get_day_names

from ..data import formatting
from ..data.dataset import Dataset
from ..data.languages import SOURCE, Language
from ..data.messages import say
from ..data.schema import (
    WEEKDAYS,
    Contact,
    Project,
    reachable,
)
from ..translations import catalogs
from ..translations.catalogs import LanguageCatalog
from ..translations.localize import Localized, LocalText, Provenance
from ..translations.strings import Strings
from . import feeds, reach, vcards
from .page_plan import PageView, PlannedPage, plan
from .template_env import (
    Labels,
    environment,
    home_link,
    inline_icon,
    is_old,
    language_name,
    linker,
    page_text,
    stand_text,
)
from .views import ORG_CARDS, RouteStep, VCardLink, Views, route_key


class Renderer:
    """Renders every planned page for every language."""

    def __init__(
        self,
        data: Dataset,
        languages: Sequence[Language],
        strings: dict[str, Strings],
        templates: Path,
        coverage: Sequence[Any] = (),
        site_url: str = "http://127.0.0.1:8000/",
        texts: Mapping[str, LanguageCatalog] | None = None,
    ) -> None:
        self.data = data
        self.languages = list(languages)
        self.strings = strings
        self.coverage = list(coverage)
        self.site_url = site_url
        self.env = environment(templates)
        # Indexes built once, so a page never scans every record (cost per page stays flat).
        # The reader's data catalog per language, read once (German needs none).
        self.catalogs = (
            dict(texts)
            if texts is not None
            else catalogs.data_catalogs(data.root, [lang.code for lang in self.languages])
        )
        self.contacts_of = {
            org: [r.id for r in records] for org, records in data.contacts_by_org.items()
        }
        self.projects_in: dict[str, list[str]] = {}
        for project in data.projects.values():
            for town in project.model.towns:
                self.projects_in.setdefault(town, []).append(project.id)
        # The route to a person of every project and organisation, and of the site.
        self.routes = reach.routes(data)

    def render_all(self) -> dict[str, str]:
        """{path relative to docs_dir: file content} for every language: pages and vCards."""
        pages = plan(self.data, self.site_url)
        files = {
            f"{lang.code}/{page.path}": self.render(page, lang)
            for lang in self.languages
            for page in pages
            if lang.code == SOURCE or not page.source_only
        }
        for lang in self.languages:
            files.update(self.vcards(lang))
            view = Views(lang.code, Provenance(lang.code), self.catalogs.get(lang.code))
            heading = self.strings[lang.code].get("aktuelles_title")
            title = f"{view.one(self.data.site).title} – {heading}"
            feed = feeds.news_feed(lang, self.site_url, title, view.mapping(self.data.news))
            files[f"{lang.code}/aktuelles/feed.xml"] = feed
            files[f"{lang.code}/aktuelles/sitemap.xml"] = feeds.news_sitemap(
                lang, self.site_url, self.data.news
            )
        return files

    def vcards(self, lang: Language) -> dict[str, str]:
        """One vCard per published contact and per project, with texts in `lang`."""
        view = Views(lang.code, Provenance(lang.code), self.catalogs.get(lang.code))
        orgs = view.mapping(self.data.organisations)
        cards = {}
        # Only records with a phone, e-mail or website get a card: a name alone helps nobody
        # (pages offer the nearest level's card instead, see `_card_of`).
        for key, person in view.mapping(self.data.contacts).items():
            if reachable(person.model):
                card = vcards.person(person, orgs[person.organisation])
                cards[f"{lang.code}/kontakte/{key}.vcf"] = card
        for key, project in view.mapping(self.data.projects).items():
            if reachable(project.model):
                card = vcards.project(project, orgs[project.organisation])
                cards[f"{lang.code}/projekte/{key}.vcf"] = card
        for key, org in orgs.items():
            if reachable(org.model):
                cards[f"{lang.code}/{ORG_CARDS}/{key}.vcf"] = vcards.organisation(org)
        return cards

    def _route(self, view: Views, record: Localized | None) -> list[RouteStep]:
        """`route(record)` in templates: the record's route to a person, as views."""
        stops = self.routes[route_key(record)]
        return [RouteStep(stop, self._view_of(view, stop)) for stop in stops]

    def _view_of(self, view: Views, stop: reach.Stop) -> Localized:
        if stop.folder == "projekte":
            return view.one(self.data.projects[stop.id])
        return view.one(self.data.organisations[stop.id])

    def _card_of(self, view: Views, record: Localized) -> VCardLink:
        """`card_of(record)` in templates: the record's own vCard when it has a phone, e-mail
        or website; else the card of the nearest level of its route that has one."""
        if reachable(record.model):
            folder = "projekte" if isinstance(record.model, Project) else ORG_CARDS
            return VCardLink(f"{folder}/{record.id}.vcf", record, own=True)
        model = record.model
        if isinstance(model, Contact):
            start = reach.organisation(self.data, model.organisation)
        elif isinstance(model, Project):
            start = reach.Stop("project", "projekte", str(record.id))
        else:
            start = reach.organisation(self.data, str(record.id))
        stop = reach.nearest_card(self.data, start)
        folder = "projekte" if stop.folder == "projekte" else ORG_CARDS
        return VCardLink(f"{folder}/{stop.id}.vcf", self._view_of(view, stop), own=False)

    def render(self, page: PlannedPage, lang: Language) -> str:
        provenance = Provenance(lang.code)
        labels = Labels(self.strings[lang.code], provenance)
        view = Views(lang.code, provenance, self.catalogs.get(lang.code))
        title = self._resolve(page.title, labels, view, page)
        description = self._resolve(page.description, labels, view, page)
        context = {
            "lang": lang,
            "t": labels,
            "title": title,
            "site": view.one(self.data.site),
            "orgs": view.mapping(self.data.organisations),
            "projects": view.mapping(self.data.projects),
            "contacts": view.mapping(self.data.contacts),
            "felder": view.mapping(self.data.einsatzfelder),
            "towns": view.mapping(self.data.towns),
            "town_list": self.data.town_list,
            "news": view.mapping(self.data.news),
            "record": view.one(page.record) if page.record else None,
            "link": linker(page.path),
            "date": lambda day: format_date(day, format="long", locale=lang.locale),
            "spoken": lambda code: language_name(code, lang),
            "languages": self.languages,
            "coverage": self.coverage,
            "svg": inline_icon,
            "home_of": lambda other: home_link(lang, other),
            "weekday": lambda day: get_day_names("wide", locale=lang.locale)[WEEKDAYS.index(day)],
            "contacts_of": self.contacts_of,
            "projects_in": self.projects_in,
            "route": lambda record=None: self._route(view, record),
            "card_of": lambda record: self._card_of(view, record),
            "stand": lambda value: stand_text(value, lang),
            "is_old": lambda value: is_old(value, self.data.site.model.review_after_months),
            **page.extra,
        }
        own = PageView(lang, labels, view)
        if page.context is not None:
            context.update(page.context(own))
        body = self.env.get_template(page.template).render(context)
        # Front matter is plain text; Material's templates get it escaped (hooks/theme_text.py).
        meta: dict[str, Any] = {"title": str(title), "description": formatting.plain(description)}
        meta.update(page.meta)
        if page.feed:
            meta["feed"] = f"{lang.prefix}aktuelles/feed.xml"  # from the site root
        if page.front is not None:
            meta.update(page.front(own))
        return page_text(meta, body, provenance)

    def _resolve(self, spec: Any, labels: Labels, view: Views, page: PlannedPage) -> Any:
        if isinstance(spec, tuple):
            name, record = spec
            return getattr(view.one(record), name)
        text = getattr(labels, spec)
        if "{town}" in text:  # town pages: "Ich wohne in {town}", in the reader's spelling
            assert page.record is not None
            town = view.one(page.record).name
            return LocalText(text.format(town=town), text.lang, text.fallback)
        return text


# A link from a hand-written page to a page made from data: `[Text](lp:projekt/<id>)`. The
# same pages serve every Kreis's data (and the test data), so the id may not exist there.
DATA_LINK = re.compile(r"\]\(lp:([^)\s]*)\)")
_DATA_TARGET = re.compile(r"^projekt/([a-z0-9]+(?:-[a-z0-9]+)*)$")


class DataLinkError(ValueError):
    """A `lp:` link the generator does not know (the build stops, naming the page)."""


def resolve_data_links(markdown: str, page_dir: str, projects: Container[str]) -> str:
    """`](lp:projekt/<id>)` → a relative link to that project's page, or to the list of
    projects where this data has no such project. `page_dir`: the page's folder inside its
    language folder ("" for a page at the top)."""

    def target(found: re.Match[str]) -> str:
        match = _DATA_TARGET.match(found.group(1))
        if match is None:
            raise DataLinkError(say("unknown_data_link", target=found.group(1)))
        page = f"projekte/{match.group(1)}.md"
        path = page if match.group(1) in projects else "projekte/index.md"
        return "](" + posixpath.relpath(path, page_dir or ".") + ")"

    return DATA_LINK.sub(target, markdown)
