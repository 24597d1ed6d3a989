"""The GitHub workflows (.github/workflows/) are checked here, before GitHub runs them.

check-jsonschema (in requirements.lock) ships GitHub's workflow schema
(`--builtin-schema vendor.github-workflows`), so the check needs no network; the tests run it
in this process with every connection refused, and prove that refusal works.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import check_jsonschema  # type: ignore[import-untyped]
import pytest
from click.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.y*ml"))


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every name look-up and connection fails (and is recorded)."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise NetworkUsed(f"network used: {args[:2]!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    yield attempts


def _check(*arguments: str) -> Result:
    return CliRunner().invoke(check_jsonschema.main, ["--no-cache", *arguments])


def _check_workflows(*files: Path) -> Result:
    return _check("--builtin-schema", "vendor.github-workflows", *map(str, files))


def test_there_are_workflows() -> None:
    assert {p.name for p in WORKFLOWS} >= {"publish.yml", "pull-request.yml"}


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_every_workflow_is_valid_offline(workflow: Path, offline: list[str]) -> None:
    result = _check_workflows(workflow)
    assert result.exit_code == 0, result.output
    assert "ok -- validation done" in result.output
    assert offline == []


def test_the_network_guard_stops_check_jsonschema(offline: list[str]) -> None:
    """Without this, the offline test above could pass while the schema was downloaded."""
    result = _check("--schemafile", "https://example.org/workflow-schema.json", str(WORKFLOWS[0]))
    assert result.exit_code != 0
    assert offline, "check-jsonschema fetched a remote schema past the guard"


BROKEN = {
    "job without runs-on": "jobs:\n  build:\n    steps:\n      - run: make test\n",
    "unknown event": "on: pull_requests\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
    "    steps:\n      - run: make test\n",
    "misspelt steps": "jobs:\n  build:\n    runs-on: ubuntu-latest\n    step:\n"
    "      - run: make test\n",
}


@pytest.mark.parametrize("mistake", sorted(BROKEN))
def test_a_broken_workflow_is_refused(mistake: str, tmp_path: Path, offline: list[str]) -> None:
    text = BROKEN[mistake]
    if not text.startswith("on:"):
        text = "on: pull_request\n" + text
    workflow = tmp_path / "broken.yml"
    workflow.write_text("name: Kaputt\n" + text, encoding="utf-8")
    result = _check_workflows(*WORKFLOWS, workflow)
    assert result.exit_code == 1
    assert "Schema validation errors were encountered." in result.output
    assert "broken.yml::$." in result.output
    assert offline == []


USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$")
PINNED = re.compile(r"^(?P<action>[\w.-]+/[\w./-]+)@(?P<sha>[0-9a-f]{40})$")


def _uses() -> list[tuple[str, int, str, str]]:
    found = []
    for workflow in WORKFLOWS:
        lines = workflow.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            match = USES.match(line)
            if match:
                found.append((workflow.name, number, match.group(1), match.group(2)))
    return found


def test_every_action_is_pinned_by_commit_with_its_version() -> None:
    """A tag can be moved to other code; a commit cannot. The comment names the version."""
    uses = _uses()
    assert uses
    for name, number, target, rest in uses:
        if target.startswith("./"):
            continue
        assert PINNED.match(target), f"{name}:{number}: {target} ist nicht per Commit-SHA fest"
        assert re.match(r"\s*# v\d", rest), f"{name}:{number}: Kommentar mit der Version fehlt"


def test_one_action_one_commit_in_every_workflow() -> None:
    pins: dict[str, set[str]] = {}
    for _, _, target, rest in _uses():
        match = PINNED.match(target)
        if match:
            pins.setdefault(match["action"], set()).add(f"{match['sha']} {rest.strip()}")
    assert {action: shas for action, shas in pins.items() if len(shas) > 1} == {}
