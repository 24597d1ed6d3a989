"""MkDocs hook: after every language is built, trim Material's stylesheets to the rules the
site uses (lotsenportal.light_css) – a first visit should cost a prepaid phone little."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from lotsenportal.light_css import trim_site

log = logging.getLogger("mkdocs.hooks.light_pages")


@event_priority(-250)  # after the per-language search indexes, before headers and open data
def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins["i18n"], "building", False):
        return  # a nested per-language build; the other languages are not written yet
    for item in trim_site(Path(config.site_dir)):
        log.info(
            f"{item.old_name} → {item.new_name}: {item.before // 1024} → {item.after // 1024} KB"
        )
