"""Small, exact edits of finished HTML pages: find the elements with the standard library's
parser, then change only the bytes of the tags concerned (a start tag, an attribute, an
element with its content). Everything else – inline scripts whose hashes the
Content-Security-Policy names, whitespace, entities – stays byte for byte as MkDocs wrote it.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

_VOID = frozenset(  # elements without an end tag (HTML § 13.1.2)
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr"}
)


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict[str, str | None]
    start: int  # offset of "<" of the start tag
    open_end: int  # offset after the start tag's ">"
    parent: Element | None
    close_start: int | None = None  # offset of "</…>", None for void or unclosed elements
    end: int | None = None  # offset after the end tag

    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def inside(self, test: str) -> Element | None:
        """The nearest ancestor with class `test`, or None."""
        node = self.parent
        while node is not None and test not in node.classes():
            node = node.parent
        return node


# One pass of one regular expression over the page (the standard library's HTMLParser took
# 8 ms a page, an eighth of a whole build, for the offline copies alone). It reads what our
# builds write: comments, declarations, start tags with their attributes (quoted, unquoted or
# bare), self-closing tags, end tags; the content of <script>, <style>, <textarea> and <title>
# is text up to its end tag, as in a browser. tests/test_html_edits.py holds it to HTMLParser's
# reading of every page of a fixture build.
_NAME = r"[^\s\"'<>/=][^\s\"'<>/=]*+"  # possessive: a name is never split to retry
_VALUE = r"(?:\"[^\"<]*\"|'[^'<]*'|[^\s\"'<>]*+)"  # our pages escape < in attribute values
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<[!?][^<>]*>?"
    r"|</([a-zA-Z][^\s/<>]*)[^<>]*>"
    rf"|<([a-zA-Z][^\s/<>]*+)((?:\s*+{_NAME}(?:\s*=\s*{_VALUE})?|\s*/(?!>))*+)\s*(/?)>",
    re.S,
)
_ATTRIBUTE = re.compile(rf"({_NAME})(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]*)))?")
_RAW_TEXT = {"script", "style", "textarea", "title"}
_RAW_END = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in _RAW_TEXT}


def _attributes(text: str) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for match in _ATTRIBUTE.finditer(text):
        name = match.group(1).lower()
        if match.group(0) == match.group(1):
            found.setdefault(name, None)  # a bare attribute (`required`)
            continue
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        found.setdefault(name, html.unescape(value))  # the first of a name counts
    return found


def _scan(text: str) -> list[Element]:
    elements: list[Element] = []
    open_: list[Element] = []
    position = 0
    while match := _TOKEN.search(text, position):
        position = match.end()
        closing, tag = match.group(1), match.group(2)
        if tag is not None:
            tag = tag.lower()
            parent = open_[-1] if open_ else None
            element = Element(tag, _attributes(match.group(3)), match.start(), position, parent)
            elements.append(element)
            if match.group(4) or tag in _VOID:
                continue
            if tag in _RAW_TEXT:  # text up to its own end tag
                end = _RAW_END[tag].search(text, position)
                if end is None:
                    open_.append(element)
                    break
                element.close_start, element.end = end.start(), end.end()
                position = end.end()
                continue
            open_.append(element)
        elif closing is not None:
            closing = closing.lower()
            if not any(element.tag == closing for element in open_):
                continue  # a stray end tag
            while open_:  # an end tag closes the nearest open element of its name
                element = open_.pop()
                element.close_start, element.end = match.start(), position
                if element.tag == closing:
                    break
    return elements


@functools.lru_cache(maxsize=256)
def scan(text: str) -> tuple[Element, ...]:
    """The elements of a page in document order, with their offsets (the same page is read
    for several offline copies; treat the result as read-only)."""
    return tuple(_scan(text))


@dataclass
class Edits:
    """Changes to one page, applied together by `apply()`; edits inside a removed element are
    dropped with it. Two edits of one start tag: the first made wins."""

    text: str
    elements: tuple[Element, ...] = field(init=False)
    _changes: list[tuple[int, int, str]] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.elements = scan(self.text)

    def remove(self, element: Element) -> None:
        self.replace(element, "")

    def replace(self, element: Element, text: str) -> None:
        """The element, its content included, becomes `text`."""
        self._changes.append((element.start, element.end or element.open_end, text))

    def set_attrs(self, element: Element, attrs: Mapping[str, str | None]) -> None:
        """Write the start tag anew with these attributes (values escaped)."""
        self.retag(element, element.tag, attrs)

    def retag(self, element: Element, tag: str, attrs: Mapping[str, str | None]) -> None:
        """Write the element as another tag (`<a>` → `<span>`), content unchanged."""
        parts = "".join(
            f" {name}" if value is None else f' {name}="{html.escape(value)}"'
            for name, value in attrs.items()
        )
        self._changes.append((element.start, element.open_end, f"<{tag}{parts}>"))
        if tag != element.tag and element.close_start is not None and element.end is not None:
            self._changes.append((element.close_start, element.end, f"</{tag}>"))

    def content(self, element: Element) -> str:
        return self.text[element.open_end : element.close_start or element.open_end]

    def apply(self) -> str:
        out, position = [], 0
        # By position; a removal sorts before the edits inside it (longest first) and skips them.
        for start, end, new in sorted(self._changes, key=lambda c: (c[0], -c[1])):
            if start < position:
                continue  # inside an element already removed or replaced
            out += [self.text[position:start], new]
            position = end
        out.append(self.text[position:])
        return "".join(out)
