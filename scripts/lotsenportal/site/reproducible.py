"""Reproducible output: two builds of one commit give the same bytes.

Every time stamp a build writes — the sitemap's `<lastmod>` and the gzip header of
`sitemap.xml.gz` (MkDocs), the zips' entries (`offline`), `generated` in the open data
(`open_data`) — is taken from SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/
source-date-epoch/). `lotsenportal site`, `build` and `publish` set it, when it is not set
already, to the time of the last commit of the project (and of the data folder, if
that is another git checkout: the later one); outside a git checkout to FALLBACK_EPOCH. The
federation sets it per part (`epoch_for`: the last commit touching that part's inputs, so a
commit elsewhere leaves a Kreis's output – and its cache entry – as it was). A bare
`mkdocs build` honours it when it is set. What a page shows about the calendar (a record older
than its review period) still depends on the day of the build, on purpose.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

VARIABLE = "SOURCE_DATE_EPOCH"
# 1980-01-01T00:00:00Z: the earliest time a zip entry can hold; used outside a git checkout.
FALLBACK_EPOCH = 315532800


def _valid(value: str | None) -> int | None:
    text = (value or "").strip()
    return int(text) if text.isdigit() else None


def given() -> int | None:
    """SOURCE_DATE_EPOCH as set in the environment (a number), else None."""
    return _valid(os.environ.get(VARIABLE))


def _git(folder: Path, *args: str) -> str | None:
    """The output of `git -C folder …`; None when git fails or is missing."""
    try:
        result = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def last_commit(folder: Path) -> int | None:
    """The commit time of HEAD of the git checkout `folder` is in (None: no git, no checkout)."""
    return _valid(_git(folder, "log", "-1", "--format=%ct"))


def last_change(paths: Iterable[Path]) -> int | None:
    """The time of the latest commit touching any of `paths` (files or folders, each in the git
    checkout that holds it: `git log -1 --format=%ct -- <paths>`, the latest of the
    checkouts); None when none of them is in a checkout or was ever committed."""
    checkouts: dict[str, list[str]] = {}
    for path in (p.resolve() for p in paths):
        folder = next((p for p in (path, *path.parents) if p.is_dir()), None)
        top = _git(folder, "rev-parse", "--show-toplevel") if folder is not None else None
        if top:
            checkouts.setdefault(top, []).append(str(path))
    times = [
        _valid(_git(Path(top), "log", "-1", "--format=%ct", "--", *specs))
        for top, specs in checkouts.items()
    ]
    return max((time for time in times if time is not None), default=None)


def epoch_for(paths: Iterable[Path]) -> int:
    """SOURCE_DATE_EPOCH for a build that reads `paths` and nothing else that a commit
    changes: as set in the environment, else the latest commit touching them
    (`last_change`), else FALLBACK_EPOCH."""
    explicit = given()
    if explicit is not None:
        return explicit
    changed = last_change(paths)
    return FALLBACK_EPOCH if changed is None else changed


def source_date_epoch(folders: Iterable[Path]) -> int:
    """The latest last commit of `folders`, else FALLBACK_EPOCH."""
    times = [t for folder in folders if (t := last_commit(folder)) is not None]
    return max(times, default=FALLBACK_EPOCH)


def ensure(folders: Iterable[Path]) -> int:
    """SOURCE_DATE_EPOCH for this process and every build it starts: kept when set to a
    number, else the last commit of `folders` (see the module's text)."""
    explicit = given()
    if explicit is not None:
        return explicit
    epoch = source_date_epoch(folders)
    os.environ[VARIABLE] = str(epoch)
    return epoch


def build_date() -> date:
    """The date of this build: SOURCE_DATE_EPOCH's day (UTC, as MkDocs' sitemap), else today."""
    explicit = given()
    moment = datetime.fromtimestamp(explicit, UTC) if explicit is not None else datetime.now(UTC)
    return moment.date()
