"""Exchange translations with translators as gettext PO files (Babel's catalogue tools).

Export: every missing, draft or outdated text of one language — data texts, UI labels and
the paragraphs of hand-written pages — with the German source as msgid, a context saying
where it belongs (`data:kontakte/x.yml#role`, `label:phone`, `page:grenzen.md#3`), a source
reference, and the current translation (marked fuzzy) where there is one.

Import: checks each translation (placeholders, link targets, no HTML) and writes it back into
the data file, the labels file or the page, with the status the translator gives and the
fingerprint of the German text it was made from.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po
from ruamel.yaml.scalarstring import LiteralScalarString

from .coverage import source_pages
from .languages import SOURCE
from .schema import HTML, MARKDOWN_LINK
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
    for file in sorted(where.data_dir.rglob("*.yml")):
        if "schemas" in file.parts:
            continue
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
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


def _export_labels(where: Where, lang: str, catalog: Catalog) -> None:
    german_labels = yaml.safe_load(
        (where.strings_dir / f"{SOURCE}.yml").read_text(encoding="utf-8")
    )
    own_file = where.strings_dir / f"{lang}.yml"
    own = yaml.safe_load(own_file.read_text(encoding="utf-8")) if own_file.is_file() else {}
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


@dataclass(frozen=True)
class ImportProblem:
    line: int
    message: str


def check(message: Message) -> list[str]:
    """What is wrong with one translation; empty when it can go in."""
    german, text = str(message.id), str(message.string)
    if not text:
        return []  # untranslated: nothing to check, nothing to import
    found = []
    if sorted(PLACEHOLDER.findall(german)) != sorted(PLACEHOLDER.findall(text)):
        found.append(f"Platzhalter stimmen nicht: {sorted(PLACEHOLDER.findall(german))} erwartet")
    if sorted(MARKDOWN_LINK.findall(german)) != sorted(MARKDOWN_LINK.findall(text)):
        found.append(f"Link-Ziele stimmen nicht: {sorted(MARKDOWN_LINK.findall(german))} erwartet")
    if HTML.search(text):
        found.append("HTML ist nicht erlaubt")
    icons = re.findall(r":material-[\w-]+:", german)
    if icons != re.findall(r":material-[\w-]+:", text):
        found.append(f"Symbole müssen bleiben: {icons}")
    anchors = re.findall(r"\{ #[\w-]+ \}", german)
    if anchors != re.findall(r"\{ #[\w-]+ \}", text):
        found.append(f"Anker müssen bleiben: {anchors}")
    return found


def read(content: bytes) -> Catalog:
    return read_po(io.BytesIO(content))


def import_catalog(
    where: Where, catalog: Catalog, status: str = "draft"
) -> tuple[list[Path], list[ImportProblem]]:
    """Write every usable translation back; return changed files and the problems found."""
    lang = str(catalog.locale)
    problems: list[ImportProblem] = []
    data: dict[str, dict[str, str]] = defaultdict(dict)
    labels: dict[str, str] = {}
    pages: dict[str, dict[str, str]] = defaultdict(dict)
    for message in catalog:
        if not message.id or not message.string or not message.context:
            continue
        wrong = check(message)
        if wrong:
            problems += [ImportProblem(message.lineno or 0, w) for w in wrong]
            continue
        kind, _, rest = message.context.partition(":")
        target, _, key = rest.partition("#")
        if kind == "data":
            data[target][key] = str(message.string)
        elif kind == "label":
            labels[target] = str(message.string)
        elif kind == "page":
            pages[target][key] = str(message.string)
        else:
            problems.append(
                ImportProblem(message.lineno or 0, f"Unbekannter Kontext {message.context!r}")
            )
    changed = [
        f
        for f in (
            _import_data(where.data_dir / file, lang, texts, status) for file, texts in data.items()
        )
        if f
    ]
    if labels:
        changed.append(_import_labels(where.strings_dir, lang, labels, status))
    for page, parts in pages.items():
        written = _import_page(where.docs_dir, page, lang, parts, status)
        if written is None:
            problems.append(
                ImportProblem(0, f"{page}: nicht alle Absätze übersetzt – Seite nicht geschrieben")
            )
        else:
            changed.append(written)
    return changed, problems


def _field(document: Any, path: str) -> Any:
    """Follow a field path like `office_hours[2].note` in a loaded YAML document."""
    node = document
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        node = node[int(index) - 1] if index else node[name]
    return node


def _import_data(file: Path, lang: str, texts: dict[str, str], status: str) -> Path | None:
    rt = round_trip()
    document = rt.load(file.read_text(encoding="utf-8"))
    for path, text in texts.items():
        mapping = _field(document, path)
        if mapping.get(lang) != text:
            mapping[lang] = LiteralScalarString(text) if "\n" in text.strip() else text.strip()
    plain = yaml.safe_load(_dump(rt, document))
    if record_status(plain, lang) is not Status.MISSING:
        states = document.setdefault("translations", {})
        states[lang] = {"status": status, "fingerprint": record_fingerprint(plain)}
    output = _dump(rt, document)
    if output == file.read_text(encoding="utf-8"):
        return None
    file.write_text(output, encoding="utf-8")
    return file


def _import_labels(strings_dir: Path, lang: str, labels: dict[str, str], status: str) -> Path:
    file = strings_dir / f"{lang}.yml"
    rt = round_trip()
    if file.is_file():
        document = rt.load(file.read_text(encoding="utf-8"))
    else:
        document = {"status": status, "labels": {}}
    document["labels"].update(labels)
    document["status"] = status
    file.write_text(_dump(rt, document), encoding="utf-8")
    return file


def _import_page(
    docs_dir: Path, page: str, lang: str, parts: dict[str, str], status: str
) -> Path | None:
    german = (docs_dir / SOURCE / page).read_text(encoding="utf-8")
    meta, body = split_page(german)
    source_blocks = blocks(body)
    wanted = [k for k in FRONT if k in meta] + [str(i) for i in range(1, len(source_blocks) + 1)]
    if any(k not in parts for k in wanted):
        return None
    front: dict[str, Any] = {k: parts[k] for k in FRONT if k in meta}
    front["translation"] = {"status": status, "fingerprint": page_fingerprint(german)}
    translated = "\n\n".join(parts[str(i)] for i in range(1, len(source_blocks) + 1))
    target = docs_dir / lang / page
    target.parent.mkdir(parents=True, exist_ok=True)
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=4096)
    target.write_text(f"---\n{header}---\n\n{translated}\n", encoding="utf-8")
    return target


def _dump(rt: Any, document: Any) -> str:
    out = io.StringIO()
    rt.dump(document, out)
    return out.getvalue()
