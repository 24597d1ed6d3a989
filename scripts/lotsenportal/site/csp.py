"""Content-Security-Policy without 'unsafe-inline', and the other security headers.

The policy is never derived from the pages it protects. Material ships a few small inline
scripts in its templates (`partials/javascripts/*.html`); `known_script_hashes` renders those
template files and hashes what they write. Only these hashes are allowed, the same on every
page: in a <meta> tag (for hosts that cannot send headers) and in `_headers` (for hosts that
can). lotsenportal.site.page_safety fails the build when a page holds any other inline script.
Everything else may come from the site itself only: no third party can be contacted even by
mistake.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment

INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?![^>]*\bsrc=)[^>]*)>(?P<body>.*?)</script>", re.S)
DATA_TYPES = ("application/json", "application/ld+json")

HEADERS = {
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "X-Frame-Options": "DENY",
}


# The theme's templates that write inline scripts.
SCRIPT_TEMPLATES = "partials/javascripts/"


def source_hash(body: str) -> str:
    """The CSP source expression that allows an inline script with this exact text."""
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def script_hashes(html: str) -> list[str]:
    """CSP source expressions for every inline script the browser would execute in `html`
    (for tests and checks of a finished page; policies come from `known_script_hashes`)."""
    hashes = []
    for match in INLINE_SCRIPT.finditer(html):
        if any(kind in match.group("attrs") for kind in DATA_TYPES):
            continue  # data blocks are not executed, so CSP does not apply
        hashes.append(source_hash(match.group("body")))
    return sorted(set(hashes))


def known_script_hashes(env: Environment, context: Mapping[str, Any]) -> frozenset[str]:
    """Hashes of the inline scripts the theme's template files write, rendered with the
    site's configuration (`context`: `config`, `base_url`, `features`)."""
    hashes = set()
    for name in env.list_templates(filter_func=lambda n: n.startswith(SCRIPT_TEMPLATES)):
        rendered = env.get_template(name).render(**context)
        hashes.update(script_hashes(rendered))
    return frozenset(hashes)


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


def with_meta_policy(html: str, hashes: Iterable[str]) -> str:
    """The page with the site's CSP and referrer policy at the top of <head>."""
    content = policy(hashes, meta=True)
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
