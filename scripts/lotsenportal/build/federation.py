"""Several Kreise on one website: `lotsenportal federation` (`make federation`).

A federation file (federation.yml) names the data folders of several Kreise. Each folder is
validated on its own – a mistake names that Kreis's file, e.g.
`kreise/main-taunus/kontakte/x.yml:3:5` – and built as its own complete site under /<id>/,
with the ids, towns and pages it has alone. A small portal at the top, in the same theme and
languages, shows every Kreis and a town finder over the towns of all of them; every Kreis site
links back to it. The Kreis sites are built side by side (one process per core), so the work
per build stays that of one Kreis instead of growing with the whole Land.

    out/                 the portal (every language), _headers for the whole tree
    out/<id>/            the site of one Kreis, exactly as `make site DATA=<folder>` builds it

Here are the steps of `lotsenportal federation` (build, build-kreis, build-portal, assemble,
ids); federation.yml and the Kreise's data folders are read in `federation_file`, the
portal's pages rendered in `federation_portal`, the parts built and assembled in
`federation_build`, with their keys, cache, stamps and jobs in `federation_parts`.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from ..data.messages import say
from ..data.problems import DataError
from .federation_build import Target, assemble_parts, build_parts, target_for
from .federation_file import Member, Portal, load, load_member, shown
from .federation_parts import CHECKED_FILE, PORTAL_PART, kreis_part

_T = TypeVar("_T")


def _reported(load_it: Callable[[], _T]) -> _T | None:
    """The result of a loading step, or None after printing its problems."""
    try:
        return load_it()
    except DataError as err:
        for problem in err.problems.errors + err.problems.warnings:
            print(problem, file=sys.stderr)
        print(say("failed", count=len(err.problems.errors)), file=sys.stderr)
        return None


def _print_warnings(members: Sequence[Member]) -> None:
    for member in members:
        for warning in member.dataset.warnings:
            print(warning, file=sys.stderr)


def _workers(jobs: int | None) -> int:
    return jobs or os.cpu_count() or 1


def _loaded(
    file: Path, *, root: Path, only: Sequence[str], site_url: str, cache: Path | None
) -> tuple[Target, Portal] | None:
    """The build's settings and every Kreis's data, each checked; None after printing the
    problems (German)."""
    target = _reported(
        lambda: target_for(file, root=root, only=only, site_url=site_url, cache=cache)
    )
    portal = _reported(lambda: load(file.resolve(), target.languages)) if target else None
    return None if target is None or portal is None else (target, portal)


def build(
    file: Path,
    out: Path,
    *,
    root: Path,
    jobs: int | None = None,
    only: Sequence[str] = (),
    site_url: str = "http://127.0.0.1:8000/",
    check_links: bool = True,
    cache: Path | None = None,
) -> int:
    """The whole federation on one machine: validate, build the portal and every Kreis (side
    by side; unchanged ones from `cache`), assemble them, check the links of the whole tree,
    then swap it into `out` – the same as `build-portal`, `build-kreis` for each Kreis and
    `assemble`. Any failure leaves `out` as it was. Returns the exit code."""
    loaded = _loaded(file, root=root, only=only, site_url=site_url, cache=cache)
    if loaded is None:
        return 1
    target, portal = loaded
    _print_warnings(portal.members)
    workers = _workers(jobs)
    print(
        say(
            "federation_building",
            kreise=len(portal.members),
            languages=len(target.built),
            workers=workers,
        ),
        file=sys.stderr,
    )
    parts = out.with_name(out.name + ".parts")  # beside `out`: parts move in by rename
    shutil.rmtree(parts, ignore_errors=True)
    try:
        built = build_parts(target, portal.members, portal, lambda name: parts / name, workers)
        if not built.ok:
            return 1
        kreise = {member.id: parts / kreis_part(member.id) for member in portal.members}
        skip = built.checked - {PORTAL_PART}
        code = assemble_parts(
            target,
            parts / PORTAL_PART,
            kreise,
            out,
            move=True,
            check_links=check_links,
            checked=skip,
        )
        if code == 0 and check_links:
            for entry in built.entries.values():  # a later assembly need not read them again
                (entry / CHECKED_FILE).touch()
        return code
    finally:
        shutil.rmtree(parts, ignore_errors=True)


def build_kreis(
    file: Path,
    kreis: str,
    out: Path,
    *,
    root: Path,
    only: Sequence[str] = (),
    site_url: str = "http://127.0.0.1:8000/",
    cache: Path | None = None,
) -> int:
    """One Kreis's part (`lotsenportal federation build-kreis`, one CI job): its site for
    `<site_url><id>/` into `out`, complete on its own. Only its own data folder is read."""
    target = _reported(
        lambda: target_for(file, root=root, only=only, site_url=site_url, cache=cache)
    )
    if target is None:
        return 1
    entries = {entry.id: entry for entry in target.record.model.kreise}
    if kreis not in entries:
        known = ", ".join(entries)
        print(
            say("federation_unknown_kreis", id=kreis, file=shown(file), known=known),
            file=sys.stderr,
        )
        return 1
    folder = (target.file.parent / entries[kreis].data).resolve()
    member = _reported(lambda: load_member(kreis, folder, target.codes))
    if member is None:
        return 1
    _print_warnings([member])
    print(
        say("federation_building_kreis", kreis=kreis, languages=len(target.built)), file=sys.stderr
    )
    return 0 if build_parts(target, [member], None, lambda _: out, 1).ok else 1


def build_portal(
    file: Path,
    out: Path,
    *,
    root: Path,
    only: Sequence[str] = (),
    site_url: str = "http://127.0.0.1:8000/",
    cache: Path | None = None,
) -> int:
    """The portal's part (`lotsenportal federation build-portal`): it reads every Kreis's
    data (names, counts, towns), so every folder is validated again."""
    loaded = _loaded(file, root=root, only=only, site_url=site_url, cache=cache)
    if loaded is None:
        return 1
    target, portal = loaded
    print(say("federation_building_portal", languages=len(target.built)), file=sys.stderr)
    return 0 if build_parts(target, [], portal, lambda _: out, 1).ok else 1


def assemble(file: Path, parts: Path, out: Path, *, root: Path, check_links: bool = True) -> int:
    """`lotsenportal federation assemble`: the parts under `parts/` (`portal/`,
    `kreis-<id>/` for every Kreis of federation.yml) into `out`, as the one-machine build
    does; the parts stay."""
    target = _reported(lambda: target_for(file, root=root))
    if target is None:
        return 1
    kreise = {entry.id: parts / kreis_part(entry.id) for entry in target.record.model.kreise}
    return assemble_parts(
        target, parts / PORTAL_PART, kreise, out, move=False, check_links=check_links
    )


def kreis_ids(file: Path, *, root: Path) -> list[str] | None:
    """The Kreise of federation.yml (checked), e.g. for a CI matrix."""
    target = _reported(lambda: target_for(file, root=root))
    return None if target is None else [entry.id for entry in target.record.model.kreise]
