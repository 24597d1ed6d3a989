"""What an offline copy (lotsenportal.site.offline) would load, inside it as data: URLs: the
site's stylesheets (already trimmed to the site's pages) go inline, a webfont comes along
only when the copy shows a character it is for (see `_fonts`; our cuts keep the font's
copyright and licence notices, webfonts.cut), images of the site's own files likewise."""

from __future__ import annotations

import base64
import functools
import posixpath
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import unquote

from .html_edits import Edits
from .offline_plan import OUTSIDE, SCHEME, Copy, resolve
from .webfonts import NAME_FONT

_IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}
_FONT_TYPES = {".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".otf": "font/otf"}

# url(…) in a stylesheet; @font-face rules with their unicode-range.
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^\s)'"]*))\s*\)""")
_FONT_FACE = re.compile(r"@font-face\s*\{([^{}]*)\}")
_UNICODE_RANGE = re.compile(r"unicode-range\s*:\s*([^;{}]*)")
_RANGE_ITEM = re.compile(r"U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?", re.I)


def _range_pattern(ranges: str) -> re.Pattern[str] | None:
    """A character class for a CSS unicode-range (`U+1200-139F, U+AB??, U+1275`)."""
    parts = []
    for match in _RANGE_ITEM.finditer(ranges):
        low = match.group(1).upper()
        high = match.group(2) or low.replace("?", "F")
        low = low.replace("?", "0")
        start, end = int(low, 16), int(high, 16)
        if start <= end <= 0x10FFFF:
            parts.append(f"{re.escape(chr(start))}-{re.escape(chr(end))}")
    return re.compile(f"[{''.join(parts)}]") if parts else None


def _css_urls(css: str, sheet: str) -> Iterator[tuple[str, re.Pattern[str] | None]]:
    """The site files a stylesheet names, each with the characters it is for (the
    unicode-range of its @font-face rule; None: for every page that uses the sheet)."""
    ranges = {}
    for face in _FONT_FACE.finditer(css):
        found = _UNICODE_RANGE.search(face.group(1))
        for url in _CSS_URL.finditer(face.group(1)):
            ranges[url.start() + face.start(1)] = _range_pattern(found.group(1)) if found else None
    for url in _CSS_URL.finditer(css):
        link = next(group for group in url.groups() if group is not None)
        if not link or SCHEME.match(link) or link.startswith(("/", "#")):
            continue  # data: URIs, other hosts; our stylesheets name their files relatively
        path = posixpath.normpath(posixpath.join(posixpath.dirname(sheet), unquote(link)))
        yield path.split("?")[0].split("#")[0], ranges.get(url.start())


def image(site: Path, copy: Copy, link: str, page: str) -> str | None:
    """An image of the site's own files as a data: URL (the copy loads nothing)."""
    if link.startswith("data:image/"):
        return link
    target = resolve(link, page, copy.site_url)
    if target is None or target.path == OUTSIDE:
        return None  # another host: a copy loads nothing
    kind = _IMAGE_TYPES.get(posixpath.splitext(target.path)[1].lower())
    file = site / target.path
    if kind is None or not file.is_file():
        return None
    return _data_url(file, kind)


def _data_url(file: Path, kind: str) -> str:
    """A file of the site as a data: URL: the copy loads nothing."""
    return f"data:{kind};base64,{base64.b64encode(file.read_bytes()).decode()}"


def stylesheet(site: Path, home_edits: Edits, home: str, copy: Copy, names: str, shown: str) -> str:
    """The home page's stylesheets (already trimmed to the site's pages) as one, with the
    fonts the copy needs and the images as data: URLs."""
    sheets = []
    for element in home_edits.elements:
        if element.tag == "link" and element.attrs.get("rel") == "stylesheet":
            target = resolve(element.attrs.get("href") or "", home, copy.site_url)
            if target is not None and (site / target.path).is_file():
                sheets.append(target.path)
    needed = _fonts(names, shown, sheets, site)
    out = []
    for sheet in sheets:
        css = (site / sheet).read_text(encoding="utf-8")
        css = _FONT_FACE.sub(functools.partial(_face, sheet=sheet, needed=needed), css)
        css = _CSS_URL.sub(functools.partial(_css_url, sheet=sheet, site=site), css)
        out.append(css)
    return "\n".join(out)


def _face(face: re.Match[str], *, sheet: str, needed: set[str]) -> str:
    """An @font-face rule, or nothing when the copy needs none of its files."""
    for path, _ in _css_urls(face.group(0), sheet):
        if path in needed:
            return face.group(0)
    return ""


def _css_url(url: re.Match[str], *, sheet: str, site: Path) -> str:
    link = next(group for group in url.groups() if group is not None)
    if link.startswith("data:"):
        return url.group(0)
    path = posixpath.normpath(posixpath.join(posixpath.dirname(sheet), unquote(link)))
    path = path.split("?")[0].split("#")[0]
    extension = posixpath.splitext(path)[1].lower()
    kind = _FONT_TYPES.get(extension) or _IMAGE_TYPES.get(extension)
    file = site / path
    if kind is None or path.startswith("..") or not file.is_file():
        return 'url("data:,")'  # nothing to load
    return f'url("{_data_url(file, kind)}")'


def _fonts(names: str, rest: str, sheets: Sequence[str], site: Path) -> set[str]:
    """The webfont files the copy needs: it shows a character of their unicode-range.

    Names of other languages (`names`: links with `hreflang`, elements whose `lang` is not
    the page's, such as "ትግርኛ" in a list of languages) are drawn in the small name font first
    (webfonts.NAME_FONT; lotsenportal.css): a character there calls for the name font, or for
    another font only when the name font lacks it."""
    name_font = posixpath.basename(NAME_FONT).removesuffix(".woff2") + "."
    needed: set[str] = set()
    for sheet in sheets:
        faces = [
            (path, chars)
            for face in _FONT_FACE.finditer((site / sheet).read_text(encoding="utf-8"))
            for path, chars in _css_urls(face.group(0), sheet)
        ]
        name_range = next(
            (chars for path, chars in faces if posixpath.basename(path).startswith(name_font)),
            None,
        )
        left = names if name_range is None else name_range.sub("", names)
        for path, chars in faces:
            if posixpath.basename(path).startswith(name_font):
                used = chars is None or bool(chars.search(names))
            else:
                used = chars is None or bool(chars.search(rest) or chars.search(left))
            if used:
                needed.add(path)
    return needed
