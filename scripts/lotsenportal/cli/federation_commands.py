"""`lotsenportal federation`: several Kreise on one website, on one machine (`build`) or in
parts (`build-kreis`, `build-portal`, `assemble`, `ids` for a CI matrix)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from ..build import federation, federation_parts


def _federation_settings(args: argparse.Namespace) -> dict[str, Any]:
    """What every building step of `lotsenportal federation` takes alike."""
    return {
        "root": args.paths.root,
        "only": (args.lang or "").replace(",", " ").split(),
        "site_url": args.site_url or os.environ.get("SITE_URL") or "http://127.0.0.1:8000/",
        "cache": Path(args.cache) if args.cache else None,
    }


def cmd_federation(args: argparse.Namespace) -> int:
    return federation.build(
        Path(args.file),
        Path(args.out),
        jobs=args.jobs,
        check_links=not args.no_link_check,
        **_federation_settings(args),
    )


def cmd_federation_kreis(args: argparse.Namespace) -> int:
    out = Path(args.out or f"federation-parts/{federation_parts.kreis_part(args.kreis)}")
    return federation.build_kreis(Path(args.file), args.kreis, out, **_federation_settings(args))


def cmd_federation_portal(args: argparse.Namespace) -> int:
    out = Path(args.out or f"federation-parts/{federation_parts.PORTAL_PART}")
    return federation.build_portal(Path(args.file), out, **_federation_settings(args))


def cmd_federation_assemble(args: argparse.Namespace) -> int:
    return federation.assemble(
        Path(args.file),
        Path(args.parts),
        Path(args.out),
        root=args.paths.root,
        check_links=not args.no_link_check,
    )


def cmd_federation_ids(args: argparse.Namespace) -> int:
    ids = federation.kreis_ids(Path(args.file), root=args.paths.root)
    if ids is None:
        return 1
    print(json.dumps(ids))
    return 0
