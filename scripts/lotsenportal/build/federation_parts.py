"""The federation in parts: the portal and each Kreis's site are built on their own – side by
side on one machine, or as separate CI jobs – and assembled into one tree afterwards.

    <parts>/portal/             the portal        (`lotsenportal federation build-portal`)
    <parts>/kreis-<id>/         one Kreis's site  (`lotsenportal federation build-kreis … <id>`)
    <cache>/<id>-<key>/         a Kreis's site as built from inputs with that key
    <cache>/_portal-<key>/      the portal, likewise (a Kreis id never starts with "_")

A part's key is a hash of everything its build reads: the Kreis's data folder (the portal:
every Kreis's), the project's hand-written pages, theme overrides, label catalogs, hooks,
mkdocs.yml and package code, the pinned and installed packages, the federation's title, the
site address, the languages built, SOURCE_DATE_EPOCH and the date. A part whose key is in the
cache is not built again. Unless set by the user, SOURCE_DATE_EPOCH is a part's own
(`part_epoch`): the last commit touching the files its key hashes, not the repository's last
commit – else every commit would change every key.

Every part carries a stamp (`.lotsenportal-part.json`: what it was built for); the assembly
refuses parts built for different addresses or languages and leaves the stamps out.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from ..data.layout import GENERATED_DIRS, GENERATED_FILES
from ..data.messages import say
from ..data.schema import today
from ..site import csp, reproducible
from .workspace import mkdocs_build

PART_FILE = ".lotsenportal-part.json"
# In a cache entry: its pages passed the link check of an assembled federation.
CHECKED_FILE = ".lotsenportal-links-checked"
PORTAL_PART = "portal"
PORTAL_CACHE = "_portal"
# Bump when the way a part is built changes in a way its inputs do not show.
LAYOUT_VERSION = "1"
# The package's code and templates (every stage): an input of every part.
PACKAGE = Path(__file__).resolve().parents[1]


def kreis_part(kreis: str) -> str:
    """The folder (and CI artifact) name of one Kreis's part."""
    return f"kreis-{kreis}"


# --------------------------------------------------------------------------------------------
# What a part was built for


@dataclass(frozen=True)
class Stamp:
    name: str  # the Kreis's id, or "portal"
    site_url: str  # the federation's address (a Kreis's site lives at <site_url><id>/)
    languages: tuple[str, ...]  # the languages built
    key: str  # the hash of its inputs

    def target(self) -> tuple[str, tuple[str, ...]]:
        """What every part of one tree must share."""
        return self.site_url, self.languages


def write_stamp(folder: Path, stamp: Stamp) -> None:
    text = json.dumps(asdict(stamp), sort_keys=True, ensure_ascii=False)
    (folder / PART_FILE).write_text(text + "\n", encoding="utf-8")


