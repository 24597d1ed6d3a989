"""New records written by `lotsenportal new` validate, and appear on the site."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from lotsenportal.data.loading import load_dataset
from lotsenportal.data.problems import DataError
from lotsenportal.data.scaffold import (
    BLUEPRINTS,
    PLACEHOLDER,
    REPOSITORY_TEMPLATES,
    ScaffoldError,
    create,
    slugify,
    yes_or_no,
)
from lotsenportal.render.editor_schemas import KINDS

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
            "title": "Lotsen für Musterstadt",
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
    assert "lotsen-fuer-musterstadt" in dataset.projects
    assert "sprachkurse" in dataset.einsatzfelder


def test_questions_are_asked_for_what_is_missing(data_dir: Path) -> None:
    answers = iter(["Erik Neu", "nirgends", "beispielverein", "Lotse", "", "", "", "ja"])
    reasons: list[str] = []
    created = create("kontakt", data_dir, {}, ask=lambda prompt: next(answers), tell=reasons.append)
    assert "published: true" in created.read_text(encoding="utf-8")
    assert len(reasons) == 1
    assert "„nirgends“ gibt es nicht" in reasons[0]
    assert "beispielamt, beispielverein" in reasons[0]  # the known ids, to choose from


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
    assert "„12“" in result.stderr  # the phone number is checked before anything is written
    assert "--organisation" not in result.stderr
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
    assert "--organisation" in result.stderr
    assert "keine Datei geschrieben" in result.stderr
    assert not (data_dir / "kontakte/erik-neu.yml").exists()


# --- Templates staff copy in the GitHub web editor (data/vorlagen/) ---------------------------

# Example answers for every `"[[…]]"` place of the templates, by field.
EXAMPLES = {
    "name": "Erika Muster",
    "organisation": "beispielverein",
    "role": "Lotsin für Arabisch",
    "reviewed": "2026-11-24",
    "title": "Neue Lotsinnen in Musterstadt",
    "summary": "Zwölf Ehrenamtliche begleiten zu Ärzten und Ämtern.",
    "description": "Eine Lotsin geht mit Ihnen zur Anmeldung.",
    "icon": "material/translate",
    "date": "2026-11-24",
    "body": "Die Schulung ist abgeschlossen.",
    "kind": "carrier",
}
# Template → the data folder its copies go to.
TEMPLATES = {
    "kontakt": "kontakte",
    "projekt": "projekte",
    "einsatzfeld": "einsatzfelder",
    "meldung": "aktuelles",
    "organisation": "organisationen",
}


def _filled(text: str) -> str:
    """What staff do in the web editor: replace each `[[…]]`, keep the quotes."""

    def example(match: re.Match[str]) -> str:
        return f'{match["key"]}: "{EXAMPLES[match["key"]]}"'

    return re.sub(r'^(?P<key>[a-z_]+): "\[\[[^\n]*\]\]"$', example, text, flags=re.M)


def test_there_is_a_template_for_every_kind_and_command() -> None:
    assert sorted(p.stem for p in REPOSITORY_TEMPLATES.glob("*.yml")) == sorted(TEMPLATES)
    for blueprint in BLUEPRINTS.values():
        assert TEMPLATES[blueprint.template] == blueprint.folder


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_each_template_validates_once_its_places_are_filled(data_dir: Path, template: str) -> None:
    folder = TEMPLATES[template]
    text = (REPOSITORY_TEMPLATES / f"{template}.yml").read_text(encoding="utf-8")
    modeline = next(k for k in KINDS if k.name == folder).modeline()
    assert text.startswith(modeline + "\n")  # the editor's help works in the copy too
    assert PLACEHOLDER.search(text), "a template marks what to fill in"
    filled = _filled(text)
    assert not [line for line in filled.splitlines() if not line.startswith("#") and "[[" in line]
    (data_dir / folder / "neu-aus-vorlage.yml").write_text(filled, encoding="utf-8")
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    records = {
        "kontakte": dataset.unpublished,  # published: false until consent is documented
        "projekte": dataset.projects,
        "einsatzfelder": dataset.einsatzfelder,
        "aktuelles": dataset.news,
        "organisationen": dataset.organisations,
    }[folder]
    if folder == "kontakte":
        assert Path("kontakte/neu-aus-vorlage.yml") in records
    else:
        assert "neu-aus-vorlage" in records


def test_a_place_left_unfilled_is_named(data_dir: Path) -> None:
    text = (REPOSITORY_TEMPLATES / "projekt.yml").read_text(encoding="utf-8")
    filled = _filled(text).replace(
        f'title: "{EXAMPLES["title"]}"', 'title: "[[Name des Projekts]]"'
    )
    (data_dir / "projekte/halb-fertig.yml").write_text(filled, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    messages = [str(p) for p in caught.value.problems.errors]
    line = filled.splitlines().index('title: "[[Name des Projekts]]"') + 1
    assert any(
        m.startswith(f"projekte/halb-fertig.yml:{line}:") and "[[Name des Projekts]]" in m
        for m in messages
    ), messages


def test_the_templates_folder_is_not_data(data_dir: Path) -> None:
    shutil.copytree(REPOSITORY_TEMPLATES, data_dir / "vorlagen")
    dataset = load_dataset(data_dir, LANGS, today=date(2026, 11, 24))
    assert "projekt" not in dataset.projects
    assert len(dataset.projects) == 1


# --- `lotsenportal new` with piped answers (no terminal) -------------------------------------


def _new(data_dir: Path, kind: str, answers: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lotsenportal", "new", kind, "--data", str(data_dir), *flags],
        input=answers,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={"LANG": "de_DE.UTF-8", "PATH": "/usr/bin:/bin"},
    )


@pytest.mark.parametrize(
    ("reply", "meaning"),
    [
        ("ja", True),
        ("Ja, liegt vor", True),
        ("j", True),
        ("JA", True),
        ("yes", True),
        ("y", True),
        ("nein", False),
        ("Nein, noch nicht", False),
        ("n", False),
        ("no", False),
        ("vielleicht", None),
        ("", None),
    ],
)
def test_everyday_yes_and_no(reply: str, meaning: bool | None) -> None:
    assert yes_or_no(reply) is meaning


def test_piped_answers_are_checked_one_by_one_and_asked_again(data_dir: Path) -> None:
    answers = "\n".join(
        [
            "Erik Neu",
            "nirgends",  # unknown organisation: the known ids are shown, asked again
            "beispielverein",
            "",  # the role is required
            "Lotse",
            "12",  # not a phone number
            "06081 123456",
            "erik@",  # not an e-mail address: asked again at once, nothing lost
            "erik.neu@example.org",
            "",  # no source
            "vielleicht",  # neither yes nor no
            "Ja, liegt vor",
        ]
    )
    result = _new(data_dir, "kontakt", answers + "\n")
    assert result.returncode == 0, result.stderr
    assert "„nirgends“ gibt es nicht. Möglich sind: beispielamt, beispielverein." in result.stderr
    assert "Diese Angabe ist nötig" in result.stderr
    assert "„12“" in result.stderr
    assert "„erik@“" in result.stderr
    assert "„ja“ oder „nein“" in result.stderr
    created = data_dir / "kontakte/erik-neu.yml"
    text = created.read_text(encoding="utf-8")
    assert 'phone: "06081 123456"' in text
    assert 'email: "erik.neu@example.org"' in text
    assert "\npublished: true\n" in text
    assert "kontakte/erik-neu.yml" in result.stdout  # the file written
    assert "contacts: [erik-neu]" in result.stdout  # the id for a project's list
    assert "wird veröffentlicht (published: true)" in result.stdout
    assert "make translations" in result.stdout
    contact = load_dataset(data_dir, LANGS, today=date(2026, 11, 24)).contacts["erik-neu"]
    assert contact.model.published is True


def test_no_consent_means_not_published(data_dir: Path) -> None:
    result = _new(data_dir, "kontakt", "Eva Neu\nbeispielverein\nLotsin\n\n\n\nnein\n")
    assert result.returncode == 0, result.stderr
    assert "\npublished: false\n" in (data_dir / "kontakte/eva-neu.yml").read_text("utf-8")
    assert "nicht veröffentlicht (published: false)" in result.stdout


def test_input_that_ends_early_writes_nothing(data_dir: Path) -> None:
    result = _new(data_dir, "kontakt", "Erik Neu\nbeispielverein\nLotse\n06081 123456\n")
    assert result.returncode == 1
    assert "Die Eingabe endete vor der Frage" in result.stderr
    assert "--email" in result.stderr
    assert "keine Datei geschrieben" in result.stderr
    assert not (data_dir / "kontakte/erik-neu.yml").exists()
    assert sorted(p.name for p in (data_dir / "kontakte").iterdir()) == [
        "erika-beispiel.yml",
        "max-verborgen.yml",
    ]


def test_an_existing_name_is_asked_again(data_dir: Path) -> None:
    answers = "Erika Beispiel\nErika Beispiel-Neu\nbeispielverein\nLotsin\n\n\n\nn\n"
    result = _new(data_dir, "kontakt", answers)
    assert result.returncode == 0, result.stderr
    assert "kontakte/erika-beispiel.yml gibt es schon" in result.stderr
    assert (data_dir / "kontakte/erika-beispiel-neu.yml").is_file()


def test_new_meldung_from_piped_answers(data_dir: Path) -> None:
    answers = "\n".join(
        [
            "24.11.2026",  # not JJJJ-MM-TT
            "2026-11-24",
            "Neue Lotsinnen ausgebildet",
            "Zwölf Ehrenamtliche haben ihre Schulung abgeschlossen.",
            "Sie begleiten ab Dezember zu Ärzten und Ämtern.",
            "Pressemitteilung des Beispielkreises vom 24.11.2026",
        ]
    )
    result = _new(data_dir, "meldung", answers + "\n")
    assert result.returncode == 0, result.stderr
    assert "„24.11.2026“" in result.stderr
    created = data_dir / "aktuelles/2026-11-24-neue-lotsinnen-ausgebildet.yml"
    assert str(created.relative_to(data_dir)) in result.stdout
    news = load_dataset(data_dir, LANGS, today=date(2026, 11, 24)).news
    item = news["2026-11-24-neue-lotsinnen-ausgebildet"].model
    assert item.date == date(2026, 11, 24)
    assert item.source == "Pressemitteilung des Beispielkreises vom 24.11.2026"


def test_an_empty_date_is_today(data_dir: Path) -> None:
    created = create(
        "meldung",
        data_dir,
        {"title": "Treffen", "summary": "Kurz.", "body": "Lang.", "source": ""},
        ask=lambda prompt: "",
        today=date(2026, 11, 24),
    )
    assert created.name == "2026-11-24-treffen.yml"
    assert "\ndate: 2026-11-24\n" in created.read_text(encoding="utf-8")
