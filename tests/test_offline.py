"""The offline copy: one zip per language holding one self-contained page, readable from the
phone's files without a server — opened as file:// in Chromium, every link followed, and
not one request made."""

from __future__ import annotations

import base64
import hashlib
import re
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser

from lotsenportal.data.languages import Language
from lotsenportal.site.offline import write_archives

from . import fixture_build

PREVIEW = "http://127.0.0.1:8000/"  # mkdocs.yml's default address: not one a reader can open
PUBLIC = "https://lotsen.example.org/"
DE, AR, EN = (
    Language("de", "Deutsch", default=True),
    Language("ar", "العربية"),
    Language("en", "En"),
)


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented fixture data, built (at the preview address)."""
    return fixture_build.fixture_site(tmp_path_factory.getbasetemp())


def unzip(site: Path, code: str, folder: Path) -> Path:
    archive = zipfile.ZipFile(site / "offline" / f"lotsenportal-{code}.zip")
    assert archive.namelist() == ["index.html"], archive.namelist()
    archive.extractall(folder / code)
    return folder / code


# -- a small hand-made site: what happens to each kind of link ------------------------------

PAGE = """<!doctype html><html lang="{lang}"><head><title>Seite</title>
<link rel="alternate" href="{alt}" hreflang="x">
<script id="__config" type="application/json">{{"base": "{base}"}}</script>
<link rel="stylesheet" href="{up}assets/a.css"></head><body dir="{dir}">
<a class="md-header__button md-logo" title="Lotsen im Kreis" href="{home}">Logo</a>
<nav class="md-nav md-nav--primary" aria-label="Navigation"><ul>
<li><a class="md-nav__link" href="{home}">Start</a></li>
<li><a class="md-nav__link" href="{up}{prefix}seite/">Seite</a></li></ul></nav>
<ul><li class="md-select__item"><a href="{de}" hreflang="de" class="md-select__link">de</a></li>
<li class="md-select__item"><a href="{en}" hreflang="en" class="md-select__link">en</a></li></ul>
<article class="md-content__inner md-typeset"><h1 id="top">Titel {prefix}</h1>
<a href="{de}" hreflang="de">Original</a> <a href="{zip}" download>Zip</a>
<a href="mailto:a@example.org">Mail</a> <a href="#top">Top</a>
<a href="{up}nur-deutsch/#teil">Nur auf Deutsch</a> <a href="{up}{prefix}seite/#top">Seite</a>
<a href="{up}flyer/">Flyer</a> <label for="feld">Feld</label><input id="feld">
<svg viewBox="0 0 24 24"><g id="lp--i0"><path d="M1 1z"/></g></svg>
<svg viewBox="0 0 24 24"><use href="#lp--i0"/></svg>
<script type="application/ld+json">{{"@type": "Thing"}}</script></article>
<footer><a href="{up}{prefix}seite/">Rechtliches</a></footer></body></html>"""


def tiny_site(root: Path) -> Path:
    def links(path: str, lang: str, prefix: str) -> dict[str, str]:
        up = "../" * path.count("/")
        return dict(
            lang=lang,
            dir="rtl" if lang == "ar" else "ltr",
            up=up,
            prefix=prefix,
            home=f"{up}{prefix}",
            alt=f"{up}en/",
            base=f"{up}{prefix}",
            de=up + path.removeprefix(prefix).removesuffix("index.html"),
            en=f"{up}en/",
            zip=f"{up}offline/x.zip",
        )

    pages = {
        "index.html": links("index.html", "de", ""),
        "seite/index.html": links("seite/index.html", "de", ""),
        "ar/index.html": links("ar/index.html", "ar", "ar/"),
        "ar/seite/index.html": links("ar/seite/index.html", "ar", "ar/"),
        "en/index.html": links("en/index.html", "en", "en/"),
    }
    for path, values in pages.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(PAGE.format(**values), encoding="utf-8")
    (root / "nur-deutsch").mkdir()
    (root / "nur-deutsch/index.html").write_text(
        '<html lang="de"><body><article class="md-content__inner md-typeset">'
        '<h1 id="teil">Nur Deutsch</h1><a href="../">Start</a></article></body></html>',
        encoding="utf-8",
    )
    (root / "flyer").mkdir()
    (root / "flyer/index.html").write_text("<article>Flyer</article>", encoding="utf-8")
    (root / "assets").mkdir()
    (root / "assets/a.css").write_text("body{color:red}", encoding="utf-8")
    (root / "404.html").write_text("<p>404</p>", encoding="utf-8")
    return root


def copy_of(site: Path, lang: Language, site_url: str) -> BeautifulSoup:
    write_archives(site, [lang], site_url, every=[DE, AR, EN])
    archive = zipfile.ZipFile(site / "offline" / f"lotsenportal-{lang.code}.zip")
    assert archive.namelist() == ["index.html"]
    return BeautifulSoup(archive.read("index.html"), "html.parser")


def sections(page: BeautifulSoup) -> list[str]:
    return [str(section["id"]) for section in page.select("section")]


def test_a_copy_is_one_page_of_its_language_and_the_german_only_pages_it_needs(
    tmp_path: Path,
) -> None:
    page = copy_of(tiny_site(tmp_path), AR, PREVIEW)
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    assert page.title.text == "Lotsen im Kreis"
    # Home first, then the navigation's order; the German page it links to as content last,
    # marked German; no other language's pages, no flyer (printed from the site).
    assert sections(page) == ["~", "seite", "de/nur-deutsch"]
    german = page.select_one("section[id='de/nur-deutsch']")
    assert german["lang"] == "de" and german["dir"] == "ltr"
    assert [a["href"] for a in page.select("nav.lp-offline__contents a")] == ["#~", "#seite"]
    home = page.select_one("section[id='~']")
    # Links between pages are anchors to the pages' sections and their headings.
    assert home.select_one("h1")["id"] == "~:top"
    assert home.find("a", string="Top")["href"] == "#~:top"
    assert home.find("a", string="Seite")["href"] == "#seite:top"
    assert home.find("a", string="Nur auf Deutsch")["href"] == "#de/nur-deutsch:teil"
    assert german.find("span", string="Start")  # the German home is not in this copy
    # Every id of a section is its own: labels, icons drawn once and used again.
    assert home.select_one("label")["for"] == "~:feld" and home.select_one("input")["id"] == (
        "~:feld"
    )
    assert home.select_one("g")["id"] == "~:lp--i0"
    assert home.select_one("use")["href"] == "#~:lp--i0"
    # This site has no public address: what is not in the copy becomes plain text.
    assert [span.text for span in home.select("span")] == ["Original", "Zip", "Flyer"]
    assert home.find("a", string="Mail")["href"] == "mailto:a@example.org"
    assert page.select("script, link, [data-md-component=search]") == []
    assert page.select_one("footer a")["href"] == "#seite"


def test_links_out_of_the_copy_go_online_when_the_site_has_a_public_address(
    tmp_path: Path,
) -> None:
    page = copy_of(tiny_site(tmp_path), AR, PUBLIC)
    home = page.select_one("section[id='~']")
    assert home.find("a", string="Original")["href"] == PUBLIC  # the German original
    assert home.find("a", string="Zip")["href"] == f"{PUBLIC}offline/x.zip"
    assert home.find("a", string="Flyer")["href"] == f"{PUBLIC}flyer/"
    assert page.select_one(".lp-offline__source a")["href"] == PUBLIC


def test_the_german_copy_is_the_german_site(tmp_path: Path) -> None:
    page = copy_of(tiny_site(tmp_path), DE, PREVIEW)
    assert page.html["lang"] == "de"
    assert sections(page) == ["~", "seite", "nur-deutsch"]
    assert page.select_one("section[id='nur-deutsch']").get("lang") is None


def test_the_copy_loads_nothing_its_style_is_inline_and_allowed_by_its_hash(
    tmp_path: Path,
) -> None:
    page = copy_of(tiny_site(tmp_path), AR, PREVIEW)
    style = page.select_one("head style").string
    assert style == "body{color:red}"
    policy = page.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert policy.startswith("default-src 'none'; ")
    assert f"style-src 'sha256-{digest}'" in policy and "script-src" not in policy


def test_a_font_comes_inline_only_for_text_the_copy_shows(tmp_path: Path) -> None:
    site = tiny_site(tmp_path)
    (site / "assets/a.css").write_text(
        '@font-face{font-family:T;src:local("T"),url("fonts/text.1.woff2") format("woff2");'
        "unicode-range:U+1200-139F,U+AB??}"
        "@font-face{font-family:N;src:url('fonts/ethiopic-language-name.2.woff2');"
        "unicode-range:U+1275,U+122D,U+129B,U+130D}"
        "body{background:url(img/bg.png)}a{background:url(missing.png)}",
        encoding="utf-8",
    )
    for name in ("fonts/text.1.woff2", "fonts/ethiopic-language-name.2.woff2", "img/bg.png"):
        (site / "assets" / name).parent.mkdir(exist_ok=True)
        (site / "assets" / name).write_bytes(name.encode())

    def inline(page: BeautifulSoup) -> list[str]:
        return [
            base64.b64decode(data).decode()
            for data in re.findall(r"base64,([A-Za-z0-9+/=]+)", page.select_one("style").string)
        ]

    # The Arabic home page names Tigrinya only in a link to that language: the name font.
    home = site / "ar/index.html"
    home.write_text(
        home.read_text(encoding="utf-8").replace(
            "</article>", '<a href="../ti/" hreflang="ti">ትግርኛ</a></article>'
        ),
        encoding="utf-8",
    )
    page = copy_of(site, AR, PUBLIC)
    assert inline(page) == ["fonts/ethiopic-language-name.2.woff2", "img/bg.png"]
    assert 'url("data:,")' in page.select_one("style").string  # a missing file: no request
    # Ethiopic text the name font lacks: the text font too.
    seite = site / "ar/seite/index.html"
    seite.write_text(
        seite.read_text(encoding="utf-8").replace("</article>", '<p lang="ti">ሰላም</p></article>'),
        encoding="utf-8",
    )
    assert "fonts/text.1.woff2" in inline(copy_of(site, AR, PUBLIC))
    # The German pages show no Ethiopic: neither font, and their rules are gone.
    german = copy_of(site, DE, PUBLIC)
    assert (
        inline(german) == ["img/bg.png"] and "@font-face" not in german.select_one("style").string
    )


def test_the_zips_are_the_same_bytes_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tiny_site(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = write_archives(site, [AR], PREVIEW, every=[DE, AR, EN])[0].read_bytes()
    (site / "seite/index.html").touch()  # a newer file time changes nothing
    assert write_archives(site, [AR], PREVIEW, every=[DE, AR, EN])[0].read_bytes() == first
    infos = zipfile.ZipFile(site / "offline/lotsenportal-ar.zip").infolist()
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")  # 2025-11-30
    write_archives(site, [AR], PREVIEW, every=[DE, AR, EN])
    infos = zipfile.ZipFile(site / "offline/lotsenportal-ar.zip").infolist()
    assert {info.date_time for info in infos} == {(2025, 11, 30, 0, 0, 0)}


# -- the copies of a real build --------------------------------------------------------------


def test_every_copy_is_one_page_whose_links_all_lead_somewhere(
    fixture_site: Path, languages: list[Language], tmp_path: Path
) -> None:
    """Every language: each in-page link names an id of the page, every other link leaves
    for a phone number, an address or another host; nothing is loaded from a file."""
    for lang in languages:
        root = unzip(fixture_site, lang.code, tmp_path)
        page = BeautifulSoup((root / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert page.html["lang"] == lang.code
        ids = {str(element["id"]) for element in page.select("[id]")}
        assert len(ids) == len(page.select("[id]")), lang.code  # no id twice
        assert len(page.select("section")) > 10, lang.code
        assert page.select("script, link[href], iframe, object, embed") == [], lang.code
        for element in page.select("[href], [src]"):
            link = str(element.get("href") or element.get("src"))
            if link.startswith("#"):
                assert link[1:] in ids, (lang.code, link)
            else:
                assert link.startswith(("mailto:", "tel:", "https://")), (lang.code, link)
                assert not link.startswith(PREVIEW), (lang.code, link)


def test_the_ethiopic_text_font_comes_with_the_tigrinya_copy_only(
    fixture_site: Path, languages: list[Language], tmp_path: Path
) -> None:
    for lang in languages:
        style = BeautifulSoup(
            (unzip(fixture_site, lang.code, tmp_path) / "index.html").read_text(encoding="utf-8"),
            "html.parser",
        ).select_one("style")
        assert style is not None
        faces = re.findall(r"@font-face\s*\{[^}]*\}", style.string or "")
        fonts = [re.findall(r"font-family:\s*\"([^\"]*)\"", face)[0] for face in faces]
        assert ("Lotsenportal Ethiopic" in fonts) == (lang.code == "ti"), (lang.code, fonts)
        assert all("base64," in face for face in faces), lang.code  # inline: no request


@pytest.mark.parametrize("code", ["de", "ar", "ti"])
def test_the_copy_opens_from_a_file_in_chromium_and_requests_nothing(
    fixture_site: Path, browser: Browser, tmp_path: Path, code: str
) -> None:
    root = unzip(fixture_site, code, tmp_path)
    page = browser.new_page(viewport={"width": 360, "height": 740})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text))  # a CSP refusal, say
    page.goto((root / "index.html").as_uri(), wait_until="load")
    assert page.locator("html").get_attribute("lang") == code
    # Every in-page link finds its target; the page does not scroll sideways on a phone.
    missing = page.eval_on_selector_all(
        "a[href^='#']",
        "links => links.filter(a => !document.getElementById("
        "decodeURIComponent(a.hash.slice(1)))).map(a => a.href)",
    )
    assert missing == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.locator("nav.lp-offline__contents a").nth(1).click()
    assert page.evaluate("location.hash") != ""
    page.close()
    assert errors == []
    assert [url for url in requests if not url.startswith("data:")] == [
        (root / "index.html").as_uri()
    ]


def test_the_arabic_copy_names_the_german_original_without_a_dead_link(
    fixture_site: Path, tmp_path: Path
) -> None:
    """The preview build has no public address: the notice says a German original exists, as
    text; a published build links the public page (test_links_out_of_the_copy_go_online…)."""
    root = unzip(fixture_site, "ar", tmp_path)
    page = BeautifulSoup((root / "index.html").read_text(encoding="utf-8"), "html.parser")
    kontakte = page.select_one("section[id='kontakte']")
    assert kontakte is not None
    notice = kontakte.select("[data-lp-notice]")
    assert len(notice) == 1  # the fixture's Arabic texts are drafts
    assert notice[0].select("a[hreflang=de]") == [] and notice[0].select("span")
