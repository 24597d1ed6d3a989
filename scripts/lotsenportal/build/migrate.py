"""`lotsenportal translations migrate`: from translations inside the data files to gettext
catalogs (lotsenportal.translations.catalogs) — once for this repository, and for any Kreis
that still has a data folder in the old format.

The old format wrote every text as a map, `role: {de: Koordinatorin, en: Coordinator}`,
and ended each record with `translations: {en: {status: draft, fingerprint: 08dd67c747}}`.
The migration rewrites each data file in place (ruamel.yaml round trip: comments and layout
stay), so every map becomes its German text and the `translations:` block disappears, and
writes the translations into `<data>/locale/<lang>/LC_MESSAGES/data.po` with the state the
old rules gave them:

    reviewed                     not fuzzy
    draft                        fuzzy, no previous msgid
    outdated (fingerprint)       fuzzy, previous msgid = the current German text (the old
                                 one is unknown) and the comment "veraltet: …"
    partly translated record     its existing texts become drafts

The labels move the same way: overrides/strings/<lang>.yml (`status: draft|reviewed`) →
locale/<lang>/LC_MESSAGES/ui.po (draft → fuzzy), and the file is removed. Finally every
catalog is normalised by `catalogs.update` from the validated data, so texts of unpublished
contacts never reach a catalog.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import polib
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from ..data.dataset import FILES, FOLDERS
from ..data.languages import SOURCE
from ..data.loading import load_dataset
from ..data.messages import say
from ..data.problems import DataError
from ..data.yamlsource import plain_data
from ..translations import catalog_sync, catalogs
from ..translations.translation import round_trip

OUTDATED_COMMENT = "veraltet: der deutsche Text hat sich geändert"
LABELS = catalog_sync.LABELS


class _Old(StrEnum):
    """The states of the old format (lotsenportal.translations.translation before the catalogs)."""

    MISSING = "missing"
    DRAFT = "draft"
    OUTDATED = "outdated"
    REVIEWED = "reviewed"


# --- the old rules, kept here so a Kreis can still migrate after they left translation.py ---


def _is_text_map(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and SOURCE in value
        and all(isinstance(v, str) for v in value.values())
    )


def _text_maps(value: Any, path: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """Every per-language text of an old record, with its field path (`links[1].title`)."""
    if _is_text_map(value):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            if key != "translations":
                yield from _text_maps(child, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _text_maps(child, f"{path}[{index + 1}]")


def _fingerprint(data: Any) -> str:
    texts = [f"{path}={texts[SOURCE]}" for path, texts in _text_maps(data)]
    digest = hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:10]


def old_status(data: dict[str, Any], lang: str) -> _Old:
    """A record's state in `lang` by the old rules."""
    maps = list(_text_maps(data))
    if not maps or any(lang not in texts for _, texts in maps):
        return _Old.MISSING
    state = (data.get("translations") or {}).get(lang) or {}
    recorded = state.get("fingerprint")
    if recorded is not None and recorded != _fingerprint(data):
        return _Old.OUTDATED
    return _Old.REVIEWED if state.get("status") == "reviewed" else _Old.DRAFT


# --- rewriting the data files ---


@dataclass
class Result:
    """What the migration changed."""

    changed: list[Path] = field(default_factory=list)  # data files, catalogs, removed files
    dropped: set[str] = field(default_factory=set)  # languages not configured: left out


def _trailing(node: Any) -> list[str]:
    """The comment lines after the last line of a map or list (they stand before whatever
    follows it), taken off it."""
    if not isinstance(node, CommentedMap | CommentedSeq) or not node:
        return []
    last = list(node.keys())[-1] if isinstance(node, CommentedMap) else len(node) - 1
    inner = _trailing(node[last])
    if inner:
        return inner
    tokens = node.ca.items.get(last)
    token = tokens[2] if tokens and len(tokens) > 2 else None
    if token is None:
        return []
    lines = [line for line in token.value.split("\n")[1:] if line.strip().startswith("#")]
    return lines


