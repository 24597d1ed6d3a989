"""The pages of a federation's portal (lotsenportal.build.federation): every Kreis, and a town
finder over the towns of all of them, in every language, rendered like every other page."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..data.dataset import Record
from ..data.languages import SOURCE, Language
from ..data.layout import LEGAL_PAGES
from ..data.schema import Federation
from ..render.template_env import Labels, environment, home_link, inline_icon, linker, page_text
from ..render.views import Views
from ..translations import catalogs
from ..translations.localize import LocalText, Provenance
from ..translations.strings import load_strings
from .federation_file import Member, Portal


def _sort_key(name: str) -> str:
    """German order: Ä with A, Ö with O, ß as ss."""
    plain = unicodedata.normalize("NFD", name.casefold().replace("ß", "ss"))
    return "".join(char for char in plain if not unicodedata.combining(char))


class PortalView:
    """federation.yml as one reader sees it: `title` and `intro` in the reader's language,
    every other field (kreise, publisher) as written."""

    def __init__(self, record: Record[Federation], reader: str, provenance: Provenance) -> None:
        self._model = record.model
        self._reader = reader
        self._provenance = provenance
        self.title = self._pick(dict(record.model.title))
        self.intro = self._pick(dict(record.model.intro))

    def _pick(self, texts: dict[str, str]) -> LocalText:
        """federation.yml keeps its texts per language in the file itself, their state in
        `translations:` (draft unless reviewed); a missing language shows the German text,
        marked as such."""
        reader = self._reader
        if reader == SOURCE:
            return LocalText(texts[SOURCE], SOURCE, False)
        if reader not in texts:
            self._provenance.fallback = True
            return LocalText(texts[SOURCE], SOURCE, True)
        state = self._model.translations.get(reader)
        self._provenance.merge(state.status if state is not None else "draft")
        return LocalText(texts[reader], reader, False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)


def data_catalogs(
    members: Sequence[Member], languages: Sequence[Language]
) -> dict[tuple[str, str], catalogs.LanguageCatalog]:
    """Each Kreis's data catalog per language (its own locale/ folder; German needs none)."""
    return {
        (member.id, lang.code): catalogs.load(
            catalogs.catalog_path(member.folder, lang.code, catalogs.DATA), lang.code
        )
        for member in members
        for lang in languages
        if lang.code != SOURCE
    }


def _up(lang: Language, page: str) -> str:
    """From a portal page (path inside the language folder) up to the root of the tree."""
    depth = lang.prefix.count("/") + page.count("/")
    return "../" * depth


def render_portal(portal: Portal, languages: Sequence[Language], templates: Path) -> dict[str, str]:
    """{path inside docs/: Markdown} of every portal page in every language."""
    strings = load_strings(templates.parent / "strings", [lang.code for lang in languages])
    env = environment(templates)
    catalog_of = data_catalogs(portal.members, languages)
    pages: dict[str, str] = {}
    # Every town of every Kreis, A–Z (then by Kreis): the town finder's order in all languages.
    towns_a_z = sorted(
        ((member, town) for member in portal.members for town in member.dataset.towns.values()),
        key=lambda pair: (
            _sort_key(pair[1].model.name),
            _sort_key(pair[0].dataset.site.model.region),
        ),
    )
    for lang in languages:
        # (template, path, title label or None for the portal's title, description label)
        plan: list[tuple[str, str, str | None, str]] = [
            ("portal.md", "index.md", None, "portal_description"),
            ("portal_orte.md", "orte/index.md", "portal_towns_title", "portal_towns_text"),
        ]
        if lang.code == SOURCE:  # German only, as on every site; others show the fallback
            plan += [
                (f"{slug}.md", f"{slug}/index.md", f"{slug}_title", f"{slug}_title")
                for slug in LEGAL_PAGES
            ]
        for template, path, title_key, description_key in plan:
            provenance = Provenance(lang.code)
            labels = Labels(strings[lang.code], provenance)
            site = PortalView(portal.record, lang.code, provenance)
            title = site.title if title_key is None else getattr(labels, title_key)
            up = _up(lang, path)
            kreise = []
            for member in portal.members:
                # Each Kreis's texts come from its own catalogs; the page's state from all.
                views = Views(lang.code, provenance, catalog_of.get((member.id, lang.code)))
                data = member.dataset
                kreise.append(
                    {
                        "id": member.id,
                        "region": data.site.model.region,
                        "title": views.one(data.site).title,
                        "url": f"{up}{member.id}/{lang.prefix}",
                        "projects": len(data.projects),
                        "towns": len(data.towns),
                        # Whom to ask in that Kreis: its coordinating office, contacts page.
                        "coordination": views.one(data.organisations[data.site.model.coordination]),
                        "contacts_url": f"{up}{member.id}/{lang.prefix}kontakte/",
                    }
                )
            towns = [
                {
                    "name": town.model.name,
                    "region": member.dataset.site.model.region,
                    "url": f"{up}{member.id}/{lang.prefix}orte/{town.id}/",
                }
                for member, town in towns_a_z
            ]
            body = env.get_template(template).render(
                lang=lang,
                t=labels,
                title=title,
                site=site,
                kreise=kreise,
                towns=towns,
                languages=languages,
                svg=inline_icon,
                home_of=lambda other, lang=lang: home_link(lang, other),
                link=linker(path),
            )
            description = getattr(labels, description_key)
            meta: dict[str, Any] = {"title": str(title), "description": str(description)}
            if template == "portal_orte.md":
                meta["town_finder"] = True
            pages[f"{lang.code}/{path}"] = page_text(meta, body, provenance)
    return pages
