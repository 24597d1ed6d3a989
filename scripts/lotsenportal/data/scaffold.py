"""New records for staff: ask a few questions (or take flags), write a commented, valid file.

The file is made from the same template staff copy in the GitHub web editor,
`data/vorlagen/<kind>.yml`: every `"[[…]]"` place gets an answer, a commented example line
(`# phone: "06172 999-0"`) becomes a field when it was answered, and the copying instructions
at the top give way to one line saying how the file was made. So there is one declaration of
what a new record looks like, and a test keeps both ways valid.

Every answer is checked the moment it is given, with the schema's own rules (a wrong e-mail is
asked again at once, with the reason), references against the ids that exist, and the file
name against the files that exist. Answers come from flags, a terminal, or piped lines; when
the input ends before every question is answered, nothing is written. Nothing is overwritten.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .dataset import PLACEHOLDER
from .messages import say
from .safety import MAX_ID_LENGTH, RESERVED_IDS
from .schema import CHANNELS, Contact, Einsatzfeld, NewsItem, Project

# The templates: in the data folder, else the repository's (a data folder for another Kreis,
# or a test's, need not carry its own copy).
TEMPLATE_FOLDER = "vorlagen"
REPOSITORY_TEMPLATES = Path(__file__).resolve().parents[3] / "data" / TEMPLATE_FOLDER
_FIELD_LINE = re.compile(r"^(?P<comment># )?(?P<key>[a-z_]+):(?: (?P<value>.*))?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
YES = frozenset({"ja", "j", "yes", "y"})
NO = frozenset({"nein", "n", "no"})


@dataclass(frozen=True)
class Question:
    name: str
    prompt: str  # catalogue key
    required: bool = True
    choices_from: str | None = None  # a data folder whose ids are the allowed answers
    yes_no: bool = False
    empty_means_today: bool = False


@dataclass(frozen=True)
class Blueprint:
    folder: str  # where the record goes
    template: str  # data/vorlagen/<template>.yml
    command: str  # the make target, for the file's first line
    model: type[BaseModel]
    id_from: tuple[str, ...]  # the answers the file name is made from, in order
    questions: tuple[Question, ...]


# The channels a new contact or project is asked for (`Channel.asked`), in declared order;
# each asks with the catalogue message ask_<field>.
_CHANNEL_QUESTIONS = tuple(
    Question(channel.field, f"ask_{channel.field}", required=False)
    for channel in CHANNELS
    if channel.asked
)

BLUEPRINTS = {
    "kontakt": Blueprint(
        "kontakte",
        "kontakt",
        "make new-contact",
        Contact,
        ("name",),
        (
            Question("name", "ask_name"),
            Question("organisation", "ask_organisation", choices_from="organisationen"),
            Question("role", "ask_role"),
            *_CHANNEL_QUESTIONS,
            Question("source", "ask_source", required=False),
            Question("published", "ask_published", required=False, yes_no=True),
        ),
    ),
    "projekt": Blueprint(
        "projekte",
        "projekt",
        "make new-project",
        Project,
        ("title",),
        (
            Question("title", "ask_title"),
            Question("organisation", "ask_organisation", choices_from="organisationen"),
            Question("summary", "ask_summary"),
            *_CHANNEL_QUESTIONS,
            Question("source", "ask_source", required=False),
        ),
    ),
    "einsatzfeld": Blueprint(
        "einsatzfelder",
        "einsatzfeld",
        "make new-einsatzfeld",
        Einsatzfeld,
        ("title",),
        (
            Question("title", "ask_title"),
            Question("summary", "ask_summary"),
            Question("description", "ask_description"),
            Question("icon", "ask_icon"),
        ),
    ),
    "meldung": Blueprint(
        "aktuelles",
        "meldung",
        "make new-meldung",
        NewsItem,
        ("date", "title"),
        (
            Question("date", "ask_date", empty_means_today=True),
            Question("title", "ask_title"),
            Question("summary", "ask_summary"),
            Question("body", "ask_body"),
            Question("source", "ask_source", required=False),
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


def record_id(kind: str, answers: dict[str, object]) -> str:
    """The file name (without .yml) made from the answers: at most MAX_ID_LENGTH characters,
    cut at a hyphen."""
    slug = slugify(" ".join(str(answers[name]) for name in BLUEPRINTS[kind].id_from))
    if len(slug) > MAX_ID_LENGTH:
        slug = slug[: MAX_ID_LENGTH + 1].rsplit("-", 1)[0] or slug[:MAX_ID_LENGTH]
    return slug


def template_path(kind: str, data_dir: Path) -> Path:
    name = f"{BLUEPRINTS[kind].template}.yml"
    own = data_dir / TEMPLATE_FOLDER / name
    if own.is_file() and not own.is_symlink():
        return own
    return REPOSITORY_TEMPLATES / name


def yes_or_no(reply: str) -> bool | None:
    """`Ja, liegt vor` → True, `n` → False; None when the reply is neither."""
    words = re.split(r"[\s,.;:!?()]+", reply.strip().lower(), maxsplit=1)
    if words[0] in YES:
        return True
    if words[0] in NO:
        return False
    return None


def _yaml(value: object) -> str:
    """A value as YAML: dates and true/false plain, text as a double-quoted (JSON) string, or
    as a block when it has several lines."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if _DAY.match(text):
        return text
    lines = text.strip("\n").split("\n")
    if len(lines) > 1 and not lines[0].startswith(" "):
        return "|\n" + "\n".join(f"  {line}".rstrip() for line in lines)
    return json.dumps(text, ensure_ascii=False)


