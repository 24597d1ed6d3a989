"""The commands on the data: `validate`, `format`, `generate`, `schemas`, `new` (a record) and
`report`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..build.pipeline import generate, validate
from ..data import fileformat, scaffold
from ..data.dataset import Dataset
from ..data.languages import Language, from_mkdocs_yml
from ..data.messages import say
from ..data.problems import DataError
from ..render import editor_schemas, report
from ..translations import coverage
from ..translations.strings import load_strings
from .output import checked, print_problems


def checked_data(args: argparse.Namespace) -> tuple[Dataset, list[Language]] | None:
    """The valid dataset and the site's languages; None after printing every data problem."""
    languages = from_mkdocs_yml(args.paths.root / "mkdocs.yml")
    try:
        return validate(args.paths, languages), languages
    except DataError:
        cmd_validate(args)
        return None


def cmd_validate(args: argparse.Namespace) -> int:
    return checked(
        lambda: validate(args.paths, from_mkdocs_yml(args.paths.root / "mkdocs.yml")),
        args.paths.data_dir,
    )


def cmd_format(args: argparse.Namespace) -> int:
    """`make format`: line endings, BOM, trailing spaces and the final newline of the data
    files; `--check` changes nothing and names the files `make format` would change."""
    data_dir = args.paths.data_dir
    changed = fileformat.format_data(data_dir, check=args.check)
    for path in changed:
        shown = os.path.relpath(path, Path.cwd())
        if args.check:
            message = say("format_needed")
            print(f"{shown}: {say('warning')}: {message}", file=sys.stderr)
            if args.format == "github" or os.environ.get("GITHUB_ACTIONS") == "true":
                escaped = message.replace("%", "%25").replace("\n", "%0A")
                file = shown.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
                print(f"::warning file={file},line=1,col=1::{escaped}")
        else:
            print(shown)
    if args.check:
        return 1 if changed else 0
    print(say("format_done", count=len(changed)))
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    def run() -> Dataset:
        dataset, changes = generate(args.paths, from_mkdocs_yml(args.paths.root / "mkdocs.yml"))
        print(
            say(
                "pages_written",
                written=len(changes.written),
                removed=len(changes.removed),
                unchanged=changes.unchanged,
            )
        )
        return dataset

    return checked(run, args.paths.data_dir)


def cmd_schemas(args: argparse.Namespace) -> int:
    if args.check:
        stale = editor_schemas.stale(args.paths.data_dir)
        if editor_schemas.stale_guide(args.paths.root):
            stale.append(args.paths.root / editor_schemas.GUIDE)
        for file in stale:
            print(say("schema_stale", file=file), file=sys.stderr)
        return 1 if stale else 0
    changed = editor_schemas.write(args.paths.data_dir)
    if editor_schemas.write_guide(args.paths.root):
        changed.append(args.paths.root / editor_schemas.GUIDE)
    print(say("schemas_written", count=len(changed)))
    return 0


def _ask_piped(prompt: str) -> str:
    """One answer from piped input (not a terminal), line by line; the prompt and the answer
    are shown, so the output reads like the dialog. EOFError when the input has ended."""
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    if not line:
        print()
        raise EOFError
    answer = line.rstrip("\r\n")
    print(answer)
    return answer


def cmd_new(args: argparse.Namespace) -> int:
    blueprint = scaffold.BLUEPRINTS[args.kind]
    answers = {q.name: getattr(args, q.name, None) for q in blueprint.questions}
    ask: Callable[[str], str] | None = input if sys.stdin.isatty() else _ask_piped
    if args.no_questions:
        ask = None
    data_dir = args.paths.data_dir
    try:
        created = scaffold.create(
            args.kind,
            data_dir,
            answers,
            ask=ask,
            tell=lambda reason: print(reason, file=sys.stderr, flush=True),
        )
    except scaffold.ScaffoldError as err:
        print(err, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)
        print(say("new_cancelled"), file=sys.stderr)
        return 1
    languages = from_mkdocs_yml(args.paths.root / "mkdocs.yml")
    try:
        validate(args.paths, languages)
    except DataError as err:
        mine = [p for p in err.problems.errors if data_dir / p.path == created]
        if mine:  # a rule only the whole data set knows: leave nothing broken behind
            created.unlink()
            print_problems(mine, data_dir)
            print(say("new_cancelled"), file=sys.stderr)
            return 1
    print(say("created", file=os.path.relpath(created)))
    print(say("new_id", id=created.stem))
    if args.kind == "kontakt":
        print(say("new_contact_id", id=created.stem))
        published = "\npublished: true\n" in created.read_text(encoding="utf-8")
        print(say("new_published" if published else "new_unpublished"))
    print(say("new_translations"))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    loaded = checked_data(args)
    if loaded is None:
        return 1
    dataset, languages = loaded
    strings = load_strings(args.paths.strings_dir, [lang.code for lang in languages])
    rows = coverage.coverage(args.paths.docs_dir, dataset, strings, languages)
    text = report.render(dataset, rows)
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(say("report_written", file=out), file=sys.stderr)
    return 0
