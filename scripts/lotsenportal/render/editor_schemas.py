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
from typing import Any, get_args, get_type_hints

import yaml
from pydantic import BaseModel

from ..data.dataset import FILES, FOLDERS
from ..data.schema import SLUG, Federation, References
from ..data.schema.values import Email, Phone, Url
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


def _reference(hint: Any) -> References | None:
    """The References mark of a field's type (also inside list[…] or … | None)."""
    for item in getattr(hint, "__metadata__", ()):
        if isinstance(item, References):
            return item
    for arg in get_args(hint):
        found = _reference(arg)
        if found is not None:
            return found
    return None


def references(model: type[BaseModel]) -> dict[str, str]:
    """Field name (as written in the file) → what it names: a folder, or orte.yml."""
    hints = get_type_hints(model, include_extras=True)
    found = {}
    for name, info in model.model_fields.items():
        mark = _reference(hints[name])
        if mark is not None:
            found[info.alias or name] = mark.folder
    return found


def record_ids(data_dir: Path, target: str) -> list[str]:
    """The ids that exist in `data_dir`: file names of a folder, or the towns of orte.yml.
    Anything unreadable gives no ids (the validator reports it)."""
    if target == "orte.yml":
        try:
            data = yaml.safe_load((data_dir / target).read_text(encoding="utf-8"))
            towns = data["towns"] if isinstance(data, dict) else []
            ids = [town.get("id") for town in towns if isinstance(town, dict)]
        except (OSError, UnicodeError, yaml.YAMLError, KeyError, TypeError):
            return []
    else:
        folder = data_dir / target
        files = folder.iterdir() if folder.is_dir() else iter(())
        ids = [f.stem for f in files if f.suffix in {".yml", ".yaml"}]
    return sorted({i for i in ids if isinstance(i, str) and SLUG.match(i)})


_WHERE = {
    "orte.yml": "in orte.yml",
    "organisationen": "als Datei in organisationen/",
    "kontakte": "als Datei in kontakte/",
    "einsatzfelder": "als Datei in einsatzfelder/",
}


def _with_ids(spec: dict[str, Any], target: str, ids: list[str]) -> None:
    """Offer and check the existing ids (completion with Ctrl+Space)."""
    node = spec["items"] if spec.get("type") == "array" else spec
    node["enum"] = ids
    node["errorMessage"] = (
        f"Diese Kennung gibt es (noch) nicht {_WHERE[target]}. Prüfen Sie die Schreibweise "
        "(Strg+Leertaste zeigt die vorhandenen Kennungen). Ist der Eintrag neu, legen Sie ihn "
        "zuerst an und führen Sie `make schemas` aus."
    )


def _markdown_descriptions(node: Any) -> None:
    """Hover texts in VS Code: the description and the example, as Markdown."""
    if isinstance(node, dict):
        for spec in node.get("properties", {}).values():
            if "description" in spec and "markdownDescription" not in spec:
                text = spec["description"]
                examples = spec.get("examples", [])
                if examples:
                    shown = json.dumps(examples[0], ensure_ascii=False)
                    shown = examples[0] if isinstance(examples[0], str) else shown
                    text += f"\n\nBeispiel: `{shown}`"
                spec["markdownDescription"] = text
        for value in node.values():
            _markdown_descriptions(value)
    elif isinstance(node, list):
        for value in node:
            _markdown_descriptions(value)


def json_schema(kind: Kind, data_dir: Path | None = None) -> dict[str, Any]:
    """The JSON Schema of `kind`; with `data_dir`, ids of other records are offered as enums
    of the records that exist there."""
    schema = kind.model.model_json_schema()
    if data_dir is not None:
        for name, target in references(kind.model).items():
            ids = record_ids(data_dir, target)
            if ids:
                _with_ids(schema["properties"][name], target, ids)
    _markdown_descriptions(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": "Generated from scripts/lotsenportal/data/schema/ by `make schemas`. "
        "Do not edit.",
        **schema,
    }


def rendered_schemas(data_dir: Path | None = None) -> dict[str, str]:
    """The exported files; with `data_dir`, for that data folder (ids as enums)."""
    return {
        kind.schema_file: json.dumps(json_schema(kind, data_dir), ensure_ascii=False, indent=2)
        + "\n"
        for kind in KINDS
    }


