"""MkDocs hook: build only this process's part of the languages ($LOTSENPORTAL_PART), while
the i18n plugin still knows all of them, so the language switcher, the hreflang alternates
and the sitemap are those of the whole site. `lotsenportal build` (lotsenportal.build.parallel) runs
one process per part and merges their output.

mkdocs-static-i18n builds the other languages in its on_post_build by calling MkDocs' `build`
once per language; in a part build, that call is skipped for languages of other parts.
"""

from __future__ import annotations

from typing import Any

import mkdocs_static_i18n.plugin as i18n_plugin
from mkdocs.config.defaults import MkDocsConfig

from lotsenportal.data.languages import part


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    mine = part()
    build = i18n_plugin.build
    if mine is None or getattr(build, "lotsenportal_part", None) == mine:
        return config
    i18n = config.plugins["i18n"]
    original = getattr(build, "__wrapped__", build)

    def build_if_mine(config: MkDocsConfig, **kwargs: Any) -> None:
        if i18n.current_language in mine:
            original(config, **kwargs)

    build_if_mine.__wrapped__ = original  # type: ignore[attr-defined]
    build_if_mine.lotsenportal_part = mine  # type: ignore[attr-defined]
    i18n_plugin.build = build_if_mine
    return config