def _attach(parent: CommentedMap | CommentedSeq, key: Any, lines: list[str], eol: str) -> None:
    """Comments after the (now scalar) value of `parent[key]`: `eol` on its line, `lines`
    on their own lines below."""
    if not lines and not eol:
        return
    entry = parent.ca.items.setdefault(key, [None, None, None, None])
    while len(entry) < 4:
        entry.append(None)
    head, rest = f" {eol}" if eol else "", ""
    if entry[2] is not None:
        first, _, rest = entry[2].value.partition("\n")
        head = first if first.strip() else head
    text = head + "\n" + rest + "".join(f"{line}\n" for line in lines)
    entry[2] = CommentToken(text, CommentMark(0), None)


def _eol(node: CommentedMap, key: Any) -> str:
    tokens = node.ca.items.get(key)
    token = tokens[2] if tokens and len(tokens) > 2 else None
    if token is None:
        return ""
    first = token.value.split("\n", 1)[0].strip()
    return first if first.startswith("#") else ""


def _germanise(node: Any) -> bool:
    """Replace every text map under `node` by its German text (in place); whether any was."""
    changed = False
    if isinstance(node, CommentedMap):
        for key in list(node.keys()):
            value = node[key]
            if _is_text_map(value):
                node[key] = value[SOURCE]
                if isinstance(value, CommentedMap):
                    _attach(node, key, _trailing(value), _eol(value, SOURCE))
                changed = True
            else:
                changed |= _germanise(value)
    elif isinstance(node, CommentedSeq):
        for item in node:
            changed |= _germanise(item)
    return changed


def _drop_translations(data: CommentedMap) -> bool:
    if "translations" not in data:
        return False
    keys = list(data.keys())
    position = keys.index("translations")
    lines = _trailing(data["translations"])
    del data["translations"]
    if lines and position > 0 and position == len(keys) - 1:  # a comment at the file's end
        before = keys[position - 1]
        if not isinstance(data[before], CommentedMap | CommentedSeq):
            _attach(data, before, lines, "")
    return True


def _data_files(data_dir: Path) -> list[Path]:
    files = [data_dir / name for name in FILES if (data_dir / name).is_file()]
    for folder in FOLDERS:
        directory = data_dir / folder
        if directory.is_dir() and not directory.is_symlink():
            files += sorted(
                p
                for p in directory.iterdir()
                if p.suffix in {".yml", ".yaml"} and p.is_file() and not p.is_symlink()
            )
    return files


def _entry(context: str, german: str, text: str, state: _Old) -> polib.POEntry:
    entry = polib.POEntry(msgctxt=context, msgid=german, msgstr=text)
    if state is not _Old.REVIEWED:
        entry.flags = ["fuzzy"]
    if state is _Old.OUTDATED:
        entry.previous_msgid = german
        entry.tcomment = OUTDATED_COMMENT
    return entry


def _rewrite(
    file: Path, data_dir: Path, languages: Sequence[str], found: dict[str, list[polib.POEntry]]
) -> tuple[bool, set[str]]:
    """Rewrite one data file; its translations go to `found` by language. Returns whether
    the file changed and the languages it had that are not configured."""
    original = file.read_text(encoding="utf-8")
    plain = plain_data(original, file.relative_to(data_dir))
    if not isinstance(plain, dict):
        return False, set()
    key = catalogs.record_key(file.relative_to(data_dir))
    seen: set[str] = set()
    # An unpublished contact's texts go nowhere: the site must not name the person.
    hidden = file.parent.name == "kontakte" and plain.get("published") is not True
    maps = [] if hidden else list(_text_maps(plain))
    for _, texts in maps:
        seen.update(lang for lang in texts if lang != SOURCE)
    for lang in sorted(seen):
        if lang not in languages:
            continue
        state = old_status(plain, lang)
        if state is _Old.MISSING:  # partly translated: what is there is a draft
            state = _Old.DRAFT
        for path, texts in maps:
            if texts.get(lang):
                found.setdefault(lang, []).append(
                    _entry(f"{key}#{path}", texts[SOURCE], texts[lang], state)
                )
    rt = round_trip()
    data = rt.load(original)
    changed = _germanise(data)
    if isinstance(data, CommentedMap):
        changed |= _drop_translations(data)
    if changed:
        out = io.StringIO()
        rt.dump(data, out)
        file.write_text(out.getvalue(), encoding="utf-8")
    return changed, seen - set(languages)


