"""How far a translated hand-written page can be trusted: missing, draft, outdated or reviewed.

Pages (docs/<lang>/*.md) record a *fingerprint* of the German page they were translated
from in their front matter, `translation: {status, fingerprint}`. When the German page
changes, its fingerprint changes and the translation turns *outdated* — no timestamps, no
"minor edit" checkbox. Data texts and labels keep their state in the gettext catalogs
instead (lotsenportal.translations.catalogs), in gettext's own terms; `Status` names the
states for both.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from ..data.languages import SOURCE
from ..data.yamlsource import plain_data


class Status(StrEnum):
    MISSING = "missing"
    DRAFT = "draft"
    OUTDATED = "outdated"
    REVIEWED = "reviewed"


def fingerprint(texts: Sequence[str]) -> str:
    digest = hashlib.sha256(json.dumps(list(texts), ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:10]


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


def stamp_all(docs_dir: Path, languages: Sequence[str], *, status: str | None = None) -> list[Path]:
    """Fingerprint every translated page that has none (or set `status` on all of them)."""
    changed = []
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
