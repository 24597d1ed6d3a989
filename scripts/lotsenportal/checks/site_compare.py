"""Two built sites compared file by file: does another engine (ProperDocs) build the same site?

`make properdocs-check` builds the site once with MkDocs and once with ProperDocs, a
continuation of MkDocs 1.x, and calls `compare`. Every file must be byte-identical, with one
exception: the generator tag Material writes into a page's head (`<meta name="generator"
content="mkdocs-1.6.1, mkdocs-material-…">`) names the engine's version and so differs by
design. That tag is ignored in HTML files and in HTML files inside the offline zips (the same
pages, packed); an archive otherwise matches only with the same entries in the same order,
with the same dates. Nothing else is ignored: a build that differs in a time stamp is not
reproducible, and that is a finding (`lotsenportal.site.reproducible`).
(The shipped theme drops the tag anyway – `overrides/theme/main.html`, block `site_meta` – so
today both builds are identical byte for byte.)
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..data.messages import say

# Material's base.html writes exactly this tag; only its content names the engine's version.
GENERATOR = re.compile(rb'<meta\s+name="generator"\s+content="[^"]*"\s*/?>')
HTML_SUFFIXES = (".html", ".htm")
LIMIT = 20  # differences listed in full; the rest are counted


@dataclass(frozen=True)
class Difference:
    path: str  # relative to the site folder, with "/" ("offline/x.zip:de/index.html" in a zip)
    message: str  # for the people who run the check, in the language of the messages


@dataclass(frozen=True)
class Comparison:
    files: int  # files found in either site
    differences: list[Difference]


def _files(site: Path) -> dict[str, Path]:
    return {
        file.relative_to(site).as_posix(): file
        for file in sorted(site.rglob("*"))
        if file.is_file()
    }


def _without_generator(name: str, content: bytes) -> bytes:
    if name.lower().endswith(HTML_SUFFIXES):
        return GENERATOR.sub(b'<meta name="generator">', content)
    return content


def _excerpt(content: bytes, start: int) -> str:
    text = content[start : start + 60].decode("utf-8", errors="replace")
    return repr(text) if text else say("compare_end_of_file")


def _text_before(content: bytes, offset: int) -> str | None:
    """The text before `offset`, up to the start of the character `offset` falls into
    (None: not UTF-8 text)."""
    for cut in range(offset, max(offset - 4, -1), -1):
        try:
            return content[:cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None


def _first_change(left: bytes, right: bytes) -> str:
    """Where two different contents part: line and column for text, else the byte."""
    offset = next(
        (i for i, (a, b) in enumerate(zip(left, right, strict=False)) if a != b),
        min(len(left), len(right)),
    )
    before = _text_before(left, offset)
    if before is None:
        return say(
            "compare_at_byte",
            offset=offset,
            left=repr(left[offset : offset + 16]),
            right=repr(right[offset : offset + 16]),
        )
    offset = len(before.encode("utf-8"))  # the start of the character that differs
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    line_start = len(before[: before.rfind("\n") + 1].encode("utf-8"))
    start = max(line_start, offset - 20)  # a little context before the change
    start = len((_text_before(left, start) or "").encode("utf-8")) or line_start
    return say(
        "compare_at_line",
        line=line,
        column=column,
        left=_excerpt(left, start),
        right=_excerpt(right, start),
    )


def _packing(entry: zipfile.ZipInfo) -> tuple[object, ...]:
    """How an entry is stored, apart from its size and checksum (which follow its content)."""
    return (
        entry.compress_type,
        entry.flag_bits,
        entry.create_system,
        entry.external_attr,
        entry.extra,
        entry.comment,
    )


def _compare_zips(name: str, left: bytes, right: bytes) -> list[Difference]:
    """Two archives that differ in their bytes: the same entries, dates, contents (HTML
    entries without the generator tag) and way of packing?"""
    try:
        first, second = zipfile.ZipFile(io.BytesIO(left)), zipfile.ZipFile(io.BytesIO(right))
    except zipfile.BadZipFile:
        return [Difference(name, say("compare_not_zip"))]
    with first, second:
        entries = [(i.filename, i.date_time) for i in first.infolist()]
        others = [(i.filename, i.date_time) for i in second.infolist()]
        if [e[0] for e in entries] != [e[0] for e in others]:
            missing = sorted({e[0] for e in entries} ^ {e[0] for e in others})
            detail = say("compare_only_in_one", entries=", ".join(missing[:5])) if missing else ""
            return [Difference(name, say("compare_other_entries", detail=detail))]
        found: list[Difference] = []
        dated = [(e, d, o) for (e, d), (_, o) in zip(entries, others, strict=True) if d != o]
        if dated:  # one line per archive: a build's time stamp usually moves every entry
            entry, date, other_date = dated[0]
            found.append(
                Difference(
                    f"{name}:{entry}",
                    say(
                        "compare_other_dates",
                        date=date,
                        other=other_date,
                        count=len(dated),
                        total=len(entries),
                    ),
                )
            )
        for entry, _ in entries:
            a = _without_generator(entry, first.read(entry))
            b = _without_generator(entry, second.read(entry))
            if a != b:
                found.append(Difference(f"{name}:{entry}", _first_change(a, b)))
        if not found and (
            [_packing(i) for i in first.infolist()] != [_packing(i) for i in second.infolist()]
            or first.comment != second.comment
        ):
            found.append(Difference(name, say("compare_packed")))
        return found


def _compare_file(name: str, left: Path, right: Path) -> list[Difference]:
    a, b = left.read_bytes(), right.read_bytes()
    if a == b:
        return []
    if name.lower().endswith(".zip"):
        return _compare_zips(name, a, b)
    a, b = _without_generator(name, a), _without_generator(name, b)
    return [] if a == b else [Difference(name, _first_change(a, b))]


def compare(left: Path, right: Path) -> Comparison:
    """Every file of both sites, in path order; the differences found."""
    mine, theirs = _files(left), _files(right)
    differences: list[Difference] = []
    for name in sorted(mine.keys() | theirs.keys()):
        if name not in theirs:
            differences.append(Difference(name, say("compare_missing", folder=right)))
        elif name not in mine:
            differences.append(Difference(name, say("compare_missing", folder=left)))
        else:
            differences.extend(_compare_file(name, mine[name], theirs[name]))
    return Comparison(len(mine.keys() | theirs.keys()), differences)


def report(result: Comparison, left: Path, right: Path, limit: int = LIMIT) -> str:
    """The verdict: the first `limit` differences, the rest counted."""
    if not result.differences:
        return say("compare_same", left=left, right=right, files=result.files) + "\n"
    count = len(result.differences)
    lines = [say("compare_differ", left=left, right=right, count=count)]
    lines += [f"  {d.path}: {d.message}" for d in result.differences[:limit]]
    if count > limit:
        lines.append(f"  {say('compare_more', count=count - limit)}")
    lines.append(say("compare_advice"))
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m lotsenportal.checks.site_compare",
        description="Zwei gebaute Websites Byte für Byte vergleichen (ohne Generator-Angabe).",
    )
    parser.add_argument("left", type=Path, help="erster Website-Ordner (z. B. der MkDocs-Build)")
    parser.add_argument("right", type=Path, help="zweiter Website-Ordner (z. B. ProperDocs)")
    parser.add_argument("--limit", type=int, default=LIMIT, help="so viele Unterschiede zeigen")
    args = parser.parse_args(argv)
    for folder in (args.left, args.right):
        if not folder.is_dir():
            print(say("compare_no_folder", folder=folder), file=sys.stderr)
            return 2
    result = compare(args.left, args.right)
    text = report(result, args.left, args.right, args.limit)
    print(text, end="", file=sys.stderr if result.differences else sys.stdout)
    return 1 if result.differences else 0


if __name__ == "__main__":
    sys.exit(main())
