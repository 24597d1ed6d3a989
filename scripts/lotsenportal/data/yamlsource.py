"""Read a YAML data file the way editors read it, and remember where every value stands.

PyYAML implements YAML 1.1, where `NO` is false, `06172123456` is an octal number and
`12:30` is 750. VS Code and GitHub read YAML 1.2. We only let PyYAML *compose* the node
tree and resolve plain scalars ourselves with the YAML 1.2 core schema, so staff see the
same values in the editor and on the site. Every value keeps its file position for
messages, duplicate keys and tabs are errors, and custom tags are refused.

Files come from pull requests, so the work per file is bounded before it starts: the size is
checked with stat() before reading, and one linear pass over the parser's events refuses
anchors and aliases (a kilobyte of nested aliases expands to billions of values) and nesting
deeper than staff data ever is, before anything is composed (lotsenportal.data.safety has the
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

from .messages import say
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
        elif isinstance(value, str):
            self.comment_cut(node, loc, value)
        return value

    def comment_cut(self, node: ScalarNode, loc: Loc, value: str) -> None:
        """Warn when ` #` ended an unquoted text: `source: Akte #12` keeps only „Akte“."""
        start, end = node.start_mark, node.end_mark
        if start.line != end.line or end.line >= len(self.doc.lines):
            return
        line = self.doc.lines[end.line]
        rest = line[end.column :]
        if not re.match(r"\s+#", rest):
            return
        whole = line[start.column :].rstrip()
        key = loc[-1] if loc and isinstance(loc[-1], str) else None
        fixed = f"{key}: {quoted(whole)}" if key else f"- {quoted(whole)}"
        column = end.column + len(rest) - len(rest.lstrip()) + 1
        message = say("comment_cut", kept=value, fixed=fixed)
        self.problems.add(Problem(self.doc.path, end.line + 1, column, message, Severity.WARNING))

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
        problems.add(_syntax_problem(err, display, lines))
        return None
    except yaml.reader.ReaderError as err:  # a control character (the reader's only error)
        read = text[: err.position]
        line, column = read.count("\n") + 1, len(read) - (read.rfind("\n") + 1) + 1
        code = f"U+{err.character:04X}" if isinstance(err.character, int) else str(err.character)
        problems.add(Problem(display, line, column, say("control_char", code=code)))
        return None
    except yaml.YAMLError as err:  # pragma: no cover - composer errors are always marked
        problems.add(Problem(display, 1, 1, say("syntax_other", problem=err)))
        return None
    if node is None:
        problems.add(Problem(display, 1, 1, say("empty_file")))
        return None
    errors = len(problems.errors)  # warnings (a text cut at #) do not stop the file
    doc.data = _Builder(doc, problems, max_items).build(node, ())
    return doc if len(problems.errors) == errors else None


# `key:value` – a field name directly followed by its colon and a value, without the space
# YAML needs: it reads the whole line as one text and stumbles a line later.
_NO_SPACE = re.compile(
    r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[A-Za-z_][A-Za-z0-9_-]*):(?P<value>[^\s:/].*)$"
)
_URI_SCHEMES = {"http", "https", "mailto", "tel", "ftp", "file", "data", "javascript"}
# `key: value` on one line, to repeat a line with its value corrected.
_KEY_VALUE = re.compile(
    r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[A-Za-z_][A-Za-z0-9_-]*):\s+(?P<value>.*?)\s*$"
)


def quoted(value: str) -> str:
    """`value` as a YAML text in quotes that reads back as exactly `value`."""
    if '"' in value or "\\" in value:
        return "'" + value.replace("'", "''") + "'"
    return f'"{value}"'


def _missing_space(err: yaml.MarkedYAMLError, path: Path, lines: list[str]) -> Problem | None:
    """The `key:value` line that caused a syntax error, if there is one just before it."""
    if err.problem_mark is None:
        return None
    last = err.problem_mark.line
    first = min(err.context_mark.line if err.context_mark else last, last - 1)
    for number in range(min(last, len(lines) - 1), max(first, 0) - 1, -1):
        found = _NO_SPACE.match(lines[number])
        if found and found["key"].lower() not in _URI_SCHEMES:
            lead = found["lead"].strip()
            fixed = f"{lead} " if lead else ""
            fixed += f"{found['key']}: {found['value'].rstrip()}"
            column = len(found["lead"]) + len(found["key"]) + 2
            return Problem(path, number + 1, column, say("syntax_no_space", fixed=fixed))
    return None


def _fixed_line(line: str, *, single: bool = False) -> str | None:
    """`line` (`key: value`) with its value in quotes; None if it is no such line."""
    found = _KEY_VALUE.match(line)
    if found is None or not found["value"]:
        return None
    lead = found["lead"].strip()
    value = found["value"]
    text = "'" + value.replace("'", "''") + "'" if single else quoted(value)
    return (f"{lead} " if lead else "") + f"{found['key']}: {text}"


def _syntax_problem(err: yaml.MarkedYAMLError, path: Path, lines: list[str]) -> Problem:
    """Where a syntax error is and what to do, in staff's words – never PyYAML's English."""
    no_space = _missing_space(err, path, lines)
    if no_space is not None:
        return no_space
    mark = err.problem_mark or err.context_mark
    unclosed = ("quoted scalar", "flow sequence", "flow mapping")
    if err.context_mark and any(kind in (err.context or "") for kind in unclosed):
        mark = err.context_mark  # the quote or bracket that is not closed, not the file's end
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return Problem(path, line, column, _syntax_message(err, lines))


def _syntax_message(err: yaml.MarkedYAMLError, lines: list[str] | None = None) -> str:
    problem = err.problem or ""
    context = err.context or ""
    mark = err.problem_mark
    text = lines[mark.line] if lines and mark and mark.line < len(lines) else ""
    before = text[: mark.column] if mark else ""
    if "mapping values are not allowed here" in problem:
        if re.fullmatch(r"\s*(-\s+)?[A-Za-z_][A-Za-z0-9_-]*", before):
            return say("syntax_indent")  # a field indented deeper than the one above
        fixed = _fixed_line(text)
        return say("syntax_colon_fix", fixed=fixed) if fixed else say("syntax_colon")
    if "expected <block end>, but found '<scalar>'" in problem and before.rstrip()[-1:] in "\"'":
        fixed = _fixed_line(text, single=True)
        if fixed:
            return say("syntax_after_quote", fixed=fixed)
    hints = (
        ("directive", "syntax_directive"),  # context: "while scanning a directive"
        ("duplicate tag handle", "syntax_directive"),  # two %TAG lines
        ("anchor", "syntax_alias"),  # "while scanning an anchor", "found duplicate anchor"
        ("alias", "syntax_alias"),
        ("tag", "syntax_tag_char"),  # "while parsing a tag", "found undefined tag handle"
        ("block scalar", "syntax_block"),
        ("double-quoted scalar", "syntax_escape"),
        ("YAML directive", "syntax_directive"),
        ("incompatible YAML document", "syntax_directive"),
        ("expected '<document start>'", "syntax_document_end"),
        ("but found another document", "syntax_document"),
        ("that cannot start any token", "syntax_token"),
        ("sequence entries are not allowed here", "syntax_sequence"),
        ("mapping keys are not allowed here", "syntax_question"),
        ("expected ',' or", "syntax_unclosed"),
        ("could not find expected ':'", "syntax_missing_colon"),
        ("expected <block end>", "syntax_indent"),
        ("expected the node content", "syntax_node_content"),
        ("unexpected end", "syntax_unclosed"),
        ("unexpected document separator", "syntax_unclosed"),
    )
    for english, key in hints:
        if english in context or english in problem:
            return say(key)
    return say("syntax_other", problem=problem or err)
