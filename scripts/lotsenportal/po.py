"""Exchange translations with translators as gettext PO files (Babel's catalogue tools).

Export: every missing, draft or outdated text of one language — data texts, UI labels and
the paragraphs of hand-written pages — with the German source as msgid, a context saying
where it belongs (`data:kontakte/x.yml#role`, `label:phone`, `page:grenzen.md#3`), a source
reference, and the current translation (marked fuzzy) where there is one.

Import: a PO file comes from outside, so it may change translations and nothing else. Only
contexts the export itself writes are accepted (see `known`), every target stays inside the
data folder, `docs/<lang>/` or `overrides/strings/`, the language is one of the site's, each
translation passes the rules of data texts (`schema.Text`) and keeps placeholders, link
targets, icons and anchors; one refused entry and nothing is written. Accepted texts go back
into the data file, the labels file or the page, with the status the translator gives and the
fingerprint of the German text it was made from. No text is ever read as a template.
"""

from __future__ import annotations

import io
import os
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po
from pydantic import TypeAdapter, ValidationError
from ruamel.yaml.scalarstring import LiteralScalarString

from .catalog import CATALOG, say
from .coverage import source_pages
from .languages import SOURCE, from_mkdocs_yml
from .problems import Problems
from .schema import HTML, MARKDOWN_LINK, Text
from .strings import format_fields
from .translation import (
    Status,
    page_fingerprint,
    page_status,
    record_fingerprint,
    record_status,
    round_trip,
    split_page,
    text_maps,
)
from .yamlsource import load_document, plain_data

PLACEHOLDER = re.compile(r"\{\w+\}")
FRONT = ("title", "description")


@dataclass(frozen=True)
class Where:
    """Where the repository lives: data, pages and labels."""

    data_dir: Path
    docs_dir: Path
    strings_dir: Path


def blocks(body: str) -> list[str]:
    """A Markdown body as blocks separated by blank lines (the unit translators see)."""
    return [block for block in re.split(r"\n\s*\n", body.strip("\n")) if block.strip()]


PARTS = ("data", "labels", "pages")


def export(where: Where, lang: str, parts: tuple[str, ...] = PARTS) -> Catalog:
    catalog = Catalog(locale=lang, project="Lotsenportal", fuzzy=False)
    if "data" in parts:
        _export_data(where, lang, catalog)
    if "labels" in parts:
        _export_labels(where, lang, catalog)
    if "pages" in parts:
        _export_pages(where, lang, catalog)
    return catalog


def _export_data(where: Where, lang: str, catalog: Catalog) -> None:
    """Texts of the data files. Each file is read as validation reads it (YAML 1.2, within
    the limits of lotsenportal.yamlsource: no anchors, bounded size and depth); links and
    unreadable files are skipped, and so are unpublished contacts — translators are outside
    the team, and the file name is the person's name."""
    for file in sorted(where.data_dir.rglob("*.yml")):
        relative_path = file.relative_to(where.data_dir)
        if relative_path.parts[0] == "schemas" or _through_link(where.data_dir, relative_path):
            continue
        doc = load_document(file, relative_path, Problems())
        if doc is None or not isinstance(doc.data, dict):
            continue
        data = doc.data
        if relative_path.parts[0] == "kontakte" and data.get("published") is not True:
            continue
        status = record_status(data, lang)
        if status is Status.REVIEWED:
            continue
        relative = file.relative_to(where.data_dir).as_posix()
        for path, texts in text_maps(data):
            if lang in texts and status is Status.MISSING:
                continue  # this one is done; others in the record are missing
            _add(
                catalog, texts[SOURCE], texts.get(lang), f"data:{relative}#{path}", relative, status
            )


def _through_link(root: Path, relative: Path) -> bool:
    """Whether `relative` (inside `root`) is, or lies in, a symbolic link."""
    return any(
        (root / Path(*relative.parts[:n])).is_symlink() for n in range(1, len(relative.parts) + 1)
    )


