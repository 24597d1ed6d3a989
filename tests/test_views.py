"""What a template may read of a record: the fields of its kind, nothing else. A template
written for contacts that is handed a project fails the build with both names, even behind
an `is defined` probe, instead of quietly showing nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lotsenportal.data.dataset import Dataset
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.schema import Contact, Project
from lotsenportal.render.page_plan import RECORD_TEMPLATES, PlannedPage, plan
from lotsenportal.render.template_env import environment
from lotsenportal.render.views import Views
from lotsenportal.translations.localize import Provenance, UnknownField

from .conftest import ROOT


@pytest.fixture
def dataset(data_dir: Path) -> Dataset:
    return load_dataset(data_dir, ["de", "en"], today=date(2026, 11, 24))


def render(source: str, **context: object) -> str:
    return environment(ROOT / "overrides" / "pages").from_string(source).render(context)


def test_a_view_gives_the_fields_of_its_kind(dataset: Dataset) -> None:
    views = Views("de", Provenance("de"), None)
    erika = views.one(dataset.contacts["erika-beispiel"])
    assert render("{{ r.name }} · {{ r.role }}", r=erika) == "Erika Beispiel · Koordinatorin"


@pytest.mark.parametrize(
    "probe", ["{{ r.languages }}", "{% if r.languages is defined %}x{% endif %}"]
)
def test_a_field_of_another_kind_fails_with_both_names(dataset: Dataset, probe: str) -> None:
    assert "languages" in Contact.model_fields and "languages" not in Project.model_fields
    project = Views("de", Provenance("de"), None).one(dataset.projects["beispiel-lotsen"])
    with pytest.raises(UnknownField, match=r"Project has no field 'languages'"):
        render(probe, r=project)


def test_every_record_page_renders_the_kind_its_template_declares(dataset: Dataset) -> None:
    pages = plan(dataset, "https://lotsen.example.org/")
    record_pages = [page for page in pages if page.record is not None]
    assert record_pages
    for page in record_pages:
        assert page.record is not None
        assert isinstance(page.record.model, RECORD_TEMPLATES[page.template])
    project = dataset.projects["beispiel-lotsen"]
    with pytest.raises(TypeError, match=r"ort\.md renders"):
        PlannedPage("ort.md", "orte/x.md", "ort_title", record=project)
