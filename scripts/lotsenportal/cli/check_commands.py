"""The checks of a built site: `check` (the quality gates) and `check-external` (the links to
other hosts)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..data.messages import say
from .data_commands import checked_data


def cmd_check(args: argparse.Namespace) -> int:
    from ..checks import gates  # needs the browser tooling, which only the checks use

    site = Path(args.site)
    if not (site / "index.html").is_file():
        print(say("no_site", site=site), file=sys.stderr)
        return 1
    unknown = [name for name in args.gates if name not in gates.GATES]
    if unknown:
        print(
            say("unknown_choice", value=unknown[0], choices=", ".join(gates.GATES)), file=sys.stderr
        )
        return 1
    return gates.run(site, args.gates or list(gates.GATES))


def cmd_check_external(args: argparse.Namespace) -> int:
    from ..checks import external_links  # needs BeautifulSoup, a tool dependency

    loaded = checked_data(args)
    if loaded is None:
        return 1
    dataset, _ = loaded
    ignore = {item.url: item.reason for item in dataset.site.model.link_check_ignore}
    links = external_links.collect(Path(args.site))
    outcomes = external_links.run(links, external_links.Checker(), Path(args.cache), ignore)
    text = external_links.report(outcomes)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text)
    return 1 if any(o.state == external_links.BROKEN for o in outcomes) else 0
