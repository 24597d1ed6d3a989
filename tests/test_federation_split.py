"""The federation in parts (`lotsenportal federation build-portal`, `build-kreis`, `assemble`,
as the CI jobs of .github/workflows/federation.yml run them) and the cache of unchanged parts.

One scenario on the synthetic "mini" federation (two invented Kreise), German and Arabic,
with a fixed SOURCE_DATE_EPOCH: a one-machine build with a cache, the same again, one Kreis's
data changed and built once more, then the changed data built in parts without a cache. The
split build must equal the one-machine build file for file, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench import synthetic
from lotsenportal import cli as lotsenportal_cli
from lotsenportal.build import federation, federation_build, federation_file, federation_parts
from lotsenportal.build.federation_parts import (
    Stamp,
    kreis_inputs,
    kreis_key,
    part_epoch,
    portal_inputs,
    portal_key,
    project_digest,
    write_stamp,
)
from lotsenportal.build.workspace import BuildRun, mkdocs_build
from lotsenportal.checks import gates
from lotsenportal.site import reproducible

from .conftest import ROOT

KREISE = ("reihertal", "wolfsgau")
EPOCH = "1700000000"
LANG = ["ar"]


def files_of(tree: Path) -> dict[str, str]:
    """Every file of a tree: its path inside the tree → the hash of its bytes."""
    return {
        file.relative_to(tree).as_posix(): hashlib.sha256(file.read_bytes()).hexdigest()
        for file in sorted(tree.rglob("*"))
        if file.is_file()
    }


def differences(one: Path, other: Path) -> list[str]:
    """The files that are in only one tree, or differ."""
    a, b = files_of(one), files_of(other)
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def cli(*args: str, cwd: Path) -> subprocess.Popen[str]:
    command = [str(Path(sys.executable).parent / "lotsenportal"), "federation", *args]
    return subprocess.Popen(
        [*command, "--root", str(ROOT)],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(*runs: subprocess.Popen[str]) -> None:
    for run in runs:
        out, err = run.communicate()
        assert run.returncode == 0, f"{run.args}\n{out}\n{err[-3000:]}"


@dataclass
class Scenario:
    first: Path  # one machine, empty cache
    again: Path  # one machine, nothing changed
    changed: Path  # one machine, one Kreis's data changed
    split: Path  # the changed data in parts, no cache
    built: list[list[str]]  # the mkdocs builds of each one-machine run
    unread: list[list[str]]  # the Kreise whose pages each one-machine link check did not read


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    base = tmp_path_factory.mktemp("federation-split")
    data = base / "data"
    synthetic.generate("mini", data, root=ROOT, federation=True)
    file, cache = data / "federation.yml", base / "cache"
    built: list[list[str]] = []

    unread: list[list[str]] = []
    links = gates.links

    def counted(project: Path, env: dict[str, str]) -> BuildRun:
        built[-1].append(env.get("LOTSENPORTAL_MEMBER", "portal"))
        return mkdocs_build(project, env)

    def recorded(site: Path, skip: Collection[str] = ()) -> gates.GateResult:
        unread.append(sorted(skip))
        return links(site, skip)

    def one_machine(out: Path) -> None:
        built.append([])
        code = federation.build(file, out, root=ROOT, only=LANG, jobs=2, cache=cache)
        assert code == 0
        built[-1].sort()

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        patch.setattr(federation_parts, "mkdocs_build", counted)
        patch.setattr(gates, "links", recorded)
        one_machine(base / "first")
        one_machine(base / "again")
        site = data / "wolfsgau" / "site.yml"
        text = site.read_text(encoding="utf-8")
        assert "security_expires: 2027-09-27" in text
        site.write_text(text.replace("2027-09-27", "2027-09-28"), encoding="utf-8")
        one_machine(base / "changed")
        # The CI jobs: the portal and each Kreis (side by side), then the assembly.
        parts = base / "parts"
        finished(
            cli("build-portal", str(file), "--lang", "ar", "--out", "parts/portal", cwd=base),
            *(cli("build-kreis", str(file), kreis, "--lang", "ar", cwd=base) for kreis in KREISE),
        )
        assert sorted(p.name for p in (base / "federation-parts").iterdir()) == [
            f"kreis-{kreis}" for kreis in KREISE
        ]
        for kreis in KREISE:
            (base / "federation-parts" / f"kreis-{kreis}").rename(parts / f"kreis-{kreis}")
        finished(cli("assemble", str(file), "--parts", "parts", "--out", "split", cwd=base))
        yield Scenario(
            base / "first", base / "again", base / "changed", base / "split", built, unread
        )


def test_the_split_build_equals_the_one_machine_build_byte_for_byte(scenario: Scenario) -> None:
    split = files_of(scenario.split)
    assert len(split) > 200
    assert {"index.html", "reihertal/ar/index.html", "wolfsgau/index.html"} <= split.keys()
    assert "assets/javascripts/lazy-search.js" in split  # one assets/ for the whole federation
    assert not [name for name in split if name.startswith(tuple(f"{k}/assets/" for k in KREISE))]
    assert differences(scenario.split, scenario.changed) == []
    # The parts' stamps stay out of the site.
    assert not [name for name in split if federation_parts.PART_FILE in name]


def test_a_rerun_without_changes_builds_nothing_and_gives_the_same_site(
    scenario: Scenario,
) -> None:
    assert scenario.built[0] == ["portal", *KREISE]
    assert scenario.built[1] == []
    assert differences(scenario.first, scenario.again) == []


def test_links_are_read_again_only_where_something_was_built(scenario: Scenario) -> None:
    """The first build reads every page; a Kreis from the cache whose pages passed before is
    not read again (the portal always is, and so is every rebuilt Kreis)."""
    assert scenario.unread[0] == []
    assert scenario.unread[1] == list(KREISE)
    assert scenario.unread[2] == ["reihertal"]  # wolfsgau changed


def test_a_broken_link_in_a_rebuilt_kreis_still_stops_the_assembly(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for kreis, target in (("reihertal", "index.html"), ("wolfsgau", "fehlt.html")):
        (site / kreis).mkdir(parents=True)
        (site / kreis / "index.html").write_text(f'<a href="{target}">x</a>', encoding="utf-8")
    (site / "index.html").write_text('<a href="reihertal/">x</a>', encoding="utf-8")
    assert gates.links(site, skip={"wolfsgau"}).passed
    assert not gates.links(site, skip={"reihertal"}).passed


def test_a_changed_kreis_is_rebuilt_alone_with_the_portal(scenario: Scenario) -> None:
    assert scenario.built[2] == ["portal", "wolfsgau"]
    changed = differences(scenario.first, scenario.changed)
    assert changed and all(name.startswith("wolfsgau/") for name in changed), changed
    security = scenario.changed / "wolfsgau" / ".well-known" / "security.txt"
    assert "2027-09-28" in security.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Without builds


def test_ids_lists_the_kreise_as_json(tmp_path: Path) -> None:
    synthetic.generate("mini", tmp_path / "data", root=ROOT, federation=True)
    run = cli("ids", "data/federation.yml", cwd=tmp_path)
    out, err = run.communicate()
    assert run.returncode == 0, err
    assert json.loads(out) == list(KREISE)


def _fake_part(folder: Path, name: str, site_url: str = "http://127.0.0.1:8000/") -> None:
    folder.mkdir(parents=True)
    (folder / "index.html").write_text("<!doctype html><title>x</title>", encoding="utf-8")
    write_stamp(folder, Stamp(name, site_url, ("de", "ar"), "0" * 20))


def test_assemble_names_a_missing_part_and_how_to_build_it(tmp_path: Path) -> None:
    synthetic.generate("mini", tmp_path / "data", root=ROOT, federation=True)
    _fake_part(tmp_path / "parts" / "portal", "portal")
    _fake_part(tmp_path / "parts" / "kreis-reihertal", "reihertal")
    run = cli("assemble", "data/federation.yml", "--parts", "parts", "--out", "site", cwd=tmp_path)
    _, err = run.communicate()
    assert run.returncode == 1
    assert err.splitlines() == [
        "parts/kreis-wolfsgau: Dieser Teil fehlt oder wurde nicht fertig gebaut. Bauen Sie ihn "
        "mit `lotsenportal federation build-kreis data/federation.yml wolfsgau --out "
        "parts/kreis-wolfsgau`."
    ]
    assert not (tmp_path / "site").exists()
    assert not (tmp_path / "site.next").exists()


def test_assemble_refuses_parts_built_for_another_address(tmp_path: Path) -> None:
    synthetic.generate("mini", tmp_path / "data", root=ROOT, federation=True)
    _fake_part(tmp_path / "parts" / "portal", "portal")
    _fake_part(tmp_path / "parts" / "kreis-reihertal", "reihertal")
    _fake_part(tmp_path / "parts" / "kreis-wolfsgau", "wolfsgau", "https://example.org/")
    run = cli("assemble", "data/federation.yml", "--parts", "parts", "--out", "site", cwd=tmp_path)
    _, err = run.communicate()
    assert run.returncode == 1
    assert "parts/kreis-wolfsgau: https://example.org/ (de, ar)" in err
    assert "parts/portal: http://127.0.0.1:8000/ (de, ar)" in err
    assert "--site-url" in err
    assert not (tmp_path / "site").exists()


def _project(root: Path) -> Path:
    """A small project: what a Kreis build reads besides its data."""
    for name, text in {
        "mkdocs.yml": "site_name: x\n",
        "overrides/theme/main.html": "{{ page }}\n",
        "scripts/hooks/hook.py": "x = 1\n",
        "locale/ar/LC_MESSAGES/ui.po": 'msgid ""\nmsgstr ""\n',
        "docs/de/was-ist-ein-lotse.md": "# Lotse\n",
        "docs/de/kontakte/index.md": "generated\n",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_key_changes_with_every_input_and_only_with_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "project")
    data = tmp_path / "kreis"
    (data / "kontakte").mkdir(parents=True)
    (data / "kontakte" / "a.yml").write_text("name: A\n", encoding="utf-8")
    epoch = {"now": int(EPOCH)}

    def key(site_url: str = "http://127.0.0.1:8000/k/", title: str = "T") -> str:
        return kreis_key(
            project_digest(root, ["de", "ar"]),
            kreis="k",
            folder=data,
            federation={"title": {"de": title}},
            languages=["de", "ar"],
            site_url=site_url,
            epoch=epoch["now"],
        )

    first = key()
    assert key() == first
    # What the generator writes into docs/ is rebuilt from the data: not an input.
    (root / "docs/de/kontakte/index.md").write_text("other\n", encoding="utf-8")
    assert key() == first
    keys = {first}
    for edit in (
        lambda: (data / "kontakte" / "a.yml").write_text("name: B\n", encoding="utf-8"),
        lambda: (data / "kontakte" / "b.yml").write_text("name: B\n", encoding="utf-8"),
        lambda: (root / "overrides/theme/main.html").write_text("{{ x }}\n", encoding="utf-8"),
        lambda: (root / "scripts/hooks/hook.py").write_text("x = 2\n", encoding="utf-8"),
        lambda: (root / "locale/ar/LC_MESSAGES/ui.po").write_text("#\n", encoding="utf-8"),
        lambda: (root / "docs/de/was-ist-ein-lotse.md").write_text("# L\n", encoding="utf-8"),
        lambda: (root / "mkdocs.yml").write_text("site_name: y\n", encoding="utf-8"),
        lambda: (root / "requirements.lock").write_text("mkdocs==1.6.1\n", encoding="utf-8"),
        lambda: epoch.update(now=int(EPOCH) + 1),
    ):
        edit()
        keys.add(key())
    keys |= {key(site_url="https://example.org/k/"), key(title="U")}
    assert len(keys) == 12


def _commit(repo: Path, when: str, *files: str) -> None:
    """A commit of `files` (written anew) at `when`, by an invented author."""
    for name in files:
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(f"{name} {when}\n", encoding="utf-8")
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    env |= {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org"}
    env |= {"GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    for command in (["add", "--all"], ["commit", "-q", "-m", when]):
        subprocess.run(["git", "-C", str(repo), *command], env=env, check=True, capture_output=True)


def test_a_part_s_epoch_and_key_follow_only_the_commits_to_its_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One repository holds the project, the package, federation.yml and two Kreise's data,
    as the shipped one does."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    repo = _project(tmp_path / "repo")
    monkeypatch.setattr(federation_parts, "PACKAGE", repo / "scripts" / "lotsenportal")
    subprocess.run(["git", "init", "-q", str(repo)], check=True, capture_output=True)
    folders = {kreis: repo / "kreise" / kreis for kreis in ("a", "b")}
    _commit(
        repo,
        "2026-01-05T10:00:00Z",
        "scripts/lotsenportal/pages.py",
        "federation.yml",
        *(f"kreise/{kreis}/kontakte/k.yml" for kreis in folders),
    )
    (repo / "notes.txt").write_text("not read by any build\n", encoding="utf-8")
    project = project_digest(repo, ["de"])

    def state() -> dict[str, tuple[int, str]]:
        """Each part's epoch and key."""
        parts = {}
        for kreis, folder in folders.items():
            epoch = part_epoch(repo, kreis_inputs(folder))
            key = kreis_key(
                project,
                kreis=kreis,
                folder=folder,
                federation={"title": {"de": "Verbund"}},
                languages=["de"],
                site_url=f"https://example.org/{kreis}/",
                epoch=epoch,
            )
            parts[kreis] = (epoch, key)
        inputs = portal_inputs(repo / "federation.yml", list(folders.values()))
        epoch = part_epoch(repo, inputs)
        key = portal_key(
            project,
            federation_file=repo / "federation.yml",
            folders=list(folders.values()),
            languages=["de"],
            site_url="https://example.org/",
            epoch=epoch,
        )
        parts["portal"] = (epoch, key)
        return parts

    jan5, jan7, jan8 = 1767607200, 1767780000, 1767866400
    first = state()
    assert {part: epoch for part, (epoch, _) in first.items()} == {
        "a": jan5,
        "b": jan5,
        "portal": jan5,
    }
    # Another file of the repository: no part's epoch moves.
    _commit(repo, "2026-01-06T10:00:00Z", "notes.txt")
    assert state() == first
    # Kreis A's data: A and the portal change; B keeps its epoch and its key (its cache entry).
    _commit(repo, "2026-01-07T10:00:00Z", "kreise/a/kontakte/k.yml")
    second = state()
    assert second["a"][0] == second["portal"][0] == jan7
    assert second["a"][1] != first["a"][1] and second["portal"][1] != first["portal"][1]
    assert second["b"] == first["b"]
    # federation.yml is the portal's; a Kreis reads only its title (a setting of its key).
    _commit(repo, "2026-01-07T12:00:00Z", "federation.yml")
    after = state()
    assert (after["a"], after["b"]) == (second["a"], first["b"])
    assert after["portal"][0] == jan7 + 2 * 3600
    # A shared template: every part.
    _commit(repo, "2026-01-08T10:00:00Z", "overrides/theme/main.html")
    project = project_digest(repo, ["de"])
    third = state()
    assert {part: epoch for part, (epoch, _) in third.items()} == {
        "a": jan8,
        "b": jan8,
        "portal": jan8,
    }
    assert not {key for _, key in third.values()} & {key for _, key in after.values()}
    # A value the user sets wins, in and outside a checkout.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert {epoch for epoch, _ in state().values()} == {int(EPOCH)}
    assert part_epoch(tmp_path / "elsewhere", []) == int(EPOCH)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    outside = tmp_path / "outside"
    outside.mkdir()
    monkeypatch.setattr(federation_parts, "PACKAGE", outside / "package")
    assert part_epoch(outside, kreis_inputs(outside / "kreis")) == reproducible.FALLBACK_EPOCH