def read_stamp(folder: Path) -> Stamp | None:
    """The stamp of a built part; None when the folder is no complete part."""
    try:
        raw = json.loads((folder / PART_FILE).read_text(encoding="utf-8"))
        return Stamp(
            str(raw["name"]), str(raw["site_url"]), tuple(raw["languages"]), str(raw["key"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


# --------------------------------------------------------------------------------------------
# Inputs → key


def _files(base: Path, skip: Mapping[Path, set[str]] | None = None) -> Iterator[Path]:
    """Every file under `base` (sorted; no __pycache__, no editor temp files); `skip` names
    entries to leave out per folder."""
    for folder, dirs, names in os.walk(base):
        here = Path(folder)
        left_out = {"__pycache__"} | (skip or {}).get(here, set())
        dirs[:] = sorted(d for d in dirs if d not in left_out)
        for name in sorted(names):
            if name not in left_out and not re.match(r"^\..*\.tmp$", name):
                yield here / name


def _add_files(digest: hashlib._Hash, label: str, base: Path, files: Iterable[Path]) -> None:
    """Each file's path (relative to `base`) and content into `digest`."""
    digest.update(f"[{label}]\n".encode())
    for file in files:
        content = hashlib.sha256(file.read_bytes()).hexdigest()
        digest.update(f"{file.relative_to(base).as_posix()}\0{content}\n".encode())


def shared_inputs(root: Path) -> list[Path]:
    """The files every part reads: what `workspace.copy_project` copies (hand-written pages;
    theme overrides; hooks; label catalogs; mkdocs.yml), the pins and the package's code and
    templates. The one list for the keys (`project_digest`) and the epochs (`part_epoch`)."""
    names = ("docs", "overrides", "scripts/hooks", "locale", "mkdocs.yml", "requirements.lock")
    return [*(root / name for name in names), PACKAGE]


def kreis_inputs(folder: Path) -> list[Path]:
    """What a Kreis's part reads besides the shared inputs: its data folder. (Its entry in
    federation.yml is a setting of its key: another Kreis joining changes nothing here.)"""
    return [folder]


def portal_inputs(federation_file: Path, folders: Sequence[Path]) -> list[Path]:
    """What the portal reads besides the shared inputs: federation.yml and every Kreis's data
    folder (it shows their names, counts, coordinating offices and towns)."""
    return [federation_file, *folders]


def part_epoch(root: Path, inputs: Sequence[Path]) -> int:
    """SOURCE_DATE_EPOCH for a part reading `inputs` (`kreis_inputs`, `portal_inputs`): as
    the user set it, else the last commit touching them or the shared inputs."""
    return reproducible.epoch_for([*shared_inputs(root), *inputs])


def project_digest(root: Path, languages: Sequence[str]) -> str:
    """The shared inputs (`shared_inputs`; of docs/ without the pages the generator owns),
    the installed packages and Python."""
    digest = hashlib.sha256(f"lotsenportal federation parts {LAYOUT_VERSION}\n".encode())
    owned = set(GENERATED_DIRS) | set(GENERATED_FILES)
    for path in shared_inputs(root):
        base = root if path.is_relative_to(root) else path.parent
        label = path.relative_to(base).as_posix()
        if path.is_dir():
            skip = {path / lang: owned for lang in languages} if path == root / "docs" else None
            _add_files(digest, label, base, _files(path, skip))
        elif path.is_file():
            _add_files(digest, label, base, [path])
    installed = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    digest.update(("[installed]\n" + "\n".join(installed) + f"\n{sys.version}\n").encode())
    return digest.hexdigest()


def _key(project: str, settings: Mapping[str, object], inputs: Sequence[Path]) -> str:
    digest = hashlib.sha256(f"{project}\n".encode())
    digest.update(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode() + b"\n")
    for index, path in enumerate(inputs):
        base, files = (path.parent, [path]) if path.is_file() else (path, _files(path))
        _add_files(digest, f"input {index}", base, files)
    return digest.hexdigest()[:20]


def _build_settings(languages: Sequence[str], site_url: str, epoch: int) -> dict[str, object]:
    """Settings of the environment every build reads. The date is one on purpose: a record
    past its review period is marked from that day on (`pages._is_old`), so a part is built
    anew at least once a day."""
    return {
        "languages": list(languages),
        "site_url": site_url,
        "source_date_epoch": epoch,
        "today": today().isoformat(),
    }


def kreis_key(
    project: str,
    *,
    kreis: str,
    folder: Path,
    federation: Mapping[str, object],
    languages: Sequence[str],
    site_url: str,
    epoch: int,
) -> str:
    """A Kreis's part: the shared inputs, its data folder, its entry and the federation's
    title (its footer links to the portal by that name), address, languages and epoch."""
    build = _build_settings(languages, site_url, epoch)
    return _key(project, {"kreis": kreis, "federation": federation, **build}, kreis_inputs(folder))


def portal_key(
    project: str,
    *,
    federation_file: Path,
    folders: Sequence[Path],
    languages: Sequence[str],
    site_url: str,
    epoch: int,
) -> str:
    """The portal: the shared inputs, `portal_inputs`, address, languages and epoch."""
    settings = {"portal": True, **_build_settings(languages, site_url, epoch)}
    return _key(project, settings, portal_inputs(federation_file, folders))


# --------------------------------------------------------------------------------------------
# The cache


class Cache:
    """Built parts by key, one folder each; only complete builds are entered (by rename)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def entry(self, name: str, key: str) -> Path:
        return self.folder / f"{name}-{key}"

    def get(self, name: str, key: str) -> Path | None:
        """The cached part, if one with this key was built completely."""
        entry = self.entry(name, key)
        stamp = read_stamp(entry)
        return entry if stamp is not None and stamp.key == key else None

    def scratch(self, name: str, key: str) -> Path:
        """Where a build for this entry writes before it is complete."""
        self.folder.mkdir(parents=True, exist_ok=True)
        scratch = self._scratch(name, key)
        shutil.rmtree(scratch, ignore_errors=True)
        return scratch

    def enter(self, name: str, key: str) -> Path:
        """The finished scratch folder becomes the entry; older entries of `name` go (one per
        part, so the cache never grows beyond one federation)."""
        entry = self.entry(name, key)
        shutil.rmtree(entry, ignore_errors=True)
        self._scratch(name, key).rename(entry)
        pattern = re.compile(rf"^{re.escape(name)}-[0-9a-f]{{20}}$")
        for old in self.folder.iterdir():
            if old != entry and pattern.match(old.name):
                shutil.rmtree(old, ignore_errors=True)
        return entry

    def _scratch(self, name: str, key: str) -> Path:
        return self.folder / f".{name}-{key}.building"


def link_tree(source: Path, target: Path, *, stamp: bool = False) -> None:
    """`source` as `target`: hard links where possible (a cached part costs no copy), copies
    across file systems; the part's stamp only with `stamp`. Nothing edits a built file in
    place: a build writes new files."""

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    def ignore(directory: str, names: list[str]) -> set[str]:
        hidden = {CHECKED_FILE} | (set() if stamp else {PART_FILE})
        return hidden & set(names) if Path(directory) == source else set()

    shutil.copytree(source, target, copy_function=link, ignore=ignore, dirs_exist_ok=True)


def move_tree(source: Path, target: Path) -> None:
    """`source` into `target` (a folder that may already hold other parts), without the
    stamp; by rename, so nothing is copied."""
    (source / PART_FILE).unlink(missing_ok=True)
    if not target.exists():
        source.rename(target)
        return
    for entry in sorted(source.iterdir()):
        entry.rename(target / entry.name)


# --------------------------------------------------------------------------------------------
# Builds


@dataclass(frozen=True)
class Job:
    """One `mkdocs build` of the federation: a Kreis or the portal."""

    name: str
    project: Path
    env: dict[str, str]


def run_jobs(queue: Sequence[Job], workers: int) -> bool:
    """Every build, `workers` at a time; False (after printing its output) if one failed."""
    ok = True
    if not queue:
        return ok
    with ThreadPoolExecutor(max_workers=workers) as pool:
        runs = pool.map(lambda job: mkdocs_build(job.project, job.env), queue)
        for job, run in zip(queue, runs, strict=True):
            if run.returncode != 0:
                ok = False
                failed = say("federation_part_failed", name=job.name)
                print(f"{failed}\n{run.output[-4000:]}", file=sys.stderr)
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


def swap(tree: Path, out: Path) -> None:
    """`tree` becomes `out`; the previous `out` is removed only after the rename."""
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    tree.rename(out)
    shutil.rmtree(old, ignore_errors=True)
