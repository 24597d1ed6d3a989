"""How far each translation can be trusted: missing, draft, outdated or reviewed.

A translation records a *fingerprint* of the German text it was made from. When the German
text changes, its fingerprint changes and every translation made from the old text turns
*outdated* — no timestamps, no "minor edit" checkbox. Data records carry it in
`translations: {<lang>: {status, fingerprint}}`, pages in their front matter
`translation: {status, fingerprint}`.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from .languages import SOURCE
from .yamlsource import plain_data


class Status(StrEnum):
    MISSING = "missing"
    DRAFT = "draft"
    OUTDATED = "outdated"
    REVIEWED = "reviewed"


def is_text_map(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and SOURCE in value
        and all(isinstance(v, str) for v in value.values())
    )


def text_maps(value: Any, path: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """Every per-language text of a record, with its field path (`office_hours[2].note`)."""
    if is_text_map(value):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            if key != "translations":
                yield from text_maps(child, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from text_maps(child, f"{path}[{index + 1}]")


def fingerprint(texts: Sequence[str]) -> str:
    digest = hashlib.sha256(json.dumps(list(texts), ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:10]


def record_fingerprint(data: Any) -> str:
    """Fingerprint of all German texts of one data record."""
    return fingerprint([f"{path}={texts[SOURCE]}" for path, texts in text_maps(data)])


def record_status(data: dict[str, Any], lang: str) -> Status:
    maps = list(text_maps(data))
    if not maps or any(lang not in texts for _, texts in maps):
        return Status.MISSING
    state = (data.get("translations") or {}).get(lang) or {}
    recorded = state.get("fingerprint")
    if recorded is not None and recorded != record_fingerprint(data):
        return Status.OUTDATED
    return Status.REVIEWED if state.get("status") == "reviewed" else Status.DRAFT


def split_page(text: str) -> tuple[dict[str, Any], str]:
    """Front matter and body of a Markdown page."""
    if text.startswith("---\n"):
        _, front, body = text.split("---\n", 2)
        return plain_data(front, Path("front matter")) or {}, body
    return {}, text


def page_fingerprint(german_page: str) -> str:
    meta, body = split_page(german_page)
    return fingerprint([str(meta.get("title", "")), str(meta.get("description", "")), body.strip()])


def page_status(german_page: str, translated_page: str | None) -> Status:
    if translated_page is None:
        return Status.MISSING
    state = split_page(translated_page)[0].get("translation") or {}
    recorded = state.get("fingerprint")
    if state.get("status") == Status.OUTDATED or (
        recorded is not None and recorded != page_fingerprint(german_page)
    ):
        return Status.OUTDATED
    return Status.REVIEWED if state.get("status") == "reviewed" else Status.DRAFT


def notice_for(reader: str, content: str, page_text: str, german_text: str | None) -> str | None:
    """Which notice a page needs: its text is German on a translated site (`fallback`), or a
    translation that is a `draft` or `outdated`; None when there is nothing to say."""
    if content != reader:
        return "fallback"
    if reader == SOURCE:
        return None
    status = (
        page_status(german_text or "", page_text)
        if german_text is not None
        else (Status(split_page(page_text)[0].get("translation", {}).get("status", Status.DRAFT)))
    )
    return None if status is Status.REVIEWED else status.value


# Writing fingerprints back keeps comments and layout (ruamel.yaml round trip).
def round_trip() -> YAML:
    rt = YAML()
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    return rt


def stamp_record(file: Path, languages: Sequence[str], *, status: str | None = None) -> bool:
    """Record the current German fingerprint for each language that has all texts and none yet
    (or for all, with a new `status`). Returns whether the file changed."""
    rt = round_trip()
    original = file.read_text(encoding="utf-8")
    data = rt.load(original)
    plain = plain_data(original, file)
    current = record_fingerprint(plain)
    states = data.get("translations")
    changed = False
    for lang in languages:
        if lang == SOURCE or record_status(plain, lang) is Status.MISSING:
            continue
        if states is None:
            data["translations"] = states = {}
        state = states.get(lang)
        if state is None:
            states[lang] = state = {"status": status or "draft"}
        if status is not None and state.get("status") != status:
            state["status"] = status
            changed = True
        stale = state.get("fingerprint") is None or status is not None
        if stale and state.get("fingerprint") != current:
            state["fingerprint"] = current
            changed = True
    if changed:
        out = io.StringIO()
        rt.dump(data, out)
        file.write_text(out.getvalue(), encoding="utf-8")
    return changed


def stamp_page(german: Path, translated: Path, *, status: str | None = None) -> bool:
    text = translated.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return False
    _, front, body = text.split("---\n", 2)
    rt = round_trip()
    meta = rt.load(front)
    state = meta.get("translation")
    if state is None:
        meta["translation"] = state = {"status": status or "draft"}
    current = page_fingerprint(german.read_text(encoding="utf-8"))
    before = (state.get("status"), state.get("fingerprint"))
    if status is not None:
        state["status"] = status
        state["fingerprint"] = current
    elif state.get("fingerprint") is None:
        state["fingerprint"] = current
    if (state.get("status"), state.get("fingerprint")) == before:
        return False
    out = io.StringIO()
    rt.dump(meta, out)
    translated.write_text(f"---\n{out.getvalue()}---\n{body}", encoding="utf-8")
    return True


def stamp_all(
    data_dir: Path, docs_dir: Path, languages: Sequence[str], *, status: str | None = None
) -> list[Path]:
    """Fingerprint every existing translation that has none (or set `status` on all of them)."""
    changed = []
    for file in sorted(data_dir.rglob("*.yml")):
        if "schemas" not in file.parts and stamp_record(file, languages, status=status):
            changed.append(file)
    for german in sorted((docs_dir / SOURCE).rglob("*.md")):
        relative = german.relative_to(docs_dir / SOURCE)
        if "generated" in (split_page(german.read_text(encoding="utf-8"))[0]):
            continue
        for lang in languages:
            translated = docs_dir / lang / relative
            if (
                lang != SOURCE
                and translated.is_file()
                and stamp_page(german, translated, status=status)
            ):
                changed.append(translated)
    return changed
