"""MkDocs hook: page titles, descriptions and the site name reach Material's templates as
escaped HTML (`Markup`).

Material writes them unescaped into text and attributes (`<meta name="description"
content="{{ page.meta.description }}">`), and MkDocs' search index takes them as HTML. As
`Markup`, a `"` or `<` typed by staff or translators is shown as typed everywhere, and
Material's own `| e` does not escape it twice. `main.html` writes the <title> itself, because
Material's `striptags` would undo the escaping there.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from lotsenportal.data.formatting import theme_text


@event_priority(-100)  # after every hook that sets the site's name for the language built
def on_pre_build(config: MkDocsConfig) -> None:
    config.site_name = theme_text(config.site_name)


@event_priority(-100)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Any) -> str:
    # Before any page is put into a template: navigation and search show every page's title.
    page.title = theme_text(page.title)  # type: ignore[method-assign]
    for key in ("title", "description"):
        if page.meta.get(key) is not None:
            page.meta[key] = theme_text(page.meta[key])
    return html
