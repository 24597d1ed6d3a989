"""MkDocs hook: after all languages are built, give each language its own search index
(Material's language switcher needs no sitemap copies: the header links already lead to the
same page in the other language, and pages carry no `<link rel="alternate">` it would follow).

Runs after mkdocs-static-i18n has written the combined index (its on_post_build, priority
-100, builds the other languages and then writes the index); nested per-language builds are
skipped. Fallback pages are reported by the page_notices hook in `search_index.FALLBACKS`
and left out of their language's index here – which is why the plugin's own de-duplication
(`reconfigure_search`, which compares every German entry with every other language's, so its
cost grows with the square of the pages) is switched off in mkdocs.yml: the indexes are the
same without it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from lotsenportal.data.languages import built
from lotsenportal.site import search_index

log = logging.getLogger("mkdocs.hooks.search_per_language")


@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    i18n = config.plugins["i18n"]
    if getattr(i18n, "building", False):
        return  # a nested per-language build; the combined index is not complete yet
    languages = built(i18n.config.languages)
    counts = search_index.split(Path(config.site_dir), languages, search_index.FALLBACKS)
    search_index.FALLBACKS.clear()
    log.info("Suchindex je Sprache: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
