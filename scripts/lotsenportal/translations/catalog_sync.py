"""`make translations` and the checks of the gettext catalogs (lotsenportal.translations.catalogs).

`sync` brings every catalog of every configured language in step with the German texts: the
data catalogs (`<data>/locale/<lang>/LC_MESSAGES/data.po`) with the records readers see,
the label catalogs (`locale/<lang>/LC_MESSAGES/ui.po`) with overrides/strings/de.yml.
`--check` computes the same and only says which catalogs are not in step.

`catalog_problems` is part of validation (`lotsenportal validate`, every build): a catalog
must be readable PO, name its own language, hold no entry for a text that does not exist,
and every translation passes the rules of the German text it translates (no markup the
German does not have, the same label placeholders, the schema's text rules).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

import polib
from pydantic import BaseModel, TypeAdapter, ValidationError

from ..data import formatting, schema
from ..data.dataset import Dataset, Record
from ..data.languages import SOURCE
from ..data.messages import CATALOG, say
from ..data.problems import DataError, Problem, Problems, Severity
from ..data.yamlsource import load_document
from . import catalogs
from .strings import format_fields

LABELS = Path("overrides/strings")
_TEXT: TypeAdapter[str] = TypeAdapter(schema.Text)
_LINE: TypeAdapter[str] = TypeAdapter(schema.Line)


def data_sources(dataset: Dataset) -> list[catalogs.Source]:
    """The German texts of every record readers see (published contacts only), by file and
    line: a stable order, so the catalogs change only where the data did."""
    found = [s for record in dataset.records() for s in catalogs.record_sources(record)]
    return sorted(found, key=lambda s: (s.file, s.line, s.context))


def label_sources(root: Path) -> list[catalogs.Source]:
    """The German labels of overrides/strings/de.yml, in file order, with their lines."""
    problems = Problems()
    file = root / LABELS / f"{SOURCE}.yml"
    doc = load_document(file, LABELS / file.name, problems)
    if doc is None or not isinstance(doc.data, dict):
        raise DataError(problems)
    labels = doc.data.get("labels") or {}
    shown = (LABELS / file.name).as_posix()
    return [
        catalogs.Source(str(key), str(german), shown, doc.position(("labels", key)).line)
        for key, german in labels.items()
    ]


@dataclass(frozen=True)
class Domain:
    """One kind of catalog: where its files live and which texts it translates."""

    name: str  # catalogs.DATA or catalogs.UI
    folder: Path  # the data folder, or the repository
    sources: list[catalogs.Source]


def domains(dataset: Dataset, root: Path) -> list[Domain]:
    """The data catalogs, and the labels' when the project has German labels (without them
    there is nothing to translate; the build reports them missing)."""
    found = [Domain(catalogs.DATA, dataset.root, data_sources(dataset))]
    if (root / LABELS / f"{SOURCE}.yml").is_file():
        found.append(Domain(catalogs.UI, root, label_sources(root)))
    return found


def sync(
    dataset: Dataset, root: Path, languages: Sequence[str], *, check: bool = False
) -> list[Path]:
    """Bring every catalog in step (`check`: change nothing); the catalogs that changed (or,
    with `check`, are not in step)."""
    changed = []
    for domain in domains(dataset, root):
        for lang in languages:
            if lang == SOURCE:
                continue
            path = catalogs.catalog_path(domain.folder, lang, domain.name)
            text = catalogs.update(path, lang, domain.name, domain.sources)
            if check:
                current = path.read_text(encoding="utf-8") if path.is_file() else None
                if current != text:
                    changed.append(path)
            elif catalogs.write_if_changed(path, text):
                changed.append(path)
    return changed


# --- validation ---


def _kind(info: Any) -> TypeAdapter[str]:
    """The rules of a translatable field: one line, or a text with formatting."""
    marks = list(getattr(info, "metadata", ()))
    for arg in get_args(getattr(info, "annotation", None)):  # `TranslatedLine | None`
        marks += getattr(arg, "__metadata__", ())
    if any(getattr(item, "func", None) is schema.values.one_line for item in marks):
        return _LINE
    return _TEXT


def _kinds(model: BaseModel, path: str = "") -> Iterator[tuple[str, TypeAdapter[str]]]:
    """The field path of every translatable text of `model` (as in catalogs.texts) with its
    rules."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        key = info.alias or name
        here = f"{path}.{key}" if path else key
        if isinstance(value, str) and schema.is_translatable(info):
            yield here, _kind(info)
        elif isinstance(value, BaseModel):
            yield from _kinds(value, here)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _kinds(item, f"{here}[{index + 1}]")


def _rules_by_context(records: Sequence[Record[Any]]) -> dict[str, TypeAdapter[str]]:
    found = {}
    for record in records:
        prefix = record.key
        for field_path, adapter in _kinds(record.model):
            found[f"{prefix}#{field_path}"] = adapter
    return found


def _worded(error: Any) -> str:
    key, context = str(error.get("type", "")), error.get("ctx") or {}
    if key in CATALOG:
        try:
            return say(key, **{k: str(v) for k, v in context.items()})
        except (KeyError, IndexError):
            pass
    return str(error.get("msg", key))


