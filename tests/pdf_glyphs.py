"""What a PDF page draws, glyph by glyph: which embedded font, which glyph number and which
text the PDF says it stands for (its ToUnicode map). Chromium writes every font as a Type0
font with two-byte glyph numbers (Identity-H); a character no font has becomes glyph 0, the
empty box — while text extraction still reads the right letter, so only the glyph numbers
show it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
from pypdf.generic import ContentStream

_HEX = r"<([0-9A-Fa-f]+)>"
_BFCHAR = re.compile(r"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(r"beginbfrange(.*?)endbfrange", re.S)


@dataclass(frozen=True)
class Glyph:
    font: str  # the font's resource name on the page, e.g. /F5
    font_name: str  # its name without the subset prefix, e.g. NotoSansEthiopic-Regular
    gid: int
    text: str


def _utf16(hex_text: str) -> str:
    return bytes.fromhex(hex_text).decode("utf-16-be", errors="replace")


def to_unicode(font: Any) -> dict[int, str]:
    """The font's map from glyph number to text (bfchar and bfrange entries)."""
    if "/ToUnicode" not in font:
        return {}
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    found: dict[int, str] = {}
    for block in _BFCHAR.findall(data):
        for code, text in re.findall(rf"{_HEX}\s*{_HEX}", block):
            found[int(code, 16)] = _utf16(text)
    for block in _BFRANGE.findall(data):
        for first, last, target in re.findall(rf"{_HEX}\s*{_HEX}\s*(<[^>]*>|\[[^\]]*\])", block):
            start, end = int(first, 16), int(last, 16)
            if target.startswith("["):
                for offset, text in enumerate(re.findall(_HEX, target)):
                    found[start + offset] = _utf16(text)
            else:
                base = bytes.fromhex(target[1:-1])
                for offset in range(end - start + 1):
                    value = int.from_bytes(base, "big") + offset
                    found[start + offset] = _utf16(value.to_bytes(len(base), "big").hex())
    return found


def _raw(value: Any) -> bytes:
    """The string's bytes as in the file (pypdf may have read glyph numbers as text)."""
    return value.original_bytes if hasattr(value, "original_bytes") else bytes(value)


def _walk(reader: pypdf.PdfReader, content: Any, resources: Any, out: list[Glyph]) -> None:
    fonts = resources.get("/Font", {}) if resources else {}
    maps: dict[str, tuple[str, dict[int, str], int]] = {}
    current: tuple[str, dict[int, str], int] | None = None
    current_key = ""
    for operands, operator in ContentStream(content, reader).operations:
        if operator == b"Tf":
            current_key = str(operands[0])
            if current_key not in maps:
                font = fonts[current_key].get_object()
                name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
                width = 2 if font.get("/Subtype") == "/Type0" else 1
                maps[current_key] = (name, to_unicode(font), width)
            current = maps[current_key]
        elif operator in (b"Tj", b"TJ", b"'", b'"') and current is not None:
            name, table, width = current
            items = operands[0] if operator == b"TJ" else operands[-1:]
            for item in items:
                if isinstance(item, (int, float)) or not hasattr(item, "__len__"):
                    continue  # a kerning number in TJ
                data = _raw(item)
                for i in range(0, len(data) - width + 1, width):
                    gid = int.from_bytes(data[i : i + width], "big")
                    out.append(Glyph(current_key, name, gid, table.get(gid, "")))
        elif operator == b"Do":
            xobject = resources["/XObject"][operands[0]].get_object()
            if xobject.get("/Subtype") == "/Form":
                _walk(reader, xobject, xobject.get("/Resources", resources), out)


def pdf_glyphs(pdf: Path) -> list[Glyph]:
    """Every glyph drawn on every page of `pdf`, in drawing order."""
    reader = pypdf.PdfReader(pdf)
    glyphs: list[Glyph] = []
    for page in reader.pages:
        _walk(reader, page.get_contents(), page.get("/Resources"), glyphs)
    return glyphs
