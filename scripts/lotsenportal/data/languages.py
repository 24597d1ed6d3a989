"""The site's languages. They are declared once, in mkdocs.yml (plugin `i18n`);
text direction and native names come from the Unicode CLDR via Babel, not from a list of ours.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from .messages import say

log = logging.getLogger("mkdocs.hooks.languages")

SOURCE = "de"  # German is the source language of every text.


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # as the i18n plugin shows it in the switcher
    default: bool = False

    @property
    def locale(self) -> Locale:
        return Locale.parse(self.code.replace("-", "_"))

    @property
    def rtl(self) -> bool:
        return self.locale.character_order == "right-to-left"

    @property
    def dir(self) -> str:
        return "rtl" if self.rtl else "ltr"

    @property
    def native_name(self) -> str:
        name = self.locale.get_display_name(self.locale) or self.name
        return name[:1].upper() + name[1:]

    @property
    def prefix(self) -> str:
        """URL path prefix of this language's pages, relative to the site root."""
        return "" if self.default else f"{self.code}/"


class _AnyTagLoader(yaml.SafeLoader):
    """mkdocs.yml uses tags such as !ENV and !!python/name; we only need plain values."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_AnyTagLoader.add_multi_constructor("", _ignore_tag)


def preview_only(config: Any) -> None:
    """Quick preview (`make serve LANG=ar`, $LOTSENPORTAL_ONLY): let the i18n plugin build
    German and the named languages only."""
    only = set(os.environ.get("LOTSENPORTAL_ONLY", "").replace(",", " ").split())
    if only:
        for lang in config.plugins["i18n"].config.languages:
            lang.build = lang.default or lang.locale in only
        log.info(say("preview_only", languages=", ".join(sorted(only | {SOURCE}))))


def part() -> set[str] | None:
    """The languages this process builds when the build is split over several processes
    (lotsenportal.build.parallel sets $LOTSENPORTAL_PART); German is built in every part."""
    codes = os.environ.get("LOTSENPORTAL_PART", "").replace(",", " ").split()
    return {SOURCE, *codes} if codes else None


def built(entries: list[Any]) -> list[Language]:
    """The languages this build writes: all of them, or German and those a quick preview
    (`make serve LANG=ar`) switched on, or German and this process's part of them."""
    on = {entry.locale for entry in entries if getattr(entry, "build", True)}
    mine = part()
    return [
        lang
        for lang in from_plugin_config(entries)
        if lang.code in on and (mine is None or lang.code in mine)
    ]


def from_plugin_config(entries: list[Any]) -> list[Language]:
    """From the i18n plugin's `languages` option, as dicts or as the plugin's config objects."""
    languages = []
    for entry in entries:
        get = (
            entry.get
            if isinstance(entry, dict)
            else lambda key, default=None, e=entry: getattr(e, key, default)
        )
        if get("locale") == "null":
            continue
        languages.append(
            Language(str(get("locale")), str(get("name")), bool(get("default", False)))
        )
    return languages


def from_mkdocs_yml(path: Path) -> list[Language]:
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            return from_plugin_config(plugin["i18n"]["languages"])
    raise ValueError(f"{path}: no i18n plugin with languages configured")
