"""MkDocs hook: after every language is built (and the stylesheets trimmed), write an offline
copy of each language as a zip under /offline/ (lotsenportal.site.offline)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from lotsenportal.data.languages import built, from_plugin_config
from lotsenportal.site.offline import write_archives


@event_priority(-260)  # after light_pages (-250): the copy has the final stylesheet names
def on_post_build(config: MkDocsConfig) -> None:
    i18n = config.plugins["i18n"]
    if getattr(i18n, "building", False):
        return
    languages = i18n.config.languages
    write_archives(
        Path(config.site_dir),
        built(languages),
        config.site_url or "",
        every=from_plugin_config(languages),
    )