def _export_labels(where: Where, lang: str, catalog: Catalog) -> None:
    german_file = where.strings_dir / f"{SOURCE}.yml"
    german_labels = plain_data(german_file.read_text(encoding="utf-8"), german_file)
    own_file = where.strings_dir / f"{lang}.yml"
    own = plain_data(own_file.read_text(encoding="utf-8"), own_file) if own_file.is_file() else {}
    own_labels = own.get("labels", {})
    for key, text in german_labels["labels"].items():
        if key in own_labels and own.get("status") == "reviewed":
            continue
        state = Status.DRAFT if key in own_labels else Status.MISSING
        _add(
            catalog,
            text,
            own_labels.get(key),
            f"label:{key}",
            f"overrides/strings/{SOURCE}.yml",
            state,
        )


def _export_pages(where: Where, lang: str, catalog: Catalog) -> None:
    for page in source_pages(where.docs_dir):
        german = (where.docs_dir / SOURCE / page).read_text(encoding="utf-8")
        target = where.docs_dir / lang / page
        translated = target.read_text(encoding="utf-8") if target.is_file() else None
        status = page_status(german, translated)
        if status is Status.REVIEWED:
            continue
        meta, body = split_page(german)
        own_meta, own_body = split_page(translated) if translated else ({}, "")
        source_blocks, own_blocks = blocks(body), blocks(own_body)
        aligned = len(source_blocks) == len(own_blocks)
        for key in FRONT:
            if key in meta:
                _add(
                    catalog,
                    str(meta[key]),
                    own_meta.get(key),
                    f"page:{page}#{key}",
                    f"docs/{SOURCE}/{page}",
                    status,
                )
        for index, block in enumerate(source_blocks, start=1):
            existing = own_blocks[index - 1] if aligned else None
            _add(catalog, block, existing, f"page:{page}#{index}", f"docs/{SOURCE}/{page}", status)


def _add(
    catalog: Catalog, german: str, current: str | None, context: str, source: str, status: Status
) -> None:
    catalog.add(
        german,
        current or "",
        context=context,
        locations=[(source, 0)],
        auto_comments=[f"status: {status.value}"],
        flags=["fuzzy"] if current else [],
    )


def write(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=0, omit_header=False, sort_output=False)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Import. A PO file comes from outside (a translator, a pull request): it may only change
# translations. Every entry must name a place the export itself writes (`known`), every target
# must stay inside its folder, every text must pass the rules data texts pass, and one refused
# entry means that nothing at all is written.

MAX_PO_BYTES = 5 * 1024 * 1024
STATUSES = ("draft", "reviewed")
# A language no file has: the export then lists every text, not only the missing ones.
_PROBE = "-alle-"
_LANGUAGE_HEADER = re.compile(r'^\s*"Language:\s*(.*?)(?:\\n)?"\s*$')
_CODE = re.compile(r"^[a-z]{2,3}$")
# `{…}` in a hand-written page is a Markdown attribute list (`{ #anker }`, `{ .klasse }`,
# `{ onclick=… }`): a translation keeps exactly the German ones.
_BRACES = re.compile(r"\{[^{}\n]*\}")
_TEXT: TypeAdapter[str] = TypeAdapter(Text)


@dataclass(frozen=True)
class ImportProblem:
    line: int
    message: str
    fatal: bool = True  # False: only this page is left out (not every paragraph translated)


