"""Translations live in gettext catalogs: one PO file per language and domain.

    <data folder>/locale/<lang>/LC_MESSAGES/data.po   texts of the data records
    locale/<lang>/LC_MESSAGES/ui.po                   the site's labels

The data catalogs travel with their data folder (another Kreis, `DATA=…`, brings its own);
the label catalogs with the templates, which every Kreis shares. Both are ordinary PO files
that Poedit, Weblate and the GitHub web editor read and write.

Each entry: `msgctxt` names the record and field (`kontakte/erika-beispiel#role`,
`site#links[1].title`) or the label (`phone`), `msgid` is the German text, `msgstr` the
translation, `#:` the data file and line. The state uses gettext's own vocabulary:

    no entry or empty msgstr                 missing  (the German text is shown, marked)
    #, fuzzy  with a previous  #| msgid      outdated (the German text changed since)
    #, fuzzy  without a previous msgid       draft    (not yet reviewed by a native speaker)
    not fuzzy                                reviewed

`update` keeps catalogs in step with the German texts as msgmerge does: new texts are added
untranslated, a changed text keeps its translation marked fuzzy with the old German as
previous msgid, removed texts become obsolete (`#~`), and a text whose record was renamed
keeps its translation.

polib reads and writes the files: unlike Babel's reader it keeps the previous msgid (`#|`),
which is what "outdated" means here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import polib
from pydantic import BaseModel

from ..data.schema import is_name, is_translatable
from .translation import Status

DATA = "data"
UI = "ui"
# Bounded work: every text of a large Kreis in one language is about 200 KiB.
MAX_CATALOG_BYTES = 5 * 1024 * 1024
_HEADER = (
    "Übersetzungen für Lotsenportal ({domain}, {lang}). Bearbeiten mit Poedit, Weblate oder\n"
    "im GitHub-Webeditor; Anleitung: UEBERSETZEN.md. Neue und geänderte deutsche Texte trägt\n"
    "`make translations` ein."
)


def catalog_path(folder: Path, lang: str, domain: str) -> Path:
    """Where the catalog of `lang` for `domain` lives under `folder` (the data folder for
    `data`, the repository for `ui`)."""
    return folder / "locale" / lang / "LC_MESSAGES" / f"{domain}.po"


@dataclass(frozen=True)
class Source:
    """One German text to translate, where it stands."""

    context: str
    german: str
    file: str  # relative to the data folder (or the repository)
    line: int
    # A proper name (schema.TranslatedName): without a translation readers see the official
    # name, so a missing one is no gap.
    name: bool = False


class _Located(Protocol):
    """A validated record with its file (lotsenportal.data.dataset.Record)."""

    @property
    def model(self) -> BaseModel: ...

    @property
    def doc(self) -> Any: ...

    @property
    def at(self) -> tuple[str | int, ...]: ...

    @property
    def key(self) -> str: ...


def record_key(path: Path) -> str:
    """The context prefix of a record: its file relative to the data folder, without .yml
    (`kontakte/erika-beispiel`, `site`)."""
    return path.with_suffix("").as_posix()


def _walk(
    model: BaseModel, path: str = "", loc: tuple[str | int, ...] = ()
) -> Iterator[tuple[str, tuple[str | int, ...], str, Any]]:
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        key = info.alias or name
        here = f"{path}.{key}" if path else key
        if isinstance(value, str) and is_translatable(info):
            yield here, (*loc, key), value, info
        elif isinstance(value, BaseModel):
            yield from _walk(value, here, (*loc, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _walk(item, f"{here}[{index + 1}]", (*loc, key, index))


def texts(
    model: BaseModel, path: str = "", loc: tuple[str | int, ...] = ()
) -> Iterator[tuple[str, tuple[str | int, ...], str]]:
    """Every German text of `model` to translate: (field path as in contexts, location in
    the file, text). Field paths: `role`, `office_hours[2].note`, `links[1].title`."""
    for here, at, german, _info in _walk(model, path, loc):
        yield here, at, german


def record_sources(record: _Located) -> list[Source]:
    """The German texts of one record, with their file and line. Contexts start with the
    record's key (`kontakte/erika-beispiel#role`, a town of orte.yml: `orte/usingen#name`)."""
    doc = record.doc
    return [
        Source(
            f"{record.key}#{field_path}",
            german,
            doc.path.as_posix(),
            doc.position((*record.at, *loc)).line,
            is_name(info),
        )
        for field_path, loc, german, info in _walk(record.model)
    ]


@dataclass(frozen=True)
class Translation:
    """What a reader in one language gets for one German text."""

    text: str | None  # None: missing
    status: Status


MISSING = Translation(None, Status.MISSING)


def state_of(entry: polib.POEntry, german: str) -> Translation:
    """The translation an entry holds for `german`, in gettext's terms."""
    if not entry.msgstr:
        return MISSING
    if entry.msgid != german:  # the German text changed and the catalog was not merged yet
        return Translation(entry.msgstr, Status.OUTDATED)
    if entry.fuzzy:
        status = Status.OUTDATED if entry.previous_msgid else Status.DRAFT
        return Translation(entry.msgstr, status)
    return Translation(entry.msgstr, Status.REVIEWED)


@dataclass
class LanguageCatalog:
    """The entries of one catalog file, by context."""

    lang: str
    path: Path | None = None
    entries: dict[str, polib.POEntry] = field(default_factory=dict)

    def lookup(self, context: str, german: str) -> Translation:
        entry = self.entries.get(context)
        return MISSING if entry is None else state_of(entry, german)


