"""YAML, written the way staff and the tools write it: 2 spaces, `- ` indented, strings plain
where YAML reads them back unchanged, prose in `|` blocks wrapped near 92 characters."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import yaml

from lotsenportal.data.yamlsource import resolve_plain


class Quoted(str):
    """Always written in double quotes (phone numbers, times), as REDAKTION.md asks."""


class Flow(list[str]):
    """A short list written on one line: `languages: [de, ar]`."""


_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")


def _plain_ok(text: str) -> bool:
    if (
        not text
        or text != text.strip()
        or "\n" in text
        or text[0] in _INDICATORS
        or ": " in text
        or " #" in text
        or text.endswith(":")
    ):
        return False
    try:
        return bool(resolve_plain(text) == text and yaml.safe_load(text) == text)
    except yaml.YAMLError:
        return False


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | date):
        return str(value) if isinstance(value, int) else value.isoformat()
    if isinstance(value, str):
        if not isinstance(value, Quoted) and _plain_ok(value):
            return value
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"cannot write {value!r}")


def _lines(data: Mapping[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for key, value in data.items():
        if isinstance(value, Mapping):
            out.append(f"{pad}{key}:")
            out += _lines(value, indent + 2)
        elif isinstance(value, Flow):
            out.append(f"{pad}{key}: [{', '.join(_scalar(v) for v in value)}]")
        elif isinstance(value, list):
            out.append(f"{pad}{key}:")
            for item in value:
                if isinstance(item, Mapping):
                    inner = _lines(item, indent + 4)
                    out.append(f"{pad}  - {inner[0].lstrip()}")
                    out += inner[1:]
                else:
                    out.append(f"{pad}  - {_scalar(item)}")
        elif isinstance(value, str) and "\n" in value:
            out.append(f"{pad}{key}: |")
            out += [f"{pad}  {line}" if line else "" for line in value.rstrip("\n").split("\n")]
        else:
            out.append(f"{pad}{key}: {_scalar(value)}")
    return out


def dump(data: Mapping[str, Any], header: Sequence[str] = ()) -> str:
    """YAML text of `data`, after the comment lines in `header`."""
    return "".join(f"{line}\n" for line in [*header, *_lines(data, 0)])


def paragraphs(parts: Sequence[str]) -> str:
    """Prose as staff write it in a `|` block: paragraphs, lines wrapped near 92 characters.
    (Hyphens are never line ends: Markdown would join `Jobcenter-` and `ka` with a space.)"""
    wrapped = [
        textwrap.fill(part, width=92, break_long_words=False, break_on_hyphens=False)
        for part in parts
    ]
    return "\n\n".join(wrapped) + "\n"
