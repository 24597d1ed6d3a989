"""MkDocs hook of the federation portal (lotsenportal.build.federation): the site's name in each
language is the title in federation.yml ($LOTSENPORTAL_FEDERATION). The portal's pages are
rendered before the build; the Kreis sites use data_pages.py instead."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from lotsenportal.build.federation_file import portal_title
from lotsenportal.data.languages import preview_only


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    preview_only(config)  # `lotsenportal federation --lang ar`: German and Arabic only
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    titles = portal_title(Path(os.environ["LOTSENPORTAL_FEDERATION"]))
    current = config.plugins["i18n"].current_language or "de"
    config.site_name = titles.get(current, titles["de"])
