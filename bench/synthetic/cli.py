"""The command line: `python -m bench.synthetic SIZE TARGET [--seed N] [--federation]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .folders import count_records, generate
from .sizes import NAMES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synthetic",
        description="Write an invented, valid data folder (same seed, same bytes).",
    )
    parser.add_argument("size", choices=NAMES)
    parser.add_argument("target", type=Path, help="new or empty folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--federation", action="store_true", help="one folder per Kreis and federation.yml"
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="folder with mkdocs.yml")
    args = parser.parse_args(argv)
    try:
        generate(args.size, args.target, seed=args.seed, root=args.root, federation=args.federation)
    except (FileExistsError, ValueError) as err:
        print(err, file=sys.stderr)
        return 1
    if args.federation:
        print(f"{args.target}/federation.yml")
        return 0
    counts = count_records(args.target)
    print(f"{args.target}: " + ", ".join(f"{key} {value}" for key, value in counts.items()))
    return 0
