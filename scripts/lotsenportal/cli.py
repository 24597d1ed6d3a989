"""Command line for staff, CI and the Makefile: `lotsenportal <command> [--data DIR]`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import editor_schemas
from .build import Paths, generate, validate
from .dataset import Dataset
from .languages import from_mkdocs_yml
from .problems import DataError, Problem


def _print(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def _summary(dataset: Dataset) -> str:
    return (
        f"{len(dataset.projects)} Projekte, {len(dataset.contacts)} veröffentlichte Kontakte, "
        f"{len(dataset.einsatzfelder)} Einsatzfelder, {len(dataset.towns)} Orte, "
        f"{len(dataset.news)} Meldungen"
    )


def _checked(run: Callable[[], Dataset]) -> int:
    """Run a data step; on data errors print every problem and return 1, never a traceback."""
    try:
        dataset = run()
    except DataError as err:
        _print(err.problems.errors + err.problems.warnings)
        print(
            f"{len(err.problems.errors)} Fehler gefunden – nichts wurde veröffentlicht. "
            "Bitte die genannten Stellen korrigieren.",
            file=sys.stderr,
        )
        return 1
    _print(dataset.warnings)
    print(f"Daten in Ordnung ({_summary(dataset)}); {len(dataset.warnings)} Warnungen.")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    return _checked(lambda: validate(args.paths, from_mkdocs_yml(args.paths.root / "mkdocs.yml")))


def cmd_generate(args: argparse.Namespace) -> int:
    def run() -> Dataset:
        dataset, changes = generate(args.paths, from_mkdocs_yml(args.paths.root / "mkdocs.yml"))
        print(
            f"{len(changes.written)} Seiten geschrieben, {len(changes.removed)} entfernt, "
            f"{changes.unchanged} unverändert."
        )
        return dataset

    return _checked(run)


def cmd_schemas(args: argparse.Namespace) -> int:
    if args.check:
        stale = editor_schemas.stale(args.paths.data_dir)
        for file in stale:
            print(f"{file}: veraltet – `make schemas` ausführen.", file=sys.stderr)
        return 1 if stale else 0
    changed = editor_schemas.write(args.paths.data_dir)
    print(f"JSON-Schemas erneuert; {len(changed)} Dateien geändert.")
    return 0


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data",
        default=os.environ.get("LOTSENPORTAL_DATA", "data"),
        help="Datenordner (Standard: data, oder $LOTSENPORTAL_DATA)",
    )
    common.add_argument("--root", default=".", help="Projektordner mit mkdocs.yml (Standard: .)")
    main = argparse.ArgumentParser(
        prog="lotsenportal", description="Lotsenportal: Daten prüfen und Seiten erzeugen."
    )
    commands = main.add_subparsers(dest="command", required=True, metavar="BEFEHL")

    def command(
        name: str, run: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text, parents=[common])
        sub.set_defaults(run=run)
        return sub

    command("validate", cmd_validate, "Daten prüfen")
    command("generate", cmd_generate, "Seiten aus den Daten nach docs/ schreiben")
    schemas = command("schemas", cmd_schemas, "JSON-Schemas für Editoren erneuern")
    schemas.add_argument("--check", action="store_true", help="nur prüfen, ob sie aktuell sind")
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    args.paths = Paths(root=Path(args.root).resolve(), data_dir=Path(args.data).resolve())
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
