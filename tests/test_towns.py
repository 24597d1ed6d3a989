"""Towns in the reader's script (issue 14): the official German name is the source text, a
spelling in another script is a translation in the data catalogs (context `orte/<id>#name`),
and the town finder matches either, folded, and the postcodes — in Chromium.

Invented towns only: the fixture's Musterstadt and Beispieldorf, and "Königsfelde im
Beispielgrund", added here for the umlauts."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page

from lotsenportal.build.pipeline import Paths, render, validate
from lotsenportal.checks.gates import serve
from lotsenportal.data.languages import Language
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.problems import DataError
from lotsenportal.render.views import Views
from lotsenportal.site.open_data import export
from lotsenportal.translations import catalog_sync, catalogs
from lotsenportal.translations.localize import Provenance
from lotsenportal.translations.translation import Status

from .conftest import FIXTURES, ROOT, build, copy_project

TODAY = date(2026, 11, 24)
CODES = ["de", "en", "ar", "ti", "uk"]
# Drafts in the fixture catalogs.
AR = {"musterstadt": "موسترشتات", "beispieldorf": "بايشبيلدورف"}
TI_MUSTERSTADT = "ሙስተርሽታት"
KOENIGSFELDE = """  - id: koenigsfelde
    name: Königsfelde im Beispielgrund
    kind: Gemeinde
    postcodes: ["12399"]
