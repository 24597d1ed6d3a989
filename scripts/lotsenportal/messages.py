"""Turn schema errors into German sentences that say where, what and how to fix it."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .problems import Problem
from .schema import TRANSLATED_FIELDS
from .yamlsource import Document, Loc

_KINDS = {bool: "einen Wahrheitswert (true/false)", int: "eine Zahl", float: "eine Zahl"}


def field_path(loc: Loc) -> str:
    """`('contacts', 2)` → `contacts[3]`: the way staff find a spot in the file."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else part
    return text or "(Datei)"


def _allowed_fields(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names the schema allows at the mapping that holds `loc`."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part) if hasattr(current, "model_fields") else None
        if info is None:
            return []
        current = _inner_model(info.annotation)
        if current is None:
            return []
    return list(current.model_fields) if hasattr(current, "model_fields") else []


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return "eine Liste"
    if isinstance(value, dict):
        return "eine Zuordnung (Feld: Wert)"
    if value is None:
        return "nichts (leer)"
    return _KINDS.get(type(value), "Text")


def problems_from(
    error: ValidationError, doc: Document, model: type[BaseModel], base: Loc = ()
) -> list[Problem]:
    """One problem per schema error, located at the value (or key) it is about."""
    found = []
    for detail in error.errors(include_url=False):
        loc: Loc = (*base, *detail["loc"])
        found.append(_problem(detail, loc, doc, model, base))
    return found


def _problem(
    detail: ErrorDetails, loc: Loc, doc: Document, model: type[BaseModel], base: Loc
) -> Problem:
    kind = detail["type"]
    key_error = bool(loc) and loc[-1] == "[key]"
    if key_error:
        loc = loc[:-1]
    where = field_path(loc)
    value = detail.get("input")
    at_key = kind == "extra_forbidden" or key_error
    pos = doc.position(loc, key=at_key)
    ctx = detail.get("ctx", {})

    if kind.startswith("lp_"):
        message = f"{where}: {detail['msg']}"
    elif kind == "missing":
        parent = field_path(loc[:-1])
        name = loc[-1]
        message = (
            f"Pflichtfeld „{name}“ fehlt"
            + (f" in {parent}" if loc[:-1] else "")
            + f". Ergänze eine Zeile „{name}: …“."
        )
        pos = doc.position(loc[:-1])
    elif kind == "extra_forbidden":
        name = str(loc[-1])
        allowed = _allowed_fields(model, tuple(p for p in loc[len(base) :]))
        close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        hint = f" Meinten Sie „{close[0]}“?" if close else ""
        allowed_text = ", ".join(allowed)
        message = f"Unbekanntes Feld „{name}“.{hint} Erlaubt sind hier: {allowed_text}."
    elif kind in {"string_type", "string_sub_type"}:
        typed = doc.typed.get(loc)
        if typed is not None:
            key = loc[-1] if loc and isinstance(loc[-1], str) else None
            indent = " " * (pos.column - 1) if key is None else ""
            fixed = f'{key}: "{typed}"' if key else f'{indent}"{typed}"'
            message = (
                f"{where}: YAML liest {typed} als {_describe(value)}, hier wird aber Text "
                f"erwartet. Setze den Wert in Anführungszeichen: {fixed}"
            )
        else:
            message = f"{where}: Hier wird Text erwartet, gefunden: {_describe(value)}."
    elif kind == "bool_type":
        message = (
            f"{where}: Schreibe true (ja) oder false (nein), ohne Anführungszeichen. "
            f"Gefunden: „{value}“."
        )
    elif kind in {"int_type", "int_parsing"}:
        message = (
            f"{where}: Hier wird eine ganze Zahl ohne Anführungszeichen erwartet, "
            f"gefunden: „{value}“."
        )
    elif kind in {"list_type"}:
        message = (
            f"{where}: Hier wird eine Liste erwartet, gefunden: {_describe(value)}. "
            "Schreibe jeden Eintrag in eine eigene Zeile mit „- “ davor."
        )
    elif kind in {"dict_type", "model_type", "model_attributes_type"}:
        message = (
            f"{where}: Hier werden eingerückte Felder erwartet (Feld: Wert), "
            f"gefunden: {_describe(value)}."
        )
        if loc and loc[-1] in TRANSLATED_FIELDS:
            message += (
                f" Übersetzbare Texte schreibt man je Sprache, z. B. „{loc[-1]}:“ und "
                "darunter eingerückt „de: …“."
            )
    elif kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        listed = (
            ", ".join(choices[:-1]) + f" oder {choices[-1]}"
            if len(choices) > 1
            else "".join(choices)
        )
        message = f"{where}: „{value}“ ist nicht erlaubt. Möglich sind: {listed}."
    elif kind in {"greater_than_equal", "greater_than"}:
        message = f"{where}: Die Zahl muss mindestens {ctx.get('ge', ctx.get('gt'))} sein."
    else:  # pragma: no cover - a schema rule without a German message is a bug to fix here
        message = f"{where}: {detail['msg']}"
    return Problem(doc.path, pos.line, pos.column, message)
