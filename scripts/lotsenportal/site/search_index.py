"""One search index per language instead of Material's single index of every language.

mkdocs-static-i18n leaves one `search/search_index.json` with the pages of all languages,
so an Arabic reader gets German and Ukrainian results, and every visitor downloads all of
them. After the build we split it: each language folder gets its own
`<lang>/search/search_index.json` (Material loads `search/search_index.json` relative to the
page's base, and the theme override points that base at the language folder), with the lunr
stemmer of that language where lunr has one. Pages that are only German fallbacks stay in the
reader's search only as the German original: every German page is added to every language's
search, marked "[German]" in the reader's language and ranked last, so the German word printed
on an official letter still finds its page, while a word in the reader's language finds only
pages in that language.

The German pages are not copied into each language's index (twelve copies of the German index
per site, ~40 MB on the Hessen benchmark): the index names the German one under
`config.lp_fallback` (its address relative to the index, the way up from the language folder,
the label and the rank), and `lazy-search.js` adds its pages, marked, when search loads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from babel import Locale

from ..data.languages import SOURCE, Language

INDEX = Path("search") / "search_index.json"
# Languages Material ships a lunr stemmer for (assets/javascripts/lunr/min/lunr.<code>.min.js;
# the search worker loads them from its own folder, not from the index's).
LUNR = {
    "ar",
    "da",
    "de",
    "du",
    "el",
    "es",
    "fi",
    "fr",
    "he",
    "hi",
    "hu",
    "hy",
    "it",
    "ja",
    "kn",
    "ko",
    "nl",
    "no",
    "pt",
    "ro",
    "ru",
    "sa",
    "sv",
    "ta",
    "te",
    "th",
    "tr",
    "vi",
    "zh",
    "en",
}
FALLBACK_BOOST = 0.1
FALLBACK_KEY = "lp_fallback"  # in a language index's config: where its German pages are
# (language, page URL inside the language folder) of every page shown as German fallback,
# collected while pages render (scripts/hooks/page_notices.py), used and cleared by `split`.
FALLBACKS: set[tuple[str, str]] = set()


def _language_of(location: str, others: Sequence[str]) -> str:
    first = location.split("/", 1)[0]
    return first if first in others else SOURCE


def german_label(reader: Language) -> str:
    name = reader.locale.languages.get(SOURCE) or Locale.parse(SOURCE).get_display_name(
        reader.locale
    )
    return str(name or "Deutsch")


def split(
    site_dir: Path, languages: Sequence[Language], fallbacks: Iterable[tuple[str, str]]
) -> dict[str, int]:
    """Write one index per language; return the number of documents in each."""
    combined = json.loads((site_dir / INDEX).read_text(encoding="utf-8"))
    prefixed = [lang.code for lang in languages if not lang.default]
    marked = set(fallbacks)
    counts = {}
    for lang in languages:
        docs = []
        for doc in combined["docs"]:
            if _language_of(doc["location"], prefixed) != lang.code:
                continue
            location = doc["location"][len(lang.prefix) :]
            if lang.default or (lang.code, location.split("#", 1)[0]) not in marked:
                docs.append({**doc, "location": location})
        config = {**combined["config"]}
        if not lang.default:
            # Every German page, marked and ranked last: the German word from a letter finds it.
            up = "../" * lang.prefix.count("/")
            config[FALLBACK_KEY] = {
                "index": f"{up}../{INDEX.as_posix()}",  # from <lang>/search/ to search/
                "up": up,
                "label": german_label(lang),
                "boost": FALLBACK_BOOST,
            }
        stemmers = [code for code in dict.fromkeys([lang.code, SOURCE]) if code in LUNR]
        index = {"config": {**config, "lang": stemmers or ["en"]}, "docs": docs}
        target = site_dir / lang.prefix / INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        counts[lang.code] = len(docs)
    return counts
