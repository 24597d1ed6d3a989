"""An offline copy of the site per language: a zip of that language's built pages and the
assets they use, for reading without a connection (opened from the phone's files).

Made from the same output as the site, rearranged for a folder on a phone:

- the language's pages sit at the top of the copy, its home page is `index.html`;
- German pages its pages link to as content (a page that exists only in German) come along
  under `de/`. A copy does not repeat another language's pages: "read the German original",
  the language chips and the switcher lead to the public address (the German copy is a
  download of its own). That keeps each copy about half as large – for the reader's data
  plan and for the host, which counts every copy of every Kreis;
- pages opened from a file have no web server to turn `kontakte/` into
  `kontakte/index.html`, so every link in the copy names the file;
- a link to a page outside the copy (another language, the zip itself) becomes the page's
  public address when the site has one (`site_url` is a public https address), otherwise it
  is removed: a language switcher entry disappears, a link in the text stays as plain text.
  No link in the copy leads to a missing file;
- search needs a server, so the copy has no search box (nor index, worker, source maps or
  Material's script, which only search loads); and no `<link rel=alternate>`: Material reads
  a sitemap beside each, which a file cannot;
- of the site's assets a copy holds what its pages and their stylesheets name, and a webfont
  only when a page of the copy shows a character it is for (see `_fonts`). The Ethiopic font
  comes with the Tigrinya copy, not with every other one (23 KB in each of a federation's
  hundreds of zips).

The zips are reproducible: entries sorted, every time stamp SOURCE_DATE_EPOCH or else
1980-01-01 (the earliest a zip can hold), fixed permissions.
"""

from __future__ import annotations

import functools
import json
import os
import posixpath
import re
import time
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from .compact import html_json
from .html_edits import Edits, Element
from .languages import Language
from .publish import address_problem
from .webfonts import NAME_FONT

FOLDER = "offline"
_SKIP = ("assets/javascripts/lunr/", "assets/javascripts/workers/", "search/", f"{FOLDER}/")
_SKIP_ENDINGS = (".map", "sitemap.xml", "sitemap.xml.gz")
_SERVER_ONLY = ("404.html", "_headers")  # what only a web server reads
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.I)
_ZIP_EPOCH = 315532800  # 1980-01-01T00:00:00Z


def archive_name(lang: Language) -> str:
    return f"{FOLDER}/lotsenportal-{lang.code}.zip"


@dataclass(frozen=True)
class Target:
    """A file of the site a link names (`path` relative to the site root) and what follows
    it (`?…#…`)."""

    path: str
    rest: str


OUTSIDE = ".."  # the path of a link that climbs above the site's root


@functools.lru_cache(maxsize=65536)  # every copy holds the German pages: same links again
def resolve(link: str, page: str, site_url: str) -> Target | None:
    """The site file a link on the site page `page` names; None for a link that leaves the
    site (another host, mailto:, tel:, data:) or stays on the page (`#…`)."""
    if not link or link.startswith("#"):
        return None
    root = urlsplit(site_url).path or "/"
    if _SCHEME.match(link) or link.startswith("//"):
        if not site_url or not link.startswith(site_url):
            return None
        link, folder = link[len(site_url) :], ""
    elif link.startswith("/"):
        if not link.startswith(root):
            return Target(OUTSIDE, "")
        link, folder = link[len(root) :], ""
    else:
        folder = posixpath.dirname(page)
    cut = min((i for i in (link.find("?"), link.find("#")) if i >= 0), default=len(link))
    address, rest = unquote(link[:cut]), link[cut:]
    joined = posixpath.join(folder, address)
    path = posixpath.normpath(joined) if joined else "."
    if path == OUTSIDE or path.startswith(OUTSIDE + "/"):
        return Target(OUTSIDE, rest)
    if path == ".":
        path = "index.html"
    elif address in ("", ".") or address.endswith("/"):
        path = f"{path}/index.html"
    return Target(path, rest)


def public(site_url: str) -> str | None:
    """The site's address when a reader can open it on the internet, else None."""
    return site_url if site_url and address_problem(site_url) is None else None


@dataclass(frozen=True)
class Copy:
    """One language's offline copy: site file → file in the copy."""

    lang: Language
    members: Mapping[str, str]
    site_url: str

    def find(self, target: Target) -> str | None:
        """The site path of a file in this copy (also for a folder named without "/")."""
        if target.path in self.members:
            return target.path
        folder = f"{target.path}/index.html"
        return folder if folder in self.members else None

    def href(self, link: str, page: str) -> str | None:
        """The link as written on `page` in the copy; None when it has no address there."""
        target = resolve(link, page, self.site_url)
        if target is None:
            return link
        found = self.find(target)
        if found is not None:
            here = posixpath.dirname(self.members[page]) or "."
            return quote(posixpath.relpath(self.members[found], here)) + target.rest
        online = public(self.site_url)
        if online is None or target.path == OUTSIDE:
            return None
        address = target.path.removesuffix("index.html")
        return online + quote(address) + target.rest

    def base(self, page: str, base: str) -> str:
        """Material's `base` (the site root, relative to the page) in the copy."""
        target = resolve(base, page, self.site_url)
        found = self.find(target) if target else None
        if found is None:
            return base
        here = posixpath.dirname(self.members[page]) or "."
        folder = posixpath.dirname(self.members[found]) or "."
        return posixpath.relpath(folder, here).rstrip("/") + "/"


