"""Publishing swaps the whole site in one step; a failed or stopped run changes nothing."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lotsenportal.build import publish as publishing
from lotsenportal.build.publish import publish

from .conftest import ROOT


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def fake_site(folder: Path, text: str) -> Path:
    (folder / "de").mkdir(parents=True)
    (folder / "index.html").write_text(text, encoding="utf-8")
    (folder / "de/index.html").write_text(text, encoding="utf-8")
    return folder


def test_publish_replaces_the_site_in_one_step_and_keeps_releases(tmp_path: Path) -> None:
    dest = tmp_path / "www"
    publish(fake_site(tmp_path / "one", "eins"), dest)
    publish(fake_site(tmp_path / "two", "zwei"), dest)
    assert dest.is_symlink()
    assert (dest / "index.html").read_text(encoding="utf-8") == "zwei"
    assert (
        len([p for p in (tmp_path / "www.releases").iterdir() if not p.name.startswith(".")]) == 2
    )


def test_an_existing_plain_folder_becomes_the_first_release(tmp_path: Path) -> None:
    dest = fake_site(tmp_path / "www", "alt")
    publish(fake_site(tmp_path / "new", "neu"), dest)
    assert (dest / "index.html").read_text(encoding="utf-8") == "neu"
    assert (tmp_path / "www.releases/0-initial/index.html").read_text(encoding="utf-8") == "alt"


def test_a_copy_stopped_half_way_leaves_the_published_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "www"
    publish(fake_site(tmp_path / "one", "eins"), dest)
    before = snapshot(dest)

    def broken_copy(source: Path, target: Path, **kwargs: object) -> None:
        Path(target).mkdir()
        (Path(target) / "index.html").write_text("halb", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(publishing.shutil, "copytree", broken_copy)
    with pytest.raises(OSError):
        publish(fake_site(tmp_path / "two", "zwei"), dest)
    assert snapshot(dest) == before
    monkeypatch.undo()
    publish(fake_site(tmp_path / "three", "drei"), dest)
    assert not list((tmp_path / "www.releases").glob(".*.partial"))


def make(*args: str) -> subprocess.Popen[str]:
    """`make publish` for a public address (a build for publishing needs one)."""
    return subprocess.Popen(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        env={**os.environ, "SITE_URL": "https://lotsen.example.org/"},
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def test_failed_build_leaves_destination_byte_identical(tmp_path: Path, data_dir: Path) -> None:
    dest = fake_site(tmp_path / "www", "zuletzt veröffentlicht")
    before = snapshot(dest)
    contact = data_dir / "kontakte/erika-beispiel.yml"
    contact.write_text(
        contact.read_text(encoding="utf-8").replace("published: true", "published: ja"),
        encoding="utf-8",
    )
    process = make("publish", f"DATA={data_dir}", f"SITE={tmp_path / 'site'}", f"DEST={dest}")
    _, errors = process.communicate(timeout=120)
    assert process.returncode != 0 and "published:" in errors
    assert snapshot(dest) == before and not dest.is_symlink()


def test_killed_build_leaves_destination_byte_identical(tmp_path: Path, data_dir: Path) -> None:
    dest = fake_site(tmp_path / "www", "zuletzt veröffentlicht")
    before = snapshot(dest)
    process = make("publish", f"DATA={data_dir}", f"SITE={tmp_path / 'site'}", f"DEST={dest}")
    time.sleep(4)  # validation is done; MkDocs is building
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert snapshot(dest) == before and not dest.is_symlink()
    assert not (tmp_path / "site").exists()  # the half-built site.next never replaced anything


def test_workflow_files_are_valid() -> None:
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert checker is not None
    workflows = sorted(str(p) for p in (ROOT / ".github/workflows").glob("*.yml"))
    result = subprocess.run(
        [checker, "--builtin-schema", "vendor.github-workflows", *workflows],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _workflow(name: str) -> dict[str, object]:
    import yaml

    loaded = yaml.safe_load((ROOT / ".github/workflows" / name).read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_every_action_is_pinned_by_commit_with_its_tag_in_a_comment() -> None:
    import re

    for file in sorted((ROOT / ".github/workflows").glob("*.yml")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d", line), (file, line)


def test_pull_requests_get_the_data_verdict_first_and_the_long_suite_after_it() -> None:
    workflow = _workflow("pull-request.yml")
    assert "pull_request" in workflow[True]  # type: ignore[index]  # YAML 1.1 reads `on` as true
    jobs = workflow["jobs"]
    assert isinstance(jobs, dict)
    verdict, suite = jobs["verdict"], jobs["test"]
    runs = [step.get("run", "") for step in verdict["steps"]]
    uses = [step.get("uses", "") for step in verdict["steps"]]
    assert runs[2] == "make validate FORMAT=github"  # first, right after checkout and Python
    assert any("make translations-check" in run for run in runs)
    assert any(run.strip() == "make site" for run in runs)
    assert any("format --check --format github" in run for run in runs)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    summary = verdict["steps"][-1]
    assert "GITHUB_STEP_SUMMARY" in summary["run"] and "artifact-url" in str(summary["env"])
    assert "lotsenportal report" in summary["run"]
    assert suite["needs"] == "verdict" and suite["steps"][-1]["run"] == "make test"
    # The publishing workflow no longer runs on pull requests: one verdict, not two.
    assert "pull_request" not in _workflow("publish.yml")[True]  # type: ignore[operator]
