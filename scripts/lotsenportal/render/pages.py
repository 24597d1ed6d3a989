"""Render the data into Markdown pages, one set per language, from templates in overrides/pages/.

The page plan (`plan`) is the table of contents of everything generated: which template makes
which file. Templates write Markdown (plus a little HTML for cards), so MkDocs still builds the
table of contents, the search index and checks every link between pages.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from babel.dates import format_date, format_skeleton, get_day_names
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..data import formatting
from ..data.dataset import Dataset, Record
from ..data.languages import SOURCE, Language
from ..data.layout import LEGAL_PAGES
from ..data.messages import say
from ..data.phones import e164, national
from ..data.schema import MATERIAL_ICONS, WEEKDAYS, Contact, Organisation, Project, Stand
from ..data.schema import today as schema_today
from ..translations import catalogs
from ..translations.catalogs import LanguageCatalog
from ..translations.localize import Localized, LocalText, Provenance
from ..translations.strings import Strings
from . import feeds, flyers, reach, structured_data, vcards


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


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: same YAML, faster


def environment(templates: Path) -> Environment:
    """The Jinja environment every generated page is rendered in (site and portal).

    Every `{{ value }}` is text: `_finalize` writes it with lotsenportal.data.formatting so that
    Python-Markdown can only pass it through. What templates and this module build as markup
    (links, icons, macros, the filters below) is `Markup` and stays as it is — autoescaping
    is on so that macro output is `Markup` too, and nothing else ever is.
    """
    env = Environment(
        loader=FileSystemLoader(templates),
        undefined=StrictUndefined,
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.filters.update(
        block=_block,
        inline=_inline,
        tel=lambda number: Markup(e164(number)),
        phone=national,
        icon=_icon,
        attr=_attribute,
        url=formatting.href,
        mailto=lambda address: formatting.href(f"mailto:{address}"),
    )
    env.filters["pick"] = lambda key, mapping: mapping[key]  # ids | map("pick", views)
    env.tests["contains"] = lambda collection, item: item in collection
    return env


def page_text(meta: dict[str, Any], body: str, provenance: Provenance) -> str:
    """A generated Markdown file: front matter (with the translation state of every text the
    page showed, and `generated: true`), then the body."""
    meta = dict(meta)
    if provenance.status is not None:
        meta["translation"] = {"status": provenance.status}
    meta["generated"] = True
    front = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{body.strip()}\n"


class Labels:
    """`{{ t.some_label }}` in templates; unknown labels fail the build."""

    def __init__(self, strings: Strings, provenance: Provenance) -> None:
        self._strings = strings
        self._provenance = provenance

    def __getattr__(self, key: str) -> LocalText:
        return self._strings.get(key, self._provenance)


def _finalize(value: Any) -> Markup:
    """Any value a template shows: text, unless the template or this module made it markup.
    German text shown on a translated page is marked as German, for screen readers."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return _language_of(value, formatting.inert(value))


def _language_of(value: Any, rendered: Markup) -> Markup:
    if isinstance(value, LocalText) and value.fallback:
        return Markup('<span lang="{}" dir="ltr">{}</span>').format(value.lang, rendered)
    return rendered


def _inline(value: Any) -> Markup:
    """A long text inside a line (cards, lists): its emphasis and links, no paragraphs."""
    return _language_of(value, formatting.inline(value))


def _block(value: Any) -> Markup:
    """A long text as paragraphs and lists; German fallback becomes its own left-to-right
    block."""
    rendered = formatting.block(value)
    if isinstance(value, LocalText) and value.fallback:
        return Markup('<div lang="{}" dir="ltr">\n{}\n</div>').format(value.lang, rendered)
    return rendered


def _attribute(value: Any) -> Markup:
    """Text for an HTML attribute or a Markdown attribute list: no language markup."""
    return formatting.attribute(str(value))


