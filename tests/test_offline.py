"""The offline copy: one zip per language, readable from the phone's files without a server —
unzipped and opened as file:// in Chromium, every link of every page followed."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser

from lotsenportal.languages import Language
from lotsenportal.offline import write_archives

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
    zipfile.ZipFile(site / "offline" / f"lotsenportal-{code}.zip").extractall(folder / code)
    return folder / code


# -- a small hand-made site: what happens to each kind of link ------------------------------

PAGE = """<!doctype html><html><head><link rel="alternate" href="{alt}" hreflang="x">
<script id="__config" type="application/json">{{"base": "{base}", "search": "w.js"}}</script>
<link rel="stylesheet" href="{up}assets/a.css"></head><body>
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">
<label class="md-header__button md-icon" for="__search">S</label>
<div class="md-search" data-md-component="search"><form name="search"><input></form></div>
<ul><li class="md-select__item"><a href="{de}" hreflang="de" class="md-select__link">de</a></li>
<li class="md-select__item"><a href="{en}" hreflang="en" class="md-select__link">en</a></li></ul>
<article><a href="{de}" hreflang="de">Original</a> <a href="{zip}" download>Zip</a>
<a href="mailto:a@example.org">Mail</a> <a href="#top">Top</a>
<a href="{up}nur-deutsch/">Nur auf Deutsch</a></article></body></html>"""


def tiny_site(root: Path) -> Path:
    pages = {
        "index.html": dict(alt="en/", base="./", up="", de="./", en="en/", zip="offline/x.zip"),
        "seite/index.html": dict(
            alt="../en/seite/", base="../", up="../", de="./", en="../en/seite/", zip="../"
        ),
        "ar/index.html": dict(
            alt="../", base="../ar/", up="../", de="../", en="../en/", zip="../offline/x.zip"
        ),
        "ar/seite/index.html": dict(
            alt="../../seite/",
            base="../../ar/",
            up="../../",
            de="../../seite/",
            en="../../en/seite/",
            zip="../../offline/x.zip",
        ),
        "en/index.html": dict(alt="../", base="../en/", up="../", de="../", en="./", zip="./"),
    }
    for path, links in pages.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(PAGE.format(**links), encoding="utf-8")
    (root / "nur-deutsch").mkdir()
    (root / "nur-deutsch/index.html").write_text('<a href="../">Start</a>', encoding="utf-8")
    (root / "assets").mkdir()
    (root / "assets/a.css").write_text("body{}", encoding="utf-8")
    (root / "404.html").write_text("<p>404</p>", encoding="utf-8")
    return root


def copy_of(site: Path, lang: Language, site_url: str) -> dict[str, BeautifulSoup | bytes]:
    write_archives(site, [lang], site_url, every=[DE, AR, EN])
    archive = zipfile.ZipFile(site / "offline" / f"lotsenportal-{lang.code}.zip")
    return {
        name: BeautifulSoup(archive.read(name), "html.parser")
        if name.endswith(".html")
        else archive.read(name)
        for name in archive.namelist()
    }


def test_a_copy_holds_its_language_and_german_only_pages_not_other_versions(
    tmp_path: Path,
) -> None:
    files = copy_of(tiny_site(tmp_path), AR, PREVIEW)
    assert sorted(files) == [
        "assets/a.css",
        "de/nur-deutsch/index.html",  # linked as content: the copy needs it
        "index.html",
        "seite/index.html",
    ]
    page = files["seite/index.html"]
    assert isinstance(page, BeautifulSoup)
    assert page.select_one("link[rel=stylesheet]")["href"] == "../assets/a.css"
    assert page.select_one("article a[href$='nur-deutsch/index.html']")["href"] == (
        "../de/nur-deutsch/index.html"
    )
    # Other languages' versions (the German original, the switcher) are not in the copy and
    # this site has no public address: the switcher entries go, links become plain text.
    assert page.select(".md-select__link") == []
    assert [span.text for span in page.select("article span")] == ["Original", "Zip"]
    assert page.select_one("a[href^=mailto]") and page.select_one("a[href='#top']")
    assert page.select_one("[data-md-component=search], label[for=__search]") is None
    assert page.select_one("#__search") is not None  # Material's script needs the toggle
    assert page.select_one("link[rel=alternate]") is None
    config = page.select_one("#__config")
    assert config is not None and config.text == '{"base": "../"}'
    german = files["de/nur-deutsch/index.html"]
    assert isinstance(german, BeautifulSoup)
    assert german.a is None and german.span.text == "Start"  # the German home is not in it


def test_links_out_of_the_copy_go_online_when_the_site_has_a_public_address(
    tmp_path: Path,
) -> None:
    files = copy_of(tiny_site(tmp_path), AR, PUBLIC)
    page = files["index.html"]
    assert isinstance(page, BeautifulSoup)
    assert [a["href"] for a in page.select(".md-select__link")] == [PUBLIC, f"{PUBLIC}en/"]
    assert page.select_one("article a[hreflang=de]")["href"] == PUBLIC  # the German original
    assert page.select_one("article a[download]")["href"] == f"{PUBLIC}offline/x.zip"


def test_the_german_copy_is_the_german_site_without_what_needs_a_server(tmp_path: Path) -> None:
    files = copy_of(tiny_site(tmp_path), DE, PREVIEW)
    assert sorted(files) == [
        "assets/a.css",
        "index.html",
        "nur-deutsch/index.html",
        "seite/index.html",
    ]


def test_a_copy_takes_the_assets_its_pages_use_and_a_font_only_for_text_it_shows(
    tmp_path: Path,
) -> None:
    site = tiny_site(tmp_path)
    (site / "assets/a.css").write_text(
        '@font-face{font-family:T;src:local("T"),url("fonts/text.1.woff2") format("woff2");'
        "unicode-range:U+1200-139F,U+AB??}"
        "@font-face{font-family:N;src:url('fonts/ethiopic-language-name.2.woff2');"
        "unicode-range:U+1275,U+122D,U+129B,U+130D}"
        "body{background:url(img/bg.png)}a{background:url(data:image/png;base64,AA==)}",
        encoding="utf-8",
    )
    for name in ("fonts/text.1.woff2", "fonts/ethiopic-language-name.2.woff2", "img/bg.png"):
        (site / "assets" / name).parent.mkdir(exist_ok=True)
        (site / "assets" / name).write_bytes(b"x")
    (site / "assets/fonts/OFL.txt").write_text("licence", encoding="utf-8")
    (site / "assets/bundle.js").write_text("search", encoding="utf-8")
    (site / "assets/unused.js").write_text("", encoding="utf-8")
    # The Arabic home page names Tigrinya in its language menu only, and loads the search
    # script, which would fetch Material's bundle for search.
    home = site / "ar/index.html"
    home.write_text(
        home.read_text(encoding="utf-8").replace(
            "</ul>",
            '<li class="md-select__item"><a href="../ti/" hreflang="ti">ትግርኛ</a></li></ul>'
            '<script src="../assets/lazy.js" data-bundle="../assets/bundle.js"></script>',
        ),
        encoding="utf-8",
    )
    (site / "assets/lazy.js").write_text("", encoding="utf-8")

    def assets(files: dict[str, BeautifulSoup | bytes]) -> list[str]:
        return sorted(name for name in files if name.startswith("assets/"))

    files = copy_of(site, AR, PUBLIC)
    assert assets(files) == [
        "assets/a.css",
        "assets/fonts/OFL.txt",  # the licence comes with the font
        "assets/fonts/ethiopic-language-name.2.woff2",  # the menu's font for language names
        "assets/img/bg.png",
        "assets/lazy.js",
    ]
    script = files["index.html"]
    assert isinstance(script, BeautifulSoup)
    assert script.select_one("script[src='assets/lazy.js']").attrs == {"src": "assets/lazy.js"}

    page = site / "ar/seite/index.html"  # Ethiopic text on a page: the text font too
    page.write_text(
        page.read_text(encoding="utf-8").replace("</article>", '<p lang="ti">ሰላም</p></article>'),
        encoding="utf-8",
    )
    assert "assets/fonts/text.1.woff2" in assets(copy_of(site, AR, PUBLIC))
    # The German pages show no Ethiopic: neither font, nor their licence.
    assert assets(copy_of(site, DE, PUBLIC)) == ["assets/a.css", "assets/img/bg.png"]


def test_the_zips_are_the_same_bytes_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tiny_site(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = write_archives(site, [AR], PREVIEW, every=[DE, AR, EN])[0].read_bytes()
    (site / "seite/index.html").touch()  # a newer file time changes nothing
    assert write_archives(site, [AR], PREVIEW, every=[DE, AR, EN])[0].read_bytes() == first
    infos = zipfile.ZipFile(site / "offline/lotsenportal-ar.zip").infolist()
    assert [info.filename for info in infos] == sorted(info.filename for info in infos)
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")  # 2025-11-30
    write_archives(site, [AR], PREVIEW, every=[DE, AR, EN])
    infos = zipfile.ZipFile(site / "offline/lotsenportal-ar.zip").infolist()
    assert {info.date_time for info in infos} == {(2025, 11, 30, 0, 0, 0)}


# -- the copies of a real build --------------------------------------------------------------


def test_every_copy_has_a_start_page_and_no_other_language(
    fixture_site: Path, languages: list[Language]
) -> None:
    folders = {lang.code for lang in languages if not lang.default}
    for lang in languages:
        names = zipfile.ZipFile(
            fixture_site / "offline" / f"lotsenportal-{lang.code}.zip"
        ).namelist()
        assert "index.html" in names, lang.code
        assert not [n for n in names if n.split("/")[0] in folders], lang.code
        assert not [n for n in names if "search_index" in n or n.endswith((".map", "404.html"))]
        if not lang.default:  # no copy repeats the German copy's pages
            assert "de/index.html" not in names, lang.code
        start = BeautifulSoup(
            zipfile.ZipFile(fixture_site / "offline" / f"lotsenportal-{lang.code}.zip").read(
                "index.html"
            ),
            "html.parser",
        )
        assert start.html is not None and start.html["lang"] == lang.code


def test_no_link_in_any_copy_names_a_missing_file(
    fixture_site: Path, languages: list[Language], tmp_path: Path
) -> None:
    """Every language, every page, every `href` and `src`, resolved as a browser does."""
    for lang in languages:
        root = unzip(fixture_site, lang.code, tmp_path)
        for page in sorted(root.rglob("*.html")):
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            for element in soup.select("[href], [src]"):
                link = str(element.get("href") or element.get("src"))
                if element.get("rel") == ["canonical"] or urlsplit(link).scheme in (
                    "mailto",
                    "tel",
                    "data",
                    "https",
                ):
                    continue
                assert not link.startswith(PREVIEW), (lang.code, page, link)
                path = unquote(urlsplit(link).path)
                target = (page.parent / path).resolve() if path else page
                assert target.is_file(), (lang.code, page.relative_to(root), link)
                assert root.resolve() in target.parents, (lang.code, page, link)


def test_every_asset_in_a_copy_is_used_and_ethiopic_text_comes_with_tigrinya_only(
    fixture_site: Path, languages: list[Language], tmp_path: Path
) -> None:
    """Nothing rides along that no page of the copy opens (Material's script is for search,
    which a copy has not); the Ethiopic text font comes with Tigrinya pages."""
    for lang in languages:
        root = unzip(fixture_site, lang.code, tmp_path)
        named: set[Path] = set()
        for page in sorted(root.rglob("*.html")):
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            assert soup.select("[data-bundle]") == [], (lang.code, page)
            for element in soup.select("[href], [src]"):
                path = unquote(urlsplit(str(element.get("href") or element.get("src"))).path)
                if path:
                    named.add((page.parent / path).resolve())
        for sheet in [path for path in named if path.suffix == ".css"]:
            for url in re.findall(r"url\(\"?([^\")]+)", sheet.read_text(encoding="utf-8")):
                named.add((sheet.parent / url).resolve())
        for asset in sorted((root / "assets").rglob("*")):
            if asset.is_file() and asset.name != "OFL.txt":
                assert asset.resolve() in named, (lang.code, asset.relative_to(root))
        fonts = [font.name for font in (root / "assets").rglob("noto-sans-ethiopic*.woff2")]
        assert bool(fonts) == (lang.code == "ti"), (lang.code, fonts)
        assert not list((root / "assets").rglob("bundle.*.js")), lang.code


@pytest.mark.parametrize("code", ["de", "ar", "ti"])
def test_every_link_of_the_copy_opens_from_files_in_chromium(
    fixture_site: Path, browser: Browser, tmp_path: Path, code: str
) -> None:
    root = unzip(fixture_site, code, tmp_path)
    page = browser.new_page(viewport={"width": 360, "height": 740})
    failed: list[str] = []
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on(
        "requestfailed",
        lambda request: (
            None
            if request.failure == "net::ERR_ABORTED"  # a favicon cut short by the next page
            else failed.append(f"{request.url} {request.failure}")
        ),
    )
    page.on("pageerror", lambda error: failed.append(str(error)))
    todo = [file.as_uri() for file in sorted(root.rglob("*.html"), reverse=True)]
    seen = set(todo)
    while todo:
        url = todo.pop()
        if not url.endswith(".html"):  # a vCard or feed: the browser would download it
            assert Path(unquote(urlsplit(url).path)).is_file(), url
            continue
        response = page.goto(url, wait_until="domcontentloaded")  # raises ERR_FILE_NOT_FOUND
        assert response is not None and response.ok, url
        search = page.locator("input.md-search__input, label[for=__search]")
        assert search.count() == 0, url
        # Without the search button the language menu sits at the edge: it must open inside
        # the screen, not widen the page (sideways scrolling on a 360 px phone).
        menu = page.locator(".md-header .md-select__inner").bounding_box()
        assert menu is not None and menu["x"] >= 0 and menu["x"] + menu["width"] <= 360, url
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            target = href.split("#")[0].split("?")[0]
            if target.startswith("file:") and target not in seen:
                seen.add(target)
                todo.append(target)
    page.goto((root / "index.html").as_uri(), wait_until="load")
    assert page.locator("html").get_attribute("lang") == code
    page.close()
    assert not failed, failed
    assert all(url.startswith(("file://", "data:")) for url in requests), set(requests)
    assert len(seen) > 20, len(seen)  # the crawl saw the copy, not just its start page


def test_the_arabic_copy_names_the_german_original_without_a_dead_link(
    fixture_site: Path, browser: Browser, tmp_path: Path
) -> None:
    """The preview build has no public address: the notice says a German original exists, as
    text; a published build links the public page (test_links_out_of_the_copy_go_online…)."""
    root = unzip(fixture_site, "ar", tmp_path)
    page = browser.new_page()
    page.goto((root / "index.html").as_uri())
    with page.expect_navigation():
        page.locator("article a[href$='kontakte/index.html']").first.click()
    assert page.url.endswith("/ar/kontakte/index.html")
    assert page.locator("[data-lp-notice]").count() == 1  # the fixture's Arabic texts are drafts
    assert page.locator("[data-lp-notice] a[hreflang=de]").count() == 0
    assert page.locator("[data-lp-notice] span").count() >= 1
    page.close()
