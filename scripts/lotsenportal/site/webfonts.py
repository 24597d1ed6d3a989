"""The Ethiopic webfont, cut at build time to the characters the site can show.

Tigrinya readers whose phone has no Ethiopic font get Noto Sans Ethiopic from us (never from
a third-party host). The whole Ethiopic block is 93 KB; our pages use a few hundred of its
syllables. fontTools' subsetter (the tool Google Fonts cuts its own files with) keeps the
glyphs of those characters with their shaping rules and hinting; a hand-written cutter would
have to get GSUB/GPOS closure right itself.

The characters come from the sources every build reads (the Markdown in docs/, the theme's
templates, the label and data catalogs, mkdocs.yml), not from the pages one build process
wrote: a build in parts (lotsenportal.build.parallel) then makes the same file in every part, and
the same sources always give the same bytes (no time stamp is written into the font).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset, version  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from ..data.messages import say

# Ethiopic, Ethiopic Extended, Ethiopic Extended-A: the unicode-range of the @font-face rules.
ETHIOPIC = re.compile("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")
# Where the sources are, from the project root (the data folder comes on top).
SOURCE_PATTERNS = ("docs/**/*.md", "overrides/**/*.html", "overrides/**/*.md", "locale/**/*.po")
SOURCE_FILES = ("mkdocs.yml",)


@dataclass(frozen=True)
class Webfont:
    """One cut of the source font: `url` as the stylesheet names it in the sources, the file
    written, and the characters it holds."""

    url: str
    name: str
    characters: str


def characters(texts: Iterable[str]) -> str:
    """The Ethiopic characters in `texts`, sorted, each once."""
    found: set[str] = set()
    for text in texts:
        found.update(ETHIOPIC.findall(text))
    return "".join(sorted(found))


def source_texts(root: Path, data: Path | None) -> Iterable[str]:
    """Every text a page of the site can be made from."""
    files = [root / name for name in SOURCE_FILES]
    files += [file for pattern in SOURCE_PATTERNS for file in sorted(root.glob(pattern))]
    if data is not None and data.is_dir():
        files += sorted(data.rglob("*.po")) + sorted(data.rglob("*.yml"))
    for file in files:
        if file.is_file():
            yield file.read_text(encoding="utf-8", errors="replace")


# Part of every cached cut's key (cached_cut): bump it when cut() below changes its options.
CUT_VERSION = "1"


def cut(source: Path, text: str) -> bytes:
    """WOFF2 with the glyphs of `text` (and what shaping them needs): same input, same bytes."""
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # keep every shaping rule of the characters kept
    options.name_IDs = ["*"]  # the copyright and licence notices stay in the font
    options.notdef_outline = True
    font = TTFont(str(source), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out, reorderTables=True)
    return out.getvalue()


def cached_cut(source: Path, text: str, cache: Path | None) -> bytes:
    """`cut`, kept in `cache` under a hash of the source font, the characters, fontTools'
    version and CUT_VERSION: cutting takes fontTools 1–2 s, and most builds cut what the last
    one cut. The bytes are the same either way (`cut` is deterministic); a damaged entry is
    cut anew."""
    if cache is None:
        return cut(source, text)
    key = hashlib.sha256()
    for part in (source.read_bytes(), text.encode("utf-8"), f"{version} {CUT_VERSION}".encode()):
        key.update(hashlib.sha256(part).digest())
    entry = cache / f"{key.hexdigest()}.woff2"
    if entry.is_file() and not entry.is_symlink():
        data = entry.read_bytes()
        # A WOFF2 header names the file's length: a whole file, not a torn one.
        if data.startswith(b"wOF2") and int.from_bytes(data[8:12], "big") == len(data):
            return data
    data = cut(source, text)
    cache.mkdir(parents=True, exist_ok=True)
    partial = entry.with_name(f"{entry.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    os.replace(partial, entry)  # another build reading the entry sees all of it or none
    return data


def write(source: Path, text: str, folder: Path, stem: str, cache: Path | None = None) -> str:
    """Write the cut as `<stem>.<content hash>.woff2` into `folder`; return the file name.
    A new cut gets a new name, so a browser never keeps an older one without new glyphs."""
    data = cached_cut(source, text, cache)
    name = f"{stem}.{hashlib.sha256(data).hexdigest()[:8]}.woff2"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return name


def glyphs_for(font: Path) -> set[str]:
    """The characters a font file has glyphs for (for tests and checks)."""
    return {chr(code) for code in TTFont(str(font)).getBestCmap()}


# The source font (the whole Ethiopic block, not published) and the cuts the stylesheet names.
SOURCE_FONT = "overrides/fonts/noto-sans-ethiopic.woff2"
STYLESHEET = "assets/lotsenportal.css"
CACHE = ".cache/webfonts"  # cuts made before (cached_cut), beside the project's other caches
TEXT_FONT = "fonts/noto-sans-ethiopic.woff2"  # every Ethiopic character of the site
NAME_FONT = "fonts/ethiopic-language-name.woff2"  # the language name ትግርኛ, for home pages


class WebfontError(Exception):
    pass


def build_site_fonts(site: Path, root: Path, data: Path | None) -> list[Webfont]:
    """Cut the Ethiopic font for a built site and point its stylesheet at the cuts."""
    from ..data.languages import from_mkdocs_yml

    sheet = site / STYLESHEET
    css = sheet.read_text(encoding="utf-8")
    names = characters(lang.name for lang in from_mkdocs_yml(root / "mkdocs.yml"))
    everything = characters([*source_texts(root, data), names])
    made = []
    for url, text in ((TEXT_FONT, everything), (NAME_FONT, names)):
        if f'url("{url}")' not in css:
            raise WebfontError(say("webfont_url_missing", stylesheet=STYLESHEET, url=url))
        stem = url.removeprefix("fonts/").removesuffix(".woff2")
        name = write(root / SOURCE_FONT, text, site / "assets" / "fonts", stem, root / CACHE)
        css = css.replace(f'url("{url}")', f'url("fonts/{name}")')
        made.append(Webfont(url, name, text))
    sheet.write_text(css, encoding="utf-8")
    return made
