"""Web addresses are parsed, not pattern-matched: https, a real host name, nothing a browser,
Markdown or an attribute could read as something else.

The same rule is given to editors as a JSON Schema pattern (`WEB_URL_PATTERN`); the parser
decides, the pattern only catches the common mistakes while typing.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .messages import say

# RFC 3986 allows these characters in a URL (besides letters, digits and %XX). Letters of
# other scripts (ä, ü, ة …) are accepted too and percent-encoded when the link is written.
_RFC3986 = set("-._~:/?#@!$&'()*+,;=%")
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
MAX_LENGTH = 2000

# For the editor: https, a host with a dot, then no space, quote, angle bracket or brace.
# (\x22 is the double quote: editors compile the pattern as a JavaScript Unicode RegExp, which
# refuses the escape \".)
WEB_URL_PATTERN = r"^https://[^\s/?#:@<>\x22'{}|\\^`]+\.[^\s/?#:@<>\x22'{}|\\^`]+(:[0-9]{1,5})?([/?#][^\s<>\x22{}|\\^`]*)?$"


def _bad_character(url: str) -> str | None:
    for char in url:
        if char.isascii():
            if not (char.isalnum() or char in _RFC3986):
                return char
        elif not char.isprintable() or char.isspace():
            return char
    return None


def web_url_problem(url: str) -> tuple[str, dict[str, str]] | None:
    """None for an allowed web address; else a catalogue key and its placeholders."""
    if len(url) > MAX_LENGTH:
        return "lp_url_long", {"limit": str(MAX_LENGTH)}
    if not url.lower().startswith("https://"):
        return "lp_url", {}
    char = _bad_character(url)
    if char is not None:
        names = {" ": "char_space", "\t": "char_tab", "\n": "char_newline"}
        shown = say(names[char]) if char in names else char
        return "lp_url_char", {"char": shown}
    if _PERCENT.search(url):
        return "lp_url_char", {"char": "%"}
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        return "lp_url_host", {}
    if parts.username is not None or parts.password is not None:
        return "lp_url_userinfo", {}
    host = parts.hostname or ""
    try:
        ascii_host = host.encode("idna").decode("ascii") if host else ""
    except UnicodeError:
        return "lp_url_host", {}
    labels = ascii_host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        return "lp_url_host", {}
    if labels[-1].isdigit() or port == 0:
        return "lp_url_host", {}  # an IP address or port 0: not a public web address
    return None
