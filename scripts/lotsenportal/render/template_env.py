"""The Jinja environment every generated page is rendered in (site and portal), and the helpers
templates call: labels, links, icons, dates and the text rules of lotsenportal.data.formatting."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from babel.dates import format_date, format_skeleton
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..data import formatting
from ..data.languages import Language
from ..data.phones import e164, national
from ..data.schema import (
    MATERIAL_ICONS,
    Stand,
    present,
)
from ..data.schema import today as schema_today
from ..translations.localize import LocalText, Provenance
from ..translations.strings import Strings
from . import channel_links

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: same YAML, faster


def environment(templates: Path) -> Environment:
    """The Jinja environment every generated page is rendered in (site and portal).

    Every `{{ value }}` is text: `_finalize` writes it with lotsenportal.data.formatting so that
    Python-Markdown can only pass it through. What templates and this module build as markup
    (links, icons, macros, the filters below) is `Markup` and stays as it is — autoescaping
    is on so that macro output is `Markup` too, and nothing else ever is.
    """
    env = Environment(
        loader=FileSystemLoader(templates),
        undefined=StrictUndefined,
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.filters.update(
        block=_block,
        inline=_inline,
        tel=lambda number: Markup(e164(number)),
        phone=national,
        icon=_icon,
        attr=_attribute,
        url=formatting.href,
        mailto=lambda address: formatting.href(f"mailto:{address}"),
    )
    env.filters["pick"] = lambda key, mapping: mapping[key]  # ids | map("pick", views)
    # The ways to reach a record, in declared order (lotsenportal.data.schema.channels).
    env.globals.update(
        channels_of=lambda view: present(view.model),
        channel_text=channel_links.shown,
        channel_href=channel_links.href,
    )
    env.tests["contains"] = lambda collection, item: item in collection
    return env


def page_text(meta: dict[str, Any], body: str, provenance: Provenance) -> str:
    """A generated Markdown file: front matter (with the translation state of every text the
    page showed, and `generated: true`), then the body."""
    meta = dict(meta)
    if provenance.status is not None:
        meta["translation"] = {"status": provenance.status}
    meta["generated"] = True
    front = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{body.strip()}\n"


class Labels:
    """`{{ t.some_label }}` in templates; unknown labels fail the build."""

    def __init__(self, strings: Strings, provenance: Provenance) -> None:
        self._strings = strings
        self._provenance = provenance

    def __getattr__(self, key: str) -> LocalText:
        return self._strings.get(key, self._provenance)

    def __getitem__(self, key: str) -> LocalText:  # `t[channel.field]`
        return self._strings.get(key, self._provenance)


def _finalize(value: Any) -> Markup:
    """Any value a template shows: text, unless the template or this module made it markup.
    German text shown on a translated page is marked as German, for screen readers."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return _language_of(value, formatting.inert(value))


def _language_of(value: Any, rendered: Markup) -> Markup:
    if isinstance(value, LocalText) and value.fallback:
        return Markup('<span lang="{}" dir="ltr">{}</span>').format(value.lang, rendered)
    return rendered


def _inline(value: Any) -> Markup:
    """A long text inside a line (cards, lists): its emphasis and links, no paragraphs."""
    return _language_of(value, formatting.inline(value))


def _block(value: Any) -> Markup:
    """A long text as paragraphs and lists; German fallback becomes its own left-to-right
    block."""
    rendered = formatting.block(value)
    if isinstance(value, LocalText) and value.fallback:
        return Markup('<div lang="{}" dir="ltr">\n{}\n</div>').format(value.lang, rendered)
    return rendered


def _attribute(value: Any) -> Markup:
    """Text for an HTML attribute or a Markdown attribute list: no language markup."""
    return formatting.attribute(str(value))


def _icon(name: str) -> Markup:
    """`material/stethoscope` → the shortcode pymdownx.emoji turns into an inline SVG (the
    name is checked against Material's bundled icons when the data is loaded)."""
    return Markup(":" + name.replace("/", "-") + ":")


def stand_text(value: date | Stand, lang: Language) -> str:
    """A `reviewed` date as precise as it was written: 12. Juli 2018, März 2020, 2025."""
    if isinstance(value, date):
        return format_date(value, format="long", locale=lang.locale)
    if value.day is not None:
        return format_date(value.first_day, format="long", locale=lang.locale)
    if value.month is not None:
        return format_skeleton("yMMMM", value.first_day, locale=lang.locale)
    return format_skeleton("y", value.first_day, locale=lang.locale)


def is_old(value: date | Stand, months: int) -> bool:
    """Older than the site's review period (`review_after_months`): shown as such."""
    last = value.last_day if isinstance(value, Stand) else value
    today = schema_today()
    age = (today.year - last.year) * 12 + today.month - last.month - (today.day < last.day)
    return age >= months


def linker(path: str) -> Callable[[str], Markup]:
    """`link()` in templates: a relative link from the page at `path` (inside the language
    folder) to another file there, so MkDocs checks it. Targets are built from ids."""
    return lambda target: formatting.href(posixpath.relpath(target, posixpath.dirname(path) or "."))


def inline_icon(name: str) -> Markup:
    """An icon bundled with Material, inline (for raw HTML, where shortcodes do not work)."""
    return Markup((MATERIAL_ICONS / f"{name}.svg").read_text(encoding="utf-8").strip())


def home_link(here: Language, target: Language) -> Markup:
    """Relative link from one language's home page to another's."""
    up = "" if here.default else "../"
    return formatting.href((up + target.prefix) or "./")


def language_name(code: str, reader: Language) -> str:
    try:
        name = reader.locale.languages.get(code) or Locale.parse(code).get_display_name(
            reader.locale
        )
    except Exception:  # an unusual code still shows as written
        return code
    return str(name or code)
