"""Building a federation (lotsenportal.build.federation): each Kreis and the portal is a part
(lotsenportal.build.federation_parts); a build of the whole federation is its parts, then
their assembly – on one machine or in CI jobs."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..checks import gates
from ..data.dataset import Record
from ..data.languages import Language, from_mkdocs_yml
from ..data.messages import say
from ..data.schema import Federation
from . import shared_assets
from .federation_file import Member, Portal, load_record, shown
from .federation_parts import (
    CHECKED_FILE,
    PORTAL_CACHE,
    PORTAL_PART,
    Cache,
    Job,
    Stamp,
    kreis_inputs,
    kreis_key,
    kreis_part,
    link_tree,
    merge_headers,
    move_tree,
    part_epoch,
    portal_inputs,
    portal_key,
    project_digest,
    read_stamp,
    run_jobs,
    swap,
    write_stamp,
)
from .federation_portal import render_portal
from .generate import write_pages
from .workspace import copy_project, replace_top_level

PORTAL_NAV = "nav:\n  - index.md\n  - orte/index.md\n"
PORTAL_HOOKS = (
    "template_cache",
    "portal_title",
    "page_notices",
    "theme_text",
    "search_per_language",
    "not_found",
    "light_pages",
    "compact_pages",
    "security_headers",
)


@dataclass(frozen=True)
class Target:
    """What every part of one federation build shares."""

    root: Path
    file: Path  # federation.yml, absolute
    record: Record[Federation]
    languages: list[Language]  # every configured language
    built: list[Language]  # the languages built (all, or German and a preview's)
    only: tuple[str, ...]
    site_url: str  # ends in "/"
    cache: Cache | None

    @property
    def codes(self) -> list[str]:
        return [lang.code for lang in self.languages]

    def env(self) -> dict[str, str]:
        return {"LOTSENPORTAL_FEDERATION": str(self.file), "LOTSENPORTAL_ONLY": " ".join(self.only)}

    def stamp(self, name: str, key: str) -> Stamp:
        return Stamp(name, self.site_url, tuple(lang.code for lang in self.built), key)


def target_for(
    file: Path,
    *,
    root: Path,
    only: Sequence[str] = (),
    site_url: str = "http://127.0.0.1:8000/",
    cache: Path | None = None,
) -> Target:
    """federation.yml checked (DataError otherwise), with the build's settings."""
    languages = from_mkdocs_yml(root / "mkdocs.yml")
    record = load_record(file.resolve(), [lang.code for lang in languages])
    built = [lang for lang in languages if not only or lang.default or lang.code in only]
    return Target(
        root,
        file.resolve(),
        record,
        languages,
        built,
        tuple(only),
        site_url if site_url.endswith("/") else site_url + "/",
        Cache(cache) if cache is not None else None,
    )


@dataclass(frozen=True)
class Part:
    """One part to build (or take from the cache) into `dest`."""

    name: str  # the Kreis's id, or "portal"
    cache_name: str
    dest: Path
    key: str  # "" without a cache
    job: Callable[[Path, Path], Job]  # (scratch folder, site folder) → its build


def _kreis_part(target: Target, member: Member, dest: Path, project: str) -> Part:
    """One Kreis's site, exactly as `make site DATA=<folder>` builds it, for `<site_url><id>/`,
    in its own copy of the project."""
    site_url = f"{target.site_url}{member.id}/"
    epoch = part_epoch(target.root, kreis_inputs(member.folder))
    key = ""
    if target.cache is not None:
        federation = {"title": dict(target.record.model.title)}
        codes = [lang.code for lang in target.built]
        key = kreis_key(
            project,
            kreis=member.id,
            folder=member.folder,
            federation=federation,
            languages=codes,
            site_url=site_url,
            epoch=epoch,
        )

    def job(work: Path, site_dir: Path) -> Job:
        env = {
            **target.env(),
            "LOTSENPORTAL_DATA": str(member.folder),
            "LOTSENPORTAL_MEMBER": member.id,
            "SITE_DIR": str(site_dir.resolve()),
            "SITE_URL": site_url,
            "SOURCE_DATE_EPOCH": str(epoch),
        }
        return Job(member.id, copy_project(target.root, work / member.id, target.codes), env)

    return Part(member.id, member.id, dest, key, job)


def _portal_part(target: Target, portal: Portal, dest: Path, project: str) -> Part:
    """The portal: its pages rendered into an empty docs/, the hooks of a site without data."""
    folders = [member.folder for member in portal.members]
    epoch = part_epoch(target.root, portal_inputs(target.file, folders))
    key = ""
    if target.cache is not None:
        key = portal_key(
            project,
            federation_file=target.file,
            folders=folders,
            languages=[lang.code for lang in target.built],
            site_url=target.site_url,
            epoch=epoch,
        )

    def job(work: Path, site_dir: Path) -> Job:
        project = copy_project(target.root, work / "portal", target.codes, docs=False)
        pages = render_portal(portal, target.built, project / "overrides" / "pages")
        write_pages(pages, project / "docs", [lang.code for lang in target.built])
        hooks = "hooks:\n" + "".join(f"  - scripts/hooks/{name}.py\n" for name in PORTAL_HOOKS)
        config = (project / "mkdocs.yml").read_text(encoding="utf-8")
        config = replace_top_level(config, {"nav": PORTAL_NAV, "hooks": hooks, "watch": None})
        (project / "mkdocs.yml").write_text(config, encoding="utf-8")
        env = {
            **target.env(),
            "SITE_DIR": str(site_dir.resolve()),
            "SITE_URL": target.site_url,
            "SOURCE_DATE_EPOCH": str(epoch),
        }
        return Job("portal", project, env)

    return Part(PORTAL_PART, PORTAL_CACHE, dest, key, job)


