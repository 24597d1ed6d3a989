"""What a finished page may contain, checked on every page while it is built.

The Content-Security-Policy (lotsenportal.site.csp) protects readers whose browsers enforce it;
this gate keeps the site itself clean, also for offline copies and hosts without headers.
A page fails the build when it holds:

- an inline script that is not one of the theme's known scripts (data blocks of type
  `application/json` and `application/ld+json` are not run, but must not be able to end early);
- an event-handler attribute (`onclick=…`) or a `javascript:`, `vbscript:` or `data:` URL;
- anything loaded from another host (scripts, styles, images, frames, fonts …);
- elements that redirect or re-base the page, or embed another document (`<meta
  http-equiv="refresh">`, `<base>`, `<iframe>`, `<object>`, `<embed>`).

The parser is the standard library's HTML tokenizer: linear in the page's length.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from ..data.messages import say
from .csp import DATA_TYPES, source_hash

# Attributes that hold a URL the browser follows or loads.
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "cite",
    "xlink:href",
    "ping",
    "srcset",
    "manifest",
    "longdesc",
}
# Attributes whose URL the browser loads by itself when the page opens (a link is followed
# only when the reader chooses to; a load happens without asking).
LOADED = {"src", "data", "poster", "background", "srcset", "manifest"}
LOADING_LINKS = {
    "stylesheet",
    "icon",
    "preload",
    "prefetch",
    "modulepreload",
    "manifest",
    "dns-prefetch",
    "preconnect",
    "apple-touch-icon",
    "mask-icon",
}
FORBIDDEN_ELEMENTS = {"base", "iframe", "frame", "object", "embed", "applet", "portal"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")


@dataclass(frozen=True)
class Finding:
    line: int
    what: str

    def __str__(self) -> str:
        return say("page_line", line=self.line, finding=self.what)


def _scheme_of(url: str) -> str:
    # Browsers ignore control characters and spaces around and inside a scheme.
    return "".join(c for c in url if c > " ").lower()


class _Gate(HTMLParser):
    def __init__(self, allowed_scripts: Collection[str], own_origin: str) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed = allowed_scripts
        self.own = own_origin
        self.findings: list[Finding] = []
        self._script: tuple[int, bool] | None = None  # (line, is data block)
        self._body: list[str] = []

    def _find(self, what: str) -> None:
        self.findings.append(Finding(self.getpos()[0], what))

    def _foreign(self, url: str) -> bool:
        url = url.strip()
        parts = urlsplit(url)
        if not parts.netloc and not parts.scheme:
            return False  # relative: the site itself
        return not (self.own and url.startswith(self.own))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in FORBIDDEN_ELEMENTS:
            self._find(say("page_element", tag=tag))
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self._find(say("page_refresh"))
        for name, value in values.items():
            if name.startswith("on"):
                self._find(say("page_event", name=name))
            if name in URL_ATTRIBUTES:
                self._check_url(tag, name, value, values)
        if tag == "script" and "src" not in values:
            kind = values.get("type", "").lower()
            self._script = (self.getpos()[0], kind in DATA_TYPES)
            self._body = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def _check_url(self, tag: str, name: str, value: str, values: dict[str, str]) -> None:
        urls = (
            [part.strip().split(" ")[0] for part in value.split(",")]
            if name == "srcset"
            else [value]
        )
        for url in urls:
            if _scheme_of(url).startswith(BAD_SCHEMES):
                if not (tag == "img" and _scheme_of(url).startswith("data:image/")):
                    self._find(say("page_scheme", name=name, url=url[:40]))
                continue
            loads = name in LOADED or (
                tag == "link" and LOADING_LINKS & set(values.get("rel", "").lower().split())
            )
            if loads and self._foreign(url):
                self._find(say("page_foreign", tag=tag, name=name, url=url[:80]))

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._body.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != "script" or self._script is None:
            return
        line, is_data = self._script
        body = "".join(self._body)
        if not is_data and source_hash(body) not in self.allowed:
            self.findings.append(Finding(line, say("page_script")))
        self._script = None


def findings(html: str, allowed_scripts: Collection[str], own_origin: str = "") -> list[Finding]:
    """Everything in `html` that no page of the site may contain. `own_origin` is the site's
    address (absolute links to it are not foreign)."""
    gate = _Gate(allowed_scripts, own_origin.rstrip("/") + "/" if own_origin else "")
    gate.feed(html)
    gate.close()
    return gate.findings
