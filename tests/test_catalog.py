"""Messages in German by default, in English on request, and as GitHub annotations."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lotsenportal.data.messages import CATALOG, language_from_environment

from .conftest import ROOT
from .test_validation import edit

SOURCES = "\n".join(
    p.read_text(encoding="utf-8") for p in (ROOT / "scripts/lotsenportal").rglob("*.py")
)


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_both_languages_have_the_same_placeholders(key: str) -> None:
    german, english = CATALOG[key]
    assert set(re.findall(r"\{(\w+)\}", german)) == set(re.findall(r"\{(\w+)\}", english))


def test_every_message_is_used() -> None:
    unused = [
        key
        for key in CATALOG
        if f'"{key}"' not in SOURCES
        and f"'{key}'" not in SOURCES
        and not key.startswith(("lp_", "ref_", "kind_"))
    ]
    assert unused == []


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "de"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_DE.UTF-8"}, "de"),
        ({"LANG": "C.UTF-8"}, "de"),
    ],
)
def test_message_language_follows_the_environment(environ: dict[str, str], expected: str) -> None:
    assert language_from_environment(environ) == expected


def validate(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"LANG", "LC_ALL", "LC_MESSAGES", "GITHUB_ACTIONS"}
    }
    return subprocess.run(
        [sys.executable, "-m", "lotsenportal", "validate", "--data", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**environ, **(env or {})},
        check=False,
    )


def test_english_messages_on_request(data_dir: Path) -> None:
    edit(data_dir, "kontakte/erika-beispiel.yml", 'phone: "06172 123456"', "phone: 06172123456")
    for result in (
        validate(data_dir, "--sprache", "en"),
        validate(data_dir, env={"LANG": "en_GB.UTF-8"}),
    ):
        assert result.returncode == 1
        assert result.stderr.splitlines()[0] == (
            "kontakte/erika-beispiel.yml:4:8: phone: YAML reads 06172123456 as a number, but text is "
            'expected here. Put the value in quotes: phone: "06172123456"'
        )
        assert "nothing was published" in result.stderr


def test_github_annotations_point_at_the_changed_line(data_dir: Path) -> None:
    edit(data_dir, "kontakte/erika-beispiel.yml", "published: true", "published: yes")
    result = validate(data_dir, env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    file = os.path.relpath(data_dir / "kontakte/erika-beispiel.yml", ROOT)
    assert (
        f"::error file={file},line=7,col=12::published: Schreiben Sie true (ja) oder false (nein), "
        "ohne Anführungszeichen. Gefunden: „yes“."
    ) in result.stdout.splitlines()


def test_warnings_do_not_fail_validation(data_dir: Path) -> None:
    edit(data_dir, "kontakte/erika-beispiel.yml", "reviewed: 2026-01-15", "reviewed: 2020-01-15")
    result = validate(data_dir, env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 0
    assert "Warnung: reviewed: Zuletzt geprüft am 15.01.2020" in result.stderr
    assert any(line.startswith("::warning file=") for line in result.stdout.splitlines())
