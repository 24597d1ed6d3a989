"""JSON Schemas for editors, exported from the one typed schema.

VS Code (Red Hat YAML extension) reads the `# yaml-language-server: $schema=…` line at the top
of each data file and then completes field names, shows the German descriptions as tooltips
and marks mistakes while typing. The exported files are generated; a test fails when they
are stale (`make schemas` renews them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .dataset import FILES, FOLDERS
from .schema import Federation
from .templating import package_templates

SCHEMA_DIR = "schemas"
MODELINE = "# yaml-language-server: $schema="


@dataclass(frozen=True)
class Kind:
    """One kind of data file: where it lives and which model describes it."""

    name: str  # folder or file name inside the data folder
    model: type[BaseModel]

    @property
    def schema_file(self) -> str:
        return f"{self.name.removesuffix('.yml')}.schema.json"

    @property
    def is_folder(self) -> bool:
        return not self.name.endswith(".yml")

    def files(self, data_dir: Path) -> list[Path]:
        if self.is_folder:
            return sorted((data_dir / self.name).glob("*.yml"))
        return [data_dir / self.name] if (data_dir / self.name).is_file() else []

    def modeline(self) -> str:
        prefix = "../" if self.is_folder else ""
        return f"{MODELINE}{prefix}{SCHEMA_DIR}/{self.schema_file}"


KINDS = [Kind(name, model) for name, model in {**FILES, **FOLDERS}.items()]


def json_schema(kind: Kind) -> dict[str, Any]:
    schema = kind.model.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": "Generated from scripts/lotsenportal/schema.py by `make schemas`. Do not edit.",
        **schema,
    }


def rendered_schemas() -> dict[str, str]:
    return {
        kind.schema_file: json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n"
        for kind in KINDS
    }


def with_modeline(text: str, modeline: str) -> str:
    """The file's text with `modeline` as its first line (replacing an old one)."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].startswith(MODELINE):
        lines = lines[1:]
    return modeline + "\n" + "".join(lines)


def stale(data_dir: Path) -> list[Path]:
    """Files that `write` would change."""
    found = []
    for name, content in rendered_schemas().items():
        target = data_dir / SCHEMA_DIR / name
        if not target.is_file() or target.read_text(encoding="utf-8") != content:
            found.append(target)
    for kind in KINDS:
        for file in kind.files(data_dir):
            text = file.read_text(encoding="utf-8")
            if with_modeline(text, kind.modeline()) != text:
                found.append(file)
    return found


def write(data_dir: Path) -> list[Path]:
    """Export the schemas and put the schema line on top of every data file."""
    changed = stale(data_dir)
    (data_dir / SCHEMA_DIR).mkdir(exist_ok=True)
    for name, content in rendered_schemas().items():
        (data_dir / SCHEMA_DIR / name).write_text(content, encoding="utf-8")
    for kind in KINDS:
        for file in kind.files(data_dir):
            text = file.read_text(encoding="utf-8")
            file.write_text(with_modeline(text, kind.modeline()), encoding="utf-8")
    return changed


GUIDE = "REDAKTION.md"
_START, _END = "<!-- fields:start -->", "<!-- fields:end -->"


@dataclass(frozen=True)
class FieldRow:
    name: str
    required: bool
    description: str
    example: str


def _rows(schema: dict[str, Any], defs: dict[str, Any], prefix: str = "") -> list[FieldRow]:
    rows = []
    required = set(schema.get("required", []))
    for name, spec in schema.get("properties", {}).items():
        options = spec.get("anyOf", [spec])
        inner = next((o for o in options if o.get("type") != "null"), spec)
        if "$ref" in inner:
            inner = defs[inner["$ref"].rsplit("/", 1)[-1]]
        example = spec.get("examples", [""])[0]
        shown = json.dumps(example, ensure_ascii=False) if not isinstance(example, str) else example
        rows.append(
            FieldRow(
                prefix + name,
                name in required,
                spec.get("description", ""),
                f"`{shown}`" if shown else "",
            )
        )
        items = inner.get("items", {})
        if "$ref" in items:
            rows += _rows(defs[items["$ref"].rsplit("/", 1)[-1]], defs, f"{prefix}{name}[].")
        elif inner.get("properties"):
            rows += _rows(inner, defs, f"{prefix}{name}.")
    return rows


def field_tables() -> str:
    tables = []
    for kind in KINDS:
        schema = json_schema(kind)
        title = f"`{kind.name}/<kennung>.yml`" if kind.is_folder else f"`{kind.name}`"
        tables.append({"title": title, "rows": _rows(schema, schema.get("$defs", {}))})
    # Not in a data folder: the file that names the Kreise of a federation (make federation).
    schema = Federation.model_json_schema()
    title = "`federation.yml` (neben den Datenordnern, für `make federation`)"
    tables.append({"title": title, "rows": _rows(schema, schema.get("$defs", {}))})
    env = package_templates()
    return env.get_template("fields.md").render(tables=tables).strip()


def guide_with_fields(text: str) -> str:
    before, _, rest = text.partition(_START)
    _, _, after = rest.partition(_END)
    return f"{before}{_START}\n{field_tables()}\n{_END}{after}"


def stale_guide(root: Path) -> bool:
    text = (root / GUIDE).read_text(encoding="utf-8")
    return guide_with_fields(text) != text


def write_guide(root: Path) -> bool:
    path = root / GUIDE
    text = path.read_text(encoding="utf-8")
    renewed = guide_with_fields(text)
    path.write_text(renewed, encoding="utf-8")
    return renewed != text
