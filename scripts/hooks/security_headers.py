"""MkDocs hook: a Content-Security-Policy in every page, and `_headers` for hosts that take one
(written after the last language is built).

The policy (lotsenportal.csp) allows only the site's own origin plus the hashes of Material's
inline scripts, so no third-party request is possible and no injected script would run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from lotsenportal import csp

_hashes: set[str] = set()


def _protect(output: str) -> str:
    _hashes.update(csp.script_hashes(output))
    return csp.with_meta_policy(output)


@event_priority(-200)  # after every other change to the page
def on_post_page(output: str, page: Any, config: MkDocsConfig) -> str:
    return _protect(output)


@event_priority(-200)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return _protect(output_content) if template_name.endswith(".html") else output_content


@event_priority(-300)  # after the i18n plugin has built every language
def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins["i18n"], "building", False):
        return
    Path(config.site_dir, "_headers").write_text(csp.headers_file(_hashes), encoding="utf-8")
    _hashes.clear()
