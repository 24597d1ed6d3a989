"""The federation layout: the same data set as one folder per Kreis, each with its own
site.yml and orte.yml, and federation.yml naming the Kreise (with the portal's texts in every
language, as that file keeps them)."""

from __future__ import annotations

from lotsenportal.data.languages import SOURCE

from .generator import Generator, field_texts
from .phrasebook import Texts
from .phrasebook.site import SITE_INTRO, SITE_TITLE
from .site import site_record
from .yamltext import dump


def federate(gen: Generator) -> dict[str, str]:
    """The files of `gen` (after `folders.build`) as one folder per Kreis – records all
    Kreise share (Land-wide organisations, Einsatzfelder) in each – and federation.yml.
    Also re-keys `gen.translated` to the new paths."""
    shared = {
        name: text
        for name, text in gen.files.items()
        if name not in gen.owners and name not in ("site.yml", "orte.yml")
    }
    files: dict[str, str] = {}
    translated: dict[str, dict[str, Texts]] = {}
    for kreis in gen.kreise:
        own = {n: t for n, t in gen.files.items() if gen.owners.get(n) == kreis.slug}
        files.update({f"{kreis.slug}/{n}": t for n, t in {**shared, **own}.items()})
        translated.update({f"{kreis.slug}/{n}": gen.translated.get(n, {}) for n in [*shared, *own]})
        site = site_record(gen, kreis.name, f"{kreis.slug}-leitstelle", links=False)
        files[f"{kreis.slug}/site.yml"] = gen.text_of("site.yml", site)
        translated[f"{kreis.slug}/site.yml"] = dict(field_texts(site))
        towns = [{"id": t.id, "name": t.name, "kind": t.kind} for t in kreis.towns]
        files[f"{kreis.slug}/orte.yml"] = gen.text_of("orte.yml", {"towns": towns})
    gen.translated = translated
    # federation.yml keeps its texts per language, and their state, in the file itself.
    title = gen.text(SITE_TITLE, region=gen.size.region)
    intro = gen.prose(SITE_INTRO)
    states = {
        lang: {"status": "draft"}
        for lang in gen.languages
        if lang != SOURCE and lang in title and lang in intro
    }
    portal = {
        "title": title,
        "intro": intro,
        "kreise": [{"id": kreis.slug, "data": kreis.slug} for kreis in gen.kreise],
        **({"translations": states} if states else {}),
    }
    files["federation.yml"] = dump(portal, [gen.header, f"# {len(gen.kreise)} invented Kreise."])
    return dict(sorted(files.items()))
