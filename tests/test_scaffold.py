"""New records written by `lotsenportal new` validate, and appear on the site."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from lotsenportal.dataset import load_dataset
from lotsenportal.scaffold import ScaffoldError, create, slugify

from .conftest import ROOT

LANGS = ["de", "en", "ar"]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Jürgen Groß", "juergen-gross"),
        ("Ayşe Yılmaz", "ayse-yilmaz"),
        ("  Schule & Kita ", "schule-kita"),
    ],
)
def test_ids_follow_the_id_rule(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_new_contact_from_flags_is_valid_and_published(data_dir: Path) -> None:
    created = create(
        "kontakt",
        data_dir,
        {
            "name": "Ayşe Yılmaz",
            "organisation": "beispielverein",
            "role": "Lotsin: Arabisch",
            "phone": "06081 123456",
            "published": True,
        },
        today=date(2026, 11, 24),
    )
    assert created == data_dir / "kontakte/ayse-yilmaz.yml"
    text = created.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/kontakte.schema.json\n")
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    contact = dataset.contacts["ayse-yilmaz"].model
    assert contact.role == "Lotsin: Arabisch"
    assert contact.published is True


def test_new_records_of_every_kind_validate(data_dir: Path) -> None:
    create(
        "projekt",
        data_dir,
        {
            "title": "Lotsen für Usingen",
            "organisation": "beispielamt",
            "summary": "Ein neues Projekt.",
        },
    )
    create(
        "einsatzfeld",
        data_dir,
        {
            "title": "Sprachkurse",
            "summary": "Anmeldung zum Kurs.",
            "description": "Eine Lotsin hilft.\n\nSie entscheiden selbst.",
            "icon": "material/translate",
        },
    )
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    assert "lotsen-fuer-usingen" in dataset.projects
    assert "sprachkurse" in dataset.einsatzfelder


def test_questions_are_asked_for_what_is_missing(data_dir: Path) -> None:
    answers = iter(["Erik Neu", "nirgends", "beispielverein"])
    with pytest.raises(ScaffoldError, match="„nirgends“ gibt es nicht"):
        create("kontakt", data_dir, {}, ask=lambda prompt: next(answers))
    answers = iter(["Erik Neu", "beispielverein", "Lotse", "", "", "", "ja"])
    created = create("kontakt", data_dir, {}, ask=lambda prompt: next(answers))
    assert "published: true" in created.read_text(encoding="utf-8")


def test_existing_files_are_never_overwritten(data_dir: Path) -> None:
    with pytest.raises(ScaffoldError, match="gibt es schon"):
        create(
            "kontakt",
            data_dir,
            {"name": "Erika Beispiel", "organisation": "beispielverein", "role": "x"},
        )


def test_wrong_value_on_the_command_line_leaves_no_file(data_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lotsenportal",
            "new",
            "kontakt",
            "--data",
            str(data_dir),
            "--name",
            "Erik Neu",
            "--organisation",
            "beispielverein",
            "--role",
            "Lotse",
            "--phone",
            "12",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 1
    assert "kontakte/erik-neu.yml:8:8: phone: „12“ ist keine gültige Telefonnummer" in result.stderr
    assert not (data_dir / "kontakte/erik-neu.yml").exists()


def test_missing_flag_without_terminal_is_an_error(data_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lotsenportal",
            "new",
            "kontakt",
            "--data",
            str(data_dir),
            "--name",
            "Erik Neu",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 1
    assert "Angabe fehlt: --organisation" in result.stderr
