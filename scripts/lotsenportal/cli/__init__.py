"""Command line for staff, CI and the Makefile: `lotsenportal <command> [--data DIR]`.

`main` runs a command; its arguments are in `arguments`, the commands in modules by what they
work on: the data (`data_commands`), the translations (`translation_commands`), the site
(`site_commands`), the federation (`federation_commands`) and the checks of a built site
(`check_commands`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..build.pipeline import Paths
from ..data.messages import say, set_language
from ..data.site_address import PublishError
from ..site import reproducible
from . import output
from .arguments import parser, with_federation_step


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(with_federation_step(sys.argv[1:] if argv is None else argv))
    if args.sprache:
        set_language(args.sprache)
    try:
        return _run(args)
    except PublishError as err:  # a German message that says how to fix it
        print(err, file=sys.stderr)
        return 1
    except (MemoryError, RecursionError) as err:
        # The limits of lotsenportal.data.safety should make these impossible; if data still
        # exhausts memory or the stack, staff get a message, not a traceback.
        if os.environ.get("LOTSENPORTAL_DEBUG"):
            raise
        print(say("out_of_memory", error=type(err).__name__), file=sys.stderr)
        return 1
    except Exception as err:  # staff never see a traceback; developers can ask for one
        if os.environ.get("LOTSENPORTAL_DEBUG"):
            raise
        print(say("internal_error", error=f"{type(err).__name__}: {err}"), file=sys.stderr)
        return 2


# Commands whose output's time stamps come from the last commit. `federation` sets them per
# part (`federation_parts.part_epoch`): a commit elsewhere leaves a Kreis's cache entry valid.
_BUILDS = ("site", "build", "publish")


def _run(args: argparse.Namespace) -> int:
    args.paths = Paths(root=Path(args.root).resolve(), data_dir=Path(args.data).resolve())
    output.GITHUB["on"] = getattr(args, "format", "text") == "github"
    if args.command in _BUILDS:  # SOURCE_DATE_EPOCH, for every process they start
        reproducible.ensure([args.paths.root, args.paths.data_dir])
    result: int = args.run(args)
    return result
