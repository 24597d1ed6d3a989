"""Hostile data: anyone can open a pull request. Every class of input that could exhaust the
build, publish a file from outside the repository, break a page address or show a person
without consent is refused (or left out) with a located German message."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from lotsenportal import cli
from lotsenportal.build.pipeline import Paths, render, validate
from lotsenportal.cli import data_commands
from lotsenportal.data.languages import from_mkdocs_yml
from lotsenportal.data.layout import GENERATED_DIRS, GENERATED_FILES, LEGAL_PAGES
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.problems import DataError
from lotsenportal.data.safety import MAX_FILES_PER_FOLDER, RESERVED_IDS
from lotsenportal.render import editor_schemas
from lotsenportal.site import open_data
from lotsenportal.translations.coverage import source_pages

from .conftest import ROOT
from .test_validation import LANGS, edit, problems_in

TODAY = date(2026, 11, 24)


def only_problem(data_dir: Path) -> str:
    (message,) = problems_in(data_dir)
    return message


# --- Bounded work while reading YAML ---------------------------------------------------------


def alias_bomb() -> str:
    """About 1 KB that a YAML loader expands into 9^9 (387 million) strings."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "name: Erika Beispiel\nlaughs:\n" + "".join(f"  {line}\n" for line in lines)


def test_an_alias_bomb_is_refused_at_its_first_anchor(data_dir: Path) -> None:
    (data_dir / "kontakte/erika-beispiel.yml").write_text(alias_bomb(), encoding="utf-8")
    assert only_problem(data_dir).startswith(
        "kontakte/erika-beispiel.yml:3:6: YAML-Anker (&name) sind in den Daten nicht erlaubt"
    )


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        pytest.param(
            "name: Erika Beispiel",
            "name: &erika Erika Beispiel",
            "1:7: YAML-Anker (&name) sind in den Daten nicht erlaubt, ebenso Verweise (*name) "
            "und „<<:“. Schreiben Sie jeden Wert vollständig aus.",
            id="anchor",
        ),
        pytest.param(
            "languages: [de, ar, tr]",
            "languages: &sprachen\n  de: x\nextra:\n  <<: *sprachen",
            "6:12: YAML-Anker (&name)",
            id="merge-key",
        ),
        pytest.param(
            "name: Erika Beispiel",
            "name: *Erika",
            "1:7: YAML-Syntaxfehler: Ein Wert beginnt mit * oder &. YAML liest das als Verweis",
            id="alias",
        ),
        pytest.param(
            "name: Erika Beispiel",
            "name: Erika Beispiel\nnote: !!str &x text",
            "2:7: YAML-Anker (&name)",
            id="anchor-after-tag",
        ),
    ],
)
def test_anchors_and_aliases_are_refused_where_they_stand(
    data_dir: Path, old: str, new: str, where: str
) -> None:
    edit(data_dir, "kontakte/erika-beispiel.yml", old, new)
    assert only_problem(data_dir).startswith(f"kontakte/erika-beispiel.yml:{where}")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        pytest.param("towns: " + "[" * 1000 + "]" * 1000 + "\n", "1:23", id="flow-lists"),
        pytest.param("towns: " + "{a: " * 1000 + "1" + "}" * 1000 + "\n", "1:68", id="flow-maps"),
        pytest.param(
            "towns:\n" + "".join("  " * depth + f"k{depth}:\n" for depth in range(1, 200)),
            "17:33",
            id="indented",
        ),
    ],
)
def test_deep_nesting_is_a_located_message_not_a_recursion_error(
    data_dir: Path, text: str, where: str
) -> None:
    """The file itself is level 1: the message names the start of level 17."""
    (data_dir / "orte.yml").write_text(text, encoding="utf-8")
    message = only_problem(data_dir)
    assert message.startswith(f"orte.yml:{where}: Die Angaben sind hier zu tief verschachtelt")
    assert "Prüfen Sie ab dieser Stelle die Einrückung" in message


