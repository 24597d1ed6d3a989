"""Turn schema errors into sentences (German by default) that say where, what and how to fix it."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .catalog import say
from .problems import Problem
from .schema import TRANSLATED_FIELDS
from .yamlsource import Document, Loc


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
        fields = current.model_fields if hasattr(current, "model_fields") else {}
        info = next((i for n, i in fields.items() if (i.alias or n) == part), None)
        if info is None:
            return []
        current = _inner_model(info.annotation)
        if current is None:
            return []
    fields = current.model_fields if hasattr(current, "model_fields") else {}
    return [info.alias or name for name, info in fields.items()]


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
        return say("kind_list")
    if isinstance(value, dict):
        return say("kind_mapping")
    if value is None:
        return say("kind_nothing")
    if isinstance(value, bool):
        return say("kind_bool")
    if isinstance(value, int | float):
        return say("kind_number")
    return say("kind_text")


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
    if kind == "missing":  # located at the mapping that lacks the field, without a prefix
        parent = say("missing_parent", parent=field_path(loc[:-1])) if loc[:-1] else ""
        return doc.problem(loc[:-1], say("missing", name=loc[-1], parent=parent))
    if kind == "extra_forbidden":
        name = str(loc[-1])
        allowed = _allowed_fields(model, tuple(p for p in loc[len(base) :]))
        close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        hint = say("did_you_mean", close=close[0]) if close else ""
        message = say("extra", name=name, hint=hint, allowed=", ".join(allowed))
        return doc.problem(loc, message, key=True)
    return doc.problem(loc, f"{field_path(loc)}: {_explain(detail, loc, doc)}", key=key_error)


def _explain(detail: ErrorDetails, loc: Loc, doc: Document) -> str:
    kind = detail["type"]
    value = detail.get("input")
    ctx = detail.get("ctx", {})
    if kind.startswith("lp_"):
        return say(kind, **ctx)
    if kind in {"string_type", "string_sub_type"}:
        typed = doc.typed.get(loc)
        if isinstance(value, dict) and loc and loc[-1] in TRANSLATED_FIELDS:
            return say("german_only", name=str(loc[-1]))
        if typed is None:
            return say("text_expected", kind=_describe(value))
        key = loc[-1] if loc and isinstance(loc[-1], str) else None
        fixed = f'{key}: "{typed}"' if key else f'- "{typed}"'
        return say("quote_it", typed=typed, kind=_describe(value), fixed=fixed)
    if kind == "bool_type":
        return say("bool_expected", value=value)
    if kind in {"int_type", "int_parsing"}:
        return say("int_expected", value=value)
    if kind == "list_type":
        return say("list_expected", kind=_describe(value))
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        message = say("mapping_expected", kind=_describe(value))
        if loc and loc[-1] in TRANSLATED_FIELDS:
            message += say("per_language", name=loc[-1])
        return message
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        listed = (
            ", ".join(choices[:-1]) + f" {say('or')} {choices[-1]}"
            if len(choices) > 1
            else "".join(choices)
        )
        return say("choice", value=value, choices=listed)
    if kind in {"greater_than_equal", "greater_than"}:
        return say("at_least", limit=ctx.get("ge", ctx.get("gt")))
    return str(detail["msg"])  # pragma: no cover - a rule without a catalogue message is a bug