class CatalogError(Exception):
    """A catalog that cannot be read, with the line (1-based; 0: the whole file)."""

    def __init__(self, path: Path, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


def read(path: Path) -> polib.POFile:
    """The catalog file at `path`, or an empty one. Bounded: no links, at most 5 MiB."""
    if path.is_symlink():
        raise CatalogError(path, 0, "symlink")
    if not path.is_file():
        return polib.POFile(wrapwidth=0)
    if path.stat().st_size > MAX_CATALOG_BYTES:
        raise CatalogError(path, 0, "too_large")
    try:
        return polib.pofile(
            path.read_text(encoding="utf-8"), wrapwidth=0, check_for_duplicates=True
        )
    except UnicodeDecodeError as err:
        raise CatalogError(path, 0, f"UTF-8: {err.reason}") from None
    except (OSError, ValueError) as err:
        line = _line_of(str(err))
        raise CatalogError(path, line, str(err)) from None


def _line_of(message: str) -> int:
    # polib says "… (line 12)" or "… at line 12"
    for marker in ("line ", "Line "):
        if marker in message:
            digits = "".join(c for c in message.split(marker, 1)[1] if c.isdigit())
            return int(digits[:9] or 0)
    return 0


def load(path: Path, lang: str) -> LanguageCatalog:
    """The entries of one catalog file, for looking texts up."""
    entries = {
        entry.msgctxt: entry
        for entry in read(path)
        if entry.msgctxt is not None and not entry.obsolete
    }
    return LanguageCatalog(lang, path if path.is_file() else None, entries)


def data_catalogs(data_dir: Path, languages: Iterable[str]) -> dict[str, LanguageCatalog]:
    """The data folder's catalog of every non-German language, read once for a render."""
    return {
        lang: load(catalog_path(data_dir, lang, DATA), lang) for lang in languages if lang != "de"
    }


def _suffix(context: str) -> str:
    """The field part of a context: `kontakte/x#role` → `role` (for renamed records)."""
    return context.partition("#")[2]


def update(path: Path, lang: str, domain: str, sources: Sequence[Source]) -> str:
    """The catalog of `path` brought in step with `sources` (the current German texts, in
    order), as msgmerge would; returns the new file text (`write_if_changed` writes it)."""
    old = read(path)
    active = [e for e in old if e.msgctxt and not e.obsolete]
    retired = [e for e in old if e.msgctxt and e.obsolete]
    by_context = {e.msgctxt: e for e in active}
    wanted = {s.context for s in sources}
    # Translations whose record disappeared: a renamed record finds its texts among them.
    orphans: dict[tuple[str, str], polib.POEntry] = {}
    for entry in [*active, *retired]:
        if entry.msgctxt not in wanted and entry.msgstr:
            orphans.setdefault((_suffix(entry.msgctxt), entry.msgid), entry)
    carried: set[int] = set()
    new = polib.POFile(wrapwidth=0)
    new.header = _HEADER.format(domain=domain, lang=lang)
    new.metadata = {
        "Project-Id-Version": "Lotsenportal",
        # Fixed values: the file changes only when its texts do (msgfmt --check wants them).
        "PO-Revision-Date": "2026-01-01 00:00+0000",
        "Last-Translator": "Lotsenportal <lotsen@example.org>",
        "Language-Team": f"{lang} (Lotsenportal)",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    for source in sources:
        before = by_context.get(source.context) or orphans.get(
            (_suffix(source.context), source.german)
        )
        entry = polib.POEntry(
            msgctxt=source.context,
            msgid=source.german,
            msgstr="",
            occurrences=[(source.file, str(source.line))],
        )
        if before is not None and before.msgstr:
            carried.add(id(before))
            entry.msgstr = before.msgstr
            entry.tcomment = before.tcomment
            if before.msgid != source.german:  # the German text changed: outdated
                entry.flags = ["fuzzy"]
                entry.previous_msgid = before.previous_msgid or before.msgid
            elif before.fuzzy:  # a draft, or still outdated
                entry.flags = ["fuzzy"]
                entry.previous_msgid = before.previous_msgid
        new.append(entry)
    for entry in [*active, *retired]:
        if entry.msgctxt in wanted or id(entry) in carried or not entry.msgstr:
            continue
        gone = polib.POEntry(
            msgctxt=entry.msgctxt,
            msgid=entry.msgid,
            msgstr=entry.msgstr,
            flags=list(entry.flags),
            obsolete=True,
        )
        new.append(gone)
    return str(new)


def write_if_changed(path: Path, content: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(content, encoding="utf-8")
    temporary.replace(path)
    return True


def overall(statuses: Iterable[Status]) -> Status | None:
    """One status for several texts (a record): missing if any text is, else the least
    trustworthy; None when there is nothing to translate."""
    found = set(statuses)
    for status in (Status.MISSING, Status.OUTDATED, Status.DRAFT, Status.REVIEWED):
        if status in found:
            return status
    return None


def record_status(record: _Located, catalog: LanguageCatalog) -> Status | None:
    """How far the translation of one record's texts can be trusted (None: no texts). A
    proper name without a spelling of its own is no gap: it is left out."""
    found = ((s, catalog.lookup(s.context, s.german).status) for s in record_sources(record))
    return overall(status for s, status in found if not (s.name and status is Status.MISSING))
