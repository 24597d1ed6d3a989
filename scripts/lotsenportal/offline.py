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


def _members(site: Path, lang: Language, others: Sequence[str]) -> Iterator[Path]:
    for file in sorted(site.rglob("*")):
        relative = file.relative_to(site).as_posix()
        # Source maps, search and sitemaps need a server; they stay out of the copy.
        if not file.is_file() or relative.endswith(_SKIP_ENDINGS) or relative.startswith(_SKIP):
            continue
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
            yield file


def write_archives(site: Path, languages: Sequence[Language]) -> list[Path]:
    """One zip per language under site/offline/; returns the files written."""
    others = [lang.code for lang in languages if not lang.default]
    (site / FOLDER).mkdir(exist_ok=True)
    written = []
    for lang in languages:
        target = site / archive_name(lang)
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for file in _members(site, lang, others):
                name = file.relative_to(site).as_posix()
                if file.suffix == ".html":
                    archive.writestr(name, for_files(file.read_text(encoding="utf-8")))
                else:
                    archive.write(file, name)
        written.append(target)
    return written