def with_modeline(text: str, modeline: str) -> str:
    """The file's text with `modeline` as its first line (replacing an old one)."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].startswith(MODELINE):
        lines = lines[1:]
    return modeline + "\n" + "".join(lines)


def _rules_only(text: str, kind: Kind) -> Any:
    """A schema file without the lists of existing ids: those follow the data (`make schemas`
    refreshes them), so adding a record in the web editor does not make a schema stale."""
    schema = json.loads(text)
    for name in references(kind.model):
        spec = schema.get("properties", {}).get(name, {})
        node = spec.get("items", spec) if spec.get("type") == "array" else spec
        node.pop("enum", None)
        node.pop("errorMessage", None)
    return schema


def stale(data_dir: Path) -> list[Path]:
    """Files whose rules `write` would change (the offered ids aside)."""
    found = []
    rendered = rendered_schemas(data_dir)
    for kind in KINDS:
        target = data_dir / SCHEMA_DIR / kind.schema_file
        content = rendered[kind.schema_file]
        if not target.is_file() or _rules_only(
            target.read_text(encoding="utf-8"), kind
        ) != _rules_only(content, kind):
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
    for name, content in rendered_schemas(data_dir).items():
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


def _fields_of(value_type: Any) -> str:
    """The names of every field of that value type (Phone, Email, Url) in any data file, so a
    new field of a known type is listed without being named here."""
    names: set[str] = set()
    seen: set[type[BaseModel]] = set()

    def inside(hint: Any) -> list[Any]:  # the hint and every type nested in it
        return [hint, *(found for arg in get_args(hint) for found in inside(arg))]

    def walk(model: type[BaseModel]) -> None:
        seen.add(model)
        for name, hint in get_type_hints(model, include_extras=True).items():
            if name not in model.model_fields:
                continue
            nested = inside(hint)
            if value_type in nested:
                names.add(model.model_fields[name].alias or name)
            for part in nested:
                if isinstance(part, type) and issubclass(part, BaseModel) and part not in seen:
                    walk(part)

    models: list[type[BaseModel]] = [kind.model for kind in KINDS]
    models.append(Federation)
    for model in models:
        walk(model)
    return ", ".join(sorted(names))


# What a JSON Schema cannot say: the editor does not mark it, the validator does (`make validate`,
# and the check of every pull request). Listed in the editors' guide below the field tables.
VALIDATOR_ONLY: tuple[tuple[str, str], ...] = (
    ("office_hours[].from, office_hours[].to", "Beginn liegt vor dem Ende."),
    ("office_hours", "Sprechzeiten desselben Tages überschneiden sich nicht."),
    ("reviewed", "Das Datum liegt nicht in der Zukunft (Meldungen in aktuelles/ dürfen das)."),
    ("Datumsfelder", "Den 29. Februar gibt es nur in Schaltjahren."),
    (
        _fields_of(Phone),
        "Die Nummer ist gültig (Vorwahl, Länge), ist keine kostenpflichtige Sondernummer "
        "(0900, 0137, 0180 …) und ist nur eine Nummer.",
    ),
    (_fields_of(Email), "Der Teil nach dem @ ist ein gültiger Servername."),
    (_fields_of(Url), "Der Servername ist gültig; keine Anmeldedaten (name@) vor dem Server."),
    (
        "organisation, contacts, einsatzfelder, towns, coordination",
        "Die Kennung gibt es im Datenordner. Der Editor kennt die Kennungen vom letzten "
        "`make schemas`; ein neuer Eintrag ist dort erst danach bekannt.",
    ),
    (
        "Kennungen",
        "Eine Kennung kommt in kontakte/ und organisationen/ nicht doppelt vor; ein Ort heißt "
        "nicht wie ein Sprachkürzel der Website.",
    ),
    (
        "Texte",
        "Kein HTML, keine Bilder; Links nur zu https://, mailto: und tel:, mit gültiger "
        "Adresse; keine unsichtbaren Zeichen in mehrzeiligen Texten.",
    ),
    ("icon", "Das Symbol gibt es in Material."),
)


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
    template = env.get_template("fields.md")
    return template.render(tables=tables, validator_only=VALIDATOR_ONLY).strip()


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
