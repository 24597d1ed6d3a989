"""Command line: `lotsenportal validate` for staff and CI, `lotsenportal generate` for tools."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .build import Paths, generate, validate
from .languages import from_mkdocs_yml
from .problems import DataError, Problem


def _print(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="lotsenportal", description="Lotsenportal: Daten prüfen und Seiten erzeugen."
    )
    parser.add_argument(
        "command",
        choices=["validate", "generate"],
        help="validate: Daten prüfen; generate: Seiten aus den Daten nach docs/ schreiben",
    )
    parser.add_argument(
        "--data",
        default=os.environ.get("LOTSENPORTAL_DATA", "data"),
        help="Datenordner (Standard: data)",
    )
    parser.add_argument("--root", default=".", help="Projektordner mit mkdocs.yml (Standard: .)")
    args = parser.parse_args(argv)

    root = Path(args.root).resolve()
    paths = Paths(root=root, data_dir=Path(args.data).resolve())
    languages = from_mkdocs_yml(root / "mkdocs.yml")
    try:
        if args.command == "validate":
            dataset = validate(paths, languages)
        else:
            dataset, changes = generate(paths, languages)
            print(
                f"{len(changes.written)} Seiten geschrieben, {len(changes.removed)} entfernt, "
                f"{changes.unchanged} unverändert."
            )
    except DataError as err:
        _print(err.problems.errors + err.problems.warnings)
        count = len(err.problems.errors)
        print(
            f"{count} Fehler gefunden – nichts wurde veröffentlicht. "
            "Bitte die genannten Stellen korrigieren.",
            file=sys.stderr,
        )
        return 1
    _print(dataset.warnings)
    counts = (
        f"{len(dataset.projects)} Projekte, {len(dataset.contacts)} veröffentlichte Kontakte, "
        f"{len(dataset.einsatzfelder)} Einsatzfelder, {len(dataset.towns)} Orte, "
        f"{len(dataset.news)} Meldungen"
    )
    print(f"Daten in Ordnung ({counts}); {len(dataset.warnings)} Warnungen.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
