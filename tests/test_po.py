"""Translators' round trip: export a PO file, translate, import, build — the text is on the page."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import yaml

from lotsenportal import po
from lotsenportal.dataset import load_dataset
from lotsenportal.translation import Status, record_status

from .conftest import ROOT, copy_project
from .test_site import build


def translate(text: str) -> str:
    """A stand-in translator that keeps links, placeholders and structure."""
    return (
        text.replace("Lotse", "Guide").replace("Verein", "Association").replace("Arzt", "docteur")
    )


def fill(catalog: po.Catalog, how=translate) -> None:
    for message in catalog:
        if message.id:
            message.string = how(str(message.id))
            message.flags.discard("fuzzy")


def test_export_lists_what_is_missing_with_context(data_dir: Path) -> None:
    where = po.Where(data_dir, ROOT / "docs", ROOT / "overrides/strings")
    catalog = po.export(where, "fr", ("data",))
    contexts = {m.context for m in catalog if m.id}
    assert "data:projekte/beispiel-lotsen.yml#summary" in contexts
    assert "data:organisationen/beispielamt.yml#office_hours[2].note" in contexts
    assert all(c.startswith("data:") for c in contexts)
    assert (
        b'msgctxt "data:kontakte/erika-beispiel.yml#role"\nmsgid "Koordinatorin"\nmsgstr ""'
        in po.write(catalog)
    )


def test_round_trip_export_translate_import_build(tmp_path: Path, data_dir: Path) -> None:
    project = copy_project(tmp_path / "project")
    where = po.Where(data_dir, project / "docs", project / "overrides/strings")
    catalog = po.export(where, "fr", ("data",))
    fill(catalog)
    changed, problems = po.import_catalog(where, po.read(po.write(catalog)), status="draft")
    assert problems == []
    assert data_dir / "projekte/beispiel-lotsen.yml" in changed
    project_file = yaml.safe_load(
        (data_dir / "projekte/beispiel-lotsen.yml").read_text(encoding="utf-8")
    )
    assert project_file["summary"]["fr"] == "Der Association schult Lotsinnen und Guiden."
    assert record_status(project_file, "fr") is Status.DRAFT
    assert project_file["translations"]["fr"]["fingerprint"]
    load_dataset(data_dir, ["de", "en", "ar", "fr"], today=date(2026, 11, 24))

    result = build(project, data_dir, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site/fr/projekte/beispiel-lotsen/index.html").read_text(encoding="utf-8")
    assert "Der Association schult Lotsinnen und Guiden." in page


def test_pages_round_trip(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "docs/fr/grenzen.md").unlink()
    where = po.Where(tmp_path / "no-data", project / "docs", project / "overrides/strings")
    catalog = po.export(where, "fr", ("pages",))
    assert any(m.context == "page:grenzen.md#title" for m in catalog)
    fill(catalog)
    changed, problems = po.import_catalog(where, catalog)
    assert problems == []
    page = (project / "docs/fr/grenzen.md").read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: Was Guiden tun – und was nicht\n")
    assert "## :material-check-circle: Das machen Guiden { #das-machen-lotsen }" in page
    assert project / "docs/fr/grenzen.md" in changed


def test_import_refuses_broken_translations(data_dir: Path) -> None:
    where = po.Where(data_dir, ROOT / "docs", ROOT / "overrides/strings")
    catalog = po.export(where, "fr", ("data",))
    fill(catalog, lambda text: text.replace("https://", "http://") + " <b>")
    before = {f: f.read_text(encoding="utf-8") for f in data_dir.rglob("*.yml")}
    changed, problems = po.import_catalog(where, catalog)
    assert changed == [] and problems
    assert {p.message.split(" (")[0] for p in problems} == {"HTML ist nicht erlaubt"}
    assert before == {f: f.read_text(encoding="utf-8") for f in data_dir.rglob("*.yml")}


def test_labels_round_trip(tmp_path: Path) -> None:
    strings = tmp_path / "strings"
    shutil.copytree(ROOT / "overrides/strings", strings)
    (strings / "fr.yml").unlink()
    where = po.Where(tmp_path / "no-data", ROOT / "docs", strings)
    catalog = po.export(where, "fr", ("labels",))
    fill(catalog)
    po.import_catalog(where, catalog)
    labels = yaml.safe_load((strings / "fr.yml").read_text(encoding="utf-8"))
    assert labels["status"] == "draft"
    assert labels["labels"]["ort_title"] == "Ich wohne in {town}"


def test_import_writes_only_places_the_export_writes(tmp_path: Path, data_dir: Path) -> None:
    """A context with a path of its own (absolute, `..`, the page templates) is refused, and
    then nothing of the file is written, not even its good entries."""
    project = copy_project(tmp_path / "project")
    where = po.Where(data_dir, project / "docs", project / "overrides/strings")
    catalog = po.export(where, "fr", ("data",))
    fill(catalog)
    for context in ("page:../../overrides/pages/home.md#1", "page:/tmp/x.md#1", "label:../de"):
        catalog.add("x", "{{ lipsum.__globals__ }}", context=context)
    templates = {p: p.read_bytes() for p in (project / "overrides").rglob("*") if p.is_file()}
    before = {f: f.read_bytes() for f in data_dir.rglob("*.yml")}
    changed, problems = po.import_catalog(where, po.read(po.write(catalog)))
    assert changed == []
    assert sum("Unbekannter Kontext" in p.message for p in problems) == 3
    assert before == {f: f.read_bytes() for f in data_dir.rglob("*.yml")}
    assert templates == {
        p: p.read_bytes() for p in (project / "overrides").rglob("*") if p.is_file()
    }


def test_the_language_of_the_file_must_be_a_site_language(data_dir: Path) -> None:
    where = po.Where(data_dir, ROOT / "docs", ROOT / "overrides/strings")
    catalog = po.export(where, "fr", ("data",))
    fill(catalog)
    catalog.locale = "de"  # German is the source: nothing to translate into
    changed, problems = po.import_catalog(where, catalog)
    assert changed == [] and "keine Sprache dieser Website" in problems[0].message
