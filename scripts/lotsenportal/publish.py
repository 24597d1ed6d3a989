"""Publish a checked site to a folder that a web server serves, atomically.

`DEST` becomes a symbolic link to a complete copy in `DEST.releases/<time>/`; the link is
replaced in one rename, so readers see the old site or the new one, never a mix, and a
publish that is stopped half-way leaves the old site exactly as it was. The last three
releases are kept for a quick roll-back (point the link back).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

KEEP = 3


def publish(site: Path, dest: Path) -> Path:
    if not (site / "index.html").is_file():
        raise FileNotFoundError(f"{site} is not a built site")
    releases = dest.with_name(dest.name + ".releases")
    releases.mkdir(parents=True, exist_ok=True)
    if dest.exists() and not dest.is_symlink():
        # A folder published before: keep it as the first release, then link to it.
        first = releases / "0-initial"
        dest.rename(first)
        os.symlink(first.resolve(), dest)
    stamp = time.strftime("%Y%m%dT%H%M%S") + f"-{time.time_ns() % 10**9:09d}"
    partial = releases / f".{stamp}.partial"
    shutil.copytree(site, partial, symlinks=False)
    release = releases / stamp
    partial.rename(release)
    link = dest.with_name(f".{dest.name}.{os.getpid()}.link")
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(release.resolve(), link)
    os.replace(link, dest)  # the one atomic step
    _prune(releases, keep=release)
    return release


def _prune(releases: Path, keep: Path) -> None:
    finished = sorted(p for p in releases.iterdir() if not p.name.startswith("."))
    for old in finished[:-KEEP]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)
    for leftover in releases.glob(".*.partial"):  # from a publish that was stopped
        shutil.rmtree(leftover, ignore_errors=True)