def _seed(path: Path, entries: Sequence[polib.POEntry], wanted: set[str]) -> None:
    """Put the migrated entries into the catalog at `path` (over what it has for them)."""
    chosen = {e.msgctxt: e for e in entries if e.msgctxt in wanted}
    if not chosen:
        return
    catalog = catalogs.read(path)
    kept = [e for e in catalog if e.msgctxt not in chosen]
    seeded = polib.POFile(wrapwidth=0)
    seeded.metadata = catalog.metadata
    for entry in [*kept, *chosen.values()]:
        seeded.append(entry)
    catalogs.write_if_changed(path, str(seeded))


def migrate_data(data_dir: Path, languages: Sequence[str]) -> Result:
    """Rewrite the data folder's files and write its catalogs (see the module)."""
    result = Result()
    found: dict[str, list[polib.POEntry]] = {}
    for file in _data_files(data_dir):
        changed, dropped = _rewrite(file, data_dir, languages, found)
        result.dropped |= dropped
        if changed:
            result.changed.append(file)
    try:
        sources = catalog_sync.data_sources(load_dataset(data_dir, languages))
    except DataError:
        # Not valid yet: keep every translation found, for `make translations` once it is.
        for lang, entries in found.items():
            path = catalogs.catalog_path(data_dir, lang, catalogs.DATA)
            _seed(path, entries, {e.msgctxt for e in entries})
            result.changed.append(path)
        raise
    wanted = {s.context for s in sources}
    for lang in languages:
        if lang == SOURCE:
            continue
        path = catalogs.catalog_path(data_dir, lang, catalogs.DATA)
        if lang not in found and not path.is_file():
            continue
        _seed(path, found.get(lang, []), wanted)
        text = catalogs.update(path, lang, catalogs.DATA, sources)
        if catalogs.write_if_changed(path, text) or lang in found:
            result.changed.append(path)
    return result


def migrate_labels(root: Path, languages: Sequence[str]) -> Result:
    """overrides/strings/<lang>.yml → locale/<lang>/LC_MESSAGES/ui.po; the files go."""
    result = Result()
    folder = root / LABELS
    old = sorted(p for p in folder.glob("*.yml") if p.stem != SOURCE)
    if not old:
        return result
    sources = catalog_sync.label_sources(root)
    german = {s.context: s.german for s in sources}
    for file in old:
        lang = file.stem
        if lang not in languages:
            result.dropped.add(lang)
            continue
        content = plain_data(file.read_text(encoding="utf-8"), file) or {}
        state = _Old.REVIEWED if content.get("status") == "reviewed" else _Old.DRAFT
        entries = [
            _entry(key, german[key], str(text), state)
            for key, text in (content.get("labels") or {}).items()
            if key in german and text
        ]
        path = catalogs.catalog_path(root, lang, catalogs.UI)
        _seed(path, entries, set(german))
        catalogs.write_if_changed(path, catalogs.update(path, lang, catalogs.UI, sources))
        file.unlink()
        result.changed += [path, file]
    return result


def report(result: Result) -> list[str]:
    """German lines for the terminal."""
    lines = [str(path) for path in result.changed]
    if result.dropped:
        lines.append(say("migrate_dropped", languages=", ".join(sorted(result.dropped))))
    lines.append(say("migrated", count=len(result.changed)))
    return lines
