"""New records for staff: ask a few questions (or take flags), write a commented, valid file.

The file comes from a template in lotsenportal/templates/ and starts with the schema line, so
the editor helps from the first keystroke. Nothing is overwritten.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .catalog import say
from .editor_schemas import KINDS
from .templating import package_templates


@dataclass(frozen=True)
class Question:
    name: str
    prompt: str  # catalogue key
    required: bool = True
    choices_from: str | None = None  # a data folder whose ids are the allowed answers
    yes_no: bool = False


@dataclass(frozen=True)
class Blueprint:
    folder: str
    id_from: str  # which answer the file name is made from
    questions: tuple[Question, ...]


BLUEPRINTS = {
    "kontakt": Blueprint(
        "kontakte",
        "name",
        (
            Question("name", "ask_name"),
            Question("organisation", "ask_organisation", choices_from="organisationen"),
            Question("role", "ask_role"),
            Question("phone", "ask_phone", required=False),
            Question("email", "ask_email", required=False),
            Question("source", "ask_source", required=False),
            Question("published", "ask_published", required=False, yes_no=True),
        ),
    ),
    "projekt": Blueprint(
        "projekte",
        "title",
        (
            Question("title", "ask_title"),
            Question("organisation", "ask_organisation", choices_from="organisationen"),
            Question("summary", "ask_summary"),
            Question("phone", "ask_phone", required=False),
            Question("email", "ask_email", required=False),
            Question("source", "ask_source", required=False),
        ),
    ),
    "einsatzfeld": Blueprint(
        "einsatzfelder",
        "title",
        (
            Question("title", "ask_title"),
            Question("summary", "ask_summary"),
            Question("description", "ask_description"),
            Question("icon", "ask_icon"),
        ),
    ),
}


class ScaffoldError(Exception):
    pass


def slugify(text: str) -> str:
    """`Jürgen Groß` → `juergen-gross`: the id rule staff read in messages."""
    text = text.lower()
    # German spelling first; then letters that Unicode cannot decompose into a-z.
    spelled = (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("ß", "ss"),
        ("ı", "i"),
        ("ł", "l"),
        ("ø", "o"),
        ("đ", "d"),
        ("æ", "ae"),
        ("œ", "oe"),
    )
    for umlaut, plain in spelled:
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _yaml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a double-quoted YAML scalar


def render(kind: str, answers: dict[str, object], today: date) -> str:
    env = package_templates().overlay()
    env.filters["yaml"] = _yaml_text
    blueprint = BLUEPRINTS[kind]
    modeline = next(k for k in KINDS if k.name == blueprint.folder).modeline()
    context = {
        "modeline": modeline,
        "today": today.isoformat(),
        "published": False,
        "order": 100,
        **{q.name: None for q in blueprint.questions},
        **answers,
    }
    return env.get_template(f"{blueprint.folder}.yml").render(context)


def create(
    kind: str,
    data_dir: Path,
    answers: dict[str, object],
    ask: Callable[[str], str] | None = None,
    today: date | None = None,
) -> Path:
    """Fill in missing answers with `ask` (or fail), check references, write the file."""
    blueprint = BLUEPRINTS[kind]
    answers = {k: v for k, v in answers.items() if v not in (None, "")}
    for question in blueprint.questions:
        choices = (
            sorted(p.stem for p in (data_dir / question.choices_from).glob("*.yml"))
            if question.choices_from
            else []
        )
        while question.name not in answers:
            if ask is None:
                if question.required:
                    raise ScaffoldError(say("missing_answer", name=question.name))
                break
            hint = f" [{', '.join(choices)}]" if choices else ""
            reply = ask(say(question.prompt) + hint + ": ").strip()
            if question.yes_no:
                answers[question.name] = reply.lower() in {"j", "ja", "y", "yes"}
            elif reply:
                answers[question.name] = reply
            elif not question.required:
                break
        value = answers.get(question.name)
        if choices and value is not None and value not in choices:
            raise ScaffoldError(say("unknown_choice", value=value, choices=", ".join(choices)))
    record_id = slugify(str(answers[blueprint.id_from]))
    target = data_dir / blueprint.folder / f"{record_id}.yml"
    if target.exists():
        raise ScaffoldError(say("exists", file=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(kind, answers, today or date.today()), encoding="utf-8")
    return target
