"""Every German message staff read comes from the catalogue (lotsenportal.data.messages): no
module of the package and no MkDocs hook writes a German sentence of its own, and the report's template takes its words from
`say`. German that is not said to staff stays where it is written: docstrings, the
documentation of options and fields, and the texts written into files (listed below)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "scripts/lotsenportal"
CATALOGUE = PACKAGE / "data" / "messages"
# A word with an umlaut or ß, or one of these: enough to tell a German sentence from English.
COMMON_WORDS = {
    *("der", "die", "das", "den", "dem", "ein", "eine", "kein", "keine", "und", "oder"),
    *("nicht", "noch", "nur", "mit", "von", "ist", "sind", "wird", "werden", "gibt"),
    *("Sie", "Bitte", "bitte", "fehlt", "Fehler", "Datei", "Dateien", "Daten", "Seiten"),
    *("Sprachen", "gebaut"),
}
# Documentation of a command-line option or of a field (argparse, Pydantic, JSON Schema).
DOCUMENTING_KEYWORDS = {"help", "description", "examples"}
DOCUMENTING_KEYS = {"description", "errorMessage", "markdownDescription"}
# German written into files rather than said to staff: the same in every message language,
# or `make schemas --check` and `make translations --check` would find the files changed.
# (module, top-level name) → what it writes.
NOT_SAID = {
    ("cli/arguments.py", "parser"): "the command line's --help",
    ("data/schema/parts.py", "SOURCE_DESCRIPTION"): "a field's documentation",
    ("data/schema/parts.py", "INTERNAL_DESCRIPTION"): "a field's documentation",
    ("render/editor_schemas.py", "_WHERE"): "the editors' JSON Schemas",
    ("render/editor_schemas.py", "VALIDATOR_ONLY"): "the field tables in REDAKTION.md",
    ("render/editor_schemas.py", "field_tables"): "the field tables in REDAKTION.md",
    ("translations/catalogs.py", "_HEADER"): "the header of every .po catalog",
    ("build/migrate.py", "OUTDATED_COMMENT"): "a comment in the .po catalogs",
    ("data/scaffold.py", "render"): "the first line of a new data file",
}


def is_german(text: str) -> bool:
    for word in text.split():
        word = word.strip(".,:;!?()[]„“\"'`…–-")
        if word in COMMON_WORDS or (len(word) > 2 and word.isalpha() and re.search("[äöüß]", word)):
            return True
    return False


def _name(statement: ast.stmt) -> str | None:
    if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return statement.name
    if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    return None


def _documentation(tree: ast.AST) -> Iterator[ast.AST]:
    """Docstrings, and the values that document an option or a field."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            if ast.get_docstring(node, clean=False) is not None:
                yield node.body[0]
        elif isinstance(node, ast.keyword) and node.arg in DOCUMENTING_KEYWORDS:
            yield node.value
        elif isinstance(node, ast.Dict):
            yield from (
                value
                for key, value in zip(node.keys, node.values, strict=True)
                if isinstance(key, ast.Constant) and key.value in DOCUMENTING_KEYS
            )
        elif isinstance(node, ast.Assign):
            key = node.targets[0].slice if isinstance(node.targets[0], ast.Subscript) else None
            if isinstance(key, ast.Constant) and key.value in DOCUMENTING_KEYS:
                yield node.value


def inline_german(source: str, module: str) -> list[str]:
    """`line: text` of every German string in `source` that is no documentation and not in
    NOT_SAID; f-strings count by their literal parts."""
    tree = ast.parse(source)
    skipped = {id(n) for doc in _documentation(tree) for n in ast.walk(doc)}
    for statement in tree.body:
        if (module, _name(statement)) in NOT_SAID:
            skipped.update(id(n) for n in ast.walk(statement))
    return [
        f"{node.lineno}: {node.value}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skipped
        and is_german(node.value)
    ]


# The package and the MkDocs hooks, which stop a build with messages of their own.
MODULES = sorted(
    [p for p in PACKAGE.rglob("*.py") if CATALOGUE not in p.parents]
    + list((ROOT / "scripts/hooks").glob("*.py"))
)


def _shown(path: Path) -> str:
    base = PACKAGE if PACKAGE in path.parents else ROOT / "scripts"
    return path.relative_to(base).as_posix()


@pytest.mark.parametrize("path", MODULES, ids=_shown)
def test_no_module_writes_a_german_message_of_its_own(path: Path) -> None:
    module = _shown(path)
    assert inline_german(path.read_text(encoding="utf-8"), module) == [], (
        "German for staff belongs in lotsenportal.data.messages: say(key, …)"
    )


def test_the_report_template_takes_its_words_from_the_catalogue() -> None:
    template = (PACKAGE / "render/templates/report.md").read_text(encoding="utf-8")
    text = re.sub(r"{{.*?}}|{%.*?%}", " ", template)
    assert [line for line in text.splitlines() if is_german(line)] == []


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ('print(f"{n} Seiten geschrieben.")', ["1:  Seiten geschrieben."]),
        ('raise ValueError("Die Datei fehlt")', ["1: Die Datei fehlt"]),
        ('x = "Später erneut prüfen"', ["1: Später erneut prüfen"]),
        ('print(say("pages_written", written=n))', []),
        ('"""Die Website, in German: a docstring."""', []),
        ('parser.add_argument("--out", help="Ordner für die Website")', []),
        ('PATTERN = r"\\b(?:oder|und)\\b"; LETTERS = ("ä", "ß")', []),
        ('print("lychee ran: 3 links, 0 errors")', []),
    ],
)
def test_what_counts_as_inline_german(source: str, found: list[str]) -> None:
    assert inline_german(source, "example.py") == found
