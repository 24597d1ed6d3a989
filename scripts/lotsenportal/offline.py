"""An offline copy of the site per language: a zip of that language's built pages and the
assets they use, for reading without a connection (opened from the phone's files).

Made from the same output as the site. Pages opened from a file have no web server to turn
`kontakte/` into `kontakte/index.html`, so links in the copy name `index.html`. Search is left
out (it needs a server), and so are source maps; nothing in the copy loads from elsewhere.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from .languages import Language

FOLDER = "offline"
_SKIP = ("assets/javascripts/lunr/", "assets/javascripts/workers/", "search/", f"{FOLDER}/")
_SKIP_ENDINGS = (".map", "sitemap.xml", "sitemap.xml.gz")
_LINK = re.compile(r'(href|src)="(?![a-z][a-z0-9+.-]*:|#|/)([^"#?]*/)([?#][^"]*)?"')


def archive_name(lang: Language) -> str:
    return f"{FOLDER}/lotsenportal-{lang.code}.zip"


def for_files(html: str) -> str:
    """`href="../kontakte/"` → `href="../kontakte/index.html"` (relative links only)."""
    return _LINK.sub(lambda m: f'{m[1]}="{m[2]}index.html{m[3] or ""}"', html)


def _files(site: Path) -> list[tuple[str, Path]]:
    """Every file an offline copy may hold, as (path relative to the site, file): source
    maps, search and sitemaps need a server and stay out."""
    found = []
    for file in sorted(site.rglob("*")):
        relative = file.relative_to(site).as_posix()
        if (
            file.is_file()
            and not relative.endswith(_SKIP_ENDINGS)
            and not relative.startswith(_SKIP)
        ):
            found.append((relative, file))
    return found


def _members(
    files: Sequence[tuple[str, Path]], lang: Language, others: Sequence[str]
) -> Iterator[tuple[str, Path]]:
    """The files of one language's copy: the assets, and that language's pages."""
    for relative, file in files:
        first = relative.split("/", 1)[0]
        if (
            relative.startswith("assets/")
            or (lang.default and first not in others)
            or (
                not lang.default
                and first == lang.code
                and not relative[len(first) + 1 :].startswith(_SKIP)
            )
        ):
            yield relative, file


def write_archives(site: Path, languages: Sequence[Language]) -> list[Path]:
    """One zip per language under site/offline/; returns the files written."""
    others = [lang.code for lang in languages if not lang.default]
    files = _files(site)  # one walk of the site for all languages
    (site / FOLDER).mkdir(exist_ok=True)
    written = []
    for lang in languages:
        target = site / archive_name(lang)
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, file in _members(files, lang, others):
                if file.suffix == ".html":
                    archive.writestr(name, for_files(file.read_text(encoding="utf-8")))
                else:
                    archive.write(file, name)
        written.append(target)
    return written