def test_a_50_mb_file_is_refused_before_it_is_read(data_dir: Path) -> None:
    with (data_dir / "aktuelles/riesig.yml").open("wb") as huge:
        huge.truncate(50 * 1024 * 1024)  # sparse: nothing is written to disk
    assert only_problem(data_dir) == (
        "aktuelles/riesig.yml:1:1: Die Datei ist zu groß (51200 KiB; erlaubt sind höchstens "
        "256 KiB). Eine Datendatei hat nur wenige KiB: Prüfen Sie, ob Sie die richtige Datei "
        "gespeichert haben, und teilen Sie lange Inhalte auf mehrere Einträge auf."
    )


def test_too_many_towns_and_too_long_reference_lists(data_dir: Path) -> None:
    towns = "".join(
        f"  - id: ort-{n}\n    name: Ort {n}\n    kind: Gemeinde\n" for n in range(1001)
    )
    (data_dir / "orte.yml").write_text("towns:\n" + towns, encoding="utf-8")
    many = "".join(f"  - gesundheit-{n}\n" for n in range(201))
    edit(data_dir, "projekte/beispiel-lotsen.yml", "  - gesundheit\n", many)
    assert problems_in(data_dir) == [
        "orte.yml:3002:5: Die Liste hat 1001 Einträge; erlaubt sind höchstens 1000. Ab diesem "
        "Eintrag ist es zu viel: Kürzen Sie die Liste oder teilen Sie die Angaben auf.",
        "projekte/beispiel-lotsen.yml:205:5: Die Liste hat 201 Einträge; erlaubt sind höchstens "
        "200. Ab diesem Eintrag ist es zu viel: Kürzen Sie die Liste oder teilen Sie die Angaben "
        "auf.",
    ]


def test_a_folder_with_too_many_files_is_not_read(data_dir: Path) -> None:
    for n in range(MAX_FILES_PER_FOLDER + 1):
        (data_dir / "aktuelles" / f"meldung-{n}.yml").write_text("x: 1\n", encoding="utf-8")
    assert only_problem(data_dir).startswith(
        "aktuelles:1:1: Im Ordner aktuelles/ liegen mehr als 2000 Einträge."
    )


