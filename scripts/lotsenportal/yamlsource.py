"""Read a YAML data file the way editors read it, and remember where every value stands.

PyYAML implements YAML 1.1, where `NO` is false, `06172123456` is an octal number and
`12:30` is 750. VS Code and GitHub read YAML 1.2. We only let PyYAML *compose* the node
tree and resolve plain scalars ourselves with the YAML 1.2 core schema, so staff see the
same values in the editor and on the site. Every value keeps its file position for
messages, duplicate keys and tabs are errors, and custom tags are refused.

Files come from pull requests, so the work per file is bounded before it starts: the size is
checked with stat() before reading, and one linear pass over the parser's events refuses
anchors and aliases (a kilobyte of nested aliases expands to billions of values) and nesting
deeper than staff data ever is, before anything is composed (lotsenportal.safety has the
limits).
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    NodeEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .catalog import say
from .problems import DataError, Problem, Problems, Severity
from .safety import MAX_DEPTH, MAX_FILE_BYTES, MAX_LIST_ITEMS

# A location inside a document: the chain of mapping keys and list indexes.
Loc = tuple[str | int, ...]

_NULL = re.compile(r"^(~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_INF_NAN = re.compile(r"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")

# Tags the YAML resolver gives plain values; anything else (`!!python/object`, `!Ref`…) is
# written by hand and has no meaning in our data.
_STANDARD_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


# libyaml (C) composes the same nodes with the same marks several times faster; on a syntax
# error the pure-Python composer runs again, for the messages we translate (_syntax_message).
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _bounds(text: str, path: Path) -> Problem | None:
    """The first anchor, alias or too deep node, from one pass over the parser's events.

    Parsing is linear and iterative (no node is built, no alias expanded), so this is cheap
    for any file that passed the size check. A syntax error ends the pass: composing reports
    it with the usual message."""

    def at(event: Event, message: str) -> Problem:
        mark = event.start_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return Problem(path, line, column, message)

    depth = 0
    try:
        for event in yaml.parse(text, Loader=_FAST_LOADER):
            if isinstance(event, AliasEvent):
                return at(event, say("yaml_alias"))
            if isinstance(event, NodeEvent) and event.anchor is not None:
                return at(event, say("yaml_anchor"))
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return at(event, say("too_deep", limit=MAX_DEPTH))
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None
    return None


def plain_data(text: str, path: Path) -> Any:
    """PyYAML's plain reading of `text` (YAML 1.1 values, no positions), for tools that only
    read what validation checks too — bounded the same way first: raises DataError at the
    first anchor, alias or too deep node instead of expanding it."""
    problem = _bounds(text, path)
    if problem is not None:
        raise DataError(Problems([problem]))
    return yaml.load(text, Loader=_FAST_LOADER)


def front_matter_problem(text: str, path: Path) -> Problem | None:
    """The same bounds for the front matter of a hand-written page (MkDocs reads it with
    PyYAML, which expands aliases)."""
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    return _bounds(text[: end if end >= 0 else len(text)], path)


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


@dataclass(frozen=True)
class Position:
    """1-based line and column, as editors count them."""

    line: int
    column: int


@dataclass
class Document:
    """One parsed data file: plain Python values plus where each of them was written."""

    path: Path  # relative to the data folder, for messages
    data: Any
    values: dict[Loc, Position] = field(default_factory=dict)
    keys: dict[Loc, Position] = field(default_factory=dict)
    # The text as typed, for plain (unquoted) scalars that YAML did not read as text.
    typed: dict[Loc, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def position(self, loc: Loc, *, key: bool = False) -> Position:
        """Where `loc` was written; falls back to the nearest enclosing value."""
        table = self.keys if key else self.values
        probe = loc
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), Position(1, 1))

    def problem(
        self, loc: Loc, message: str, *, key: bool = False, severity: Severity = Severity.ERROR
    ) -> Problem:
        """A problem located at `loc` (at its key with `key=True`)."""
        pos = self.position(loc, key=key)
        return Problem(self.path, pos.line, pos.column, message, severity)


def resolve_plain(text: str) -> Any:
    """The value of an unquoted scalar under the YAML 1.2 core schema."""
    if _NULL.match(text):
        return None
    if _BOOL.match(text):
        return text.lower() == "true"
    if _INT.match(text):
        return int(text, 10)
    if _OCT.match(text):
        return int(text[2:], 8)
    if _HEX.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text) or _INF_NAN.match(text):
        return float(text.replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf"))
    return text


class _Builder:
    def __init__(self, doc: Document, problems: Problems, max_items: int) -> None:
        self.doc = doc
        self.problems = problems
        self.max_items = max_items

    def error(self, node: Node, message: str) -> None:
        mark = node.start_mark
        self.problems.add(Problem(self.doc.path, mark.line + 1, mark.column + 1, message))

    def build(self, node: Node, loc: Loc) -> Any:
        self.doc.values[loc] = Position(node.start_mark.line + 1, node.start_mark.column + 1)
        if node.tag not in _STANDARD_TAGS:
            self.error(node, say("tag", tag=node.tag))
            return None
        if isinstance(node, ScalarNode):
            return self.scalar(node, loc)
        if isinstance(node, SequenceNode):
            if len(node.value) > self.max_items:
                count, limit = len(node.value), self.max_items
                self.error(node.value[limit], say("too_many_items", count=count, limit=limit))
                return None
            return [self.build(item, (*loc, index)) for index, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            return self.mapping(node, loc)
        raise TypeError(f"unexpected YAML node {node!r}")  # pragma: no cover - composer guarantees

    def scalar(self, node: ScalarNode, loc: Loc) -> Any:
        if node.style:  # quoted or block text: always text (plain: None, or "" from libyaml)
            return node.value
        value = resolve_plain(node.value)
        if value is not None and not isinstance(value, str):
            self.doc.typed[loc] = node.value
        return value

    def mapping(self, node: MappingNode, loc: Loc) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.error(key_node, say("key_not_scalar"))
                continue
            key = key_node.value
            if key in first_seen:
                self.error(key_node, say("duplicate_key", key=key, line=first_seen[key]))
                continue
            first_seen[key] = key_node.start_mark.line + 1
            child = (*loc, key)
            self.doc.keys[child] = Position(
                key_node.start_mark.line + 1, key_node.start_mark.column + 1
            )
            result[key] = self.build(value_node, child)
        return result


def _tab_problems(path: Path, lines: list[str]) -> list[Problem]:
    found = []
    for number, line in enumerate(lines, start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            found.append(
                Problem(
                    path,
                    number,
                    indent.index("\t") + 1,
                    say("tab"),
                )
            )
    return found


def _read_bounded(file: Path, display: Path) -> bytes | Problem:
    """The file's bytes, or why it is not read: a link, not a regular file, too large. The
    size is known before reading, and no more than the limit is ever read."""
    try:
        info = os.lstat(file)
    except OSError as err:
        return Problem(display, 1, 1, say("not_readable", reason=err.strerror or err))
    if stat.S_ISLNK(info.st_mode):
        return Problem(display, 1, 1, say("symlink", path=display.as_posix()))
    if not stat.S_ISREG(info.st_mode):
        return Problem(display, 1, 1, say("not_a_regular_file"))
    too_large = Problem(
        display,
        1,
        1,
        say("file_too_large", size=-(-info.st_size // 1024), limit=MAX_FILE_BYTES // 1024),
    )
    if info.st_size > MAX_FILE_BYTES:
        return too_large
    with open(file, "rb") as handle:  # one bounded read
        content = handle.read(MAX_FILE_BYTES + 1)
    return too_large if len(content) > MAX_FILE_BYTES else content


def load_document(
    file: Path, display: Path, problems: Problems, *, max_items: int = MAX_LIST_ITEMS
) -> Document | None:
    """Parse one file; on any problem add it to `problems` and return None. Lists may hold
    at most `max_items` entries."""
    content = _read_bounded(file, display)
    if isinstance(content, Problem):
        problems.add(content)
        return None
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.add(
            Problem(
                display,
                1,
                1,
                say("not_utf8", reason=err.reason),
            )
        )
        return None
    lines = text.splitlines()
    doc = Document(display, None, lines=lines)
    tabs = _tab_problems(display, lines)
    if tabs:
        problems.extend(tabs)
        return None
    bounds = _bounds(text, display)
    if bounds is not None:
        problems.add(bounds)
        return None
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problems.add(Problem(display, line, column, _syntax_message(err)))
        return None
    except yaml.YAMLError as err:  # pragma: no cover - composer errors are always marked
        problems.add(Problem(display, 1, 1, f"YAML-Fehler: {err}"))
        return None
    if node is None:
        problems.add(Problem(display, 1, 1, say("empty_file")))
        return None
    before = len(problems)
    doc.data = _Builder(doc, problems, max_items).build(node, ())
    return doc if len(problems) == before else None


def _syntax_message(err: yaml.MarkedYAMLError) -> str:
    problem = err.problem or ""
    hints = {
        "mapping values are not allowed here": "syntax_colon",
        "that cannot start any token": "syntax_token",
        "found undefined alias": "syntax_alias",
        "found undefined tag handle": "syntax_token",
        "but found another document": "syntax_document",
        "expected ',' or": "syntax_unclosed",
        "could not find expected ':'": "syntax_missing_colon",
        "found duplicate anchor": "syntax_anchor",
        "expected <block end>": "syntax_indent",
        "did not find expected": "syntax_indent",
        "unexpected end": "syntax_unclosed",
    }
    for english, key in hints.items():
        if english in problem:
            return say(key)
    return say("syntax_other", problem=problem or err)
