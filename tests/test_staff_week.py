"""A week of staff edits on a copy of the SHIPPED data, whatever it holds this week.

A person leaves (published: false while a project still lists her), a new person starts and is
linked in that project, a new project and a second news item are added, a German text changes.
Then the steps staff run: `make translations` (catalog_sync.sync), `make validate`, and a build
in German and Arabic. The new records must be on the German and Arabic pages and the retired
person nowhere. Added records are invented (example.org); nothing here names shipped records.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import polib
import pytest
from bs4 import BeautifulSoup
from ruamel.yaml import YAML

from lotsenportal.cli import main
from lotsenportal.data.dataset import Dataset, handwritten_pages
from lotsenportal.data.languages import from_mkdocs_yml
from lotsenportal.data.loading import load_dataset
from lotsenportal.translations import catalog_sync

from .conftest import ROOT, build, copy_project, shipped

TODAY = date.today().isoformat()
NEW_PERSON = "Wanda Wochenprobe"
NEW_PROJECT_TITLE = "Lotsen der Probewoche"
NEWS_TITLE = "Neue Sprechstunde in der Probewoche"
CHANGED_TEXT = "Dieser Satz wurde in der Probewoche geändert."


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments and the schema line stay
    yaml.preserve_quotes = True
    yaml.width = 4096
    return yaml


def _edit(file: Path, change: Callable[[Any], object]) -> None:
    yaml = _yaml()
    record = yaml.load(file.read_text(encoding="utf-8-sig"))
    change(record)
    out = io.StringIO()
    yaml.dump(record, out)
    file.write_text(out.getvalue(), encoding="utf-8")


def _write(file: Path, text: str) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")


def _retiree(data: Dataset) -> tuple[str, str | None]:
    """A published contact, preferably one a project still lists (and that project)."""
    for key, project in data.projects.items():
        for contact in project.model.contacts:
            if contact in data.contacts:
                return contact, key
    if not data.contacts:
        pytest.skip("the shipped data has no published contact to retire")
    return next(iter(data.contacts)), next(iter(data.projects), None)


def _text_of(site: Path, prefix: str, path: str) -> str:
    file = site / prefix / path / "index.html"
    assert file.is_file(), f"missing page {file.relative_to(site)}"
    return file.read_text(encoding="utf-8")


def test_a_week_of_staff_edits_on_the_shipped_data(tmp_path: Path) -> None:
    project_dir = copy_project(tmp_path / "project")
    data_dir = tmp_path / "data"
    shutil.copytree(ROOT / "data", data_dir)
    before = shipped()
    retired, listing = _retiree(before)
    retired_name = before.contacts[retired].model.name
    record = before.contacts[retired].doc.path.with_suffix("").as_posix() + "#"
    org = before.site.model.coordination

    # Monday: the person leaves; the project still lists her (a warning, never shown).
    contact_file = data_dir / before.contacts[retired].doc.path
    _edit(contact_file, lambda r: r.__setitem__("published", False))

    # Tuesday: a new person starts and is linked in that project.
    _write(
        data_dir / "kontakte/wanda-wochenprobe.yml",
        f"name: {NEW_PERSON}\norganisation: {org}\nrole: Lotsin\n"
        f"email: wanda.wochenprobe@example.org\npublished: true\nreviewed: {TODAY}\n",
    )
    if listing is not None:
        project_file = data_dir / before.projects[listing].doc.path
        _edit(project_file, lambda r: r["contacts"].append("wanda-wochenprobe"))

    # Wednesday: a new project.
    _write(
        data_dir / "projekte/lotsen-der-probewoche.yml",
        f"title: {NEW_PROJECT_TITLE}\norganisation: {org}\n"
        "summary: Ehrenamtliche begleiten in der Probewoche.\n"
        f"contacts:\n  - wanda-wochenprobe\nreviewed: {TODAY}\n",
    )

    # Thursday: a second news item.
    news_id = f"{TODAY}-probewoche"
    _write(
        data_dir / f"aktuelles/{news_id}.yml",
        f"date: {TODAY}\ntitle: {NEWS_TITLE}\nsummary: Eine neue Sprechstunde beginnt.\n"
        "body: Die Sprechstunde ist im Rathaus, Näheres unter https://example.org/.\n",
    )

    # Friday: a German text changes (the project's summary, else the site's intro).
    if listing is not None:
        changed_page = f"projekte/{listing}"
        _edit(project_file, lambda r: r.__setitem__("summary", CHANGED_TEXT))
    else:
        changed_page = ""
        _edit(data_dir / "site.yml", lambda r: r.__setitem__("intro", CHANGED_TEXT))

    # `make translations`: the catalogs follow the German texts.
    codes = [lang.code for lang in from_mkdocs_yml(project_dir / "mkdocs.yml")]
    reserved = handwritten_pages(project_dir / "docs")
    week = load_dataset(data_dir, codes, reserved=reserved)
    changed = catalog_sync.sync(week, project_dir, codes)
    assert data_dir / "locale/ar/LC_MESSAGES/data.po" in changed
    assert catalog_sync.sync(week, project_dir, codes, check=True) == []
    catalog = polib.pofile(str(data_dir / "locale/ar/LC_MESSAGES/data.po"))
    arabic = {entry.msgid for entry in catalog if not entry.obsolete}
    assert NEW_PROJECT_TITLE in arabic and NEWS_TITLE in arabic and CHANGED_TEXT in arabic
    # The retired person's record is in no catalog (news texts may still quote her name).
    assert not [e for e in catalog if not e.obsolete and (e.msgctxt or "").startswith(record)]

    # `make validate`
    assert main(["validate", "--data", str(data_dir), "--root", str(project_dir)]) == 0
    assert retired not in week.contacts and "wanda-wochenprobe" in week.contacts

    # A build in German and Arabic.
    site = tmp_path / "site"
    result = build(project_dir, data_dir, site, LOTSENPORTAL_ONLY="ar")
    assert result.returncode == 0, result.stderr
    for prefix in ("", "ar/"):
        assert NEW_PERSON in _text_of(site, prefix, "kontakte")
        new_project = _text_of(site, prefix, "projekte/lotsen-der-probewoche")
        assert NEW_PROJECT_TITLE in new_project and NEW_PERSON in new_project
        assert NEWS_TITLE in _text_of(site, prefix, f"aktuelles/{news_id}")
        assert NEWS_TITLE in _text_of(site, prefix, "aktuelles")
        if listing is not None:
            assert NEW_PERSON in _text_of(site, prefix, f"projekte/{listing}")
    assert CHANGED_TEXT in _text_of(site, "", changed_page)
    # Nowhere as a contact: no card, anchor, vCard, JSON-LD or open data names her. (Her name may
    # stay in texts that quote her, e.g. a news item about an event: that is not a listing.)
    leaks = []
    for file in site.rglob("*"):
        if file.suffix == ".vcf" and file.stem == retired:
            leaks.append(str(file.relative_to(site)))
        quoting = file.name in {"search_index.json", "news.json"}  # texts that may quote her
        text = file.read_text(encoding="utf-8") if file.suffix in {".json", ".vcf"} else ""
        if not quoting and retired_name in text:
            leaks.append(str(file.relative_to(site)))
        if file.suffix != ".html":
            continue
        page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        listed = [
            *page.select(".lp-contact"),
            *page.select('script[type="application/ld+json"]'),
            *page.select(f'[id="{retired}"]'),
        ]
        if any(retired_name in tag.get_text() or tag.get("id") == retired for tag in listed):
            leaks.append(str(file.relative_to(site)))
    assert leaks == []
    for prefix in ("", "ar/"):
        assert retired_name not in _text_of(site, prefix, "kontakte")
