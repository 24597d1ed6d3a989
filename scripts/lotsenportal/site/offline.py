"""An offline copy of the site per language: one page that holds all of that language's
pages, zipped, for reading without a connection.

Why one page: a phone opens a downloaded HTML file from its file manager (Android hands the
browser a content:// address, iOS shows a preview), and from there a page reaches no
stylesheet, font or other page beside it – a folder of pages unzipped on a phone shows
unstyled text whose links lead nowhere. One self-contained file works wherever it opens, and,
zipped, costs about a seventh of a folder of pages (one page's frame, not sixty; the host
counts every copy of every Kreis).

- Which pages a copy holds, in which order, and where its links lead: `offline_plan`.
- The one page, its sections and their ids: `offline_page`.
- The stylesheets, fonts and images inside it as data: `offline_inline`.

The zips are reproducible: every time stamp SOURCE_DATE_EPOCH or else 1980-01-01 (the
earliest a zip can hold), fixed permissions.
"""

from __future__ import annotations

import os
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

from ..data.languages import Language
from .offline_page import document
from .offline_plan import FOLDER, Copy, plan, site_files

PAGE = "index.html"  # the one file in each zip
_ZIP_EPOCH = 315532800  # 1980-01-01T00:00:00Z


def archive_name(lang: Language) -> str:
    return f"{FOLDER}/lotsenportal-{lang.code}.zip"


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
    files = site_files(site)  # one walk of the site for all languages
    (site / FOLDER).mkdir(exist_ok=True)
    written = []
    for lang in languages:
        target = site / archive_name(lang)
        write_archive(site, plan(site, files, lang, every or languages, site_url), target)
        written.append(target)
    return written