"""
AR_KOENIGSFELDE = "كونيغسفلده"


def _with_koenigsfelde(data: Path) -> None:
    """Add the invented town with an Arabic draft, as staff and a translator would."""
    towns = data / "orte.yml"
    text = towns.read_text(encoding="utf-8").replace("source:", KOENIGSFELDE + "source:", 1)
    towns.write_text(text, encoding="utf-8")
    catalog_sync.sync(load_dataset(data, CODES, today=TODAY), ROOT, ["ar"])
    path = catalogs.catalog_path(data, "ar", catalogs.DATA)
    po = polib.pofile(str(path), wrapwidth=0)
    entry = po.find("orte/koenigsfelde#name", by="msgctxt")
    assert entry is not None
    entry.msgstr, entry.flags = AR_KOENIGSFELDE, ["fuzzy"]
    po.save(str(path))


def _pages(data: Path, languages: list[Language]) -> dict[str, str]:
    paths = Paths(root=ROOT, data_dir=data)
    chosen = [lang for lang in languages if lang.code in CODES]
    return render(paths, validate(paths, languages, today=TODAY), chosen)


# --- catalogs and translation state ---


def test_town_names_reach_the_catalogs_by_id_with_their_line(data_dir: Path) -> None:
    sources = catalog_sync.data_sources(load_dataset(data_dir, CODES, today=TODAY))
    towns = [s for s in sources if s.context.startswith("orte/")]
    assert [(s.context, s.german, s.file, s.line, s.name) for s in towns] == [
        ("orte/musterstadt#name", "Musterstadt", "orte.yml", 3, True),
        ("orte/beispieldorf#name", "Beispieldorf", "orte.yml", 6, True),
    ]


def test_a_spelling_stays_with_its_town_when_a_town_is_added_in_front(data_dir: Path) -> None:
    towns = data_dir / "orte.yml"
    towns.write_text(
        towns.read_text(encoding="utf-8").replace("towns:\n", "towns:\n" + KOENIGSFELDE, 1),
        encoding="utf-8",
    )
    catalog_sync.sync(load_dataset(data_dir, CODES, today=TODAY), ROOT, ["ar"])
    found = catalogs.load(catalogs.catalog_path(data_dir, "ar", catalogs.DATA), "ar")
    for key, name in AR.items():
        german = "Musterstadt" if key == "musterstadt" else "Beispieldorf"
        assert found.lookup(f"orte/{key}#name", german) == catalogs.Translation(name, Status.DRAFT)
    assert found.lookup("orte/koenigsfelde#name", "Königsfelde im Beispielgrund").text is None


def test_a_name_without_a_spelling_is_no_gap_but_a_draft_is_a_draft(
    data_dir: Path, languages: list[Language]
) -> None:
    dataset = load_dataset(data_dir, CODES, today=TODAY)
    town = dataset.towns["musterstadt"]
    english = catalogs.load(catalogs.catalog_path(data_dir, "en", catalogs.DATA), "en")
    arabic = catalogs.load(catalogs.catalog_path(data_dir, "ar", catalogs.DATA), "ar")
    assert catalogs.record_status(town, english) is None  # not counted as missing
    assert catalogs.record_status(town, arabic) is Status.DRAFT
    # On the page: the official name, marked German, does not make the page a fallback …
    provenance = Provenance("en")
    name = Views("en", provenance, english).one(town).name
    assert (str(name), name.lang, provenance.status) == ("Musterstadt", "de", "reviewed")
    # … a draft spelling makes it a draft, as any drafted translation does …
    provenance = Provenance("ar")
    name = Views("ar", provenance, arabic).one(town).name
    assert (str(name), name.lang, provenance.status) == (AR["musterstadt"], "ar", "draft")
    # … and a missing ordinary text still is a fallback.
    provenance = Provenance("ar")
    assert Views("ar", provenance, arabic).one(dataset.contacts["erika-beispiel"]).role.fallback
    assert provenance.fallback


# --- pages ---


def test_lists_show_the_readers_spelling_with_the_official_name_isolated(
    data_dir: Path, languages: list[Language]
) -> None:
    pages = _pages(data_dir, languages)
    for page in ("ar/index.md", "ar/orte/index.md"):
        link = "orte/musterstadt.md" if page == "ar/index.md" else "musterstadt.md"
        assert (
            f'- [{AR["musterstadt"]} – <bdi lang="de" dir="ltr">Musterstadt</bdi>]({link})'
            f'{{ data-town-keys="{AR["musterstadt"]}&#124;Musterstadt" }}'
        ) in pages[page], page
    # Postcodes are search keys too.
    assert 'data-town-keys="Beispieldorf&#124;12345&#124;12346"' in pages["de/orte/index.md"]
    # German: the name as it is. English has no other spelling: the official name, isolated.
    assert "- [Musterstadt](orte/musterstadt.md){" in pages["de/index.md"]
    assert (
        '- [<bdi lang="de" dir="ltr">Musterstadt</bdi>](orte/musterstadt.md){'
        in (pages["en/index.md"])
    )
    assert "town_finder: true" in pages["ar/orte/index.md"]
    # A project names the towns it serves the same way.
    assert (
        f'- [{AR["musterstadt"]} – <bdi lang="de" dir="ltr">Musterstadt</bdi>](../orte/'
        in (pages["ar/projekte/beispiel-lotsen.md"])
    )


def test_town_page_names_official_name_postcodes_website_source_and_stand(
    data_dir: Path, languages: list[Language]
) -> None:
    pages = _pages(data_dir, languages)
    arabic = pages["ar/orte/beispieldorf.md"]
    heading = next(line for line in arabic.splitlines() if line.startswith("# "))
    assert AR["beispieldorf"] in heading and "Beispieldorf" not in heading
    assert '<strong><bdi lang="de" dir="ltr">Beispieldorf</bdi></strong>' in arabic
    assert '<bdi dir="ltr">12345</bdi>, <bdi dir="ltr">12346</bdi>' in arabic
    assert '<a href="https://beispieldorf.example.org" dir="ltr">' in arabic
    assert '<span lang="de" dir="ltr">Erfundene Angaben für die Tests</span>' in arabic
    assert "2026" in arabic.split('class="lp-reviewed">')[1].split("</small>")[0]
    german = pages["de/orte/beispieldorf.md"]
    assert "<bdi lang=" not in german  # the heading already is the official name
    assert "Stand&#58; 1&#46; September 2026 · Quelle: Erfundene Angaben für die Tests" in german
    # A town without postcodes or website shows no empty list.
    assert "lp-town-facts" not in pages["de/orte/musterstadt.md"]


def test_untrusted_names_and_spellings_stay_text(data_dir: Path, languages: list[Language]) -> None:
    path = catalogs.catalog_path(data_dir, "ar", catalogs.DATA)
    po = polib.pofile(str(path), wrapwidth=0)
    entry = po.find("orte/musterstadt#name", by="msgctxt")
    assert entry is not None
    entry.msgstr = 'مدينة" onmouseover="x'  # closes the attribute if it were not escaped
    po.save(str(path))
    pages = _pages(data_dir, languages)
    assert (
        'data-town-keys="مدينة&quot; onmouseover&#61;&quot;x&#124;Musterstadt"'
        in pages["ar/index.md"]
    )


# --- data rules and open data ---


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ('["1234"]', "„1234“ ist keine Postleitzahl"),
        ("[12345]", "Anführungszeichen"),
    ],
)
def test_a_wrong_postcode_is_reported_with_its_line(
    data_dir: Path, written: str, expected: str
) -> None:
    towns = data_dir / "orte.yml"
    text = towns.read_text(encoding="utf-8").replace('["12345", "12346"]', written)
    towns.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_dataset(data_dir, CODES, today=TODAY)
    messages = [str(p) for p in raised.value.problems.errors]
    assert any(m.startswith("orte.yml:8:") and expected in m for m in messages), messages


def test_an_old_town_list_is_a_warning(data_dir: Path) -> None:
    dataset = load_dataset(data_dir, CODES, today=date(2028, 1, 1))
    assert any(str(w).startswith("orte.yml:") for w in dataset.warnings)
    assert not any(
        str(w).startswith("orte.yml:") for w in load_dataset(data_dir, CODES, today=TODAY).warnings
    )


def test_open_data_has_each_towns_name_per_language(data_dir: Path, tmp_path: Path) -> None:
    export(load_dataset(data_dir, CODES, today=TODAY), tmp_path, languages=["de", "en", "ar"])
    items = json.loads((tmp_path / "api/v1/towns.json").read_text(encoding="utf-8"))["items"]
    village = next(item for item in items if item["id"] == "beispieldorf")
    assert village["name"] == {"de": "Beispieldorf", "ar": AR["beispieldorf"]}
    assert village["postcodes"] == ["12345", "12346"]
    assert village["translations"] == {"ar": {"status": "draft"}}


# --- the town finder in Chromium ---


@pytest.fixture(scope="module")
def finder_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("towns")
    data = root / "data"
    shutil.copytree(FIXTURES / "minimal", data)
    _with_koenigsfelde(data)
    project = copy_project(root / "project")
    result = build(project, data, root / "site", LOTSENPORTAL_ONLY="ar ti")
    assert result.returncode == 0, result.stderr
    with serve(root / "site") as base:
        yield base


def _found(page: Page, typed: str) -> list[str]:
    page.locator(".lp-towns__filter input").fill(typed)
    return [
        str(link.get_attribute("href")).strip("/").split("/")[-1]
        for link in page.locator(".lp-towns li:visible a").all()
    ]


@pytest.mark.parametrize(
    ("path", "typed", "expected"),
    [
        ("ar/", AR["musterstadt"], "musterstadt"),
        ("ar/", "مُوسْتَرشتات", "musterstadt"),  # with harakat
        ("ar/", "بایشبیلدورف", "beispieldorf"),  # Persian ye
        ("ar/", "کونیغسفلدة", "koenigsfelde"),  # Persian kaf and ye, ta marbuta
        ("ar/", "musterstadt", "musterstadt"),
        ("ar/", "Königsfelde", "koenigsfelde"),
        ("ar/", "koenigsfelde", "koenigsfelde"),
        ("ar/", "konigsfelde", "koenigsfelde"),
        ("ar/", "KÖNIGSFELDE-IM-BEISPIELGRUND", "koenigsfelde"),
        ("ar/", "12399", "koenigsfelde"),
        ("ar/", "١٢٣٤٥", "beispieldorf"),  # Arabic-Indic digits
        ("ar/orte/", "12346", "beispieldorf"),
        ("ti/", TI_MUSTERSTADT, "musterstadt"),
        ("", "Beispiel dorf", "beispieldorf"),
        ("", "königsfelde im", "koenigsfelde"),
    ],
)
def test_the_finder_matches_the_readers_script_latin_folded_and_postcodes(
    browser: Browser, finder_site: str, path: str, typed: str, expected: str
) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(finder_site + path)
    assert _found(page, typed) == [expected]
    assert _found(page, "") == ["musterstadt", "beispieldorf", "koenigsfelde"]
    assert _found(page, "xyz") == []
    none = page.locator("nav.lp-towns").get_attribute("data-filter-none")
    assert none and page.locator(".lp-towns__status").inner_text() == none
    assert errors == []  # no CSP violation, no script error
    page.close()


def test_without_javascript_the_list_is_plain_links(browser: Browser, finder_site: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(finder_site + "ar/")
    assert page.locator(".lp-towns__filter").count() == 0
    links = page.locator("nav.lp-towns li a")
    assert links.count() == 3
    html = BeautifulSoup(page.content(), "html.parser")
    scripts = [s.get("src") or "inline" for s in html.find_all("script")]
    assert any(str(src).endswith("assets/javascripts/town-finder.js") for src in scripts)
    first = links.first
    assert first.get_attribute("data-town-keys") == f"{AR['musterstadt']}|Musterstadt"
    assert first.locator('bdi[lang="de"][dir="ltr"]').inner_text() == "Musterstadt"
    context.close()