@dataclass(frozen=True)
class Built:
    ok: bool
    entries: dict[str, Path]  # part name → its cache entry (built now or before)
    checked: set[str]  # parts from the cache whose pages passed an earlier link check


def build_parts(
    target: Target,
    members: Sequence[Member],
    portal: Portal | None,
    dest: Callable[[str], Path],
    workers: int,
) -> Built:
    """The portal (unless None) and each Kreis of `members`, each into `dest(part name)` with
    its stamp; a part whose inputs are in the cache is linked from there, not built."""
    cache = target.cache
    project = project_digest(target.root, target.codes) if cache is not None else ""
    parts = [_kreis_part(target, m, dest(kreis_part(m.id)), project) for m in members]
    if portal is not None:
        parts.insert(0, _portal_part(target, portal, dest(PORTAL_PART), project))
    strangers = [p.dest for p in parts if _occupied(p.dest) and read_stamp(p.dest) is None]
    if strangers:  # never empty a folder that holds something else
        print(say("federation_part_foreign", folder=shown(strangers[0])), file=sys.stderr)
        return Built(False, {}, set())
    queue: list[tuple[Part, Path, Job]] = []
    reused = 0
    entries: dict[str, Path] = {}
    checked: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="lotsenportal-federation-") as scratch:
        for part in parts:
            shutil.rmtree(part.dest, ignore_errors=True)
            hit = cache.get(part.cache_name, part.key) if cache is not None else None
            if hit is not None:
                link_tree(hit, part.dest, stamp=True)
                entries[part.name] = hit
                if (hit / CHECKED_FILE).is_file():
                    checked.add(part.name)
                print(say("federation_part_cached", name=part.name), file=sys.stderr)
                reused += 1
                continue
            site = cache.scratch(part.cache_name, part.key) if cache is not None else part.dest
            queue.append((part, site, part.job(Path(scratch), site)))
        ok = run_jobs([job for _, _, job in queue], workers)
    for part, site, _ in queue:
        if not ok:
            shutil.rmtree(site, ignore_errors=True)
            continue
        if part.name != PORTAL_PART:  # a Kreis: its pages use the federation's one assets/
            shared_assets.point_part_up(site, part.name)
        write_stamp(site, target.stamp(part.name, part.key))
        if cache is not None:
            entries[part.name] = cache.enter(part.cache_name, part.key)
            link_tree(entries[part.name], part.dest, stamp=True)
    if cache is not None and ok:
        print(
            say("federation_parts_done", built=len(queue), reused=reused, cache=cache.folder),
            file=sys.stderr,
        )
    return Built(ok, entries, checked)


def _occupied(folder: Path) -> bool:
    return folder.exists() and (not folder.is_dir() or any(folder.iterdir()))


def assemble_parts(
    target: Target,
    portal_dir: Path,
    kreis_dirs: Mapping[str, Path],
    out: Path,
    *,
    move: bool,
    check_links: bool = True,
    checked: Collection[str] = (),
) -> int:
    """Portal and Kreise (built parts, each with its stamp) into one tree: one `_headers`,
    every link checked, then swapped into `out`. `move`: the parts are renamed into the tree
    (they were built for it); else linked, so they stay for another assembly."""
    problems: list[str] = []
    stamps: dict[Path, Stamp] = {}
    for name, folder in [(PORTAL_PART, portal_dir), *kreis_dirs.items()]:
        command = _part_command(target, name, folder)
        stamp = read_stamp(folder)
        if stamp is None:
            problems.append(say("federation_part_missing", folder=folder, command=command))
        elif stamp.name != name:
            message = say("federation_part_other", folder=folder, found=stamp.name, command=command)
            problems.append(message)
        else:
            stamps[folder] = stamp
    if len({stamp.target() for stamp in stamps.values()}) > 1:
        built_for = "; ".join(
            f"{folder}: {stamp.site_url} ({', '.join(stamp.languages)})"
            for folder, stamp in stamps.items()
        )
        problems.append(say("federation_parts_differ", parts=built_for))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    tree = out.with_name(out.name + ".next")
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    put = move_tree if move else link_tree
    put(portal_dir, tree)
    for kreis, folder in kreis_dirs.items():
        put(folder, tree / kreis)
    clashes = shared_assets.share(tree, list(kreis_dirs))
    if clashes:
        print(say("federation_assets_differ", files=", ".join(clashes[:5])), file=sys.stderr)
        shutil.rmtree(tree, ignore_errors=True)
        return 1
    merge_headers(tree)
    problem = gates.too_large(tree)
    if problem:
        print(problem, file=sys.stderr)
        shutil.rmtree(tree, ignore_errors=True)
        return 1
    if check_links:
        # A Kreis from the cache whose pages passed this check before is not read again: its
        # links stay inside itself and go to the portal's home and legal pages, which every
        # portal has. The portal and every rebuilt Kreis are read, links into the others too.
        gate = gates.links(tree, skip=checked)
        print(f"Links: {gate.summary}", file=sys.stderr)
        if not gate.passed:
            print("\n".join(gate.details), file=sys.stderr)
            shutil.rmtree(tree, ignore_errors=True)
            return 1
    swap(tree, out)
    print(say("federation_built", out=out), file=sys.stderr)
    return 0


def _part_command(target: Target, name: str, folder: Path) -> str:
    """The command that builds a missing part, for the message."""
    file = shown(target.file)
    step = f"build-portal {file}" if name == PORTAL_PART else f"build-kreis {file} {name}"
    return f"lotsenportal federation {step} --out {shown(folder)}"
