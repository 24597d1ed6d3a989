"""MkDocs hook: after every language is built, cut the Ethiopic webfont to the characters the
site can show (lotsenportal.site.webfonts), leave out the scripts no browser loads
(lotsenportal.site.lean_assets) and trim the stylesheets to the rules the site uses
(lotsenportal.site.light_css) – a first visit should cost a prepaid phone little."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from lotsenportal.data.messages import say
from lotsenportal.site.lean_assets import trim_scripts
from lotsenportal.site.light_css import trim_site
from lotsenportal.site.webfonts import WebfontError, build_site_fonts

log = logging.getLogger("mkdocs.hooks.light_pages")


@event_priority(-250)  # after the per-language search indexes, before headers and open data
def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins["i18n"], "building", False):
        return  # a nested per-language build; the other languages are not written yet
    root = Path(config.config_file_path).parent
    data = Path(os.environ.get("LOTSENPORTAL_DATA", root / "data"))
    try:
        fonts = build_site_fonts(Path(config.site_dir), root, data)
    except WebfontError as error:
        raise PluginError(str(error)) from error
    for font in fonts:
        log.info(say("build_font_cut", url=font.url, name=font.name, count=len(font.characters)))
    removed = trim_scripts(Path(config.site_dir))
    log.info(say("build_scripts_left_out", count=len(removed)))
    for item in trim_site(Path(config.site_dir)):
        log.info(
            f"{item.old_name} → {item.new_name}: {item.before // 1024} → {item.after // 1024} KB"
        )
