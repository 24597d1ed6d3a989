"""MkDocs hook: tell the theme what a reader needs to know about a page's language.

Adds `lp` to every page's template context: whether the text is a German fallback or an
unreviewed draft (with the label texts and a link to the German original), and the language
and direction of the content. (The `x-default` alternate is in the sitemap: theme/sitemap.xml.)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from lotsenportal.build.federation_file import portal_title
from lotsenportal.data.languages import SOURCE, Language, from_plugin_config
from lotsenportal.data.layout import LEGAL_PAGES
from lotsenportal.site import search_index
from lotsenportal.translations.localize import LocalText
from lotsenportal.translations.strings import Strings, load_strings, strings_fingerprint
from lotsenportal.translations.translation import notice_for

_strings: dict[str, Strings] = {}
_loaded: dict[str, object] = {}  # the fingerprint of the label files _strings holds
# In a federation build of one Kreis: the portal's title per language (its footer link).
_portal: dict[str, str] = {}


def on_pre_build(config: MkDocsConfig) -> None:
    languages = from_plugin_config(config.plugins["i18n"].config.languages)
    folder = Path(config.config_file_path).parent / "overrides" / "strings"
    codes = [lang.code for lang in languages]
    if _loaded.get("key") != (key := strings_fingerprint(folder, codes)):
        _strings.update(load_strings(folder, codes))  # once a build, not once a language
        _loaded["key"] = key
    federation = os.environ.get("LOTSENPORTAL_FEDERATION")
    _portal.clear()
    if federation and os.environ.get("LOTSENPORTAL_MEMBER"):
        _portal.update(portal_title(Path(federation)))


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    languages = {
        lang.code: lang for lang in from_plugin_config(config.plugins["i18n"].config.languages)
    }
    reader = context.get("i18n_page_locale") or SOURCE
    content = context.get("i18n_file_locale") or reader
    labels = _strings[reader]
    alternates: dict[str, Any] = getattr(page.file, "alternates", {}) or {}
    original = alternates.get(SOURCE)
    german = (
        Path(original.abs_src_path).read_text(encoding="utf-8")
        if original is not None and original.abs_src_path and not page.meta.get("generated")
        else None
    )
    notice = notice_for(reader, content, page.file.content_string, german)
    if notice == "fallback":
        search_index.FALLBACKS.add((reader, page.url[len(languages[reader].prefix) :]))
    context["lp"] = {
        "reader": languages[reader],
        "content": languages.get(content, Language(content, content)),
        "notice": notice,
        "notice_text": labels.get(f"notice_{notice}") if notice else None,
        # A label the reader's language lacks is shown in German, marked as such.
        "notice_lang": labels.get(f"notice_{notice}").lang if notice else None,
        "original_label": labels.get("notice_original"),
        # The one-line form of the notice, and where the translation states are explained.
        "notice_short": labels.get(f"notice_{notice}_short") if notice else None,
        "details_label": labels.get("notice_details"),
        "details_url": _details(config, reader, languages[reader]) if notice else None,
        "original_url": original.url if original is not None and reader != SOURCE else None,
        # Footer: the legal pages (German; other languages show them as marked fallback).
        "legal": [
            {"label": labels.get(f"{slug}_title"), "path": f"{languages[reader].prefix}{slug}/"}
            for slug in LEGAL_PAGES
        ],
        # Search loads search/search_index.json relative to this: the language's own index.
        "search_base": languages[reader].prefix.rstrip("/"),
        "portal": _portal_link(reader, languages[reader]),
    }
    return context


def _details(config: MkDocsConfig, reader: str, language: Language) -> str | None:
    """The reader's translation status page, where the site has one (a portal has none)."""
    page = Path(config.docs_dir) / reader / "uebersetzungen" / "index.md"
    return f"{language.prefix}uebersetzungen/" if page.is_file() else None


def _portal_link(reader: str, language: Language) -> dict[str, Any] | None:
    """In a federation build of one Kreis: the portal with every Kreis, one folder up."""
    if not _portal:
        return None
    label = (
        LocalText(_portal[reader], reader, False)
        if reader in _portal
        else LocalText(_portal[SOURCE], SOURCE, True)
    )
    return {"label": label, "path": f"../{language.prefix}"}
