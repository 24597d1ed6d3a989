"""End to end: the shipped data built with MkDocs, checked page by page in every language.

The shipped data changes every week, so these tests read what they expect from the loaded
dataset (conftest.shipped) and check only what holds for any valid data: every record has its
page, every published contact is shown, no unpublished one anywhere, links resolve. Behaviour
with particular values is tested on the invented fixture data (tests/fixtures/minimal)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlparse
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from lotsenportal.data.languages import Language

from .conftest import FIXTURES, ROOT, build, copy_project, shipped, unpublished_names

BIN = Path(sys.executable).parent


def html(site: Path, lang: Language, path: str) -> BeautifulSoup:
    file = site / lang.prefix / path / "index.html" if path else site / lang.prefix / "index.html"
    assert file.is_file(), f"missing page {file.relative_to(site)}"
    return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")


def record_paths() -> Iterator[str]:
    data = shipped()
    yield ""
    for folder, ids in (
        ("einsatzfelder", data.einsatzfelder),
        ("projekte", data.projects),
        ("orte", data.towns),
        ("aktuelles", data.news),
    ):
        yield folder
        yield from (f"{folder}/{key}" for key in ids)
    yield "kontakte"
    yield from ("was-ist-ein-lotse", "fachkraefte", "mitmachen", "grenzen", "netzwerk")


PATHS = list(record_paths())


@pytest.mark.parametrize("path", PATHS)
def test_page_exists_in_every_language_with_lang_and_dir(
    site: Path, languages: list[Language], path: str
) -> None:
    for lang in languages:
        page = html(site, lang, path)
        assert page.html is not None and page.html["lang"] == lang.code
        assert page.body is not None and page.body["dir"] == lang.dir


def test_arabic_is_right_to_left(site: Path, languages: list[Language]) -> None:
    arabic = next(lang for lang in languages if lang.code == "ar")
    page = html(site, arabic, "kontakte")
    assert page.body is not None and page.body["dir"] == "rtl"


@pytest.mark.parametrize("path", ["", "grenzen", *(p for p in PATHS if p.startswith("projekte"))])
def test_language_switcher_leads_to_the_same_page(
    site: Path, languages: list[Language], path: str
) -> None:
    for lang in languages:
        page = html(site, lang, path)
        here = f"http://127.0.0.1:8000/{lang.prefix}{path + '/' if path else ''}"
        targets = {
            a["hreflang"]: urljoin(here, str(a["href"])) for a in page.select("a.md-select__link")
        }
        assert targets == {
            other.code: f"http://127.0.0.1:8000/{other.prefix}{path + '/' if path else ''}"
            for other in languages
        }


def test_hreflang_alternates_and_x_default_are_in_the_sitemap_not_in_the_head(
    site: Path, languages: list[Language]
) -> None:
    """Material's script fetches sitemap.xml beside every <link rel="alternate"> in a head
    (13 failed requests per page); search engines read the same alternates in the sitemap."""
    for lang in languages:
        page = html(site, lang, "projekte")
        assert page.select('link[rel="alternate"][hreflang]') == [], lang.code
    names = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    sitemap = ElementTree.parse(site / "sitemap.xml").getroot()
    entry = next(
        url
        for url in sitemap.findall("s:url", names)
        if url.findtext("s:loc", namespaces=names)
        == f"http://127.0.0.1:8000/{languages[1].prefix}projekte/"
    )
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", names)}
    assert set(alternates) == {lang.code for lang in languages} | {"x-default"}
    assert alternates["x-default"] == "http://127.0.0.1:8000/projekte/"
    copies = [
        lang.prefix for lang in languages[1:] if (site / lang.prefix / "sitemap.xml").exists()
    ]
    assert copies == []  # no copies of the whole sitemap in the language folders


@pytest.mark.parametrize("key", sorted(shipped().contacts))
def test_published_contacts_are_shown_in_every_language(
    site: Path, languages: list[Language], key: str
) -> None:
    """On the contacts page and on the page of every project that lists them."""
    data = shipped()
    name = data.contacts[key].model.name
    pages = ["kontakte"] + [
        f"projekte/{pid}" for pid, project in data.projects.items() if key in project.model.contacts
    ]
    for lang in languages:
        for path in pages:
            assert name in html(site, lang, path).get_text(), (lang.code, path)


def test_no_unpublished_contact_anywhere_in_the_site(site: Path) -> None:
    names = unpublished_names(shipped())
    if not names:
        return
    leaks = [
        f"{file.relative_to(site)}: {name}"
        for file in site.rglob("*")
        if file.is_file() and file.suffix not in {".png", ".ico", ".gz", ".woff2", ".pdf"}
        for name in names
        if name in file.read_text(encoding="utf-8", errors="ignore")
    ]
    assert leaks == []


def test_translated_pages_say_they_are_drafts_or_german(
    site: Path, languages: list[Language]
) -> None:
    for lang in languages:
        notice = html(site, lang, "grenzen").select_one("[data-lp-notice]")
        if lang.code == "de":
            assert notice is None
            continue
        translated = (ROOT / "docs" / lang.code / "grenzen.md").is_file()
        assert notice is not None and notice["data-lp-notice"] == (
            "draft" if translated else "fallback"
        )
        link = notice.find("a")
        assert link is not None and link["hreflang"] == "de"


ASSET_SELECTORS = {
    "script[src]": "src",
    "img[src]": "src",
    "iframe[src]": "src",
    "source[src]": "src",
    "audio[src]": "src",
    "video[src]": "src",
    "link[rel~=stylesheet]": "href",
    "link[rel~=icon]": "href",
    "link[rel~=preload]": "href",
    "link[rel~=modulepreload]": "href",
    "link[rel~=preconnect]": "href",
    "link[rel~=dns-prefetch]": "href",
}


def test_no_third_party_assets(site: Path) -> None:
    offenders = []
    for file in site.rglob("*.html"):
        page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        for selector, attribute in ASSET_SELECTORS.items():
            for element in page.select(selector):
                url = urlparse(str(element[attribute]))
                if url.scheme in {"http", "https"} or url.netloc:
                    offenders.append(f"{file.relative_to(site)}: {element}")
    for file in site.rglob("*.css"):
        offenders += [
            f"{file.relative_to(site)}: {m}"
            for m in re.findall(
                r"(?:url\(|@import)\s*['\"]?(?:https?:)?//[^)'\"]+",
                file.read_text(encoding="utf-8"),
            )
        ]
    assert offenders == []


def test_internal_links_and_anchors_are_all_valid(site: Path) -> None:
    result = subprocess.run(
        [
            str(BIN / "lychee"),
            "--offline",
            "--include-fragments",
            "--no-progress",
            "--root-dir",
            str(site),
            "--index-files",
            "index.html",
            f"{site}/**/*.html",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_translation_falls_back_to_marked_german(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "docs/en/grenzen.md").unlink()
    result = build(project, FIXTURES / "minimal", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup(
        (tmp_path / "site/en/grenzen/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    notice = page.select_one('[data-lp-notice="fallback"]')
    assert notice is not None and "not yet available in your language" in notice.get_text()
    wrapper = page.select_one("div.lp-fallback")
    assert wrapper is not None and wrapper["lang"] == "de" and wrapper["dir"] == "ltr"
    assert page.html is not None and page.html["lang"] == "en"


def test_unpublished_contact_is_nowhere_in_the_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    result = build(project, FIXTURES / "minimal", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    leaks = [
        str(f.relative_to(tmp_path))
        for f in (tmp_path / "site").rglob("*")
        if f.is_file()
        and f.suffix not in {".png", ".ico", ".gz", ".woff2"}
        and "Verborgen" in f.read_text(encoding="utf-8", errors="ignore")
    ]
    assert leaks == []
    assert "Erika Beispiel" in (tmp_path / "site/kontakte/index.html").read_text(encoding="utf-8")
    # The fixture names a security contact: security.txt is published (RFC 9116 fields).
    security = (tmp_path / "site/.well-known/security.txt").read_text(encoding="utf-8")
    assert "Contact: mailto:security@example.org\nExpires: 2027-10-01T00:00:00Z\n" in security


def test_data_error_stops_the_build_with_a_located_message(tmp_path: Path, data_dir: Path) -> None:
    project = copy_project(tmp_path / "project")
    contact = data_dir / "kontakte/erika-beispiel.yml"
    contact.write_text(
        contact.read_text(encoding="utf-8").replace("published: true", "published: ja"),
        encoding="utf-8",
    )
    result = build(project, data_dir, tmp_path / "site")
    assert result.returncode != 0
    assert "kontakte/erika-beispiel.yml:7:12: published:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site/index.html").exists()


def test_every_record_is_reachable_from_the_home_page(
    site: Path, languages: list[Language]
) -> None:
    """Follow links from each language's home page; every record page must be found."""
    data = shipped()
    for lang in languages:
        root = (site / lang.prefix).resolve()
        seen: set[Path] = set()
        texts: list[str] = []
        queue = [root / "index.html"]
        while queue:
            file = queue.pop()
            if file in seen or not file.is_file():
                continue
            seen.add(file)
            page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
            article = page.select_one("article")
            texts.append(article.get_text() if article else "")
            for link in page.select("article a[href]"):
                href = str(link["href"])
                if urlparse(href).scheme or href.startswith(("#", "//")):
                    continue
                target = (file.parent / href.partition("#")[0]).resolve()
                target = target / "index.html" if target.is_dir() else target
                if target.suffix == ".html" and target.is_relative_to(root):  # not vCards, feeds
                    queue.append(target)
        reached = {str(p.parent.relative_to(root)) for p in seen}
        assert [p for p in PATHS if (p or ".") not in reached] == [], lang.code
        for contact in data.contacts.values():
            assert any(contact.model.name in text for text in texts), (lang.code, contact.id)


