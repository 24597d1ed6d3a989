"""Publish a checked site to a folder that a web server serves, atomically.

`DEST` becomes a symbolic link to a complete copy in `DEST.releases/<time>/`; the link is
replaced in one rename, so readers see the old site or the new one, never a mix, and a
publish that is stopped half-way leaves the old site exactly as it was. The last three
releases are kept for a quick roll-back (point the link back).

Also here: the site's public address (`build_address`: SITE_URL, else `url:` in site.yml; a
build for publishing refuses a missing, local or non-https address), the lock that keeps two
builds of one site folder apart (`site_lock`), and `swap`, which exchanges a newly built
folder with the site in one renameat2(RENAME_EXCHANGE).
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import html
import ipaddress
import os
import re
import shutil
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import TypeAdapter, ValidationError

from .catalog import say
from .problems import Problems
from .schema import Url
from .yamlsource import load_document

KEEP = 3
_URL: TypeAdapter[str] = TypeAdapter(Url)


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


# ---------------------------------------------------------------------------------------------
# The site's public address. It goes into canonical links, the sitemap, the feeds,
# security.txt and the QR codes of printed flyers, so a build for publishing must know it.

PREVIEW_URL = "http://127.0.0.1:8000/"
# Names that never reach a public web server (RFC 6761, RFC 6762, RFC 8375 and habit).
_LOCAL_SUFFIXES = (
    "localhost",
    "local",
    "localdomain",
    "internal",
    "intranet",
    "lan",
    "home",
    "corp",
    "private",
    "home.arpa",
    "test",
    "invalid",
    "example",
    "onion",
)


class PublishError(Exception):
    """A German message for staff: what is wrong and how to fix it."""


@dataclass(frozen=True)
class Address:
    url: str  # always ends with "/"
    origin: str  # where it was set: "SITE_URL", "data/site.yml" or "Vorschau"


def configured_address(data_dir: Path, environ: Mapping[str, str] | None = None) -> Address | None:
    """SITE_URL when set (it wins), else `url:` in the data folder's site.yml, else None."""
    env = os.environ if environ is None else environ
    from_env = env.get("SITE_URL", "").strip()
    if from_env:
        return Address(_with_slash(from_env), "SITE_URL")
    site_yml = data_dir / "site.yml"
    # Read as validation reads it (bounded: no aliases, size limit); validation reports
    # whatever is wrong with the file, so a broken one just gives no address here.
    doc = load_document(site_yml, Path("site.yml"), Problems()) if site_yml.is_file() else None
    loaded = doc.data if doc is not None else None
    url = loaded.get("url") if isinstance(loaded, dict) else None
    if isinstance(url, str) and url.strip():
        return Address(_with_slash(url.strip()), _shown(site_yml))
    return None


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def address_problem(url: str) -> str | None:
    """Why `url` cannot be a published site's address (German); None when it can: https, a
    named public host, no user name, query or fragment."""
    if not url.lower().startswith("https://"):
        return say("address_not_https")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 – raises ValueError for a port that is not a number
    except ValueError:
        return say("address_no_host")
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        return say("address_extra")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        return say("address_no_host")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    if ip is not None:
        return None if ip.is_global else say("address_local", host=host)
    labels = host.split(".")
    if len(labels) < 2 or any(not label for label in labels):
        return say("address_local", host=host)  # a bare name such as "intranet"
    if not re.search(r"[a-z]", labels[-1]) or re.fullmatch(r"0x[0-9a-f]*", labels[-1]):
        return say("address_local", host=host)  # 127.1, 0x7f.1: numbers a browser reads as IP
    if any(host == s or host.endswith("." + s) for s in _LOCAL_SUFFIXES):
        return say("address_local", host=host)
    try:
        _URL.validate_python(url)  # the schema's rule for every web address
    except ValidationError as err:
        return str(err.errors()[0].get("msg", "")) or say("address_no_host")
    return None


def build_address(
    data_dir: Path, *, publishing: bool, environ: Mapping[str, str] | None = None
) -> Address:
    """The address a build writes into the site. A local build may use the preview address;
    a build for publishing needs a public https address and raises PublishError otherwise."""
    found = configured_address(data_dir, environ)
    site_yml = _shown(data_dir / "site.yml")
    if not publishing:
        return found or Address(PREVIEW_URL, "Vorschau")
    if found is None:
        raise PublishError(say("publish_no_address", site_yml=site_yml))
    problem = address_problem(found.url)
    if problem is not None:
        raise PublishError(
            say(
                "publish_bad_address",
                url=found.url,
                origin=found.origin,
                reason=problem,
                site_yml=site_yml,
            )
        )
    return found


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
                    holder=f", Prozess {holder}" if holder.isdigit() else "",
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
