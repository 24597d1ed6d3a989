"""The page scanner behind the offline copies (lotsenportal.site.html_edits) reads pages exactly as
the standard library's HTMLParser does, only faster, and in one pass for any input."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lotsenportal.site.html_edits import _VOID, Edits, scan


class _Reference(HTMLParser):
    """HTMLParser's reading: (tag, attributes, start, end of start tag, close start, end,
    parent's index) of every element."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self._lines = [0, *(m.end() for m in re.finditer("\n", text))]
        self.rows: list[list[object]] = []
        self._open: list[int] = []
        self.feed(text)
        self.close()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._lines[line - 1] + column

    def _add(self, tag: str, attrs: list[tuple[str, str | None]], push: bool) -> None:
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        parent = self._open[-1] if self._open else None
        self.rows.append([tag, dict(attrs), start, end, None, None, parent])
        if push:
            self._open.append(len(self.rows) - 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add(tag, attrs, tag not in _VOID)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add(tag, attrs, False)

    def handle_endtag(self, tag: str) -> None:
        if not any(self.rows[i][0] == tag for i in self._open):
            return
        start = self._offset()
        end = self.text.index(">", start) + 1
        while self._open:
            row = self.rows[self._open.pop()]
            row[4], row[5] = start, end
            if row[0] == tag:
                break


def rows(text: str) -> list[list[object]]:
    elements = scan(text)
    index = {id(element): number for number, element in enumerate(elements)}
    return [
        [
            e.tag,
            e.attrs,
            e.start,
            e.open_end,
            e.close_start,
            e.end,
            None if e.parent is None else index[id(e.parent)],
        ]
        for e in elements
    ]


SAMPLES = [
    '<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>a &amp; b</title>'
    '<script>if (a < b && c > d) {x = "</div>"}</script></head>'
    '<body><p class="x y" data-a=\'1\' hidden>Text <b>fett</B><br/><img src=a.png alt="">'
    '<svg viewBox="0 0 24 24"><path d="M1 2z"/><use href="#i"/></svg></p>'
    "<!-- ein Kommentar <a href=nicht> --><ul><li>eins<li>zwei</ul></div>"
    '<a href="?a=1&amp;b=2" title="x &gt; y">link</a ></body></html>',
    "<p>unclosed <em>tags</p> stray </span> end",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_scanner_reads_tags_as_htmlparser_does(text: str) -> None:
    assert rows(text) == _Reference(text).rows


def test_every_page_of_a_fixture_build_is_read_as_htmlparser_reads_it(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert rows(text) == _Reference(text).rows, page


def test_an_edit_changes_only_its_own_bytes() -> None:
    text = '<p>\n  <a href="x" data-y>eins</a>   <script>var a=1</script></p>'
    edits = Edits(text)
    link = next(e for e in edits.elements if e.tag == "a")
    edits.set_attrs(link, {"href": "y&z"})
    assert edits.apply() == '<p>\n  <a href="y&amp;z">eins</a>   <script>var a=1</script></p>'


@pytest.mark.parametrize(
    "hostile",
    [
        "<a " + "b" * 200_000,
        "<a " + 'x="' * 50_000,
        "<a b" * 50_000,
        "<!--" * 50_000,
        "<p " + "/ " * 100_000,
        "<script>" + "<" * 100_000,
    ],
)
@pytest.mark.timeout(10)  # milliseconds here; a backtracking pattern takes minutes
def test_any_input_is_read_in_one_pass(hostile: str) -> None:
    """Bounded work for any input: these would take minutes with a backtracking pattern."""
    scan.cache_clear()
    assert isinstance(scan(hostile), tuple)
