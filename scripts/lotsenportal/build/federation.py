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
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from ..checks import gates
from ..data.dataset import Dataset, Record
from ..data.languages import SOURCE, Language, from_mkdocs_yml
from ..data.layout import LEGAL_PAGES
from ..data.loading import load_dataset, read_model
from ..data.messages import say
from ..data.problems import DataError, Problem, Problems
from ..data.schema import Federation
from ..render.template_env import Labels, environment, home_link, inline_icon, linker, page_text
from ..render.views import Views
from ..translations import catalogs
from ..translations.localize import LocalText, Provenance
from ..translations.strings import load_strings
from . import shared_assets
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
from .generate import write_pages
from .workspace import copy_project, replace_top_level

_T = TypeVar("_T")

# Addresses the portal uses itself: no Kreis may take them as its id.
PORTAL_PATHS = {"assets", "search", "orte", "offline", "api", "sitemap.xml", *LEGAL_PAGES}
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
class Member:
    """One Kreis of the federation, validated."""

    id: str
    folder: Path
    dataset: Dataset


@dataclass(frozen=True)
class Portal:
    file: Path
    record: Record[Federation]
    members: list[Member]
    languages: list[Language]  # every configured language (a preview may build fewer)


def _shown(path: Path) -> Path:
    """A path as staff type it: relative to the current folder when it is inside it."""
    absolute = path.absolute()
    return absolute.relative_to(Path.cwd()) if absolute.is_relative_to(Path.cwd()) else absolute


def _located(problem: Problem, folder: Path) -> Problem:
    """A problem of one data folder, with the folder in front of the file name."""
    return replace(problem, path=_shown(folder / problem.path))


def load_record(file: Path, languages: Sequence[str] | None) -> Record[Federation]:
    """federation.yml, checked: every Kreis has a unique id the portal does not use itself,
    and a data folder that exists; every text is in a configured language (unless
    `languages` is None). Raises DataError with `path:line:col` problems."""
    problems = Problems()
    if not file.is_file():
        problems.add(Problem(_shown(file), 1, 1, say("federation_missing")))
        raise DataError(problems)
    loaded = read_model(file, file.parent, Federation, problems)
    if loaded is None:
        raise DataError(_relocated(problems, file.parent))
    model, doc = loaded
    taken = PORTAL_PATHS | set(languages or ())
    seen: set[str] = set()
    for index, member in enumerate(model.kreise):
        where, loc = f"kreise[{index + 1}]", ("kreise", index)
        if member.id in taken:
            message = say("federation_reserved_id", id=member.id)
            problems.add(doc.problem((*loc, "id"), f"{where}.id: {message}"))
        if member.id in seen:
            message = say("federation_duplicate_id", id=member.id)
            problems.add(doc.problem((*loc, "id"), f"{where}.id: {message}"))
        seen.add(member.id)
        if not (file.parent / member.data).is_dir():
            message = say("federation_no_folder", folder=member.data)
            problems.add(doc.problem((*loc, "data"), f"{where}.data: {message}"))
    if languages is not None:
        known = ", ".join(languages)
        for name in ("title", "intro", "translations"):
            for code in getattr(model, name):
                if code not in languages:
                    message = say("language_not_configured", code=code, known=known)
                    problems.add(doc.problem((name, code), f"{name}.{code}: {message}", key=True))
    if problems.errors:
        raise DataError(_relocated(problems, file.parent))
    return Record("federation", model, doc)


def _relocated(problems: Problems, folder: Path) -> Problems:
    moved = Problems()
    moved.extend([_located(p, folder) for p in problems.items])
    return moved


def load(file: Path, languages: Sequence[Language]) -> Portal:
    """The federation file and every Kreis's data folder, each checked; a DataError lists the
    problems of all of them, each with its Kreis's folder in the path."""
    codes = [lang.code for lang in languages]
    record = load_record(file, codes)
    problems = Problems()
    members = []
    for entry in record.model.kreise:
        try:
            member = load_member(entry.id, (file.parent / entry.data).resolve(), codes)
        except DataError as err:
            problems.extend(err.problems.items)
            continue
        problems.extend(member.dataset.warnings)
        members.append(member)
    if problems.errors:
        raise DataError(problems)
    return Portal(file, record, members, list(languages))


def load_member(kreis: str, folder: Path, codes: Sequence[str]) -> Member:
    """One Kreis's data folder, checked; its problems (a DataError, or the warnings) carry
    the folder in their path."""
    try:
        dataset = load_dataset(folder, codes)
    except DataError as err:
        raise DataError(_relocated(err.problems, folder)) from None
    dataset.warnings[:] = [_located(p, folder) for p in dataset.warnings]
    return Member(kreis, folder, dataset)


@lru_cache(maxsize=4)
def _title_of(file: str, mtime: int) -> dict[str, str]:
    record = load_record(Path(file), None)  # languages are checked by the federation build
    return dict(record.model.title)


def portal_title(file: Path) -> dict[str, str]:
    """The portal's title per language (the hooks ask for it on every page)."""
    return _title_of(str(file), file.stat().st_mtime_ns)


# --------------------------------------------------------------------------------------------
# The portal's pages


def _sort_key(name: str) -> str:
    """German order: Ä with A, Ö with O, ß as ss."""
    plain = unicodedata.normalize("NFD", name.casefold().replace("ß", "ss"))
    return "".join(char for char in plain if not unicodedata.combining(char))


