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
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import catalogs, csp, gates
from .catalog import say
from .dataset import Dataset, Record, load_dataset, read_model
from .generate import write_pages
from .languages import SOURCE, Language, from_mkdocs_yml
from .layout import LEGAL_PAGES
from .localize import LocalText, Provenance
from .pages import (
    Labels,
    Views,
    environment,
    home_link,
    inline_icon,
    linker,
    page_text,
)
from .problems import DataError, Problem, Problems
from .schema import Federation
from .strings import load_strings
from .workspace import copy_project, mkdocs_build, replace_top_level

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
        folder = (file.parent / entry.data).resolve()
        try:
            dataset = load_dataset(folder, codes)
        except DataError as err:
            problems.extend([_located(p, folder) for p in err.problems.items])
            continue
        dataset.warnings[:] = [_located(p, folder) for p in dataset.warnings]
        problems.extend(dataset.warnings)
        members.append(Member(entry.id, folder, dataset))
    if problems.errors:
        raise DataError(problems)
    return Portal(file, record, members, list(languages))


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
# Building


@dataclass(frozen=True)
class Job:
    """One `mkdocs build` of the federation: a Kreis or the portal."""

    name: str
    project: Path
    env: dict[str, str]


def _kreis_jobs(
    portal: Portal, root: Path, work: Path, tree: Path, common: dict[str, str], site_url: str
) -> list[Job]:
    """One build per Kreis, each in its own copy of the project, into `tree/<id>/`."""
    codes = [lang.code for lang in portal.languages]
    return [
        Job(
            member.id,
            copy_project(root, work / member.id, codes),
            {
                **common,
                "LOTSENPORTAL_DATA": str(member.folder),
                "LOTSENPORTAL_MEMBER": member.id,
                "SITE_DIR": str((tree / member.id).resolve()),
                "SITE_URL": f"{site_url}{member.id}/",
            },
        )
        for member in portal.members
    ]


def _portal_job(
    portal: Portal,
    root: Path,
    work: Path,
    built: Sequence[Language],
    common: dict[str, str],
    site_url: str,
) -> Job:
    """The portal's build: its pages rendered into an empty docs/, the hooks of a site
    without data, output into `work/portal-site` (moved to the top of the tree later)."""
    codes = [lang.code for lang in portal.languages]
    project = copy_project(root, work / "portal", codes, docs=False)
    pages = render_portal(portal, built, project / "overrides" / "pages")
    write_pages(pages, project / "docs", [lang.code for lang in built])
    hooks = "hooks:\n" + "".join(f"  - scripts/hooks/{name}.py\n" for name in PORTAL_HOOKS)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = replace_top_level(config, {"nav": PORTAL_NAV, "hooks": hooks, "watch": None})
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    env = {**common, "SITE_DIR": str(work / "portal-site"), "SITE_URL": site_url}
    return Job("portal", project, env)


def _run(queue: Sequence[Job], workers: int) -> bool:
    """Every build, `workers` at a time; False (after printing its output) if one failed."""
    ok = True
    with ThreadPoolExecutor(max_workers=workers) as pool:
        runs = pool.map(lambda job: mkdocs_build(job.project, job.env), queue)
        for job, run in zip(queue, runs, strict=True):
            if run.returncode != 0:
                ok = False
                print(f"{job.name}: Build fehlgeschlagen\n{run.output[-4000:]}", file=sys.stderr)
            else:
                print(f"  {job.name}: {run.seconds:.1f} s", file=sys.stderr)
    return ok


def merge_headers(tree: Path) -> None:
    """One `_headers` at the root allowing the inline scripts of every part of the tree
    (hosts read only the top one)."""
    files = sorted(tree.rglob("_headers"))
    csp.merge_headers(files, tree / "_headers")
    for file in files:
        if file != tree / "_headers":
            file.unlink()


def _swap(tree: Path, out: Path) -> None:
    """`tree` becomes `out`; the previous `out` is removed only after the rename."""
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    tree.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def build(
    file: Path,
    out: Path,
    *,
    root: Path,
    jobs: int | None = None,
    only: Sequence[str] = (),
    site_url: str = "http://127.0.0.1:8000/",
    check_links: bool = True,
) -> int:
    """Validate, build every Kreis and the portal, check the links of the whole tree, then
    swap it into `out`. Any failure leaves `out` as it was. Returns the exit code."""
    languages = from_mkdocs_yml(root / "mkdocs.yml")
    try:
        portal = load(file.resolve(), languages)
    except DataError as err:
        for problem in err.problems.errors + err.problems.warnings:
            print(problem, file=sys.stderr)
        print(say("failed", count=len(err.problems.errors)), file=sys.stderr)
        return 1
    for member in portal.members:
        for warning in member.dataset.warnings:
            print(warning, file=sys.stderr)
    built = [lang for lang in languages if not only or lang.default or lang.code in only]
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    tree = out.with_name(out.name + ".next")
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    common = {
        "LOTSENPORTAL_FEDERATION": str(file.resolve()),
        "LOTSENPORTAL_ONLY": " ".join(only),
    }
    workers = jobs or os.cpu_count() or 1
    print(
        f"Baue {len(portal.members)} Kreise und das Portal "
        f"({len(built)} Sprachen, {workers} Prozesse) …",
        file=sys.stderr,
    )
    with tempfile.TemporaryDirectory(prefix="lotsenportal-federation-") as scratch:
        work = Path(scratch)
        queue = [
            _portal_job(portal, root, work, built, common, site_url),
            *_kreis_jobs(portal, root, work, tree, common, site_url),
        ]
        if not _run(queue, workers):
            shutil.rmtree(tree, ignore_errors=True)
            return 1
        for entry in (work / "portal-site").iterdir():
            shutil.move(str(entry), tree / entry.name)
    merge_headers(tree)
    if check_links:
        gate = gates.links(tree)
        print(f"Links: {gate.summary}", file=sys.stderr)
        if not gate.passed:
            print("\n".join(gate.details), file=sys.stderr)
            shutil.rmtree(tree, ignore_errors=True)
            return 1
    _swap(tree, out)
    print(f"Website gebaut: {out}/", file=sys.stderr)
    return 0
