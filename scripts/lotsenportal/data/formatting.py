"""The one rule for text that staff and translators type: it is text, not markup.

Long texts (descriptions, summaries, news bodies …) may use exactly this formatting:

    **fett**   *betont*   [Linktext](https://…)  (also mailto: and tel:)
    paragraphs (a blank line)   lists (lines starting with "- ")

Everything else a person types is shown as typed. One-line texts (names, titles, roles …) have
no formatting at all. markdown-it-py parses the allowed subset (every other rule of it is
switched off: no raw HTML, no images, no reference definitions, no headings, no entities),
and we write the HTML ourselves with every character that Python-Markdown or one of its
extensions could read as syntax (`*`, `[`, `{`, `:` …) written as a character reference.
The generated Markdown pages therefore hand Python-Markdown text it can only pass through:
no attribute list, emoji shortcode, raw HTML or reference definition can come from data.

Each output place gets its own escaping: `inert` (HTML text inside generated Markdown),
`attribute` (an HTML attribute or Markdown attribute-list value), `href` (a checked URL),
`plain` (formatting removed, for front matter, JSON, vCards and feeds — escaped there by
their own writers).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup, escape

# ASCII punctuation that some Markdown construct reads as syntax. Written as `&#NN;`, it is
# shown as typed and means nothing to Python-Markdown (which keeps character references).
# A hyphen is syntax only at the start of a line (a list, a rule): ids keep theirs.
_SYNTAX = {ord(c): f"&#{ord(c)};" for c in string.punctuation if c not in ",-"}
_SYNTAX.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;"})
_WHITESPACE = {ord("\n"): " ", ord("\r"): " ", ord("\t"): " "}
_LEADING = re.compile(r"^[ -]+")


def inert(text: str) -> Markup:
    """`text` as HTML text that no Markdown processor changes (one line)."""
    escaped = str(text).translate(_WHITESPACE).translate(_SYNTAX)
    # Leading spaces or hyphens could start a code block, list or rule where a text begins
    # a line.
    escaped = _LEADING.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group(0)), escaped)
    return Markup(escaped)


def attribute(text: str) -> Markup:
    """`text` for an attribute value (HTML, or a Markdown attribute list `{ title="…" }`)."""
    return inert(text)


def _parser(*, block: bool) -> MarkdownIt:
    md = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False})
    md.enable(["emphasis", "link", "escape"])
    if block:
        md.enable(["list"])
    md.options["maxNesting"] = 8  # bounded work for any input
    return md


_BLOCK = _parser(block=True)
_INLINE = _parser(block=False)
# Finds every link, whatever its scheme (validation reports the ones not allowed). Built once:
# making a parser per call cost ~4 % of a build (8,941 calls on the HTK bench data).
_LINKS = MarkdownIt("zero").enable(["link", "escape", "list"])
_LINKS.validateLink = lambda url: True  # type: ignore[method-assign]
_LINKS.options["maxNesting"] = 8


def link_targets(text: str) -> list[str]:
    """Every link target written as `[text](target)` in `text` (whatever its scheme)."""
    found = []
    for token in _inline_tokens(_LINKS.parse(text)):
        if token.type == "link_open":
            found.append(str(token.attrGet("href") or ""))
    return found


def _inline_tokens(tokens: Sequence[Token]) -> Iterator[Token]:
    for token in tokens:
        if token.children:
            yield from token.children


def href(url: str) -> Markup:
    """A checked URL for a link target: characters that could end a Markdown link or an
    attribute are percent-encoded."""
    return Markup(quote(str(url), safe="/:?#@!$&'*+,;=%~-._").replace("&", "&amp;"))


def _allowed(url: str) -> bool:
    from .urls import web_url_problem  # here: urls imports nothing of this module

    if url.startswith("https://"):
        return web_url_problem(url) is None
    return url.startswith(("mailto:", "tel:")) and not any(c in url for c in "<>\"' ")


def _render_inline(tokens: Sequence[Token]) -> str:
    out: list[str] = []
    closing: list[str] = []  # what ends each open link
    for token in tokens:
        if token.type == "text":
            out.append(inert(token.content))
        elif token.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif token.type == "strong_open":
            out.append("<strong>")
        elif token.type == "strong_close":
            out.append("</strong>")
        elif token.type == "em_open":
            out.append("<em>")
        elif token.type == "em_close":
            out.append("</em>")
        elif token.type == "link_open":
            target = str(token.attrGet("href") or "")
            # Data is validated before it gets here; a link that is not allowed shows its text.
            allowed = _allowed(target)
            out.append(f'<a href="{href(target)}">' if allowed else "")
            closing.append("</a>" if allowed else "")
        elif token.type == "link_close":
            out.append(closing.pop() if closing else "")
        else:  # nothing else is enabled; anything unexpected is shown as text
            out.append(inert(token.content))
    return "".join(out)


def inline(text: str) -> Markup:
    """`text` with its emphasis and links, on one line (for cards and lists)."""
    tokens = _INLINE.parseInline(str(text))
    return Markup(_render_inline(tokens[0].children or []) if tokens else "")


def block(text: str) -> Markup:
    """`text` as paragraphs and lists of HTML, with emphasis and links."""
    out: list[str] = []
    for token in _BLOCK.parse(str(text)):
        if token.type == "inline":
            out.append(_render_inline(token.children or []))
        elif token.type == "paragraph_open" and not token.hidden:
            out.append("<p>")
        elif token.type == "paragraph_close" and not token.hidden:
            out.append("</p>\n")
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            out.append("<ul>\n" if token.type == "bullet_list_open" else "<ol>\n")
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            out.append("</ul>\n" if token.type == "bullet_list_close" else "</ol>\n")
        elif token.type == "list_item_open":
            out.append("<li>")
        elif token.type == "list_item_close":
            out.append("</li>\n")
    return Markup("".join(out).strip())


def plain(text: str) -> str:
    """`text` without its formatting (link texts stay, targets go), on one line."""
    tokens = _INLINE.parseInline(str(text))
    words = [
        t.content if t.type == "text" else " "
        for t in (tokens[0].children or [] if tokens else [])
        if t.type in ("text", "softbreak", "hardbreak")
    ]
    return " ".join("".join(words).split())


# Invisible characters that have no place in data text. ZERO WIDTH (NON-)JOINER shape Persian,
# Pashto and Indic words and emoji, so they are allowed between two non-ASCII characters.
_JOINERS = {"\u200c", "\u200d"}


@dataclass(frozen=True)
class Invisible:
    """An invisible or control character in a text: where (1-based) and which."""

    position: int
    char: str

    @property
    def name(self) -> str:
        return unicodedata.name(self.char, "STEUERZEICHEN")

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"


def invisible(text: str, *, line_breaks: bool) -> Invisible | None:
    """The first character a reader cannot see and that could change what they see: control
    characters, bidi overrides and isolates, zero-width characters, line breaks in one-line
    texts."""
    for index, char in enumerate(text):
        if char == "\n":
            if line_breaks:
                continue
            return Invisible(index + 1, char)
        category = unicodedata.category(char)
        if category not in ("Cc", "Cf", "Zl", "Zp", "Cs"):
            continue
        if char in _JOINERS and 0 < index < len(text) - 1:
            before, after = text[index - 1], text[index + 1]
            if not before.isascii() and not after.isascii():
                continue
        return Invisible(index + 1, char)
    return None


def theme_text(value: object) -> Markup:
    """A title or description for Material's templates: escaped once, never twice."""
    return value if isinstance(value, Markup) else escape("" if value is None else str(value))
