"""Content-Security-Policy without 'unsafe-inline', and the other security headers.

Material writes three small inline scripts per page (one depends on the page's depth). Their
SHA-256 hashes are allowed explicitly, per page in a <meta> tag (for hosts that cannot send
headers), and all of them in the `_headers` file for hosts that can. Everything else may come
from the site itself only: no third party can be contacted even by mistake.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?![^>]*\bsrc=)[^>]*)>(?P<body>.*?)</script>", re.S)
DATA_TYPES = ("application/json", "application/ld+json")

HEADERS = {
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "X-Frame-Options": "DENY",
}


def script_hashes(html: str) -> list[str]:
    """CSP source expressions for every inline script the browser would execute."""
    hashes = []
    for match in INLINE_SCRIPT.finditer(html):
        if any(kind in match.group("attrs") for kind in DATA_TYPES):
            continue  # data blocks are not executed, so CSP does not apply
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return sorted(set(hashes))


def policy(hashes: Iterable[str], *, meta: bool = False) -> str:
    directives = [
        "default-src 'self'",
        f"script-src 'self' {' '.join(sorted(set(hashes)))}".strip(),
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    if not meta:  # not allowed in <meta>: only real headers can forbid framing
        directives.append("frame-ancestors 'none'")
    return "; ".join(directives)


def with_meta_policy(html: str) -> str:
    """The page with its own CSP and referrer policy at the top of <head>."""
    content = policy(script_hashes(html), meta=True)
    tags = (
        f'<meta http-equiv="Content-Security-Policy" content="{content}">'
        '<meta name="referrer" content="no-referrer">'
    )
    charset = re.search(r"<meta charset=[^>]*>", html)
    if charset:  # the charset declaration stays first
        return html[: charset.end()] + tags + html[charset.end() :]
    return re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + tags, html, count=1)


def headers_file(hashes: Iterable[str]) -> str:
    """`_headers` (Netlify, Cloudflare Pages and others) for every path of the site."""
    lines = ["/*", f"  Content-Security-Policy: {policy(hashes)}"]
    lines += [f"  {name}: {value}" for name, value in HEADERS.items()]
    return "\n".join(lines) + "\n"


def hashes_in(headers: str) -> set[str]:
    """The script hashes a `_headers` file allows."""
    return set(re.findall(r"'sha256-[A-Za-z0-9+/=]+'", headers))


def merge_headers(files: Iterable[Path], target: Path) -> None:
    """One `_headers` allowing the inline scripts of all of `files` (hosts read only one)."""
    hashes: set[str] = set()
    for file in files:
        if file.is_file():
            hashes |= hashes_in(file.read_text(encoding="utf-8"))
    target.write_text(headers_file(hashes), encoding="utf-8")
