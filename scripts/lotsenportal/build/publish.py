"""Publish a checked site to a folder that a web server serves, atomically.

`DEST` becomes a symbolic link to a complete copy in `DEST.releases/<time>/`; the link is
replaced in one rename, so readers see the old site or the new one, never a mix, and a
publish that is stopped half-way leaves the old site exactly as it was. The last three
releases are kept for a quick roll-back (point the link back).

Also here: the check that a built site was made for the address it is published at
(`check_built_for`; the address itself: lotsenportal.data.site_address), the lock that keeps two
builds of one site folder apart (`site_lock`), and `swap`, which exchanges a newly built
folder with the site in one renameat2(RENAME_EXCHANGE).
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import html
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..data.messages import say
from ..data.site_address import Address, PublishError

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


_LOC = re.compile(r"<loc>([^<]*)</loc>")


def built_for(site: Path) -> str | None:
    """The address a built site was made for: the first entry of its sitemap."""
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return None
    found = _LOC.search(sitemap.read_text(encoding="utf-8", errors="replace"))
    return html.unescape(found.group(1)) if found else None


def check_built_for(site: Path, address: Address) -> None:
    """A site built for another address (e.g. the preview) is never published."""
    built = built_for(site)
    if built is None or not built.startswith(address.url):
        raise PublishError(say("publish_built_for", site=site, built=built or "?", url=address.url))


# ---------------------------------------------------------------------------------------------
# One build at a time per site folder, and the swap of a new site into place in one step.


@contextmanager
def site_lock(site: Path) -> Iterator[Path]:
    """Hold `<site>.lock` (fcntl.flock) beside the site folder for as long as the block runs.
    A second run stops with a German message instead of building into the same folders; the
    lock goes with the process, also when it is killed."""
    lock = site.with_name(site.name + ".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            raise PublishError(
                say(
                    "site_locked",
                    site=site,
                    lock=lock,
                    holder=say("lock_holder", pid=holder) if holder.isdigit() else "",
                )
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield lock
    finally:
        os.close(fd)  # releases the lock


RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _renameat2() -> Any:
    """glibc's renameat2 (2.28 and later), or None."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


def exchange(first: Path, second: Path) -> bool:
    """Exchange two paths atomically (renameat2 with RENAME_EXCHANGE). False when this system
    or file system cannot (then nothing changed); OSError for any other failure."""
    function = _renameat2()
    if function is None:
        return False
    result = function(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def swap(new: Path, site: Path) -> Path | None:
    """Put the folder `new` in place of `site` in one step: readers (and a web server) see the
    old site or the new one, never none. Returns where the old site is now (to be removed), or
    None when there was none. Without renameat2 the two renames of old are the fallback."""
    if not new.is_dir() or new.is_symlink():
        raise PublishError(say("swap_missing", next=new))
    if not site.exists() and not site.is_symlink():
        new.rename(site)
        return None
    if exchange(new, site):
        return new  # `new` now holds the previous site
    old = site.with_name(site.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    site.rename(old)
    new.rename(site)
    return old


def remove(folder: Path | None) -> None:
    if folder is None:
        return
    if folder.is_symlink():
        folder.unlink()
    else:
        shutil.rmtree(folder, ignore_errors=True)