def _icon(name: str) -> Markup:
    """`material/stethoscope` → the shortcode pymdownx.emoji turns into an inline SVG (the
    name is checked against Material's bundled icons when the data is loaded)."""
    return Markup(":" + name.replace("/", "-") + ":")


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
            if vcards.reachable(person):
                card = vcards.person(person, orgs[person.organisation])
                cards[f"{lang.code}/kontakte/{key}.vcf"] = card
        for key, project in view.mapping(self.data.projects).items():
            if vcards.reachable(project):
                card = vcards.project(project, orgs[project.organisation])
                cards[f"{lang.code}/projekte/{key}.vcf"] = card
        for key, org in orgs.items():
            if vcards.reachable(org):
                cards[f"{lang.code}/{_ORG_CARDS}/{key}.vcf"] = vcards.organisation(org)
        return cards

    def _route(self, view: Views, record: Localized | None) -> list[RouteStep]:
        """`route(record)` in templates: the record's route to a person, as views."""
        stops = self.routes[_route_key(record)]
        return [RouteStep(stop, self._view_of(view, stop)) for stop in stops]

    def _view_of(self, view: Views, stop: reach.Stop) -> Localized:
        if stop.folder == "projekte":
            return view.one(self.data.projects[stop.id])
        return view.one(self.data.organisations[stop.id])

    def _card_of(self, view: Views, record: Localized) -> VCardLink:
        """`card_of(record)` in templates: the record's own vCard when it has a phone, e-mail
        or website; else the card of the nearest level of its route that has one."""
        if vcards.reachable(record):
            folder = "projekte" if isinstance(record.model, Project) else _ORG_CARDS
            return VCardLink(f"{folder}/{record.id}.vcf", record, own=True)
        model = record.model
        if isinstance(model, Contact):
            start = reach.organisation(self.data, model.organisation)
        elif isinstance(model, Project):
            start = reach.Stop("project", "projekte", str(record.id))
        else:
            start = reach.organisation(self.data, str(record.id))
        stop = reach.nearest_card(self.data, start)
        folder = "projekte" if stop.folder == "projekte" else _ORG_CARDS
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
            "spoken": lambda code: _language_name(code, lang),
            "languages": self.languages,
            "coverage": self.coverage,
            "svg": inline_icon,
            "home_of": lambda other: home_link(lang, other),
            "weekday": lambda day: get_day_names("wide", locale=lang.locale)[WEEKDAYS.index(day)],
            "contacts_of": self.contacts_of,
            "projects_in": self.projects_in,
            "route": lambda record=None: self._route(view, record),
            "card_of": lambda record: self._card_of(view, record),
            "stand": lambda value: _stand(value, lang),
            "is_old": lambda value: _is_old(value, self.data.site.model.review_after_months),
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


# Organisations' vCards sit beside the contact people's: both are anchors of the contacts
# page, and validation keeps their ids apart.
_ORG_CARDS = "kontakte"


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


def _route_key(record: Localized | None) -> tuple[str, str] | None:
    if record is None:
        return None
    if isinstance(record.model, Project):
        return ("projekte", str(record.id))
    if isinstance(record.model, Organisation):
        return ("organisationen", str(record.id))
    raise TypeError(f"no route from a {type(record.model).__name__}")


def _stand(value: date | Stand, lang: Language) -> str:
    """A `reviewed` date as precise as it was written: 12. Juli 2018, März 2020, 2025."""
    if isinstance(value, date):
        return format_date(value, format="long", locale=lang.locale)
    if value.day is not None:
        return format_date(value.first_day, format="long", locale=lang.locale)
    if value.month is not None:
        return format_skeleton("yMMMM", value.first_day, locale=lang.locale)
    return format_skeleton("y", value.first_day, locale=lang.locale)


def _is_old(value: date | Stand, months: int) -> bool:
    """Older than the site's review period (`review_after_months`): shown as such."""
    last = value.last_day if isinstance(value, Stand) else value
    today = schema_today()
    age = (today.year - last.year) * 12 + today.month - last.month - (today.day < last.day)
    return age >= months


def linker(path: str) -> Callable[[str], Markup]:
    """`link()` in templates: a relative link from the page at `path` (inside the language
    folder) to another file there, so MkDocs checks it. Targets are built from ids."""
    return lambda target: formatting.href(posixpath.relpath(target, posixpath.dirname(path) or "."))


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


def inline_icon(name: str) -> Markup:
    """An icon bundled with Material, inline (for raw HTML, where shortcodes do not work)."""
    return Markup((MATERIAL_ICONS / f"{name}.svg").read_text(encoding="utf-8").strip())


def home_link(here: Language, target: Language) -> Markup:
    """Relative link from one language's home page to another's."""
    up = "" if here.default else "../"
    return formatting.href((up + target.prefix) or "./")


def _language_name(code: str, reader: Language) -> str:
    try:
        name = reader.locale.languages.get(code) or Locale.parse(code).get_display_name(
            reader.locale
        )
    except Exception:  # an unusual code still shows as written
        return code
    return str(name or code)


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