class PortalView:
    """federation.yml as one reader sees it: `title` and `intro` in the reader's language,
    every other field (kreise, publisher) as written."""

    def __init__(self, record: Record[Federation], reader: str, provenance: Provenance) -> None:
        self._model = record.model
        self._reader = reader
        self._provenance = provenance
        self.title = self._pick(dict(record.model.title))
        self.intro = self._pick(dict(record.model.intro))

    def _pick(self, texts: dict[str, str]) -> LocalText:
        """federation.yml keeps its texts per language in the file itself, their state in
        `translations:` (draft unless reviewed); a missing language shows the German text,
        marked as such."""
        reader = self._reader
        if reader == SOURCE:
            return LocalText(texts[SOURCE], SOURCE, False)
        if reader not in texts:
            self._provenance.fallback = True
            return LocalText(texts[SOURCE], SOURCE, True)
        state = self._model.translations.get(reader)
        self._provenance.merge(state.status if state is not None else "draft")
        return LocalText(texts[reader], reader, False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)


def data_catalogs(
    members: Sequence[Member], languages: Sequence[Language]
) -> dict[tuple[str, str], catalogs.LanguageCatalog]:
    """Each Kreis's data catalog per language (its own locale/ folder; German needs none)."""
    return {
        (member.id, lang.code): catalogs.load(
            catalogs.catalog_path(member.folder, lang.code, catalogs.DATA), lang.code
        )
        for member in members
        for lang in languages
        if lang.code != SOURCE
    }


def _up(lang: Language, page: str) -> str:
    """From a portal page (path inside the language folder) up to the root of the tree."""
    depth = lang.prefix.count("/") + page.count("/")
    return "../" * depth


def render_portal(portal: Portal, languages: Sequence[Language], templates: Path) -> dict[str, str]:
    """{path inside docs/: Markdown} of every portal page in every language."""
    strings = load_strings(templates.parent / "strings", [lang.code for lang in languages])
    env = environment(templates)
    catalog_of = data_catalogs(portal.members, languages)
    pages: dict[str, str] = {}
    # Every town of every Kreis, A–Z (then by Kreis): the town finder's order in all languages.
    towns_a_z = sorted(
        ((member, town) for member in portal.members for town in member.dataset.towns.values()),
        key=lambda pair: (
            _sort_key(pair[1].model.name),
            _sort_key(pair[0].dataset.site.model.region),
        ),
    )
    for lang in languages:
        # (template, path, title label or None for the portal's title, description label)
        plan: list[tuple[str, str, str | None, str]] = [
            ("portal.md", "index.md", None, "portal_description"),
            ("portal_orte.md", "orte/index.md", "portal_towns_title", "portal_towns_text"),
        ]
        if lang.code == SOURCE:  # German only, as on every site; others show the fallback
            plan += [
                (f"{slug}.md", f"{slug}/index.md", f"{slug}_title", f"{slug}_title")
                for slug in LEGAL_PAGES
            ]
        for template, path, title_key, description_key in plan:
            provenance = Provenance(lang.code)
            labels = Labels(strings[lang.code], provenance)
            site = PortalView(portal.record, lang.code, provenance)
            title = site.title if title_key is None else getattr(labels, title_key)
            up = _up(lang, path)
            kreise = []
            for member in portal.members:
                # Each Kreis's texts come from its own catalogs; the page's state from all.
                views = Views(lang.code, provenance, catalog_of.get((member.id, lang.code)))
                data = member.dataset
                kreise.append(
                    {
                        "id": member.id,
                        "region": data.site.model.region,
                        "title": views.one(data.site).title,
                        "url": f"{up}{member.id}/{lang.prefix}",
                        "projects": len(data.projects),
                        "towns": len(data.towns),
                        # Whom to ask in that Kreis: its coordinating office, contacts page.
                        "coordination": views.one(data.organisations[data.site.model.coordination]),
                        "contacts_url": f"{up}{member.id}/{lang.prefix}kontakte/",
                    }
                )
            towns = [
                {
                    "name": town.model.name,
                    "region": member.dataset.site.model.region,
                    "url": f"{up}{member.id}/{lang.prefix}orte/{town.id}/",
                }
                for member, town in towns_a_z
            ]
            body = env.get_template(template).render(
                lang=lang,
                t=labels,
                title=title,
                site=site,
                kreise=kreise,
                towns=towns,
                languages=languages,
                svg=inline_icon,
                home_of=lambda other, lang=lang: home_link(lang, other),
                link=linker(path),
            )
            description = getattr(labels, description_key)
            meta: dict[str, Any] = {"title": str(title), "description": str(description)}
            if template == "portal_orte.md":
                meta["town_finder"] = True
            pages[f"{lang.code}/{path}"] = page_text(meta, body, provenance)
    return pages


# --------------------------------------------------------------------------------------------
# Building: each Kreis and the portal is a part (lotsenportal.build.federation_parts); a build of
# the whole federation is its parts, then their assembly – on one machine or in CI jobs.


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
        print(say("federation_part_foreign", folder=_shown(strangers[0])), file=sys.stderr)
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
    file = _shown(target.file)
    step = f"build-portal {file}" if name == PORTAL_PART else f"build-kreis {file} {name}"
    return f"lotsenportal federation {step} --out {_shown(folder)}"


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
            say("federation_unknown_kreis", id=kreis, file=_shown(file), known=known),
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
