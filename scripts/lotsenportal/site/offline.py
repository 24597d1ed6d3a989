"""An offline copy of the site per language: one page that holds all of that language's
pages, zipped, for reading without a connection.

Why one page: a phone opens a downloaded HTML file from its file manager (Android hands the
browser a content:// address, iOS shows a preview), and from there a page reaches no
stylesheet, font or other page beside it – a folder of pages unzipped on a phone shows
unstyled text whose links lead nowhere. One self-contained file works wherever it opens, and,
zipped, costs about a seventh of a folder of pages (one page's frame, not sixty; the host
counts every copy of every Kreis).

- The zip holds `index.html`: the language's pages as sections in reading order (home, then
  the site's navigation, each folder's pages after its index), a list of contents at the top
  and a way back to it after each section. Links between them are anchors: a page is
  `#orte/usingen`, a heading on it `#orte/usingen:projekte` (every id of a section is
  prefixed so, the icons' `<use href>` too).
- German pages its pages link to as content (a page that exists only in German) come along
  as sections marked `lang="de"`. A copy does not repeat another language's pages: the
  language menu is not in it, and "read the German original" and the language chips lead
  to the public address (the German copy is a download of its own).
- The site's stylesheets (already trimmed to the site's pages) are inline; a webfont comes
  along as a data: URL only when the copy shows a character it is for (see `_fonts`; our
  cuts keep the font's copyright and licence notices, webfonts.cut). No script: search needs
  a server, and the list of towns works without the town finder. The policy (CSP) allows
  nothing but that one stylesheet, by its hash, and data: fonts and images: the copy makes
  no request at all.
- Links to anything else of the site (flyers – print them from the site –, vCards, other
  languages) go to the public address when the site has one (`site_url` is a public https
  address), otherwise they become plain text. No link in the copy leads nowhere.

The zips are reproducible: every time stamp SOURCE_DATE_EPOCH or else 1980-01-01 (the
earliest a zip can hold), fixed permissions.
"""

from __future__ import annotations

import base64
import functools
import html
import os
import posixpath
import re
import time
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from markupsafe import Markup

from ..data.languages import Language
from ..data.site_address import address_problem
from ..render.templating import html_templates
from .csp import source_hash
from .html_edits import Edits, Element
from .webfonts import NAME_FONT

