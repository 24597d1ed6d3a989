"""MkDocs hook: the "page not found" page in the reader's language, with a link home and every
language's home page named in its own language.

The i18n plugin renders Material's 404.html once per language into the same file, so the
last language won (it was Romanian, with a language menu left over from the last page built).
Here the template gets the labels of the language being built, each language's page is kept,
and after the last language the German one is written to /404.html (GitHub Pages and Netlify
serve only that one, for every address) and every other language's to /<lang>/404.html (hosts
that serve the nearest 404.html, such as Cloudflare Pages, use it under /<lang>/).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from lotsenportal.data.languages import SOURCE, Language, from_plugin_config
from lotsenportal.translations.strings import Strings, load_strings

TEMPLATE = "404.html"
_strings: dict[str, Strings] = {}
_pages: dict[str, str] = {}


def _current(config: MkDocsConfig) -> str:
    return config.plugins["i18n"].current_language or SOURCE


def _site_languages(config: MkDocsConfig) -> list[Language]:
    """The languages the site has: a preview (`make serve LANG=ar`) or a federation may build
    fewer than mkdocs.yml names. (Not `languages.built`: in a build in parts that is only the
    part's languages, and every part's German page must be the same.)"""
    entries = config.plugins["i18n"].config.languages
    on = {entry.locale for entry in entries if getattr(entry, "build", True)}
    return [lang for lang in from_plugin_config(entries) if lang.code in on]


def on_pre_build(config: MkDocsConfig) -> None:
    if not _strings:
        languages = from_plugin_config(config.plugins["i18n"].config.languages)
        folder = Path(config.config_file_path).parent / "overrides" / "strings"
        _strings.update(load_strings(folder, [lang.code for lang in languages]))


def on_template_context(
    context: dict[str, Any], template_name: str, config: MkDocsConfig
) -> dict[str, Any]:
    if template_name != TEMPLATE:
        return context
    languages = _site_languages(config)
    reader = next(lang for lang in languages if lang.code == _current(config))
    labels = _strings[reader.code]
    # From the site's root: the page is shown at whatever address was not found.
    root = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
    homes = []
    for lang in languages:
        home = _strings[lang.code].get("not_found_home")
        # In its own language only: a German "Zur Startseite" beside فارسی helps nobody.
        label = None if home.fallback else home
        homes.append({"language": lang, "label": label, "url": root + lang.prefix})
    context["lp404"] = {
        "reader": reader,
        "home_url": root + reader.prefix,
        "title": labels.get("not_found_title"),
        "text": labels.get("not_found_text"),
        "home": labels.get("not_found_home"),
        "languages_label": labels.get("not_found_languages"),
        "homes": homes,
    }
    return context


@event_priority(-210)  # after security_headers (-200) has put the policy into the page
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name == TEMPLATE:
        _pages[_current(config)] = output_content
    return output_content


@event_priority(-240)  # after the i18n plugin built every language, before light_pages (-250)
def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins["i18n"], "building", False):
        return  # a nested per-language build; the others come later
    site = Path(config.site_dir)
    for lang in from_plugin_config(config.plugins["i18n"].config.languages):
        page = _pages.get(lang.code)
        if page is None:
            continue  # a language another process builds (lotsenportal.build.parallel)
        target = site / lang.prefix / TEMPLATE
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    _pages.clear()
