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
from html.parser import HTMLParser

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


class _Scanner(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self._lines = [0, *(m.end() for m in re.finditer("\n", text))]
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.feed(text)
        self.close()

    def _offset(self) -> int:  # while a handler runs, the parser stands at the tag's "<"
        line, column = self.getpos()
        return self._lines[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        parent = self._open[-1] if self._open else None
        end = start + len(self.get_starttag_text() or "")
        element = Element(tag, dict(attrs), start, end, parent)
        self.elements.append(element)
        if tag not in _VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        parent = self._open[-1] if self._open else None
        end = start + len(self.get_starttag_text() or "")
        self.elements.append(Element(tag, dict(attrs), start, end, parent))

    def handle_endtag(self, tag: str) -> None:
        if not any(element.tag == tag for element in self._open):
            return  # a stray end tag
        start = self._offset()
        end = self.text.index(">", start) + 1
        while self._open:  # an end tag closes the nearest open element of its name
            element = self._open.pop()
            element.close_start, element.end = start, end
            if element.tag == tag:
                break


@functools.lru_cache(maxsize=256)
def scan(text: str) -> tuple[Element, ...]:
    """The elements of a page in document order, with their offsets (the same page is read
    for several offline copies; treat the result as read-only)."""
    return tuple(_Scanner(text).elements)


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
        self._changes.append((element.start, element.end or element.open_end, ""))

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

    def replace_content(self, element: Element, content: str) -> None:
        if element.close_start is not None:
            self._changes.append((element.open_end, element.close_start, content))

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