FOLDER = "offline"
PAGE = "index.html"  # the one file in each zip
_SKIP = ("assets/", "search/", f"{FOLDER}/")
_SKIP_ENDINGS = (".map", "sitemap.xml", "sitemap.xml.gz")
_SERVER_ONLY = ("404.html", "_headers")  # what only a web server reads
_PRINT_ONLY = ("flyer/",)  # printed from the site, not read in a copy
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.I)
_ZIP_EPOCH = 315532800  # 1980-01-01T00:00:00Z
HOME = "~"  # the home page's section id (no page folder has this name)
# Attributes that name ids of the same document (space-separated lists).
_ID_REFERENCES = (
    *("for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns"),
    *("aria-activedescendant", "headers", "list", "form"),
)
_IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}
_FONT_TYPES = {".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".otf": "font/otf"}


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
    """One language's offline copy: its pages (site path → section id), in reading order."""

    lang: Language
    sections: Mapping[str, str]
    site_url: str

    def find(self, target: Target) -> str | None:
        """The site path of a page in this copy (also for a folder named without "/")."""
        if target.path in self.sections:
            return target.path
        folder = f"{target.path}/index.html"
        return folder if folder in self.sections else None

    def href(self, link: str, page: str) -> str | None:
        """The link as written on `page` in the copy: an anchor for a page of the copy, the
        public address for anything else of the site, None when it has no address there."""
        if link.startswith("#"):
            return "#" + self.anchor(page, link[1:])
        target = resolve(link, page, self.site_url)
        if target is None:
            return link  # another host, mailto:, tel:
        found = self.find(target)
        if found is not None:
            fragment = target.rest.partition("#")[2]
            return "#" + self.anchor(found, fragment)
        online = public(self.site_url)
        if online is None or target.path == OUTSIDE:
            return None
        address = target.path.removesuffix("index.html")
        return online + quote(address) + target.rest

    def anchor(self, page: str, fragment: str) -> str:
        """The id in the copy of `#fragment` on the site page `page` (the section itself for
        none)."""
        section = self.sections[page]
        return f"{section}:{unquote(fragment)}" if fragment else section


def _section_id(copy_path: str) -> str:
    folder = posixpath.dirname(copy_path)
    return folder or HOME


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


def _links(html_text: str) -> Iterator[str]:
    """The links of a page to its content: not those to another language's version of a page
    (switcher, chips, "read the German original" carry `hreflang`), which do not pull that
    page into this copy."""
    for element in Edits(html_text).elements:
        if element.tag == "a" and "hreflang" not in element.attrs:
            href = element.attrs.get("href")
            if href:
                yield href


def plan(
    site: Path, files: Sequence[str], lang: Language, languages: Sequence[Language], site_url: str
) -> Copy:
    """Which pages the copy of one language holds, as which sections, in reading order."""
    folders = {other.code for other in languages if not other.default}
    pages: dict[str, str] = {}  # site path → path in the copy
    for relative in files:
        first = relative.split("/", 1)[0]
        if not relative.endswith(".html"):
            continue
        if lang.default and first not in folders:
            pages[relative] = relative
        elif not lang.default and first == lang.code:
            pages[relative] = relative[len(first) + 1 :]
    german: dict[str, str] = {}
    if not lang.default:  # the German pages its pages link to
        known = set(files)
        for page in list(pages):
            for link in _links((site / page).read_text(encoding="utf-8")):
                target = resolve(link, page, site_url)
                if target is None:
                    continue
                for path in (target.path, f"{target.path}/index.html"):
                    german_page = path.split("/", 1)[0] not in folders
                    if german_page and path in known and path.endswith(".html"):
                        german.setdefault(path, f"de/{path}")
    pages = {
        path: copy_path
        for path, copy_path in pages.items()
        if not copy_path.startswith(_PRINT_ONLY)
    }
    german = {
        path: copy_path for path, copy_path in german.items() if not path.startswith(_PRINT_ONLY)
    }
    home = "index.html" if lang.default else f"{lang.code}/index.html"
    order = _navigation(site, home, site_url) if home in pages else []

    def key(item: tuple[str, str]) -> tuple[int, str, int, str]:
        copy_path = item[1]
        top = copy_path.split("/", 1)[0] if "/" in copy_path else ""
        rank = order.index(top) if top in order else len(order)
        if copy_path == "index.html":
            rank = -1  # the home page opens the copy
        return (rank, top, copy_path.count("/"), copy_path)  # a folder's pages after its index

    ordered = sorted(pages.items(), key=key) + sorted(german.items(), key=key)
    return Copy(lang, {path: _section_id(copy_path) for path, copy_path in ordered}, site_url)


def _navigation(site: Path, home: str, site_url: str) -> list[str]:
    """The top folders of the site's navigation, in its order ('' for the home page)."""
    order: list[str] = []
    edits = Edits((site / home).read_text(encoding="utf-8"))
    for element in edits.elements:
        if element.tag == "a" and "md-nav__link" in element.classes():
            if element.inside("md-nav--primary") is None:
                continue
            target = resolve(element.attrs.get("href") or "", home, site_url)
            if target is None:
                continue
            relative = target.path
            prefix = posixpath.dirname(home)
            if prefix and relative.startswith(prefix + "/"):
                relative = relative[len(prefix) + 1 :]
            top = relative.split("/", 1)[0] if "/" in relative else ""
            if top not in order:
                order.append(top)
    return order


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
        if not link or _SCHEME.match(link) or link.startswith(("/", "#")):
            continue  # data: URIs, other hosts; our stylesheets name their files relatively
        path = posixpath.normpath(posixpath.join(posixpath.dirname(sheet), unquote(link)))
        yield path.split("?")[0].split("#")[0], ranges.get(url.start())


def _split_names(html: str, elements: Sequence[Element], page_lang: str) -> tuple[str, str]:
    """Text of a page in two: names of other languages (links with `hreflang`, elements whose
    `lang` is not the page's) and everything else."""
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


def _text(markup: str) -> str:
    """The text of an HTML fragment, white space collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())


def _element(edits: Edits, test: str) -> Element | None:
    return next((e for e in edits.elements if e.tag == test), None)


def _rewrite(
    site: Path, fragment: str, page: str, copy: Copy, *, prefix_ids: bool, whole: Edits
) -> str:
    """A fragment of a site page (`whole`) as it reads in the copy: ids prefixed with the
    page's section, links as anchors or public addresses, images as data: URLs, no scripts;
    an icon drawn outside the fragment (lotsenportal.site.compact draws a repeated icon once, often
    in the header) is drawn where it is used."""
    edits = Edits(fragment)
    section = copy.sections.get(page, HOME)
    own = {element.attrs.get("id") for element in edits.elements}
    drawings: dict[str | None, Element] = {}  # the page's elements by id, when first needed
    for element in edits.elements:
        if element.tag == "script":
            edits.remove(element)  # data blocks (JSON-LD) and scripts: none in a copy
            continue
        used = str(element.attrs.get("href") or "")[1:] if element.tag == "use" else ""
        if used and used not in own:
            drawings = drawings or {e.attrs.get("id"): e for e in reversed(whole.elements)}
            drawing = drawings.get(used)
            if drawing is not None and drawing.close_start is not None:
                edits.replace(element, whole.content(drawing))
                continue
        attrs = dict(element.attrs)
        if prefix_ids:
            if attrs.get("id"):
                attrs["id"] = f"{section}:{attrs['id']}"
            for name in _ID_REFERENCES:
                if attrs.get(name):
                    attrs[name] = " ".join(f"{section}:{i}" for i in str(attrs[name]).split())
        gone = False
        for name in ("href", "src", "xlink:href"):
            link = attrs.get(name)
            if link is None or (name == "href" and attrs.get("rel") == "canonical"):
                continue
            if element.tag == "img" and name == "src":
                new = _image(site, copy, str(link), page)
            elif link.startswith("#") and not prefix_ids:
                new = link  # ids outside the sections keep their names
            else:
                new = copy.href(str(link), page)
            if new is None:
                gone = True
            else:
                attrs[name] = new
        if gone and element.tag == "a":
            dropped = ("href", "hreflang", "download", "target", "rel", "type")
            edits.retag(element, "span", {k: v for k, v in attrs.items() if k not in dropped})
        elif gone:
            edits.remove(element)
        elif attrs != element.attrs:
            edits.set_attrs(element, attrs)
    return edits.apply()


def _image(site: Path, copy: Copy, link: str, page: str) -> str | None:
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


@dataclass(frozen=True)
class _Section:
    id: str
    html: Markup
    lang: str | None
    dir: str | None


@dataclass(frozen=True)
class _Entry:
    id: str
    title: str


def document(site: Path, copy: Copy) -> str:
    """The copy's one page."""
    home = next(iter(copy.sections))
    home_html = (site / home).read_text(encoding="utf-8")
    home_edits = Edits(home_html)
    root = _element(home_edits, "html")
    body = _element(home_edits, "body")
    lang = str((root.attrs.get("lang") if root else None) or copy.lang.code)
    direction = str((body.attrs.get("dir") if body else None) or "ltr")
    sections: list[_Section] = []
    names: list[str] = []  # for the fonts: see _fonts
    shown: list[str] = []
    german = not copy.lang.default
    for page, section in copy.sections.items():
        text = home_html if page == home else (site / page).read_text(encoding="utf-8")
        edits = home_edits if page == home else Edits(text)
        article = next((e for e in edits.elements if e.tag == "article"), None)
        if article is None or article.close_start is None:
            continue
        content = edits.content(article)
        inner = _rewrite(site, content, page, copy, prefix_ids=True, whole=edits)
        is_german = german and section.startswith("de/")
        other, rest = _split_names(content, Edits(content).elements, "de" if is_german else lang)
        names.append(other)
        shown.append(rest)
        sections.append(
            _Section(
                section, Markup(inner), "de" if is_german else None, "ltr" if is_german else None
            )
        )
    contents = _contents(home_edits, home, copy)
    footer = next((e for e in home_edits.elements if e.tag == "footer"), None)
    footer_html = (
        _rewrite(
            site,
            home_html[footer.start : footer.end],
            home,
            copy,
            prefix_ids=False,
            whole=home_edits,
        )
        if footer is not None and footer.end is not None
        else ""
    )
    logo = next((e for e in home_edits.elements if "md-logo" in e.classes()), None)
    title = str(logo.attrs.get("title") or "") if logo is not None else ""
    if not title:  # the page's own <title>
        title = _text(home_edits.content(t)) if (t := _element(home_edits, "title")) else lang
    nav = next((e for e in home_edits.elements if "md-nav--primary" in e.classes()), None)
    label = str(nav.attrs.get("aria-label") or title) if nav is not None else title
    body_attrs = [
        (name, str(value))
        for name, value in (body.attrs.items() if body else ())
        if value is not None and (name == "dir" or name.startswith("data-md-color-"))
    ]
    values = {
        "lang": lang,
        "dir": direction,
        "title": title,
        "body_attrs": body_attrs,
        "public": public(copy.site_url),
        "contents_id": f"{HOME}contents",  # no page folder starts with "~"
        "contents_label": label,
        "contents": contents,
        "sections": sections,
        "footer": Markup(footer_html),
    }
    shown += [title, footer_html, *(entry.title for entry in contents)]
    css = _stylesheet(site, home_edits, home, copy, "".join(names), "".join(shown))
    if "</style" in css.lower():
        raise ValueError("a stylesheet holds </style")
    policy = (
        f"default-src 'none'; style-src {source_hash(css)}; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    template = html_templates().get_template("offline.html")
    return template.render(css=Markup(css), policy=policy, **values)


def _contents(home_edits: Edits, home: str, copy: Copy) -> list[_Entry]:
    """The list of contents: the site's navigation, as far as its pages are in the copy."""
    entries: list[_Entry] = []
    for element in home_edits.elements:
        if element.tag != "a" or "md-nav__link" not in element.classes():
            continue
        if element.inside("md-nav--primary") is None or element.close_start is None:
            continue
        target = resolve(element.attrs.get("href") or "", home, copy.site_url)
        found = copy.find(target) if target is not None else None
        if found is None or any(entry.id == copy.sections[found] for entry in entries):
            continue
        entries.append(_Entry(copy.sections[found], _text(home_edits.content(element))))
    return entries


def _stylesheet(
    site: Path, home_edits: Edits, home: str, copy: Copy, names: str, shown: str
) -> str:
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


def _date_time() -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else _ZIP_EPOCH
    return time.gmtime(max(seconds, _ZIP_EPOCH))[:6]


def write_archive(site: Path, copy: Copy, target: Path) -> None:
    """The zip of one copy, the same bytes for the same site."""
    info = zipfile.ZipInfo(PAGE, _date_time())
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(info, document(site, copy).encode("utf-8"))


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
