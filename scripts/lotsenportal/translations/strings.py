"""UI labels: the German ones in overrides/strings/de.yml (key → text), their translations
in the gettext catalogs locale/<lang>/LC_MESSAGES/ui.po (msgctxt = the key, msgid = the
German label; lotsenportal.translations.catalogs).

A label missing in a translation falls back to German (and the page says so); a translation
whose placeholders differ from the German label's is not used (validation reports it).
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from ..data.error_sentences import problems_from
from ..data.languages import SOURCE
from ..data.messages import say
from ..data.problems import DataError, Problem, Problems
from ..data.schema import Model, Text
from ..data.yamlsource import Document, load_document
from . import catalogs
from .catalogs import MISSING, LanguageCatalog, Translation
from .localize import LocalText, Provenance
from .translation import Status


class StringsFile(Model):
    status: Literal["source"]
    labels: dict[str, Text]


@dataclass(frozen=True)
class Strings:
    """The labels of one language, with German behind every gap."""

    lang: str
    source: dict[str, str]
    catalog: LanguageCatalog | None = None  # None for German

    def translation(self, key: str) -> Translation:
        """The catalog's translation of label `key` (missing when unusable)."""
        if self.catalog is None:
            return Translation(self.source[key], Status.REVIEWED)
        found = self.catalog.lookup(key, self.source[key])
        if found.text is not None and format_fields(found.text) != format_fields(self.source[key]):
            return MISSING  # never hand str.format a field the German label does not have
        return found

    def get(self, key: str, provenance: Provenance | None = None) -> LocalText:
        if key not in self.source:
            raise KeyError(f"unknown UI label '{key}' (add it to overrides/strings/{SOURCE}.yml)")
        if self.catalog is None:
            return LocalText(self.source[key], SOURCE, False)
        found = self.translation(key)
        if found.text is None:
            if provenance is not None:
                provenance.fallback = True
            return LocalText(self.source[key], SOURCE, True)
        if provenance is not None:
            provenance.merge(found.status)
        return LocalText(found.text, self.lang, False)


def format_fields(text: str) -> list[str] | None:
    """The `{name}` placeholders of a label, as str.format fills them (templates call
    `t.label.format(town=…)`); None when the label holds anything else str.format would read:
    `{town.__class__}`, `{0}`, `{x!r}`, `{x:>99999}` or a lone brace. Literal braces are
    written doubled, `{{` and `}}`."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return None
    fields = []
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            return None
        fields.append(field)
    return sorted(fields)


def _placeholder_problems(
    doc: Document, lang: str, labels: dict[str, str], source: dict[str, str]
) -> list[Problem]:
    """A label may only hold the German label's placeholders: a translation (or a pull
    request) must not hand str.format anything it would evaluate."""
    found = []
    for key, text in labels.items():
        expected = format_fields(source.get(key, text)) if lang != SOURCE else []
        fields = format_fields(text)
        if fields is None or (lang != SOURCE and fields != expected):
            pos = doc.position(("labels", key))
            shown = ", ".join("{" + f + "}" for f in expected or []) or "–"
            found.append(
                Problem(
                    doc.path,
                    pos.line,
                    pos.column,
                    say("label_placeholders", key=key, expected=shown),
                )
            )
    return found


def strings_fingerprint(
    folder: Path, languages: Sequence[str], locale: Path | None = None
) -> tuple[object, ...]:
    """What `load_strings` would read, as (path, size, mtime) of each file: a hook that runs
    once per language loads the labels again only when this changes (`make serve` edits)."""
    root = locale if locale is not None else folder.parent.parent
    files = [folder / f"{SOURCE}.yml"]
    files += [
        catalogs.catalog_path(root, lang, catalogs.UI) for lang in languages if lang != SOURCE
    ]
    stats: list[tuple[str, int | None, int | None]] = []
    for file in files:
        try:
            stat = file.stat()
        except OSError:
            stats.append((str(file), None, None))
        else:
            stats.append((str(file), stat.st_size, stat.st_mtime_ns))
    return (tuple(languages), *stats)


def load_strings(
    folder: Path, languages: Sequence[str], locale: Path | None = None
) -> dict[str, Strings]:
    """The labels of every language: German from `folder`/de.yml, translations from the ui
    catalogs under `locale` (default: the repository's locale/, two levels above `folder`)."""
    problems = Problems()
    file = folder / f"{SOURCE}.yml"
    if not file.is_file():
        problems.add(Problem(Path(file.name), 1, 1, say("no_german_labels")))
        raise DataError(problems)
    doc = load_document(file, Path("overrides/strings") / file.name, problems)
    german: StringsFile | None = None
    if doc is not None:
        try:
            german = StringsFile.model_validate(doc.data)
        except ValidationError as err:
            problems.extend(problems_from(err, doc, StringsFile))
        else:
            problems.extend(_placeholder_problems(doc, SOURCE, german.labels, german.labels))
    if problems.errors or german is None:
        raise DataError(problems)
    root = locale if locale is not None else folder.parent.parent
    result = {}
    for lang in languages:
        catalog = None
        if lang != SOURCE:
            path = catalogs.catalog_path(root, lang, catalogs.UI)
            catalog = catalogs.load(path, lang)
        result[lang] = Strings(lang, german.labels, catalog)
    return result