def _markup(entry: polib.POEntry) -> str | None:
    """What markup the translation adds to (or takes from) the German text it was made from:
    its msgid (and, while it is outdated, the previous German text). A German text that
    changed since does not make its translation an error: the entry is outdated, and the
    page says so."""
    text, german = entry.msgstr, entry.msgid
    before = entry.previous_msgid or german
    html = schema.HTML.search(text)
    if html and not schema.HTML.search(german):
        return say("catalog_html", found=html.group(0))
    if "![" in text and "![" not in german:
        return say("catalog_image")
    expected = sorted(formatting.link_targets(german))
    found = sorted(formatting.link_targets(text))
    allowed = set(expected) | set(formatting.link_targets(before))
    if any(target not in allowed for target in found) or (not entry.fuzzy and found != expected):
        return say("catalog_links", expected=", ".join(expected) or "–")
    return None


def entry_problems(
    entry: polib.POEntry, german: str, rules: TypeAdapter[str], *, label: bool
) -> list[str]:
    """What is wrong with one translation, as German messages."""
    text = entry.msgstr
    if not text:
        return []
    found = []
    markup = _markup(entry)
    if markup is not None:
        found.append(markup)
    if label:  # the placeholders of the German label it was made from
        expected = format_fields(entry.msgid) or []
        if format_fields(text) != expected:
            shown = ", ".join("{" + name + "}" for name in expected) or "–"
            found.append(say("catalog_placeholders", expected=shown))
    if not found:
        try:
            rules.validate_python(text)
        except ValidationError as err:
            found += [_worded(error) for error in err.errors()]
    return found


_LANGUAGE = re.compile(r'^"Language:\s*(.*?)\\n"\s*$')


def _header_line(text: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if _LANGUAGE.match(line):
            return number
    return 1


def _shown(path: Path, data_dir: Path) -> Path:
    """A path as the problems of the data folder show it: relative to the data folder."""
    return Path(os.path.relpath(path, data_dir))


def _stray(folder: Path, domain: str, languages: Sequence[str], data_dir: Path) -> list[Problem]:
    """Catalogs (and other files) under `folder`/locale that no configured language reads."""
    found: list[Problem] = []
    base = folder / "locale"
    if not base.is_dir() or base.is_symlink():
        return found
    for entry in sorted(base.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.name == SOURCE or entry.name not in languages or not entry.is_dir():
            known = ", ".join(code for code in languages if code != SOURCE)
            message = say("catalog_language_unknown", code=entry.name, known=known)
            found.append(Problem(_shown(entry, data_dir), 1, 1, message))
            continue
        for file in sorted(entry.rglob("*")):
            if file.is_file() and file != catalogs.catalog_path(folder, entry.name, domain):
                message = say("catalog_stray_file", expected=f"LC_MESSAGES/{domain}.po")
                found.append(Problem(_shown(file, data_dir), 1, 1, message))
    return found


def _file_problems(
    path: Path,
    shown: Path,
    lang: str,
    german: dict[str, str],
    rules: dict[str, TypeAdapter[str]],
    *,
    label: bool,
) -> list[Problem]:
    """Every problem of one catalog file."""
    found: list[Problem] = []

    def problem(line: int, message: str, severity: Severity = Severity.ERROR) -> None:
        found.append(Problem(shown, max(line, 1), 1, message, severity))

    try:
        catalog = catalogs.read(path)
    except catalogs.CatalogError as err:
        problem(err.line, say("catalog_unreadable", reason=err.reason))
        return found
    header = catalog.metadata.get("Language", "").strip()
    if header != lang:
        text = path.read_text(encoding="utf-8")
        problem(_header_line(text), say("catalog_language", value=header or "–", lang=lang))
    for entry in catalog:
        if entry.obsolete:
            continue
        line = entry.linenum or 1
        context = entry.msgctxt
        if context is None or context not in german:
            # Shown nowhere, so not an error: a retired record's texts wait here until
            # `make translations` makes them obsolete (CI's translations-check insists).
            message = say("catalog_unknown_context", context=context or "–")
            problem(line, message, Severity.WARNING)
            continue
        adapter = rules.get(context, _TEXT)
        for message in entry_problems(entry, german[context], adapter, label=label):
            problem(line, f"{context}: {message}")
    return found


def catalog_problems(dataset: Dataset, root: Path, languages: Sequence[str]) -> list[Problem]:
    """Every problem of the catalogs of the data folder and of the labels, located as
    `locale/fa/LC_MESSAGES/data.po:12:1` (relative to the data folder)."""
    data_dir = dataset.root
    found: list[Problem] = []
    data_rules = _rules_by_context(dataset.records())
    for domain in domains(dataset, root):
        found += _stray(domain.folder, domain.name, languages, data_dir)
        german = {s.context: s.german for s in domain.sources}
        label = domain.name == catalogs.UI
        for lang in languages:
            path = catalogs.catalog_path(domain.folder, lang, domain.name)
            if lang == SOURCE or not (path.is_file() or path.is_symlink()):
                continue
            shown = _shown(path, data_dir)
            rules = {} if label else data_rules
            found += _file_problems(path, shown, lang, german, rules, label=label)
    return sorted(found)