def test_memory_and_recursion_errors_reach_staff_as_a_german_message(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def exhausted(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.delenv("LOTSENPORTAL_DEBUG", raising=False)
    monkeypatch.setattr(data_commands, "validate", exhausted)
    code = cli.main(["validate", "--data", str(data_dir), "--root", str(ROOT), "--sprache", "de"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert err.startswith("Die Daten sind zu groß oder zu tief verschachtelt")


# --- Symbolic links --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("kontakte/geheim.yml", "/etc/os-release"),
        ("projekte/extern", "/etc"),
        ("schemas/fremd.schema.json", "/etc/os-release"),
    ],
)
def test_a_symbolic_link_in_the_data_folder_is_refused(
    data_dir: Path, link: str, target: str
) -> None:
    (data_dir / link).parent.mkdir(exist_ok=True)
    (data_dir / link).symlink_to(target)
    assert problems_in(data_dir) == [
        f"{link}:1:1: „{link}“ ist ein symbolischer Link (eine Verknüpfung auf eine andere "
        "Datei oder einen anderen Ordner). Links sind im Datenordner und in docs/ nicht erlaubt, "
        "weil über sie fremde Dateien des Servers veröffentlicht werden könnten. Löschen Sie den "
        "Link und legen Sie an seiner Stelle eine echte Datei an."
    ]


def test_a_symbolic_link_in_docs_stops_validation_and_the_build(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "docs/de").mkdir(parents=True)
    (project / "docs/de/grenzen.md").write_text("# Grenzen\n", encoding="utf-8")
    (project / "docs/de/leak.txt").symlink_to("/etc/os-release")
    data = shutil.copytree(ROOT / "tests/fixtures/minimal", project / "data")
    languages = from_mkdocs_yml(ROOT / "mkdocs.yml")
    with pytest.raises(DataError) as caught:
        validate(Paths(root=project, data_dir=data), languages)
    (problem,) = caught.value.problems.errors
    assert str(problem).startswith(
        "../docs/de/leak.txt:1:1: „../docs/de/leak.txt“ ist ein symbolischer Link"
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("---\n" + alias_bomb() + "---\n\n# Grenzen\n", "../docs/de/grenzen.md:4:6: YAML-Anker"),
        ("---\ntitle: " + "[" * 1000 + "\n---\n", "../docs/de/grenzen.md:2:"),
        ("# Grenzen\n" + "x" * (600 * 1024), "../docs/de/grenzen.md:1:1: Die Datei ist zu groß"),
    ],
    ids=["alias-bomb-in-front-matter", "deep-front-matter", "huge-page"],
)
def test_hand_written_pages_are_bounded_before_mkdocs_reads_them(
    tmp_path: Path, page: str, expected: str
) -> None:
    project = tmp_path / "project"
    (project / "docs/de").mkdir(parents=True)
    (project / "docs/de/grenzen.md").write_text(page, encoding="utf-8")
    data = shutil.copytree(ROOT / "tests/fixtures/minimal", project / "data")
    with pytest.raises(DataError) as caught:
        validate(Paths(root=project, data_dir=data), from_mkdocs_yml(ROOT / "mkdocs.yml"))
    (problem,) = caught.value.problems.errors
    assert str(problem).startswith(expected)


def test_pages_generated_from_valid_data_are_never_refused_for_their_size(tmp_path: Path) -> None:
    """A Kreis with hundreds of contacts has a contacts page far above the limit for
    hand-written pages; valid data always reaches the site."""
    project = tmp_path / "project"
    for page in ("docs/de/kontakte/index.md", "docs/ar/index.md"):
        (project / page).parent.mkdir(parents=True, exist_ok=True)
        (project / page).write_text("# Kontakte\n" + "x" * (600 * 1024), encoding="utf-8")
    data = shutil.copytree(ROOT / "tests/fixtures/minimal", project / "data")
    validate(Paths(root=project, data_dir=data), from_mkdocs_yml(ROOT / "mkdocs.yml"))
    (project / "docs/de/kontakte/leak.md").symlink_to("/etc/os-release")  # links: everywhere
    with pytest.raises(DataError) as caught:
        validate(Paths(root=project, data_dir=data), from_mkdocs_yml(ROOT / "mkdocs.yml"))
    assert "symbolischer Link" in str(caught.value.problems.errors[0])


def test_the_mkdocs_hook_checks_docs_for_links() -> None:
    hook = (ROOT / "scripts/hooks/data_pages.py").read_text(encoding="utf-8")
    assert "check_docs(paths)" in hook


# --- Ids -------------------------------------------------------------------------------------


def test_a_247_character_id_is_refused(data_dir: Path) -> None:
    long_id = "-".join(["sehr-lange-kennung"] * 13)[:247].rstrip("-")
    shutil.copy(data_dir / "aktuelles/2026-01-15-start.yml", data_dir / f"aktuelles/{long_id}.yml")
    message = only_problem(data_dir)
    assert message.startswith(
        f"aktuelles/{long_id}.yml:1:1: Die Kennung „{long_id[:60]}…“ ist zu lang "
        f"({len(long_id)} Zeichen; erlaubt sind höchstens 60)."
    )
    assert "Wählen Sie eine andere, kürzere Kennung" in message


def test_a_too_long_town_id_is_refused_where_it_is_written(data_dir: Path) -> None:
    edit(data_dir, "orte.yml", "id: beispieldorf", "id: " + "beispieldorf-" * 10 + "x")
    assert only_problem(data_dir).startswith(
        "orte.yml:5:9: towns[2].id: Die Kennung „beispieldorf-beispieldorf-"
    )


FIX = (
    "Wählen Sie eine andere, kürzere Kennung (z. B. „{example}“) und benennen Sie die Datei "
    "entsprechend um; passen Sie auch Verweise auf sie an."
)


@pytest.mark.parametrize(
    ("source", "reserved", "example"),
    [
        ("projekte/beispiel-lotsen.yml", "projekte/index.yml", "index-projekt"),
        ("kontakte/erika-beispiel.yml", "kontakte/assets.yml", "assets-person"),
        ("kontakte/erika-beispiel.yml", "kontakte/anfragen.yml", "anfragen-person"),
        ("organisationen/beispielverein.yml", "organisationen/search.yml", "search-stelle"),
        (
            "einsatzfelder/gesundheit.yml",
            "einsatzfelder/leichte-sprache.yml",
            "leichte-sprache-feld",
        ),
        ("aktuelles/2026-01-15-start.yml", "aktuelles/ar.yml", "ar-meldung"),
        ("aktuelles/2026-01-15-start.yml", "aktuelles/feed.yml", "feed-meldung"),
    ],
)
def test_reserved_ids_are_refused_for_every_kind(
    data_dir: Path, source: str, reserved: str, example: str
) -> None:
    shutil.copy(data_dir / source, data_dir / reserved)
    record_id = Path(reserved).stem
    assert only_problem(data_dir) == (
        f"{reserved}:1:1: Die Kennung „{record_id}“ ist reserviert: Die Website verwendet sie "
        "selbst als Adresse, Sprachkürzel oder Sprungmarke. " + FIX.format(example=example)
    )


@pytest.mark.parametrize("town_id", ["kontakte", "index", "en", "wo-wohnen-sie"])
def test_reserved_town_ids_are_refused_in_orte_yml(data_dir: Path, town_id: str) -> None:
    edit(data_dir, "orte.yml", "id: beispieldorf", f"id: {town_id}")
    assert only_problem(data_dir) == (
        f"orte.yml:5:9: towns[2].id: Die Kennung „{town_id}“ ist reserviert: Die Website "
        "verwendet sie selbst als Adresse, Sprachkürzel oder Sprungmarke. Ändern Sie die "
        f"Kennung (z. B. in „{town_id}-ort“) und passen Sie die Verweise in projekte/ an."
    )


def test_a_contact_may_not_share_its_id_with_an_organisation(data_dir: Path) -> None:
    shutil.copy(data_dir / "kontakte/erika-beispiel.yml", data_dir / "kontakte/beispielamt.yml")
    assert only_problem(data_dir) == (
        "kontakte/beispielamt.yml:1:1: Die Kennung „beispielamt“ gibt es schon in "
        "organisationen/beispielamt.yml. Beide werden Sprungmarken (#beispielamt) auf der Seite "
        "kontakte/, die nur einmal vorkommen dürfen. Benennen Sie eine der beiden Dateien um und "
        "passen Sie die Verweise an."
    )


def _fixed_anchors() -> set[str]:
    found: set[str] = set()
    for template in (ROOT / "overrides/pages").glob("*.md"):
        found |= set(re.findall(r"\{ #([a-z0-9-]+) \}", template.read_text(encoding="utf-8")))
    return found


def test_the_reserved_list_covers_every_name_the_site_uses_itself() -> None:
    generated = {*GENERATED_DIRS, *(name.removesuffix(".md") for name in GENERATED_FILES)}
    handwritten = {page.split("/")[0].removesuffix(".md") for page in source_pages(ROOT / "docs")}
    shown_with_contacts = {"projekt.md", "ort.md", "kontakte.md", "home.md"}
    anchors = set()
    for name in shown_with_contacts:
        text = (ROOT / "overrides/pages" / name).read_text(encoding="utf-8")
        anchors |= set(re.findall(r"\{ #([a-z0-9-]+) \}", text))
    expected = generated | set(LEGAL_PAGES) | handwritten | anchors | {"leichte-sprache"}
    assert expected - RESERVED_IDS == set()


def test_the_editor_schema_refuses_reserved_and_long_town_ids() -> None:
    kind = next(k for k in editor_schemas.KINDS if k.name == "orte.yml")
    validator = jsonschema.Draft202012Validator(editor_schemas.json_schema(kind))
    town = {"name": "Musterstadt", "kind": "Stadt"}
    assert list(validator.iter_errors({"towns": [{**town, "id": "musterstadt"}]})) == []
    for bad in ("index", "kontakte", "a" * 61):
        assert list(validator.iter_errors({"towns": [{**town, "id": bad}]})), bad


# --- Unpublished means nowhere ---------------------------------------------------------------


def test_an_unpublished_contact_listed_in_a_project_is_warned_about_and_left_out(
    data_dir: Path, tmp_path: Path
) -> None:
    dataset = load_dataset(data_dir, LANGS, today=TODAY)
    assert [str(w) for w in dataset.warnings] == [
        "projekte/beispiel-lotsen.yml:10:5: Warnung: contacts[2]: „max-verborgen“ ist nicht "
        "veröffentlicht (published: false) und wird hier weggelassen – auf der Website, in den "
        "offenen Daten und überall sonst. Liegt eine Einwilligung vor, setzen Sie in "
        "kontakte/max-verborgen.yml „published: true“; sonst löschen Sie diese Zeile."
    ]
    assert dataset.projects["beispiel-lotsen"].model.contacts == ["erika-beispiel"]

    written = open_data.export(dataset, tmp_path / "site", today=TODAY)
    projects = json.loads((tmp_path / "site/api/v1/projects.json").read_text(encoding="utf-8"))
    assert projects["items"][0]["contacts"] == ["erika-beispiel"]
    for file in written:
        text = file.read_text(encoding="utf-8")
        assert "max-verborgen" not in text and "Max Verborgen" not in text, file


NOTE = "Einwilligung-Vermerk-7f3a9c"


def test_internal_notes_appear_in_no_generated_file(data_dir: Path, tmp_path: Path) -> None:
    for file, anchor in (
        ("kontakte/erika-beispiel.yml", "published: true"),
        ("kontakte/max-verborgen.yml", "reviewed: 2026-01-15"),
        ("projekte/beispiel-lotsen.yml", "reviewed: 2026-01-15"),
        ("organisationen/beispielverein.yml", "kind: carrier"),
    ):
        edit(data_dir, file, anchor, f"{anchor}\ninternal_note: {NOTE} ({file})")
    languages = from_mkdocs_yml(ROOT / "mkdocs.yml")
    codes = [lang.code for lang in languages]
    dataset = load_dataset(data_dir, codes, today=TODAY)
    assert dataset.contacts["erika-beispiel"].model.internal_note is not None

    files = render(Paths(root=ROOT, data_dir=data_dir), dataset, languages)
    assert len(files) > 100
    assert [path for path, text in files.items() if NOTE in text or "internal_note" in text] == []
    for file in open_data.export(dataset, tmp_path / "site", today=TODAY):
        text = file.read_text(encoding="utf-8")
        assert NOTE not in text and "internal_note" not in text, file


def test_templates_and_exports_never_name_internal_notes() -> None:
    sources = [
        *(ROOT / "overrides").rglob("*.md"),
        *(ROOT / "overrides").rglob("*.html"),
        *(ROOT / "scripts/lotsenportal/templates").rglob("*"),
        *(ROOT / "scripts/hooks").glob("*.py"),
    ]
    mentioning = [
        str(p.relative_to(ROOT))
        for p in sources
        if p.is_file() and "internal_note" in p.read_text(encoding="utf-8")
    ]
    assert mentioning == []
