"""Write generated pages into docs/ — only what changed, and remove what is no longer produced.

Writing unchanged files would make `mkdocs serve` rebuild forever; leaving old files would
keep a deleted contact online. The generator owns GENERATED_DIRS and GENERATED_FILES inside
each language folder (they are listed in .gitignore); nothing else in docs/ is touched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..data.layout import GENERATED_DIRS, GENERATED_FILES


@dataclass
class Changes:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def is_generated(relative: str) -> bool:
    """Whether a file of docs/ (`de/kontakte/index.md`, relative to docs/) is one the
    generator owns: written from validated data, bounded by the data's own limits."""
    parts = relative.split("/")
    return len(parts) >= 2 and (
        (len(parts) == 2 and parts[1] in GENERATED_FILES) or parts[1] in GENERATED_DIRS
    )


def owned_files(docs_dir: Path, languages: Iterable[str]) -> set[str]:
    """Every file currently in the parts of docs/ that the generator owns."""
    found: set[str] = set()
    for lang in languages:
        for name in GENERATED_FILES:
            if (docs_dir / lang / name).is_file():
                found.add(f"{lang}/{name}")
        for folder in GENERATED_DIRS:
            base = docs_dir / lang / folder
            if base.is_dir():
                found.update(
                    p.relative_to(docs_dir).as_posix() for p in base.rglob("*") if p.is_file()
                )
    return found


def write_pages(pages: Mapping[str, str], docs_dir: Path, languages: Iterable[str]) -> Changes:
    changes = Changes()
    for relative, content in pages.items():
        target = docs_dir / relative
        # Bytes, not text: reading text turns the CRLF line ends of vCards into LF, and every
        # vCard would be written again on every pass (and `mkdocs serve` would rebuild twice).
        if target.is_file() and target.read_bytes() == content.encode("utf-8"):
            changes.unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_text(content, encoding="utf-8")
        temporary.replace(target)  # readers (mkdocs serve) never see half a file
        changes.written.append(relative)
    for relative in sorted(owned_files(docs_dir, languages) - set(pages)):
        (docs_dir / relative).unlink()
        changes.removed.append(relative)
    for lang in languages:
        for folder in GENERATED_DIRS:
            base = docs_dir / lang / folder
            if base.is_dir() and not any(base.iterdir()):
                base.rmdir()
    return changes