def fill(template: str, answers: dict[str, object], heading: str) -> str:
    """The template with its places filled: see the module's docstring."""
    lines = template.splitlines()
    fields = {m["key"] for line in lines if (m := _FIELD_LINE.match(line)) and not m["comment"]}
    out: list[str] = []
    intro = True
    for line in lines:
        if intro and line.startswith("#"):  # the modeline, then the copying instructions
            if line.startswith("# yaml-language-server:"):
                out.append(line)
            elif heading:
                out.append(heading)
                heading = ""
            continue
        intro = False
        match = _FIELD_LINE.match(line)
        if match and match["key"] in answers:
            key = match["key"]
            if not match["comment"] or key not in fields:
                out.append(f"{key}: {_yaml(answers[key])}")
                continue
        if match and not match["comment"] and PLACEHOLDER.search(line):
            # a place the questions do not cover: a template and its blueprint disagree
            raise ScaffoldError(say("missing_answer", name=match["key"]))
        out.append(line)
    return "\n".join(out) + "\n"


def render(kind: str, answers: dict[str, object], today: date, data_dir: Path) -> str:
    blueprint = BLUEPRINTS[kind]
    template = template_path(kind, data_dir)
    # A comment in a data file, so German like the data.
    heading = (
        f"# Angelegt am {today.isoformat()} mit `{blueprint.command}` "
        f"(Vorlage: data/{TEMPLATE_FOLDER}/{template.name})."
    )
    values = {"reviewed": today.isoformat(), **answers}
    return fill(template.read_text(encoding="utf-8"), values, heading)


def field_problem(model: type[BaseModel], name: str, value: object) -> str | None:
    """Why `value` cannot be field `name` of `model` (the schema's own message), or None."""
    try:
        model.model_validate({name: value})
    except ValidationError as err:
        for detail in err.errors(include_url=False):
            if detail["loc"] and detail["loc"][0] == name:
                if detail["type"].startswith("lp_"):
                    return say(detail["type"], **detail.get("ctx", {}))
                return str(detail["msg"])
    return None


@dataclass
class _Dialog:
    kind: str
    data_dir: Path
    answers: dict[str, object]
    ask: Callable[[str], str] | None
    tell: Callable[[str], None]
    today: date

    def choices(self, question: Question) -> list[str]:
        if not question.choices_from:
            return []
        return sorted(p.stem for p in (self.data_dir / question.choices_from).glob("*.yml"))

    def problem(self, question: Question, value: object) -> str | None:
        """Why the answer is not usable, or None (and then it is an answer)."""
        if value == "":
            if question.yes_no:
                return say("answer_yes_no")
            return say("answer_required") if question.required else None
        choices = self.choices(question)
        if choices and value not in choices:
            return say("unknown_choice", value=value, choices=", ".join(choices))
        found = field_problem(BLUEPRINTS[self.kind].model, question.name, value)
        if found:
            return found
        blueprint = BLUEPRINTS[self.kind]
        if question.name == blueprint.id_from[-1]:  # the file name is known now
            new_id = record_id(self.kind, {**self.answers, question.name: value})
            target = self.data_dir / blueprint.folder / f"{new_id}.yml"
            if not new_id or new_id in RESERVED_IDS:
                return say("new_id_unusable", id=new_id)
            if target.exists():
                return say("exists", file=f"{blueprint.folder}/{target.name}")
        return None

    def value(self, question: Question, reply: object) -> object:
        if isinstance(reply, str):
            reply = reply.strip()
            if question.yes_no and reply:
                decided = yes_or_no(reply)
                return reply if decided is None else decided
            if reply == "" and question.empty_means_today:
                return self.today.isoformat()
        return reply

    def answer(self, question: Question) -> None:
        given = self.answers.pop(question.name, None)
        while True:
            if given is None:
                if self.ask is None:
                    if question.required:
                        raise ScaffoldError(say("missing_answer", name=question.name))
                    if question.yes_no:
                        self.answers[question.name] = False
                    return
                choices = self.choices(question)
                hint = f" [{', '.join(choices)}]" if choices else ""
                try:
                    given = self.ask(say(question.prompt) + hint + ": ")
                except EOFError:
                    raise ScaffoldError(
                        say("input_ended", question=say(question.prompt), name=question.name)
                    ) from None
            value = self.value(question, given)
            if question.yes_no and isinstance(value, str) and value:
                reason: str | None = say("answer_yes_no")
            else:
                reason = self.problem(question, value)
            if reason is None:
                if value != "":
                    self.answers[question.name] = value
                return
            if self.ask is None:
                raise ScaffoldError(f"--{question.name}: {reason}")
            self.tell(reason)
            given = None


def create(
    kind: str,
    data_dir: Path,
    answers: dict[str, object],
    ask: Callable[[str], str] | None = None,
    today: date | None = None,
    tell: Callable[[str], None] | None = None,
) -> Path:
    """Fill in missing answers with `ask` (or fail), each checked as it comes; write the file.

    `ask` raises EOFError when the input ends; `tell` shows why an answer is asked again."""
    blueprint = BLUEPRINTS[kind]
    dialog = _Dialog(
        kind,
        data_dir,
        {k: v for k, v in answers.items() if v is not None},
        ask,
        tell or (lambda text: None),
        today or date.today(),
    )
    for question in blueprint.questions:
        dialog.answer(question)
    target = data_dir / blueprint.folder / f"{record_id(kind, dialog.answers)}.yml"
    if target.exists():
        raise ScaffoldError(say("exists", file=f"{blueprint.folder}/{target.name}"))
    text = render(kind, dialog.answers, dialog.today, data_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8") as file:  # never overwrite, even in a race
        file.write(text)
    return target
