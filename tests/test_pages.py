"""Rendering data into Markdown pages: languages, fallbacks, drafts and privacy."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import pytest
import yaml

from lotsenportal.build.pipeline import Paths, render
from lotsenportal.data.languages import Language
from lotsenportal.data.loading import load_dataset

from .conftest import ROOT


@pytest.fixture
def pages(data_dir: Path, languages: list[Language]) -> dict[str, str]:
    """Generated Markdown with character references resolved: data text is written as
    references so Markdown cannot read it as syntax (tests/test_security_render.py)."""
    dataset = load_dataset(data_dir, [lang.code for lang in languages], today=date(2026, 11, 24))
    rendered = render(Paths(root=ROOT, data_dir=data_dir), dataset, languages)
    return {path: html.unescape(page) for path, page in rendered.items()}


def front_matter(page: str) -> dict[str, object]:
    _, meta, _ = page.split("---\n", 2)
    loaded = yaml.safe_load(meta)
    assert isinstance(loaded, dict)
    return loaded


def test_every_page_exists_in_every_language(
    pages: dict[str, str], languages: list[Language]
) -> None:
    expected = {
        "index.md",
        "einsatzfelder/index.md",
        "einsatzfelder/gesundheit.md",
        "projekte/index.md",
        "projekte/beispiel-lotsen.md",
        "orte/index.md",
        "orte/musterstadt.md",
        "orte/beispieldorf.md",
        "kontakte/index.md",
        "aktuelles/index.md",
        "aktuelles/2026-01-15-start.md",
        "uebersetzungen/index.md",
        "flyer/index.md",
        "flyer/beispiel-lotsen.md",
    }
    # vCards only where there is a phone, e-mail or website: the person, the office.
    expected |= {
        "kontakte/erika-beispiel.vcf",
        "kontakte/beispielamt.vcf",
        "aktuelles/feed.xml",
        # Material's search reads sitemap.xml beside every <link rel="alternate">: the feed's.
        "aktuelles/sitemap.xml",
    }
    legal = {f"de/{slug}/index.md" for slug in ("impressum", "datenschutz", "barrierefreiheit")}
    assert set(pages) == {f"{lang.code}/{path}" for lang in languages for path in expected} | legal


def test_german_pages_carry_no_translation_status(pages: dict[str, str]) -> None:
    assert "translation" not in front_matter(pages["de/projekte/beispiel-lotsen.md"])


def test_reviewed_translation_is_not_marked_as_draft_except_for_draft_labels(
    pages: dict[str, str],
) -> None:
    # The English labels file is a draft, so even a reviewed record's page says so.
    assert front_matter(pages["en/projekte/beispiel-lotsen.md"])["translation"] == {
        "status": "draft"
    }


def test_missing_translation_falls_back_to_marked_german(pages: dict[str, str]) -> None:
    page = pages["ar/projekte/beispiel-lotsen.md"]
    assert '# <span lang="de" dir="ltr">Lotsenprojekt Beispielverein</span>' in page
    assert (
        '<div lang="de" dir="ltr">\n<p>Der Verein schult Lotsinnen und Lotsen.</p>\n</div>' in page
    )
    assert front_matter(page)["translation"] == {"status": "draft"}


def test_translated_text_is_used(pages: dict[str, str]) -> None:
    assert "# Guide project Beispielverein" in html.unescape(
        pages["en/projekte/beispiel-lotsen.md"]
    )
    assert "زيارات الطبيب" in pages["ar/einsatzfelder/gesundheit.md"]


def test_contact_card_links_phone_and_mail(pages: dict[str, str]) -> None:
    page = pages["de/projekte/beispiel-lotsen.md"]
    assert "[06172 123456](tel:+496172123456)" in page
    assert "[erika.beispiel@example.org](mailto:erika.beispiel@example.org)" in page
    assert "Sprachen: Deutsch, Arabisch, Türkisch" in page


def test_unpublished_contact_appears_on_no_page(pages: dict[str, str]) -> None:
    for path, page in pages.items():
        assert "Max Verborgen" not in page, path
        assert "654321" not in page, path


def test_town_served_by_a_project_lists_it(pages: dict[str, str]) -> None:
    page = pages["de/orte/musterstadt.md"]
    assert "# Ich wohne in Musterstadt" in page
    assert "[Lotsenprojekt Beispielverein](../projekte/beispiel-lotsen.md)" in page
    assert "Erika Beispiel" in page


def test_town_without_project_points_to_the_coordinating_office(pages: dict[str, str]) -> None:
    page = pages["de/orte/beispieldorf.md"]
    assert "noch nicht eingetragen, welches Lotsenprojekt zuständig ist" in page
    assert (
        "[<bdi>Landratsamt Beispielkreis – Fachstelle Integration</bdi>]"
        "(../kontakte/index.md#beispielamt)" in page
    )
    # Shown as DIN 5008 writes it, extension kept; dialled as one number.
    assert "[06172 999-0](tel:+4961729990)" in page


def test_contact_without_details_says_so(data_dir: Path, languages: list[Language]) -> None:
    contact = data_dir / "kontakte/erika-beispiel.yml"
    text = contact.read_text(encoding="utf-8")
    contact.write_text(
        text.replace('phone: "06172 123456"\n', "").replace(
            "email: erika.beispiel@example.org\n", ""
        ),
        encoding="utf-8",
    )
    dataset = load_dataset(data_dir, [lang.code for lang in languages], today=date(2026, 11, 24))
    pages = render(Paths(root=ROOT, data_dir=data_dir), dataset, languages)
    assert "*Telefon und E-Mail sind noch nicht eingetragen.*" in html.unescape(
        pages["de/projekte/beispiel-lotsen.md"]
    )
    assert "*Phone and e-mail have not been added yet.*" in html.unescape(
        pages["en/projekte/beispiel-lotsen.md"]
    )


def test_office_hours_use_localised_weekday_names(pages: dict[str, str]) -> None:
    german = pages["de/kontakte/index.md"]
    assert '- Montag: <span dir="ltr">09:00–12:00</span>' in german
    assert (
        '- Donnerstag: <span dir="ltr">14:00–17:30</span> (nur nach Terminvereinbarung)' in german
    )
    assert (
        '- Thursday: <span dir="ltr">14:00–17:30</span> (by appointment only)'
        in pages["en/kontakte/index.md"]
    )
    arabic = pages["ar/kontakte/index.md"]
    assert '- الاثنين: <span dir="ltr">09:00–12:00</span>' in arabic
    assert '(<span lang="de" dir="ltr">nur nach Terminvereinbarung</span>)' in arabic


def test_contact_cards_say_when_they_were_checked(pages: dict[str, str]) -> None:
    assert "Stand: 15. Januar 2026" in pages["de/projekte/beispiel-lotsen.md"]
    assert "Last checked: January 15, 2026" in html.unescape(
        pages["en/projekte/beispiel-lotsen.md"]
    )


def test_vcards_hold_the_contact_and_parse(pages: dict[str, str]) -> None:
    import vobject

    card = vobject.readOne(pages["en/kontakte/erika-beispiel.vcf"])
    assert card.fn.value == "Erika Beispiel"
    assert card.n.value.family == "Beispiel" and card.n.value.given == "Erika"
    assert card.tel.value == "+496172123456"
    assert card.email.value == "erika.beispiel@example.org"
    assert card.org.value == ["Beispielverein e. V."]
    assert vobject.readOne(pages["de/kontakte/erika-beispiel.vcf"]).title.value == "Koordinatorin"
    assert "Max Verborgen" not in "".join(pages.values())
    # The project has no phone, e-mail or website: no card of just its name, the office's.
    assert "en/projekte/beispiel-lotsen.vcf" not in pages
    office = vobject.readOne(pages["en/kontakte/beispielamt.vcf"])
    assert office.tel.value == "+4961729990"


def test_project_pages_carry_json_ld(pages: dict[str, str]) -> None:
    data = front_matter(pages["de/projekte/beispiel-lotsen.md"])["structured_data"]
    assert isinstance(data, dict)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Organization"
    assert data["parentOrganization"] == {"@type": "Organization", "name": "Beispielverein e. V."}
    assert data["contactPoint"] == [
        {
            "@type": "ContactPoint",
            "name": "Erika Beispiel",
            "contactType": "Koordinatorin",
            "availableLanguage": ["de", "ar", "tr"],
            "telephone": "+496172123456",
            "email": "erika.beispiel@example.org",
        }
    ]


def test_contacts_page_carries_json_ld_of_every_organisation_and_published_person(
    pages: dict[str, str],
) -> None:
    data = front_matter(pages["ar/kontakte/index.md"])["structured_data"]
    assert isinstance(data, dict) and data["@context"] == "https://schema.org"
    by_id = {entry["@id"]: entry for entry in data["@graph"]}
    assert set(by_id) == {"#beispielamt", "#beispielverein"}
    assert all(entry["@type"] == "Organization" for entry in by_id.values())
    people = [point["name"] for point in by_id["#beispielverein"]["contactPoint"]]
    assert people == ["Erika Beispiel"]  # Max Verborgen is not published
    assert "Verborgen" not in pages["ar/kontakte/index.md"]


def test_news_feed_is_valid_atom_in_each_language(pages: dict[str, str]) -> None:
    import feedparser

    for lang, title in (("de", "Das Portal startet"), ("ar", "Das Portal startet")):
        feed = feedparser.parse(pages[f"{lang}/aktuelles/feed.xml"])
        assert feed.version == "atom10" and not feed.bozo, feed.get("bozo_exception")
        assert feed.feed.language == lang
        assert [entry.title for entry in feed.entries] == [title]
        prefix = "" if lang == "de" else f"{lang}/"
        assert feed.entries[0].link == f"http://127.0.0.1:8000/{prefix}aktuelles/2026-01-15-start/"


def test_legal_pages_are_german_and_filled_from_the_publisher_block(pages: dict[str, str]) -> None:
    impressum = pages["de/impressum/index.md"]
    assert (
        "Name: Kreisausschuss des Beispielkreises<br>\nAnschrift: Musterstraße 1, 61352 Musterstadt"
        in impressum
    )
    assert "[impressum@example.org](mailto:impressum@example.org)" in impressum
    assert "vom Herausgeber zu ergänzen" not in impressum
    assert (
        "Erstellt oder zuletzt überprüft am: 1. Juni 2026" in pages["de/barrierefreiheit/index.md"]
    )
    assert "en/impressum/index.md" not in pages  # other languages: marked German fallback


def test_unknown_legal_facts_are_visibly_marked(data_dir: Path, languages: list[Language]) -> None:
    site = data_dir / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").split("publisher:")[0], encoding="utf-8")
    dataset = load_dataset(data_dir, [lang.code for lang in languages], today=date(2026, 11, 24))
    assert any("publisher: Für Impressum" in str(w) for w in dataset.warnings)
    pages = render(Paths(root=ROOT, data_dir=data_dir), dataset, languages)
    assert (
        pages["de/impressum/index.md"].count(
            '<mark class="lp-todo">vom Herausgeber zu ergänzen</mark>'
        )
        == 6
    )


def test_each_catalog_is_read_once_per_language(
    data_dir: Path, languages: list[Language], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cost per page stays flat as data grows: a page looks its texts up in catalogs read
    once per render, never per page or per record."""
    from lotsenportal.translations import catalogs

    read: list[Path] = []
    real = catalogs.read

    def counting(path: Path) -> object:
        read.append(path)
        return real(path)

    monkeypatch.setattr(catalogs, "read", counting)
    dataset = load_dataset(data_dir, [lang.code for lang in languages], today=date(2026, 11, 24))
    render(Paths(root=ROOT, data_dir=data_dir), dataset, languages)
    data_catalogs = [p for p in read if p.name == "data.po"]
    assert sorted(data_catalogs) == sorted(set(data_catalogs))
    assert len(data_catalogs) == len(languages) - 1  # German has none
