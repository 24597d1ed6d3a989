"""`make translations`: per language, how many pages, data records and labels are missing,
drafts, outdated or reviewed — for translators, and for a configurable minimum in CI."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..data.dataset import Dataset
from ..data.languages import SOURCE, Language
from ..data.layout import GENERATED_DIRS, GENERATED_FILES
from ..data.messages import say
from . import catalogs
from .strings import Strings
from .translation import Status, page_status

# German-only variants (Leichte Sprache) are not translated.
UNTRANSLATED_DIRS = ("leichte-sprache",)


@dataclass
class Counts:
    missing: int = 0
    draft: int = 0
    outdated: int = 0
    reviewed: int = 0

    @classmethod
    def of(cls, statuses: Sequence[Status]) -> Counts:
        counted = Counter(statuses)
        return cls(
            *(counted[s] for s in (Status.MISSING, Status.DRAFT, Status.OUTDATED, Status.REVIEWED))
        )


@dataclass
class LanguageCoverage:
    lang: str
    name: str
    pages: Counts
    records: Counts
    labels: Counts
    page_status: dict[str, str] = field(default_factory=dict)
    missing_required: list[str] = field(default_factory=list)


def source_pages(docs_dir: Path) -> list[str]:
    """Hand-written German pages, as paths inside the language folder."""
    base = docs_dir / SOURCE
    found = []
    for file in sorted(base.rglob("*.md")):
        relative = file.relative_to(base).as_posix()
        top = relative.split("/", 1)[0]
        if relative in GENERATED_FILES or top in GENERATED_DIRS or top in UNTRANSLATED_DIRS:
            continue
        found.append(relative)
    return found


def coverage(
    docs_dir: Path,
    dataset: Dataset,
    strings: dict[str, Strings],
    languages: Sequence[Language],
    required: Sequence[str] = (),
    texts: Mapping[str, catalogs.LanguageCatalog] | None = None,
) -> list[LanguageCoverage]:
    """Per language: hand-written pages, data records and labels by translation state.
    `texts`: the data catalogs, when the caller has read them already."""
    if texts is None:
        texts = catalogs.data_catalogs(dataset.root, [lang.code for lang in languages])
    pages = source_pages(docs_dir)
    german = {page: (docs_dir / SOURCE / page).read_text(encoding="utf-8") for page in pages}
    records = dataset.records()
    result = []
    for lang in languages:
        if lang.code == SOURCE:
            continue
        statuses = {}
        for page in pages:
            own = docs_dir / lang.code / page
            statuses[page] = page_status(
                german[page], own.read_text(encoding="utf-8") if own.is_file() else None
            )
        labels = strings[lang.code]
        result.append(
            LanguageCoverage(
                lang=lang.code,
                name=lang.name,
                pages=Counts.of(list(statuses.values())),
                records=Counts.of(
                    [
                        s
                        for r in records
                        if (s := catalogs.record_status(r, texts[lang.code])) is not None
                    ]
                ),
                labels=Counts.of([labels.translation(key).status for key in labels.source]),
                page_status={page: status.value for page, status in statuses.items()},
                missing_required=[
                    p for p in required if statuses.get(f"{p}.md", Status.MISSING) is Status.MISSING
                ],
            )
        )
    return result


def table(rows: Sequence[LanguageCoverage]) -> str:
    """A plain-text table for the terminal and CI logs."""

    def cell(c: Counts) -> str:
        return f"{c.missing:>3}{c.draft:>4}{c.outdated:>4}{c.reviewed:>4}"

    pages, records, labels = say("coverage_pages"), say("coverage_records"), say("coverage_labels")
    lines = [
        f"{'':<16}{pages:^15}  {records:^15}  {labels:^15}",
        f"{say('language'):<16}" + "  ".join([f"{say('coverage_columns'):>15}"] * 3),
    ]
    for row in rows:
        lines.append(
            f"{row.lang + ' ' + row.name:<16}{cell(row.pages):>15}  {cell(row.records):>15}  "
            f"{cell(row.labels):>15}"
        )
    lines.append(say("coverage_legend"))
    return "\n".join(lines)


def to_json(rows: Sequence[LanguageCoverage]) -> str:
    return json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2) + "\n"