def _files(site: Path) -> list[str]:
    """Every file an offline copy may hold, relative to the site: source maps, search,
    sitemaps and what only a server reads stay out."""
    found = []
    for file in sorted(site.rglob("*")):
        relative = file.relative_to(site).as_posix()
        if (
            file.is_file()
            and not relative.endswith(_SKIP_ENDINGS)
            and not relative.startswith(_SKIP)
            and not relative.split("/", 1)[-1].startswith(_SKIP)  # a language's search/
            and relative not in _SERVER_ONLY
            and relative.split("/", 1)[-1] not in _SERVER_ONLY  # a language's 404.html
        ):
            found.append(relative)
    return found


def _is_other_language(element: Element) -> bool:
    """A link to another language's version of a page (switcher entries, language chips, the
    draft notice's "read the German original", alternates): it names a page the site serves in
    that language's copy, so it does not pull the page into this one."""
    return "hreflang" in element.attrs or (
        element.tag == "link" and element.attrs.get("rel") == "alternate"
    )


def _links(html: str) -> Iterator[str]:
    for element in Edits(html).elements:
        if element.tag == "a" and not _is_other_language(element):
            href = element.attrs.get("href")
            if href:
                yield href


def plan(
    site: Path, files: Sequence[str], lang: Language, languages: Sequence[Language], site_url: str
) -> Copy:
    """Which files go into one language's copy, and where."""
    folders = {other.code for other in languages if not other.default}
    source = next((other for other in languages if other.default), lang)
    members: dict[str, str] = {}
    for relative in files:
        first = relative.split("/", 1)[0]
        if relative.startswith("assets/"):
            continue  # below: what the copy's pages use
        if lang.default and first not in folders:
            members[relative] = relative
        elif not lang.default and first == lang.code:
            members[relative] = relative[len(first) + 1 :]
    if not lang.default:  # the German pages its pages link to
        known = set(files)
        for page in [path for path in members if path.endswith(".html")]:
            for link in _links((site / page).read_text(encoding="utf-8")):
                target = resolve(link, page, site_url)
                if target is None:
                    continue
                for path in (target.path, f"{target.path}/index.html"):
                    if path in known and path.split("/", 1)[0] not in folders:
                        members.setdefault(path, f"{source.code}/{path}")
    pages = sorted(path for path in members if path.endswith(".html"))
    for asset in sorted(_assets(site, pages, set(files), site_url)):
        members[asset] = asset
    return Copy(lang, members, site_url)


# url(…) in a stylesheet; @font-face rules with their unicode-range.
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^\s)'"]*))\s*\)""")
_FONT_FACE = re.compile(r"@font-face\s*\{([^{}]*)\}")
_UNICODE_RANGE = re.compile(r"unicode-range\s*:\s*([^;{}]*)")
_RANGE_ITEM = re.compile(r"U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?", re.I)
_LICENCE = re.compile(r"(?:OFL|LICEN[CS]E|COPYING)[^/]*", re.I)


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
        if not link or _SCHEME.match(link) or link.startswith(("/", "#")):
            continue  # data: URIs, other hosts; our stylesheets name their files relatively
        path = posixpath.normpath(posixpath.join(posixpath.dirname(sheet), unquote(link)))
        yield path.split("?")[0].split("#")[0], ranges.get(url.start())


def _split_names(html: str, elements: Sequence[Element]) -> tuple[str, str]:
    """A page's text in two: names of other languages (links with `hreflang`, elements whose
    `lang` is not the page's) and everything else."""
    page_lang = next((e.attrs.get("lang") for e in elements if e.tag == "html"), None)
    names, rest, position = [], [], 0
    for element in elements:
        other = (element.tag == "a" and "hreflang" in element.attrs) or (
            element.tag != "html" and element.attrs.get("lang") not in (None, page_lang)
        )
        if other and element.start >= position:
            end = element.end or element.open_end
            rest.append(html[position : element.start])
            names.append(html[element.start : end])
            position = end
    rest.append(html[position:])
    return "".join(names), "".join(rest)


