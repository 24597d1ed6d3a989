"""`make site` builds the languages in parallel processes; the merged site must be the site one
process builds – same files, same bytes (archives and gzip compared by content)."""

from __future__ import annotations

import gzip
import subprocess
import sys
import zipfile
from pathlib import Path

from lotsenportal.build.parallel import parts
from lotsenportal.data.languages import Language

from .conftest import ROOT


def test_languages_are_dealt_into_parts_with_german_in_none() -> None:
    languages = [Language("de", "Deutsch", default=True)] + [
        Language(code, code) for code in ("en", "ar", "fa", "uk", "ti")
    ]
    assert parts(languages, 2) == [["en", "fa", "ti"], ["ar", "uk"]]
    assert parts(languages, 1) == [["en", "ar", "fa", "uk", "ti"]]
    assert len(parts(languages, 64)) == 5


def _content(file: Path) -> object:
    if file.suffix == ".zip":
        archive = zipfile.ZipFile(file)
        return [(name, archive.read(name)) for name in archive.namelist()]
    if file.suffix == ".gz":
        return gzip.decompress(file.read_bytes())
    return file.read_bytes()


def test_two_processes_build_the_same_site_as_one(site: Path) -> None:
    project = site.parent
    merged = project / "built-in-parts"
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "lotsenportal"),
            "build",
            "--root",
            str(project),
            "--data",
            str(ROOT / "data"),
            "--site-dir",
            str(merged),
            "--jobs",
            "2",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Sprachen de en" in result.stderr  # it did run in parts

    def files(folder: Path) -> set[str]:
        return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}

    assert files(merged) == files(site)
    different = [
        name for name in sorted(files(site)) if _content(site / name) != _content(merged / name)
    ]
    assert different == []
    assert not list(project.glob("built-in-parts.part*"))
