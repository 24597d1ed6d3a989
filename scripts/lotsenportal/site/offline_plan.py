"""Which pages the offline copy of one language holds (lotsenportal.site.offline), as which
sections, in reading order, and where each of its links leads.

- The copy holds the language's pages as sections in reading order (home, then the site's
  navigation, each folder's pages after its index). Links between them are anchors: a page
  is `#orte/usingen`, a heading on it `#orte/usingen:projekte`.
- German pages its pages link to as content (a page that exists only in German) come along
  as sections marked `lang="de"`. A copy does not repeat another language's pages: the
  language menu is not in it, and "read the German original" and the language chips lead
  to the public address (the German copy is a download of its own).
- Links to anything else of the site (flyers – print them from the site –, vCards, other
  languages) go to the public address when the site has one (`site_url` is a public https
  address), otherwise they become plain text. No link in the copy leads nowhere.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from ..data.languages import Language
from ..data.site_address import address_problem
from .html_edits import Edits

FOLDER = "offline"
_SKIP = ("assets/", "search/", f"{FOLDER}/")
_SKIP_ENDINGS = (".map", "sitemap.xml", "sitemap.xml.gz")
_SERVER_ONLY = ("404.html", "_headers")  # what only a web server reads
_PRINT_ONLY = ("flyer/",)  # printed from the site, not read in a copy
SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.I)
HOME = "~"  # the home page's section id (no page folder has this name)


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
    if SCHEME.match(link) or link.startswith("//"):
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


def site_files(site: Path) -> list[str]:
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
