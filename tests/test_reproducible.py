"""Reproducible output: two builds of one commit are the same bytes, file by file — zips, the
gzipped sitemap and every time stamp included — so a cache can key on the output and anyone can
check that a published site came from a reviewed commit."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from lotsenportal.build import parallel
from lotsenportal.site import reproducible

from .conftest import FIXTURES, copy_project


def _build(base: Path, name: str, seed: str) -> Path:
    """`lotsenportal build` in two processes (as `make site`) of the fixture data, in a project
    copy and data folder of its own outside any git checkout, SOURCE_DATE_EPOCH not set; with
    its own hash seed, so any output that follows the order of a set shows."""
    project = copy_project(base / name)
    data = base / f"{name}-data"
    shutil.copytree(FIXTURES / "minimal", data)
    site = base / f"{name}-site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": seed}
    for variable in ("SOURCE_DATE_EPOCH", "SITE_URL", "SITE_DIR", "LOTSENPORTAL_DATA"):
        env.pop(variable, None)
    command = [str(Path(sys.executable).parent / "lotsenportal"), "build", "--jobs", "2"]
    command += ["--root", str(project), "--data", str(data), "--site-dir", str(site)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("reproducible")
    first = _build(base, "first", "1")
    time.sleep(1.1)  # a clock that moved on shows in any time stamp taken from it
    return first, _build(base, "second", "2")


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _difference(name: str, one: bytes, other: bytes) -> str:
    """Where two versions of a file differ, inside a zip down to the member."""
    if name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(one)) as a, zipfile.ZipFile(io.BytesIO(other)) as b:
            for left, right in zip(a.infolist(), b.infolist(), strict=False):
                if (left.filename, left.date_time) != (right.filename, right.date_time):
                    return f"{name}: {left.filename} {left.date_time} ≠ {right.date_time}"
                if a.read(left) != b.read(right):
                    return f"{name}: member {left.filename}"
    if name.endswith(".gz"):
        same = gzip.decompress(one) == gzip.decompress(other)
        return f"{name}: {'gzip header' if same else 'content'}"
    return name


def test_two_builds_of_one_commit_are_the_same_bytes(two_builds: tuple[Path, Path]) -> None:
    first, second = two_builds
    assert _files(first) == _files(second)
    for name in _files(first):
        one, other = (first / name).read_bytes(), (second / name).read_bytes()
        assert one == other, f"first file that differs: {_difference(name, one, other)}"


def test_outside_git_every_time_stamp_is_the_documented_date(
    two_builds: tuple[Path, Path],
) -> None:
    site = two_builds[0]
    fixed = time.strftime("%Y-%m-%d", time.gmtime(reproducible.FALLBACK_EPOCH))
    assert fixed == "1980-01-01"
    lastmods = set(re.findall(r"<lastmod>([^<]*)</lastmod>", (site / "sitemap.xml").read_text()))
    assert lastmods == {fixed}
    header = (site / "sitemap.xml.gz").read_bytes()[4:8]
    assert int.from_bytes(header, "little") == reproducible.FALLBACK_EPOCH
    documents = sorted((site / "api" / "v1").glob("*.json"))
    generated = {json.loads(doc.read_text(encoding="utf-8")).get("generated") for doc in documents}
    assert generated == {fixed, None}  # None: the schemas, which carry no date
    for archive in (site / "offline").glob("*.zip"):
        with zipfile.ZipFile(archive) as opened:
            assert {info.date_time[:3] for info in opened.infolist()} == {(1980, 1, 1)}


def _git(folder: Path, *args: str, when: str = "") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    env |= {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org"}
    env |= {"GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    subprocess.run(["git", "-C", str(folder), *args], env=env, check=True, capture_output=True)


def test_the_epoch_is_the_last_commit_of_the_latest_checkout(tmp_path: Path) -> None:
    project, data, plain = tmp_path / "project", tmp_path / "data", tmp_path / "plain"
    for folder, when in ((project, "2026-03-01T10:00:00Z"), (data, "2026-05-02T08:30:00Z")):
        folder.mkdir()
        _git(folder, "init", "-q")
        (folder / "a.txt").write_text("a", encoding="utf-8")
        _git(folder, "add", "a.txt")
        _git(folder, "commit", "-q", "-m", "a", when=when)
    plain.mkdir()
    (data / "sub").mkdir()  # a folder inside a checkout has its commit
    assert reproducible.source_date_epoch([project]) == 1772359200
    assert reproducible.source_date_epoch([project, data / "sub", plain]) == 1777710600
    assert reproducible.source_date_epoch([plain]) == reproducible.FALLBACK_EPOCH


def test_a_given_epoch_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    assert reproducible.ensure([tmp_path]) == 1764460800
    assert str(reproducible.build_date()) == "2025-11-30"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert reproducible.ensure([tmp_path]) == reproducible.FALLBACK_EPOCH
    assert os.environ["SOURCE_DATE_EPOCH"] == str(reproducible.FALLBACK_EPOCH)


def test_the_merged_sitemap_keeps_the_gzip_time_mkdocs_wrote(tmp_path: Path) -> None:
    with (
        (tmp_path / "sitemap.xml.gz").open("wb") as raw,
        gzip.GzipFile("sitemap.xml", "wb", fileobj=raw, mtime=1764460800) as packed,
    ):
        packed.write(b"<urlset/>")
    parallel._write_sitemap(tmp_path, "<urlset>merged</urlset>")
    written = (tmp_path / "sitemap.xml.gz").read_bytes()
    assert int.from_bytes(written[4:8], "little") == 1764460800
    assert gzip.decompress(written) == b"<urlset>merged</urlset>"