def test_the_federation_leaves_source_date_epoch_to_its_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`lotsenportal federation` does not set one epoch for all parts (as `build` does for
    its site): each part's build gets its own."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    synthetic.generate("mini", tmp_path / "data", root=ROOT, federation=True)
    file = tmp_path / "data" / "federation.yml"
    assert lotsenportal_cli.main(["federation", "ids", str(file), "--root", str(ROOT)]) == 0
    assert "SOURCE_DATE_EPOCH" not in os.environ
    target = federation_build.target_for(file, root=ROOT, only=LANG)
    folder = (tmp_path / "data" / "wolfsgau").resolve()
    member = federation_file.load_member("wolfsgau", folder, target.codes)
    monkeypatch.setattr(federation_build, "copy_project", lambda root, work, codes: work)
    part = federation_build._kreis_part(target, member, tmp_path / "out", "")
    env = part.job(tmp_path / "work", tmp_path / "site").env
    assert env["SOURCE_DATE_EPOCH"] == str(part_epoch(ROOT, kreis_inputs(folder)))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    part = federation_build._kreis_part(target, member, tmp_path / "out", "")
    assert part.job(tmp_path / "work", tmp_path / "site").env["SOURCE_DATE_EPOCH"] == EPOCH


def test_build_kreis_never_empties_a_folder_that_holds_something_else(tmp_path: Path) -> None:
    synthetic.generate("mini", tmp_path / "data", root=ROOT, federation=True)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("keep me", encoding="utf-8")
    run = cli("build-kreis", "data/federation.yml", "wolfsgau", "--out", "notes", cwd=tmp_path)
    _, err = run.communicate()
    assert run.returncode == 1
    assert err.splitlines()[-1].startswith("notes: Der Ordner ist nicht leer")
    assert [p.name for p in (tmp_path / "notes").iterdir()] == ["todo.txt"]


def test_build_kreis_names_an_unknown_kreis(tmp_path: Path) -> None:
    synthetic.generate("mini", tmp_path / "data", root=ROOT, federation=True)
    run = cli("build-kreis", "data/federation.yml", "nirgendwo", cwd=tmp_path)
    _, err = run.communicate()
    assert run.returncode == 1
    assert err.strip() == (
        "Einen Kreis „nirgendwo“ gibt es in data/federation.yml nicht. "
        "Vorhanden: reihertal, wolfsgau."
    )
