"""MkDocs hook: every page is checked (lotsenportal.site.page_safety) and gets the site's
Content-Security-Policy; `_headers` for hosts that take one is written after the last language.

The policy (lotsenportal.site.csp) allows only the site's own origin plus the hashes of the inline
scripts in the theme's template files — computed from those files, never from the pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from lotsenportal.data.messages import say
from lotsenportal.site import csp, page_safety

_known: dict[str, frozenset[str]] = {}


def on_env(env: Environment, config: MkDocsConfig, files: Any) -> Environment:
    if "hashes" not in _known:  # the theme's files do not change while a process builds
        context = {"config": config, "base_url": ".", "features": config.theme["features"]}
        _known["hashes"] = csp.known_script_hashes(env, context)
    return env


def _protect(output: str, where: str, config: MkDocsConfig) -> str:
    hashes = _known["hashes"]
    found = page_safety.findings(output, hashes, config.site_url or "")
    if found:
        listed = "; ".join(str(f) for f in found[:5])
        raise PluginError(say("build_unsafe_page", where=where, listed=listed))
    return csp.with_meta_policy(output, hashes)


@event_priority(-200)  # after every other change to the page
def on_post_page(output: str, page: Any, config: MkDocsConfig) -> str:
    return _protect(output, page.file.src_uri, config)


@event_priority(-200)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    if not template_name.endswith(".html"):
        return output_content
    return _protect(output_content, template_name, config)


@event_priority(-300)  # after the i18n plugin has built every language
def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins["i18n"], "building", False):
        return
    hashes = _known.get("hashes", frozenset())
    Path(config.site_dir, "_headers").write_text(csp.headers_file(hashes), encoding="utf-8")