def _assets(site: Path, pages: Sequence[str], known: set[str], site_url: str) -> set[str]:
    """The asset files the copy's pages use: what they link to or load (stylesheets,
    scripts, icons), what those stylesheets name (images, fonts) – a webfont only when a
    page shows a character of its unicode-range –, and the licence beside a font taken.

    Names of other languages (the language menu, chips, "ትግርኛ" in a list of languages) are
    set in the small name font first (webfonts.NAME_FONT; lotsenportal.css): a character
    there calls for the name font, or for another font only when the name font lacks it."""
    named: set[str] = set()
    names: list[str] = []
    rest: list[str] = []
    for page in pages:
        html = (site / page).read_text(encoding="utf-8")
        elements = Edits(html).elements
        other, text = _split_names(html, elements)
        names.append(other)
        rest.append(text)
        for element in elements:
            if _is_other_language(element) or element.attrs.get("rel") == "canonical":
                continue  # not in the copy: they lead to the public address or go
            for attribute in ("src", "href"):
                target = resolve(element.attrs.get(attribute) or "", page, site_url)
                if target is not None and target.path.startswith("assets/"):
                    named.add(target.path)
    taken = {path for path in named if path in known}
    name_font = posixpath.basename(NAME_FONT).removesuffix(".woff2") + "."
    for sheet in sorted(path for path in taken if path.endswith(".css")):
        faces = list(_css_urls((site / sheet).read_text(encoding="utf-8"), sheet))
        name_range = next(
            (chars for path, chars in faces if posixpath.basename(path).startswith(name_font)),
            None,
        )
        left = "".join(names) if name_range is None else name_range.sub("", "".join(names))
        for path, chars in faces:
            if path not in known:
                continue
            if posixpath.basename(path).startswith(name_font):
                needed = chars is None or bool(chars.search("".join(names)))
            else:
                needed = chars is None or any(chars.search(text) for text in (*rest, left))
            if needed:
                taken.add(path)
    for font in [path for path in taken if path.endswith((".woff2", ".woff", ".ttf", ".otf"))]:
        folder = posixpath.dirname(font)
        taken.update(
            path
            for path in known
            if posixpath.dirname(path) == folder and _LICENCE.fullmatch(posixpath.basename(path))
        )
    return taken


def for_files(html: str, page: str, copy: Copy) -> str:
    """A page of the site as it reads in the copy: links name files of the copy (or the public
    address), no search box."""
    edits = Edits(html)
    for element in edits.elements:
        if element.attrs.get("data-md-component") == "search" or (
            element.tag == "label" and element.attrs.get("for") == "__search"
        ):
            edits.remove(element)  # the dialog and its button (Material needs the hidden toggle)
        elif element.tag == "link" and element.attrs.get("rel") == "alternate":
            # For search engines and feed readers; Material would ask for a sitemap.xml beside
            # each one, which a page opened from a file may not read.
            edits.remove(element)
        elif element.tag == "script" and element.attrs.get("id") == "__config":
            edits.replace_content(element, _config(edits.content(element), page, copy))
        elif element.tag == "script" and "data-bundle" in element.attrs:
            # lazy-search.js: Material's script is for search only, and the copy has none.
            attrs = {k: v for k, v in element.attrs.items() if k != "data-bundle"}
            source = copy.href(str(attrs.get("src") or ""), page)
            edits.set_attrs(element, {**attrs, "src": source} if source else attrs)
        else:
            _relink(edits, element, page, copy)
    return edits.apply()


def _relink(edits: Edits, element: Element, page: str, copy: Copy) -> None:
    name = "src" if "src" in element.attrs else "href"
    link = element.attrs.get(name)
    if link is None or element.attrs.get("rel") == "canonical":
        return
    new = copy.href(link, page)
    if new == link:
        return
    if new is not None:
        edits.set_attrs(element, {**element.attrs, name: new})
    elif element.tag == "a" and (item := element.inside("md-select__item")) is not None:
        edits.remove(item)  # a language that is not in the copy
    elif element.tag == "a":
        dropped = ("href", "hreflang", "download", "target", "rel", "type")
        edits.retag(element, "span", {k: v for k, v in element.attrs.items() if k not in dropped})
    elif element.tag == "link":
        edits.remove(element)


def _config(text: str, page: str, copy: Copy) -> str:
    """Material's settings: the copy's root as `base`, and no search worker."""
    config = json.loads(text)
    config["base"] = copy.base(page, str(config.get("base", "")))
    config.pop("search", None)
    return html_json(config, sort_keys=True)


def _date_time() -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else _ZIP_EPOCH
    return time.gmtime(max(seconds, _ZIP_EPOCH))[:6]


def write_archive(site: Path, copy: Copy, target: Path) -> None:
    """The zip of one copy, the same bytes for the same site."""
    stamp = _date_time()
    entries = sorted(copy.members.items(), key=lambda item: item[1])
    with zipfile.ZipFile(target, "w") as archive:
        for relative, name in entries:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            file = site / relative
            if relative.endswith(".html"):
                data = for_files(file.read_text(encoding="utf-8"), relative, copy).encode()
            else:
                data = file.read_bytes()
            archive.writestr(info, data)


def write_archives(
    site: Path,
    languages: Sequence[Language],
    site_url: str = "",
    every: Sequence[Language] | None = None,
) -> list[Path]:
    """One zip per language of `languages` under site/offline/; returns the files written.
    `every` is every language of the site (default: `languages`), so that no other language's
    folder is taken for German pages when a build writes only some of them."""
    files = _files(site)  # one walk of the site for all languages
    (site / FOLDER).mkdir(exist_ok=True)
    written = []
    for lang in languages:
        target = site / archive_name(lang)
        write_archive(site, plan(site, files, lang, every or languages, site_url), target)
        written.append(target)
    return written
