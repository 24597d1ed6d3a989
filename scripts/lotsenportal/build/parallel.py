"""`make site` on several cores: the languages in parts, one `mkdocs build` per part, one site.

mkdocs-static-i18n builds one language after the other in one process, so a 2-core machine
uses one core. Here the pages are generated from the data once (every language), then each
part is built by its own `mkdocs build --strict` into its own folder with $LOTSENPORTAL_PART
naming its languages (hooks/language_parts.py: German and those; the i18n plugin still
knows every language, so switcher, alternates and sitemap are the whole site's). The first
part's folder becomes the site; from every other part it takes the language folders, the
offline copies and any stylesheet it lacks (trimmed per part, named by content hash), and
one `_headers` allows the inline scripts of every part.
"""

from __future__ import annotations

import gzip
import re
import shutil
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..data.languages import Language
from ..data.messages import say
from ..site import csp
from .workspace import BuildRun, mkdocs_build


def parts(languages: Sequence[Language], jobs: int) -> list[list[str]]:
    """The non-German languages dealt round-robin into at most `jobs` parts."""
    others = [lang.code for lang in languages if not lang.default]
    count = max(1, min(jobs, len(others)))
    return [others[index::count] for index in range(count)]


def _build_part(
    root: Path,
    data_dir: Path,
    site_dir: Path,
    part: Sequence[str] | None,
    site_url: str | None = None,
) -> BuildRun:
    env = {"LOTSENPORTAL_DATA": str(data_dir), "SITE_DIR": str(site_dir)}
    if site_url is not None:  # mkdocs.yml reads it (sitemap, canonical links, security.txt)
        env["SITE_URL"] = site_url
    if part is not None:
        env["LOTSENPORTAL_PART"] = " ".join(part)
    return mkdocs_build(root, env)


def merge(site: Path, other: Path, languages: Sequence[Language], codes: Sequence[str]) -> None:
    """Move the output of another part (languages `codes`) into `site`."""
    by_code = {lang.code: lang for lang in languages}
    for code in codes:
        folder = by_code[code].prefix.rstrip("/")
        shutil.rmtree(site / folder, ignore_errors=True)
        shutil.move(str(other / folder), site / folder)
        archive = Path("offline") / f"lotsenportal-{code}.zip"
        if (other / archive).is_file():
            shutil.move(str(other / archive), site / archive)
    for file in sorted((other / "assets").rglob("*")):
        target = site / file.relative_to(other)
        if file.is_file() and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(file, target)
    csp.merge_headers([site / "_headers", other / "_headers"], site / "_headers")


def _write_sitemap(site: Path, text: str) -> None:
    """The sitemap at the root and its gzip copy (one sitemap: pages carry no alternate links
    that would make Material look for one in each language folder)."""
    (site / "sitemap.xml").write_text(text, encoding="utf-8")
    target = site / "sitemap.xml.gz"
    # The gzip header's time as MkDocs wrote it in this part (SOURCE_DATE_EPOCH's day), not
    # now: the same bytes as a one-process build, and in every build of the commit.
    mtime = int.from_bytes(target.read_bytes()[4:8], "little") if target.is_file() else 0
    with (
        target.open("wb") as raw,
        gzip.GzipFile("sitemap.xml", "wb", fileobj=raw, mtime=mtime) as packed,
    ):
        packed.write(text.encode("utf-8"))


_URL = re.compile(r"<url>\n.*?</url>\n", re.S)  # overrides/theme/sitemap.xml: one element a line
_LOC = re.compile(r"<loc>([^<]*)</loc>")


def merge_sitemaps(sitemaps: Sequence[Path], languages: Sequence[Language]) -> str:
    """One sitemap of the whole site from the parts' sitemaps. Each part lists the pages of
    the languages it built (with every language's alternates), in build order: German (its
    home page first), then the others as configured."""
    texts = [file.read_text(encoding="utf-8") for file in sitemaps]
    blocks = list(dict.fromkeys(block for text in texts for block in _URL.findall(text)))
    if not blocks:
        return texts[0]
    home = _LOC.search(blocks[0])
    root = home.group(1) if home else ""
    codes = [lang.code for lang in languages if not lang.default]

    def position(block: str) -> int:
        match = _LOC.search(block)
        first = (match.group(1) if match else "").removeprefix(root).split("/", 1)[0]
        return codes.index(first) + 1 if first in codes else 0

    blocks.sort(key=position)  # stable: the pages of each language keep their order
    head = texts[0][: texts[0].index("<url>")]
    return head + "".join(blocks) + "</urlset>"


def build(
    root: Path,
    data_dir: Path,
    site: Path,
    languages: Sequence[Language],
    jobs: int,
    site_url: str | None = None,
) -> int:
    """Build the site into `site` with `jobs` processes (1: one ordinary build), for the
    address `site_url` (default: $SITE_URL or mkdocs.yml's preview address). The pages must
    have been generated already, for the same address (`lotsenportal build` does that)."""
    shutil.rmtree(site, ignore_errors=True)
    groups = parts(languages, jobs)
    if len(groups) == 1:
        run = _build_part(root, data_dir, site, None, site_url)
        if run.returncode != 0:
            print(run.output, file=sys.stderr)
        return run.returncode
    folders = [site] + [site.with_name(f"{site.name}.part{i}") for i in range(1, len(groups))]
    for folder in folders[1:]:
        shutil.rmtree(folder, ignore_errors=True)
    with ThreadPoolExecutor(max_workers=len(groups)) as pool:
        pairs = zip(folders, groups, strict=True)
        runs = list(
            pool.map(lambda pair: _build_part(root, data_dir, pair[0], pair[1], site_url), pairs)
        )
    failed = False
    for group, run in zip(groups, runs, strict=True):
        took = say("part_languages", languages=" ".join(group), seconds=f"{run.seconds:.1f}")
        print(f"  {took}", file=sys.stderr)
        if run.returncode != 0:
            failed = True
            print(run.output, file=sys.stderr)
    if not failed:
        sitemaps = [folder / "sitemap.xml" for folder in folders]
        sitemap = merge_sitemaps(sitemaps, languages) if sitemaps[0].is_file() else None
        for folder, group in zip(folders[1:], groups[1:], strict=True):
            merge(site, folder, languages, group)
        if sitemap is not None:
            _write_sitemap(site, sitemap)
    for folder in folders[1:]:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if failed else 0
