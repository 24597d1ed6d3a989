"""Bounds on what a data folder and docs/ may hold: anyone can open a pull request.

Staff data is small and plain: a few KiB per file, at most five levels deep, a few hundred
records. Everything beyond these limits is refused with a located message before any costly
work starts — before a file is read (size), before YAML builds anything (anchors, aliases,
depth) and before a folder is listed to its end (number of files). Symbolic links are refused
everywhere under the data folder and docs/: MkDocs and the tools follow them, so a link to
/etc/… would be read, built into the site and packed into the offline copies.
"""

from __future__ import annotations

import os
from pathlib import Path

from .layout import GENERATED_DIRS, GENERATED_FILES
from .messages import say
from .problems import Problem

# Per data file, checked with stat() before reading. The largest shipped file has a few KiB;
# orte.yml of the synthetic "hessen" benchmark (420 towns) about 30 KiB.
MAX_FILE_BYTES = 256 * 1024
# Per page under docs/ (the longest hand-written page has about 10 KiB).
MAX_PAGE_BYTES = 512 * 1024
# Levels of mappings and lists. Staff data needs at most 4 (site.yml: links[].title.de).
MAX_DEPTH = 16
# Entries per data folder (synthetic "hessen": 765 contacts).
MAX_FILES_PER_FOLDER = 2000
# Entries of a list: towns in orte.yml, and any other list (references, office hours …).
MAX_TOWNS = 1000
MAX_LIST_ITEMS = 200
# Length of an id (file name without .yml, town id): it becomes a URL path segment.
MAX_ID_LENGTH = 60

# Ids a record or town may not have, because the site uses the name itself: as a folder of
# every language (lotsenportal.data.layout), as a path MkDocs, Material or our hooks write
# (assets, search, sitemap, 404, offline copies, open data, feeds, /.well-known/), as a
# hand-written page in docs/de/, or as a fixed anchor on a page that also shows contact cards
# (`{ #anfragen }` …; a contact's anchor is its id).
# Configured language codes are refused too (lotsenportal.data.dataset; they come from mkdocs.yml).
# tests/test_security_data.py fails when a generated folder, page or anchor is missing here.
RESERVED_IDS = frozenset(
    {
        # generated folders and files of every language folder
        *GENERATED_DIRS,
        *(name.removesuffix(".md") for name in GENERATED_FILES),
        # written by MkDocs, Material and the hooks
        "assets",
        "search",
        "offline",
        "api",
        "404",
        "sitemap",
        "feed",
        "well-known",
        "javascripts",
        "stylesheets",
        # hand-written pages (docs/de/)
        "fachkraefte",
        "grenzen",
        "leichte-sprache",
        "mitmachen",
        "netzwerk",
        "offene-daten",
        "was-ist-ein-lotse",
        # fixed anchors of generated pages (overrides/pages/*.md)
        "anfragen",
        "traeger",
        "ansprechpersonen",
        "wo-wohnen-sie",
        "wobei-lotsen-helfen",
        "mehr-erfahren",
        "kreise",
    }
)


def _shown(path: Path, base: Path, prefix: str) -> Path:
    return Path(prefix, path.relative_to(base))


def symlinks(folder: Path, prefix: str = "") -> list[Problem]:
    """A problem for every symbolic link under `folder` (files and folders; links are not
    followed). Paths are shown relative to `folder`, behind `prefix` (e.g. "../docs")."""
    found: list[Problem] = []
    if not folder.is_dir():
        return found
    pending = [folder]
    while pending:  # iterative: a deep tree cannot exhaust the stack
        current = pending.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink():
                shown = _shown(path, folder, prefix)
                found.append(Problem(shown, 1, 1, say("symlink", path=shown.as_posix())))
            elif entry.is_dir(follow_symlinks=False):
                pending.append(path)
    return sorted(found)
