"""MkDocs hook: every finished page without the templates' indentation and with each repeated
icon drawn once (lotsenportal.site.compact) – before the page is checked and gets its policy."""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from lotsenportal.site.compact import compact


@event_priority(-150)  # after every edit of the page's content, before security_headers (-200)
def on_post_page(output: str, page: Any, config: MkDocsConfig) -> str:
    return compact(output)


@event_priority(-150)  # theme pages (404.html) alike, before not_found (-210) keeps them
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return compact(output_content) if template_name.endswith(".html") else output_content
