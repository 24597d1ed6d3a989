"""The site's public address. It goes into canonical links, the sitemap, the feeds,
security.txt and the QR codes of printed flyers, so a build for publishing must know it:
SITE_URL, else `url:` in site.yml (`build_address`); a build for publishing refuses a missing,
local or non-https address (`address_problem`)."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import TypeAdapter, ValidationError

from .messages import say
from .problems import Problems
from .schema import Url
from .yamlsource import load_document

_URL: TypeAdapter[str] = TypeAdapter(Url)


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
        return found or Address(PREVIEW_URL, say("address_preview"))
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
