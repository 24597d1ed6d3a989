"""The commands that build the site and use a built one: `build`, `site` (built, checked and
swapped in), `swap`, `publish` and `flyers`."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from ..build import parallel
from ..build.pipeline import generate
from ..build.publish import check_built_for, remove, site_lock, swap
from ..checks import gates
from ..data.dataset import Dataset
from ..data.languages import from_mkdocs_yml
from ..data.messages import say
from ..data.site_address import Address, PublishError, build_address
from .data_commands import cmd_validate
from .output import checked


def cmd_publish(args: argparse.Namespace) -> int:
    from ..build.publish import publish

    site = Path(args.site)
    address = build_address(args.paths.data_dir, publishing=True)
    with site_lock(site):
        check_built_for(site, address)  # never a site built for the preview address
        release = publish(site, Path(args.dest))
    print(say("published", dest=args.dest, release=release))
    return 0


def _build_into(args: argparse.Namespace, site: Path) -> tuple[int, Address | None]:
    """Validate, generate and build into `site` for the address of this build (publishing:
    a public https address, else PublishError after any data errors were shown)."""
    languages = from_mkdocs_yml(args.paths.root / "mkdocs.yml")
    try:
        address = build_address(args.paths.data_dir, publishing=args.publish)
    except PublishError:
        if cmd_validate(args) != 0:  # data errors first: a broken site.yml has no address
            return 1, None
        raise

    def run() -> Dataset:
        return generate(args.paths, languages, site_url=address.url)[0]

    if checked(run, args.paths.data_dir) != 0:
        return 1, None
    jobs = args.jobs or os.cpu_count() or 1
    code = parallel.build(
        args.paths.root, args.paths.data_dir, site.resolve(), languages, jobs, address.url
    )
    return code, address


def cmd_build(args: argparse.Namespace) -> int:
    return _build_into(args, Path(args.site_dir))[0]


def _links(site: Path) -> int:
    """lychee over every page: internal links and anchors, offline."""
    lychee = Path(sys.executable).parent / "lychee"
    command = [str(lychee), "--offline", "--include-fragments", "--no-progress"]
    command += ["--root-dir", str(site.resolve()), "--index-files", "index.html"]
    return subprocess.run([*command, f"{site}/**/*.html"], check=False).returncode


def cmd_site(args: argparse.Namespace) -> int:
    """`make site` / `make publish`: under the site's lock, build into `<site>.next`, check
    its links, then swap it in with one rename. Any failure leaves `site` as it was."""
    site = Path(args.site)
    new = site.with_name(site.name + ".next")
    with site_lock(site):
        remove(new)
        done = False
        try:
            code, address = _build_into(args, new)
            if code != 0 or address is None:
                return code or 1
            if not args.no_link_check and _links(new) != 0:
                print(say("links_broken", site=new), file=sys.stderr)
                return 1
            problem = gates.too_large(new)
            if problem:
                print(problem, file=sys.stderr)
                return 1
            old = swap(new, site)
            done = True
        finally:
            if not done:
                remove(new)  # no half-built folder stays behind
        remove(old)
    print(say("site_built", site=site, url=address.url))
    return 0


def cmd_swap(args: argparse.Namespace) -> int:
    site = Path(args.site)
    new = Path(args.next) if args.next else site.with_name(site.name + ".next")
    with site_lock(site):
        remove(swap(new, site))
    return 0


def cmd_flyers(args: argparse.Namespace) -> int:
    from ..build.flyer_pdfs import print_pdfs
    from ..build.publish import built_for
    from ..data.site_address import address_problem

    # The QR code and the printed address point where the site was built for: on paper, a
    # preview address (127.0.0.1) leads nowhere.
    built = built_for(Path(args.site))
    if built is None or address_problem(built) is not None:
        print(say("flyers_preview_address", url=built or "?"), file=sys.stderr)
    written = print_pdfs(Path(args.site), Path(args.out))
    print(say("flyers_printed", count=len(written), out=args.out))
    return 0 if written else 1