def test_new_contact_from_the_scaffold_is_on_the_built_site(tmp_path: Path, data_dir: Path) -> None:
    from lotsenportal.data.scaffold import create

    create(
        "kontakt",
        data_dir,
        {
            "name": "Nadia Neu",
            "organisation": "beispielamt",
            "role": "Lotsin",
            "email": "nadia.neu@example.org",
            "published": True,
        },
    )
    project = copy_project(tmp_path / "project")
    result = build(project, data_dir, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site/kontakte/index.html").read_text(encoding="utf-8")
    assert "Nadia Neu" in page and "mailto:nadia.neu@example.org" in page


def test_leichte_sprache_is_linked_from_the_german_home_page_only(
    site: Path, languages: list[Language]
) -> None:
    german, english = languages[0], languages[1]
    assert html(site, german, "").select_one('article a[href="leichte-sprache/"]') is not None
    assert html(site, english, "").select_one('article a[href*="leichte-sprache"]') is None
    page = html(site, german, "leichte-sprache/lotse-bekommen")
    assert page.html is not None and page.html["lang"] == "de"


def test_translators_page_is_published_but_not_in_the_navigation(
    site: Path, languages: list[Language]
) -> None:
    page = html(site, languages[2], "uebersetzungen")
    rows = page.select("article table tbody tr")
    assert len(rows) == len(languages) - 1
    assert not page.select('nav.md-nav a[href$="uebersetzungen/"]')


def test_home_page_language_picker_uses_native_names(site: Path, languages: list[Language]) -> None:
    picker = html(site, languages[5], "").select_one("nav.lp-languages")
    assert picker is not None
    links = {a["hreflang"]: (a.get_text(), a["lang"]) for a in picker.select("a")}
    assert links["ti"] == ("ትግርኛ", "ti") and links["ar"] == ("العربية", "ar")
    assert len(links) == len(languages)


@pytest.mark.parametrize("code", ["ar", "fa", "ps"])
def test_right_to_left_languages(site: Path, languages: list[Language], code: str) -> None:
    lang = next(lang for lang in languages if lang.code == code)
    assert lang.rtl
    page = html(site, lang, "grenzen")
    assert page.body is not None and page.body["dir"] == "rtl"


def test_project_pages_have_json_ld_and_a_vcard_to_save(
    site: Path, languages: list[Language]
) -> None:
    """JSON-LD names each project's carrier and its published contacts, as the data has them."""
    import json

    import vobject

    data = shipped()
    for key, project in data.projects.items():
        carrier = data.organisations[project.model.organisation].model.name
        people = [data.contacts[c].model.name for c in project.model.contacts if c in data.contacts]
        for lang in (languages[0], languages[2]):
            page = html(site, lang, f"projekte/{key}")
            script = page.select_one('script[type="application/ld+json"]')
            assert script is not None
            found = json.loads(script.get_text())
            assert found["@type"] == "Organization"
            assert found["parentOrganization"]["name"] == carrier
            assert [point["name"] for point in found.get("contactPoint", [])] == people
            # The project's own card, or (without phone, e-mail and website) the card of the
            # nearest level of its route to a person: never a card with only a name.
            link = page.select_one('a[download][href$=".vcf"]')
            assert link is not None
            card = site / lang.prefix / "projekte" / key / str(link["href"])
            parsed = vobject.readOne(card.resolve().read_text(encoding="utf-8"))
            assert {"tel", "email", "url"} & set(parsed.contents), card
            if str(link["href"]) == f"../{key}.vcf":
                assert parsed.org.value == [carrier]


def test_contacts_page_json_ld_names_every_published_contact(
    site: Path, languages: list[Language]
) -> None:
    import json

    data = shipped()
    for lang in (languages[0], languages[2]):
        script = html(site, lang, "kontakte").select_one('script[type="application/ld+json"]')
        assert script is not None
        graph = json.loads(script.get_text())["@graph"]
        assert {org["name"] for org in graph} == {
            org.model.name for org in data.organisations.values()
        }
        named = sorted(point["name"] for org in graph for point in org.get("contactPoint", []))
        assert named == sorted(c.model.name for c in data.contacts.values())


def test_news_pages_announce_the_feed_of_their_language(
    site: Path, languages: list[Language]
) -> None:
    import feedparser

    data = shipped()
    for key in data.news:
        for lang in (languages[0], languages[2]):
            page = html(site, lang, f"aktuelles/{key}")
            link = page.select_one('link[rel="alternate"][type="application/atom+xml"]')
            assert link is not None
            file = (site / lang.prefix / "aktuelles" / key / str(link["href"])).resolve()
            feed = feedparser.parse(file.read_text(encoding="utf-8"))
            assert feed.version == "atom10" and feed.feed.language == lang.code
            assert len(feed.entries) == len(data.news)


def test_open_data_is_published_under_api_v1(site: Path) -> None:
    import json

    projects = json.loads((site / "api/v1/projects.json").read_text(encoding="utf-8"))
    assert {p["id"] for p in projects["items"]} == set(shipped().projects)
    assert (site / "api/v1/projects.schema.json").is_file()


@pytest.mark.parametrize("slug", ["impressum", "datenschutz", "barrierefreiheit"])
def test_legal_pages_are_linked_in_the_footer_of_every_language(
    site: Path, languages: list[Language], slug: str
) -> None:
    for lang in languages:
        page = html(site, lang, "kontakte")
        link = page.select_one(f'footer .lp-legal a[href$="{lang.prefix}{slug}/"]')
        assert link is not None, lang.code
        target = html(site, lang, slug)
        assert target.html is not None and target.html["lang"] == lang.code
        if lang.code != "de":
            assert target.select_one('[data-lp-notice="fallback"]') is not None
