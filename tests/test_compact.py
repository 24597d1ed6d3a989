"""Pages lose the templates' indentation and draw each repeated icon once, and still read,
look and behave the same (lotsenportal.site.compact, hooks/compact_pages.py)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from lotsenportal.site import csp
from lotsenportal.site.compact import ICON_ID, compact

PHONE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M6 10z"/></svg>'
MAIL = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="m20 8z"/></svg>'

PAGE = f"""<!doctype html>
<html lang="ar">
  <head>
    <script>var  a = 1;
        if (a) {{ a = 2 }}</script>
    <style>
      p {{ color: red }}
    </style>
  </head>
  <body>
    <p title="eins
        zwei" data-x="a &gt;
        b">
      Text   mit   Leerzeichen
      über zwei Zeilen
    </p>
    <pre>
  eingerückt
      bleibt
</pre>
    <textarea>
   so wie es ist
</textarea>
    <p>Absatz

        mit   Leerzeile <code>a

  b</code> <kbd>x

y</kbd></p>
    <script id="__config" type="application/json">{{"base": "../", "t": {{"s": "\\u0628\\u062d\\u062b", "x": "a\\u003c/script\\u003e \\u0027"}}}}</script>
    <p title="www&#46;example&#46;org">https&#58;&#47;&#47;example&#46;org &#40;Stand&#41;
      &#38;&#35;46&#59; &#60;&#33;&#45;&#45; &#34;&#39;&#61;&#62;&#96;&#92;</p>
    <p><span class="twemoji">{PHONE}</span> <a href="tel:+49">06172</a></p>
    <p><span class="twemoji">{PHONE}</span> <a href="tel:+49">06173</a></p>
    <p><span class="twemoji">{MAIL}</span> nur einmal</p>
  </body>
</html>
"""


_DRAWING = {"svg", "path", "g", "use"}


class _Reader(HTMLParser):
    """What a browser takes from a page: text (white space collapsed), attributes, raw text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.attributes: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.raw: list[object] = []  # a JSON data block as the data it holds
        self._raw_tag: str | None = None
        self._json = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _DRAWING:  # icons: test_a_repeated_icon_is_drawn_once_and_used_again
            self.attributes.append((tag, attrs))
        if tag in {"pre", "textarea", "code", "kbd", "script", "style"}:
            self._raw_tag = tag
            self._json = dict(attrs).get("type") == "application/json"

    def handle_endtag(self, tag: str) -> None:
        if tag == self._raw_tag:
            self._raw_tag = None

    def handle_data(self, data: str) -> None:
        if self._raw_tag:
            self.raw.append(json.loads(data) if self._json else data)
        else:
            self.text.append(data)

    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


def read(page: str) -> _Reader:
    reader = _Reader()
    reader.feed(page)
    return reader


def test_the_page_keeps_its_text_attributes_and_raw_content() -> None:
    before, after = read(PAGE), read(compact(PAGE))
    assert after.words() == before.words()
    assert after.attributes == before.attributes
    assert after.raw == before.raw  # pre, textarea, code, kbd, script and style as they were
    assert 'title="eins\n        zwei"' in compact(PAGE)  # attribute values untouched


def test_empty_lines_go_but_code_keeps_its_white_space() -> None:
    small = compact(PAGE)
    assert "Absatz\n        mit   Leerzeile" in small  # (attribute values may span lines)
    assert "<code>a\n\n  b</code>" in small and "<kbd>x\n\ny</kbd>" in small


def test_escaped_punctuation_is_written_as_characters_and_nothing_else_is() -> None:
    small = compact(PAGE)
    assert 'title="www.example.org">https://example.org (Stand)' in small
    # Never a character that could start, end or change a reference, tag, comment or value.
    assert "&#38;&#35;46&#59; &#60;!&#45;&#45; &#34;&#39;&#61;&#62;&#96;&#92;</p>" in small


def test_icons_carry_no_xmlns() -> None:
    assert "xmlns" not in compact(PAGE) and PAGE.count("xmlns") == 3
    soup = BeautifulSoup(compact(PAGE), "html.parser")
    assert soup.select_one(".twemoji svg")["viewbox"] == "0 0 24 24"


def test_materials_settings_are_utf8_json_that_cannot_end_the_script() -> None:
    small = compact(PAGE)
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', small)
    assert config is not None
    assert config.group(1) == (
        '{"base": "../", "t": {"s": "بحث", "x": "a\\u003c/script\\u003e \\u0027"}}'
    )
    original = re.search(r'"application/json">(.*?)</script>', PAGE)
    assert original is not None
    assert json.loads(config.group(1)) == json.loads(original.group(1))


def test_inline_scripts_keep_the_hash_the_policy_names() -> None:
    assert csp.script_hashes(compact(PAGE)) == csp.script_hashes(PAGE)


def test_indentation_is_gone_and_the_page_is_smaller() -> None:
    small = compact(PAGE)
    body = small.split("<body>")[1].split("<pre>")[0]
    assert not re.search(r"\n[ \t]+<", body)
    assert len(small) < len(PAGE)


def test_a_repeated_icon_is_drawn_once_and_used_again() -> None:
    page = compact(PAGE)
    soup = BeautifulSoup(page, "html.parser")
    first, second = [span.svg for span in soup.select(".twemoji")][:2]
    icon = ICON_ID.format(0)
    assert first.find("g", id=icon).path["d"] == "M6 10z"
    assert second.find("use")["href"] == f"#{icon}"
    assert second["viewbox"] == "0 0 24 24"  # same box, so the same size
    assert page.count('d="M6 10z"') == 1
    assert page.count('d="m20 8z"') == 1  # an icon shown once stays as it was
    assert "<use" not in str(soup.select(".twemoji")[2])


def test_icon_ids_cannot_meet_a_heading_or_record_id() -> None:
    from lotsenportal.data.schema import SLUG

    icon = ICON_ID.format(7)
    assert not SLUG.match(icon)
    assert "--" in icon  # Markdown's heading slugs collapse repeated hyphens


def test_compacting_twice_changes_nothing_more() -> None:
    once = compact(PAGE)
    assert compact(once) == once


@pytest.mark.timeout(10)  # milliseconds here; a backtracking pattern takes minutes
def test_work_grows_with_the_page_not_faster() -> None:
    """Bounded work for any input: no pattern that backtracks over the page."""
    hostile = "<p>" + ">\n " * 20000 + "<svg>" * 2000 + "</svg>" * 10 + "<pre>" * 500
    assert compact(hostile).startswith("<p>")


def test_every_page_of_the_fixture_build_is_compact_and_icons_resolve(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        if "/offline/" in page.as_posix():
            continue
        text = page.read_text(encoding="utf-8")
        outside = re.sub(r"<(pre|textarea|script|style)\b.*?</\1>", "", text, flags=re.S)
        assert not re.search(r">\n[ \t]+\S|\S\n[ \t]+<", outside), page
        ids = set(re.findall(r'<g id="([^"]+)"', text))
        used = set(re.findall(r'<use href="#([^"]+)"', text))
        assert used <= ids, page
