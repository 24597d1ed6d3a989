"""Turn schema errors into sentences (German by default) that say where, what and how to fix it."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from .messages import say
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
    return text or say("whole_file")


def _core(annotation: Any) -> Any:
    """`annotation` without its Annotated[…] rules and without `| None`."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, UnionType):
            options = [a for a in get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


def _field_type(model: type[BaseModel], loc: Loc) -> Any:
    """The type (with its rules) the schema expects at `loc`; None if it has no place there."""
    current: Any = model
    for part in loc:
        core = _core(current)
        if isinstance(part, int):
            if get_origin(core) is not list:
                return None
            current = get_args(core)[0]
        elif isinstance(core, type) and issubclass(core, BaseModel):
            fields = core.model_fields.items()
            info = next((i for n, i in fields if (i.alias or n) == part), None)
            if info is None:
                return None
            current = info.annotation
            if info.metadata:
                current = Annotated.__class_getitem__((current, *info.metadata))  # type: ignore[attr-defined]
        elif get_origin(core) is dict:
            current = get_args(core)[1]
        else:
            return None
    return current


def _allowed_fields(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names the schema allows at the mapping that holds `loc`."""
    core = _core(_field_type(model, loc[:-1]))
    if isinstance(core, type) and issubclass(core, BaseModel):
        return [info.alias or name for name, info in core.model_fields.items()]
    return []


def _time_like(typed: str) -> str | None:
    """`9` → `09:00`, `9.30` → `09:30`, `1430` → `14:30`: what a number meant as a time is."""
    found = re.fullmatch(r"(\d{1,2})(?:[.,:](\d{2}))?|(\d{1,2})(\d{2})", typed)
    if found is None:
        return None
    hour = found[1] or found[3]
    minute = found[2] or found[4] or "00"
    return f"{int(hour):02d}:{minute}"


def _value_problem(field: Any, value: str) -> list[ErrorDetails] | None:
    """The schema's errors for `value` at a field of type `field` (empty: it fits)."""
    if field is None:
        return None
    try:
        TypeAdapter(field).validate_python(value)
    except ValidationError as err:
        return err.errors(include_url=False)
    except Exception:  # pragma: no cover - a type the adapter cannot build: no suggestion
        return None
    return []


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
        if allowed:
            message = say("extra", name=name, hint=hint, allowed=", ".join(allowed))
        else:  # never "Erlaubt sind hier: ." with nothing after it
            message = say("extra_nothing", name=name, hint=hint)
        return doc.problem(loc, message, key=True)
    field = _field_type(model, tuple(p for p in loc[len(base) :]))
    explained = _explain(detail, loc, doc, field)
    return doc.problem(loc, f"{field_path(loc)}: {explained}", key=key_error)


def _quote_fix(typed: str, value: Any, loc: Loc, field: Any) -> str:
    """How to write a number (or truth value) where text is expected – a fix that passes."""
    key = loc[-1] if loc and isinstance(loc[-1], str) else None

    def line(text: str) -> str:
        return f'{key}: "{text}"' if key else f'- "{text}"'

    kind = _describe(value)
    errors = _value_problem(field, typed)
    if not errors:  # the quoted value fits (or the type is unknown): quote it
        return say("quote_it", typed=typed, kind=kind, fixed=line(typed))
    time = _time_like(typed)
    if time is not None and _value_problem(field, time) == []:
        expected = say("expected_time")
        return say("quote_it_as", typed=typed, kind=kind, expected=expected, fixed=line(time))
    reason = _explain(errors[0], loc, Document(Path(), typed), None)
    return say("quote_it_invalid", typed=typed, kind=kind, reason=reason)


def _explain(detail: ErrorDetails, loc: Loc, doc: Document, field: Any = None) -> str:
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
        return _quote_fix(typed, value, loc, field)
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
    if kind == "too_short":
        return say("list_too_short", limit=ctx.get("min_length", 1))
    if kind == "string_too_short":
        return say("lp_empty")
    # Never the library's English: a rule without its own message says what to compare with.
    return say("schema_other", detail=kind)
