"""One gate for data: `make validate` accepts every form that keeps the meaning (CRLF, BOM,
trailing spaces, flow lists, no final newline, extra spaces after a colon); `make format` tidies
that form without touching content or comments; `validate --format github` annotates lines."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from lotsenportal.cli import main
from lotsenportal.data.dataset import Dataset
from lotsenportal.data.fileformat import format_data, normalise
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.problems import DataError

from .conftest import ROOT

LANGS = ["de", "en", "ar"]
CONTACT = "kontakte/erika-beispiel.yml"
PROJECT = "projekte/beispiel-lotsen.yml"


def load(data_dir: Path) -> Dataset:
    return load_dataset(data_dir, LANGS, today=date(2026, 11, 24))


def facts(data: Dataset) -> dict[str, object]:
    """What the site is built from, without positions."""
    return {
        f"{kind}/{key}": record.model
        for kind, records in (
            ("org", data.organisations),
            ("project", data.projects),
            ("contact", data.contacts),
            ("news", data.news),
        )
        for key, record in records.items()
    } | {"site": data.site.model, "towns": data.towns}


def _lines(change: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(change(line) for line in text.split("\n"))


FORMS = [
    pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
    pytest.param(lambda t: "\ufeff" + t, id="bom"),
    pytest.param(_lines(lambda line: line + "   " if line else line), id="trailing-spaces"),
    pytest.param(lambda t: t.replace("[de, ar, tr]", "[ de, ar, tr ]"), id="flow-list-spaces"),
    pytest.param(
        lambda t: t.replace("languages: [de, ar, tr]", "languages:\n  - de\n  - ar\n  - tr"),
        id="block-list",
    ),
    pytest.param(lambda t: t.rstrip("\n"), id="no-final-newline"),
    pytest.param(
        lambda t: t.replace("name: ", "name:   ").replace("role: ", "role:  "), id="spaces"
    ),
    pytest.param(lambda t: "\ufeff" + t.replace("\n", "   \r\n").rstrip("\r\n"), id="all-at-once"),
]


@pytest.mark.parametrize("form", FORMS)
def test_meaning_preserving_form_is_accepted(data_dir: Path, form: Callable[[str], str]) -> None:
    before = facts(load(data_dir))
    for name in (CONTACT, PROJECT, "site.yml"):
        file = data_dir / name
        file.write_bytes(form(file.read_text(encoding="utf-8")).encode("utf-8"))
    assert facts(load(data_dir)) == before


@pytest.mark.parametrize("form", FORMS)
def test_positions_stay_right_in_any_form(data_dir: Path, form: Callable[[str], str]) -> None:
    file = data_dir / CONTACT
    text = file.read_text(encoding="utf-8").replace('phone: "06172 123456"', "phone: 06172123456")
    file.write_bytes(form(text).encode("utf-8"))
    with pytest.raises(DataError) as caught:
        load(data_dir)
    [problem] = caught.value.problems.errors
    assert (problem.path.as_posix(), problem.line) == (CONTACT, 4)


def test_format_tidies_form_and_keeps_content_and_comments(data_dir: Path) -> None:
    file = data_dir / CONTACT
    tidy = "# Kommentar bleibt  \n" + file.read_text(encoding="utf-8")
    messy = "\ufeff" + tidy.replace("\n", "  \r\n").rstrip("\r\n")
    file.write_bytes(messy.encode("utf-8"))
    before = facts(load(data_dir))
    assert format_data(data_dir, check=True) == [file]
    assert file.read_bytes() == messy.encode("utf-8")  # --check changes nothing
    assert format_data(data_dir) == [file]
    assert file.read_text(encoding="utf-8") == tidy.replace("bleibt  \n", "bleibt\n")
    assert facts(load(data_dir)) == before
    assert format_data(data_dir) == []  # idempotent


def test_format_keeps_spaces_that_belong_to_a_block_text() -> None:
    text = "body: |\n  Zeile mit Umbruch  \n  zweite Zeile\ntitle: Titel   \n"
    assert normalise(text) == "body: |\n  Zeile mit Umbruch  \n  zweite Zeile\ntitle: Titel\n"
    assert normalise(normalise(text)) == normalise(text)


def test_format_leaves_unreadable_yaml_content_alone() -> None:
    assert normalise("name: [offen  \r\n") == "name: [offen  \n"
    assert normalise("") == ""


def test_format_command_checks_and_fixes(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = data_dir / CONTACT
    file.write_bytes(file.read_bytes().replace(b"\n", b"\r\n"))
    os.environ.pop("GITHUB_ACTIONS", None)
    assert main(["format", "--check", "--data", str(data_dir), "--format", "github"]) == 1
    out, err = capsys.readouterr()
    assert "Führen Sie `make format` aus" in err
    assert out.startswith("::warning file=") and "erika-beispiel.yml,line=1,col=1::" in out
    assert main(["format", "--data", str(data_dir)]) == 0
    assert b"\r" not in file.read_bytes()
    assert main(["format", "--check", "--data", str(data_dir)]) == 0


def test_validate_github_format_annotates_the_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.chdir(data_dir.parent)
    file = data_dir / CONTACT
    file.write_text(
        file.read_text(encoding="utf-8").replace('phone: "06172 123456"', "phone: 06172123456"),
        encoding="utf-8",
    )
    args = ["validate", "--data", str(data_dir), "--root", str(ROOT)]
    assert main([*args, "--format", "github"]) == 1
    out = capsys.readouterr().out.splitlines()
    errors = [line for line in out if line.startswith("::error ")]
    assert len(errors) == 1
    assert errors[0].startswith(
        "::error file=data/kontakte/erika-beispiel.yml,line=4,col=8::phone:"
    )
    # Valid data: the warnings alone, on their lines.
    file.write_text(
        file.read_text(encoding="utf-8").replace("phone: 06172123456", 'phone: "06172 123456"'),
        encoding="utf-8",
    )
    assert main([*args, "--format", "github"]) == 0
    out = capsys.readouterr().out.splitlines()
    annotations = [line for line in out if line.startswith("::")]
    assert len(annotations) == 1
    assert annotations[0].startswith(
        "::warning file=data/projekte/beispiel-lotsen.yml,line=10,col=5::contacts[2]: "
    )
    # Without --format github (and outside GitHub Actions): plain messages only.
    assert main(args) == 0
    assert "::warning" not in capsys.readouterr().out


def test_data_has_one_gate_yamllint_checks_only_labels_and_fixtures() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    [line] = [line for line in makefile.splitlines() if "yamllint --strict" in line]
    assert " data " not in f"{line} " and "overrides/strings" in line
    assert "format: $(BIN)/.installed" in makefile
