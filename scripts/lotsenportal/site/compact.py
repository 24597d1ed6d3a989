"""Finished pages without what only the templates' source needed: the indentation of the
Jinja templates, and the same icon drawn again and again.

- Whitespace: a run of spaces and line breaks that touches a tag becomes one line break, and
  empty lines go. A browser shows any run of white space between words as one space, so the
  page looks and reads the same. Inside `<pre>`, `<textarea>`, `<code>`, `<kbd>`, `<script>`
  and `<style>` nothing changes (white space is content there, and the
  Content-Security-Policy names the inline scripts' hashes). Attribute values keep their
  white space (a value would only be touched if it held a raw `>` at the end of a line, or an
  empty line, which neither Jinja's nor Markdown's escaping writes).
- Punctuation that the Markdown writer escapes as a numeric reference (`&#46;` for ".",
  `&#58;`, `&#40;`, `&#64;`, …) is written as the character again: in finished HTML these
  characters mean nothing, in text and in quoted attribute values alike. Never `& # ; < > =
  " ' \\ -` or a backtick: nothing decoded can start, end or change a reference, a tag, a
  comment or an attribute.
- Inline SVG needs no `xmlns`: an HTML parser puts `<svg>` in the SVG namespace by itself
  (HTML § 13.2.6.5), so the attribute only repeats 35 bytes on every icon.
- Material's settings (`<script id="__config" type="application/json">`): Jinja's `tojson`
  writes every non-ASCII letter as an escape (`\\u0639`); written as UTF-8 (still escaping
  `<`, `>`, `&` and `'`, so the data block cannot end early) the labels of an Arabic page
  take half the bytes. The browser reads the same JSON.
- Icons: a page's contact cards repeat the same inline SVG (phone, e-mail, languages, vCard)
  on every card. The first copy keeps its drawing, under an id; later copies point to it with
  `<use href>`, which draws the same shapes in the same colour (`currentColor`).

On one Kreis of the Hessen benchmark the pages lost 23 % of their bytes (29.0 → 22.3 MB);
gzip on the wire hides most of that, but the host's size limit counts the bytes as written.
Pure text in, text out, linear in the page's length.
"""

from __future__ import annotations

import json
import re
from collections import Counter

# Elements whose content is kept byte for byte (code and kbd: white-space pre-wrap).
_RAW_TAGS = ("pre", "textarea", "code", "kbd", "script", "style")
_RAW_START = re.compile(rf"<({'|'.join(_RAW_TAGS)})\b", re.I)
_RAW_END = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in _RAW_TAGS}
_SVG_XMLNS = re.compile(r'(<svg\b[^<>]*?) xmlns="http://www\.w3\.org/2000/svg"(?=[\s/>])')
# ! $ % ( ) * + , . / : ? @ [ ] ^ _ { | } ~
_PUNCTUATION = re.compile(r"&#(33|36|37|4[0-4]|46|47|58|63|64|91|93|94|95|12[3-6]);")
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)([^<]*)(</script>)')
_JSON_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}
_SPACE = " \t\r\f"  # white space besides the line break
# An inline icon: one <svg> … </svg> without another svg inside (Material's icons).
_SVG = re.compile(r"<svg\b([^>]*)>((?:(?!<svg\b).)*?)</svg>", re.S)
# Never an id of a heading (Markdown's slugs collapse "--") or a record (schema.SLUG).
ICON_ID = "lp--i{}"


def _outside_raw(page: str) -> list[tuple[bool, str]]:
    """The page cut into (raw?, text) pieces, in order; one pass over the page."""
    pieces: list[tuple[bool, str]] = []
    position = 0
    while start := _RAW_START.search(page, position):
        end = _RAW_END[start.group(1).lower()].search(page, start.end())
        stop = end.end() if end else len(page)  # unclosed: raw to the end, as a browser reads it
        pieces += [(False, page[position : start.start()]), (True, page[start.start() : stop])]
        position = stop
    pieces.append((False, page[position:]))
    return pieces


def _squeeze(text: str) -> str:
    """Each line break run that touches a tag becomes one line break (line by line, so the
    work grows with the text, whatever its white space)."""
    lines = text.split("\n")
    out = [lines[0]]
    last = len(lines) - 1
    for number, line in enumerate(lines[1:], start=1):
        stripped = line.lstrip(_SPACE)
        before = out[-1].rstrip(_SPACE)
        if not stripped and number < last:
            continue  # an empty line: the line break before it is white space enough
        if before.endswith(">") or stripped.startswith("<"):
            out[-1] = before
            line = stripped
        out.append(line)
    return "\n".join(out)


def _share_icons(pieces: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    counts = Counter(m.group(0) for raw, text in pieces if not raw for m in _SVG.finditer(text))
    repeated = {svg: number for number, svg in enumerate(s for s, n in counts.items() if n > 1)}
    if not repeated:
        return pieces
    drawn: set[str] = set()

    def one(match: re.Match[str]) -> str:
        svg = match.group(0)
        if svg not in repeated:
            return svg
        attributes, drawing = match.group(1), match.group(2)
        icon = ICON_ID.format(repeated[svg])
        if svg in drawn:
            return f'<svg{attributes}><use href="#{icon}"/></svg>'
        drawn.add(svg)
        return f'<svg{attributes}><g id="{icon}">{drawing}</g></svg>'

    return [(raw, text if raw else _SVG.sub(one, text)) for raw, text in pieces]


def _html_json(data: object) -> str:
    """JSON for a data block in a page: UTF-8, with `<`, `>`, `&` and `'` escaped as Jinja's
    `tojson` escapes them, so the block cannot end early."""
    text = json.dumps(data, ensure_ascii=False)
    for unsafe, escaped in _JSON_UNSAFE.items():
        text = text.replace(unsafe, escaped)
    return text


def _utf8_json(match: re.Match[str]) -> str:
    try:
        data = json.loads(match.group(2))
    except ValueError:
        return match.group(0)  # not ours to judge: page_safety reads it as it is
    return match.group(1) + _html_json(data) + match.group(3)


def _character(match: re.Match[str]) -> str:
    return chr(int(match.group(1)))


def _plain(text: str) -> str:
    return _PUNCTUATION.sub(_character, _SVG_XMLNS.sub(r"\1", text))


def _raw(text: str) -> str:
    return _CONFIG.sub(_utf8_json, text) if text.startswith("<script") else text


def compact(page: str) -> str:
    """The page with its template indentation squeezed, punctuation as characters, no `xmlns`
    on inline icons, repeated icons drawn once and Material's settings in UTF-8."""
    pieces = [
        (raw, _raw(text) if raw else _plain(_squeeze(text))) for raw, text in _outside_raw(page)
    ]
    return "".join(text for _, text in _share_icons(pieces))