class ImportRefused(Exception):
    """The PO file cannot be read at all (too big, not a PO file, a wrong language)."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = problems


def check(message: Message, german: str | None = None) -> list[str]:
    """What is wrong with one translation; empty when it can go in. `german` is the current
    German text; without it the msgid is used (which comes from the translator's file)."""
    source = str(message.id) if german is None else german
    text = str(message.string)
    if not text:
        return []  # untranslated: nothing to check, nothing to import
    return _compare(source, text)


def _compare(german: str, text: str) -> list[str]:
    found = []
    if sorted(PLACEHOLDER.findall(german)) != sorted(PLACEHOLDER.findall(text)):
        found.append(say("po_placeholders", expected=sorted(PLACEHOLDER.findall(german))))
    if sorted(MARKDOWN_LINK.findall(german)) != sorted(MARKDOWN_LINK.findall(text)):
        found.append(say("po_links", expected=sorted(MARKDOWN_LINK.findall(german))))
    html = HTML.search(text)
    if html:
        found.append(say("po_html", found=html.group(0)))
    icons = re.findall(r":material-[\w-]+:", german)
    if icons != re.findall(r":material-[\w-]+:", text):
        found.append(say("po_icons", expected=icons))
    anchors = re.findall(r"\{ #[\w-]+ \}", german)
    if anchors != re.findall(r"\{ #[\w-]+ \}", text):
        found.append(say("po_anchors", expected=anchors))
    return found


def _text_rules(text: str) -> list[str]:
    """The rules every data text passes (lotsenportal.schema's `Text`), as messages."""
    try:
        _TEXT.validate_python(text)
    except ValidationError as err:
        return [_worded(error) for error in err.errors()]
    return []


def _worded(error: Any) -> str:
    key, context = str(error.get("type", "")), error.get("ctx") or {}
    if key in CATALOG:
        try:
            return say(key, **context)
        except (KeyError, IndexError):
            pass
    return str(error.get("msg", key))


def _rules(kind: str, key: str, german: str, text: str) -> list[str]:
    """Every rule a translation of this kind of text must keep."""
    found = _compare(german, text)
    if found:
        return found
    if kind == "label":
        expected = format_fields(german) or []
        if format_fields(text) != expected:
            return [say("po_label_placeholders", expected=["{" + f + "}" for f in expected])]
    if kind == "page" and key not in FRONT:
        if sorted(_BRACES.findall(german)) != sorted(_BRACES.findall(text)):
            return [say("po_attributes", expected=sorted(_BRACES.findall(german)))]
        # Link targets were compared with the German above; pages may link to pages.
        text = MARKDOWN_LINK.sub("](https://example.org/", text)
    return _text_rules(text)


def known(where: Where) -> dict[str, str]:
    """Every context the export writes, with the current German text: the project's own
    export, for a language that no file has, so it lists every text, not only missing ones."""
    catalog = Catalog(project="Lotsenportal", fuzzy=False)
    _export_data(where, _PROBE, catalog)
    if (where.strings_dir / f"{SOURCE}.yml").is_file():
        _export_labels(where, _PROBE, catalog)
    _export_pages(where, _PROBE, catalog)
    return {str(m.context): str(m.id) for m in catalog if m.id and m.context}


def _header_line(content: bytes) -> tuple[int, str] | None:
    for number, line in enumerate(content.decode("utf-8", "replace").splitlines(), start=1):
        found = _LANGUAGE_HEADER.match(line)
        if found:
            return number, found.group(1).strip()
    return None


def read(content: bytes) -> Catalog:
    """A PO file's catalogue; ImportRefused when it is too big or cannot be read."""
    if len(content) > MAX_PO_BYTES:
        raise ImportRefused(
            [ImportProblem(1, say("po_too_big", limit=MAX_PO_BYTES // (1024 * 1024)))]
        )
    header = _header_line(content)
    if header is not None and not _CODE.match(header[1]):
        raise ImportRefused([ImportProblem(header[0], say("po_language", value=header[1]))])
    try:
        return read_po(io.BytesIO(content))
    except Exception as err:  # Babel raises many kinds; none may end in a traceback
        raise ImportRefused(
            [ImportProblem(1, say("po_unreadable", reason=f"{type(err).__name__}: {err}"))]
        ) from None


def load(file: Path) -> Catalog:
    """Read a translator's PO file, refusing files over MAX_PO_BYTES before parsing."""
    if not file.is_file():
        raise ImportRefused([ImportProblem(0, say("po_not_a_file", file=file))])
    with file.open("rb") as stream:
        content = stream.read(MAX_PO_BYTES + 1)
    return read(content)


def _configured(where: Where, languages: Sequence[str] | None) -> list[str]:
    if languages is not None:
        return list(languages)
    config = where.docs_dir.parent / "mkdocs.yml"
    return [lang.code for lang in from_mkdocs_yml(config)] if config.is_file() else []


def _inside(base: Path, relative: str) -> Path | None:
    """`base/relative` when it stays inside `base`: no absolute path, no `..`, no symbolic
    link on the way (not even one that points back inside)."""
    parts = PurePosixPath(relative).parts
    if (
        not parts
        or PurePosixPath(relative).is_absolute()
        or any(p in ("", ".", "..") for p in parts)
    ):
        return None
    if "\\" in relative or "\x00" in relative:
        return None
    root = base.resolve()
    target = root.joinpath(*parts)
    current = root
    for part in parts:
        current = current / part
        if current.is_symlink():
            return None
    if not target.resolve().is_relative_to(root):
        return None
    return target


def import_catalog(
    where: Where,
    catalog: Catalog,
    status: str = "draft",
    languages: Sequence[str] | None = None,
) -> tuple[list[Path], list[ImportProblem]]:
    """Write every translation back; return changed files and the problems found. When any
    entry is refused, nothing is written. `languages`: the site's language codes (default:
    those of the mkdocs.yml beside `where.docs_dir`)."""
    lang = str(catalog.locale_identifier or "") if catalog.locale_identifier else ""
    codes = [code for code in _configured(where, languages) if code != SOURCE]
    if lang not in codes:
        problem = (
            say("po_language", value=lang) + " " + say("po_languages", choices=", ".join(codes))
        )
        return [], [ImportProblem(1, problem)]
    if status not in STATUSES:
        return [], [ImportProblem(0, say("po_status", value=status))]
    texts = known(where)
    problems: list[ImportProblem] = []
    data: dict[str, dict[str, str]] = defaultdict(dict)
    labels: dict[str, str] = {}
    pages: dict[str, dict[str, str]] = defaultdict(dict)
    first: dict[str, int] = {}  # target file → line of its first entry
    seen: dict[str, int] = {}
    for message in catalog:
        if not message.id:
            continue  # the header
        line = message.lineno or 0
        if isinstance(message.id, (list, tuple)) or isinstance(message.string, (list, tuple)):
            problems.append(ImportProblem(line, say("po_plural")))
            continue
        context, text = message.context, str(message.string or "")
        if not context:
            if text:
                problems.append(ImportProblem(line, say("po_no_context")))
            continue
        if context not in texts:
            problems.append(ImportProblem(line, say("po_context", context=context)))
            continue
        if context in seen:
            problems.append(
                ImportProblem(line, say("po_duplicate", context=context, first=seen[context]))
            )
            continue
        seen[context] = line
        if not text:
            continue  # untranslated: nothing to import
        kind, _, rest = context.partition(":")
        target, _, key = rest.partition("#")
        wrong = _rules(kind, key, texts[context], text)
        if wrong:
            problems += [ImportProblem(line, w) for w in wrong]
            continue
        first.setdefault(f"{kind}:{target}", line)
        if kind == "data":
            data[target][key] = text
        elif kind == "label":
            labels[target] = text
        else:
            pages[target][key] = text
    outputs: dict[Path, str] = {}

    def place(base: Path, relative: str, where_key: str, folder: str) -> Path | None:
        found = _inside(base, relative)
        if found is None:
            problems.append(
                ImportProblem(first[where_key], say("po_outside", target=relative, folder=folder))
            )
        return found

    for file, values in data.items():
        path = place(where.data_dir, file, f"data:{file}", where.data_dir.name + "/")
        if path is not None:
            try:
                output = _import_data(path, lang, values, status)
            except (KeyError, IndexError, TypeError, AttributeError, ValueError) as err:
                problems.append(
                    ImportProblem(first[f"data:{file}"], say("po_field", file=file, error=err))
                )
                continue
            if output is not None:
                outputs[path] = output
    if labels:
        line = min(first[f"label:{key}"] for key in labels)
        path = _inside(where.strings_dir, f"{lang}.yml")
        if path is None:
            problems.append(
                ImportProblem(
                    line, say("po_outside", target=f"{lang}.yml", folder="overrides/strings/")
                )
            )
        else:
            outputs[path] = _import_labels(path, labels, status)
    for page, parts in pages.items():
        source = place(where.docs_dir, f"{SOURCE}/{page}", f"page:{page}", f"docs/{SOURCE}/")
        path = place(where.docs_dir, f"{lang}/{page}", f"page:{page}", f"docs/{lang}/")
        if source is None or path is None:
            continue
        output = _import_page(source, parts, status)
        if output is None:
            problems.append(
                ImportProblem(first[f"page:{page}"], say("po_incomplete", page=page), fatal=False)
            )
        else:
            outputs[path] = output
    if any(problem.fatal for problem in problems):
        return [], problems
    changed = []
    for path, output in outputs.items():
        if path.is_file() and path.read_text(encoding="utf-8") == output:
            continue
        _write(path, output)
        changed.append(path)
    return changed, problems


def _write(path: Path, text: str) -> None:
    """Write through a temporary file and one rename: never through a symbolic link."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _field(document: Any, path: str) -> Any:
    """Follow a field path like `office_hours[2].note` in a loaded YAML document."""
    node = document
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        node = node[int(index) - 1] if index else node[name]
    return node


def _import_data(file: Path, lang: str, texts: dict[str, str], status: str) -> str | None:
    """The data file with the translations put in; None when nothing changes."""
    rt = round_trip()
    original = file.read_text(encoding="utf-8")
    document = rt.load(original)
    for path, text in texts.items():
        mapping = _field(document, path)
        if mapping.get(lang) != text:
            mapping[lang] = LiteralScalarString(text) if "\n" in text.strip() else text.strip()
    plain = plain_data(_dump(rt, document), file)
    if record_status(plain, lang) is not Status.MISSING:
        states = document.setdefault("translations", {})
        states[lang] = {"status": status, "fingerprint": record_fingerprint(plain)}
    output = _dump(rt, document)
    return None if output == original else output


def _import_labels(file: Path, labels: dict[str, str], status: str) -> str:
    rt = round_trip()
    if file.is_file():
        document = rt.load(file.read_text(encoding="utf-8"))
    else:
        document = {"status": status, "labels": {}}
    document["labels"].update(labels)
    document["status"] = status
    return _dump(rt, document)


def _import_page(source: Path, parts: dict[str, str], status: str) -> str | None:
    """The translated page; None when not every paragraph of the German page is translated."""
    german = source.read_text(encoding="utf-8")
    meta, body = split_page(german)
    source_blocks = blocks(body)
    wanted = [k for k in FRONT if k in meta] + [str(i) for i in range(1, len(source_blocks) + 1)]
    if any(k not in parts for k in wanted):
        return None
    front: dict[str, Any] = {k: parts[k] for k in FRONT if k in meta}
    front["translation"] = {"status": status, "fingerprint": page_fingerprint(german)}
    translated = "\n\n".join(parts[str(i)] for i in range(1, len(source_blocks) + 1))
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=4096)
    return f"---\n{header}---\n\n{translated}\n"


def _dump(rt: Any, document: Any) -> str:
    out = io.StringIO()
    rt.dump(document, out)
    return out.getvalue()
