"""UI labels: one file per language in overrides/strings/<lang>.yml, German is complete.

A label missing in a translation falls back to German (and the page says it is a draft);
a label that German does not have is a typo and an error.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from .catalog import say
from .languages import SOURCE
from .localize import LocalText, Provenance
from .messages import problems_from
from .problems import DataError, Problem, Problems
from .schema import Model, Text
from .yamlsource import Document, load_document


class StringsFile(Model):
    status: Literal["source", "draft", "reviewed"]
    labels: dict[str, Text]


@dataclass(frozen=True)
class Strings:
    """The labels of one language, with German behind every gap."""

    lang: str
    status: str
    labels: dict[str, str]
    source: dict[str, str]

    def get(self, key: str, provenance: Provenance | None = None) -> LocalText:
        if key not in self.source:
            raise KeyError(f"unknown UI label '{key}' (add it to overrides/strings/{SOURCE}.yml)")
        if key in self.labels:
            if provenance is not None and self.lang != SOURCE:
                provenance.merge(self.status)
            return LocalText(self.labels[key], self.lang, False)
        if provenance is not None:
            provenance.fallback = True
        return LocalText(self.source[key], SOURCE, True)


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


def load_strings(folder: Path, languages: Sequence[str]) -> dict[str, Strings]:
    problems = Problems()
    parsed: dict[str, StringsFile] = {}
    for lang in sorted(languages, key=lambda code: code != SOURCE):
        file = folder / f"{lang}.yml"
        if not file.is_file():
            if lang == SOURCE:
                problems.add(Problem(Path(file.name), 1, 1, say("no_german_labels")))
            continue
        doc = load_document(file, Path("overrides/strings") / file.name, problems)
        if doc is None:
            continue
        try:
            parsed[lang] = StringsFile.model_validate(doc.data)
        except ValidationError as err:
            problems.extend(problems_from(err, doc, StringsFile))
            continue
        german = parsed.get(SOURCE, parsed[lang]).labels
        for problem in _placeholder_problems(doc, lang, parsed[lang].labels, german):
            problems.add(problem)
        unknown = set(parsed[lang].labels) - set(german)
        for key in sorted(unknown):
            pos = doc.position(("labels", key), key=True)
            problems.add(
                Problem(
                    doc.path,
                    pos.line,
                    pos.column,
                    say("unknown_label", key=key),
                )
            )
    if problems.errors:
        raise DataError(problems)
    source = parsed[SOURCE].labels
    return {
        lang: Strings(
            lang,
            parsed[lang].status if lang in parsed else "draft",
            parsed[lang].labels if lang in parsed else {},
            source,
        )
        for lang in languages
    }
