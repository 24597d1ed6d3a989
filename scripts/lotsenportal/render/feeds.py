"""An Atom feed of the news per language (feedgen), so partners can follow "Aktuelles"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, time
from xml.etree import ElementTree

from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]

from ..data import formatting
from ..data.languages import Language
from ..translations.localize import Localized


def news_feed(lang: Language, site_url: str, title: str, news: Mapping[str, Localized]) -> str:
    home = f"{site_url}{lang.prefix}aktuelles/"
    feed = FeedGenerator()
    feed.id(home)
    feed.title(title)
    feed.language(lang.code)
    feed.link(href=home, rel="alternate")
    feed.link(href=f"{home}feed.xml", rel="self")
    latest = None
    for key, item in reversed(list(news.items())):  # feedgen puts the last added first
        stamp = datetime.combine(item.date, time(12, 0), tzinfo=UTC)
        latest = max(latest or stamp, stamp)
        entry = feed.add_entry()
        entry.id(f"{home}{key}/")
        entry.title(str(item.title))
        entry.link(href=f"{home}{key}/")
        entry.summary(formatting.plain(item.summary))
        entry.published(stamp)
        entry.updated(stamp)
    feed.updated(latest or datetime(2000, 1, 1, tzinfo=UTC))
    return str(feed.atom_str(pretty=True).decode("utf-8"))


def news_sitemap(lang: Language, site_url: str, keys: Iterable[str]) -> str:
    """A sitemap of the news folder, beside its feed. Material's script (once search is
    opened) fetches `sitemap.xml` beside every `<link rel="alternate">` in a page's head; for
    the feed's link that is this file, which would otherwise be a failed request."""
    home = f"{site_url}{lang.prefix}aktuelles/"
    urlset = ElementTree.Element("urlset", xmlns="http://www.sitemaps.org/schemas/sitemap/0.9")
    for address in [home, *(f"{home}{key}/" for key in keys)]:
        ElementTree.SubElement(ElementTree.SubElement(urlset, "url"), "loc").text = address
    ElementTree.indent(urlset)
    body = ElementTree.tostring(urlset, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
