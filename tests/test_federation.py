"""Federation mode: several Kreise, each its own site under /<id>/, and a portal over all.

Built once from the synthetic "mini" federation (two invented Kreise) in German and Arabic,
the way `make federation LANG=ar` builds it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag

import pytest
import yaml

from bench import synthetic
from lotsenportal.build import federation, federation_file
from lotsenportal.checks import gates
from lotsenportal.data.languages import Language
from lotsenportal.site import csp
from lotsenportal.translations import catalogs

from .conftest import ROOT

KREISE = ("reihertal", "wolfsgau")  # the two Kreise of synthetic "mini", seed 1


class _Links(HTMLParser):
    """Every link in one element (by class) of a page, with its text."""

    def __init__(self, within: str) -> None:
        super().__init__()
        self.within = within
        self.depth = 0
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self.depth or self.within in classes:
            self.depth += 1
        if self.depth and tag == "a":
            self._href, self._text = dict(attrs).get("href"), []

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._text).split())))
            self._href = None
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)


def links_in(page: Path, within: str) -> list[tuple[str, str]]:
    parser = _Links(within)
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


def target(page: Path, href: str) -> Path:
    """The file a relative link on `page` opens (directory links open index.html)."""
    path = (page.parent / urldefrag(href).url).resolve()
    return path / "index.html" if path.is_dir() else path


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("federation") / "data"
    synthetic.generate("mini", folder, root=ROOT, federation=True)
    return folder


@pytest.fixture(scope="module")
def tree(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("federation-site") / "site"
    code = federation.build(data / "federation.yml", out, root=ROOT, only=["ar"], jobs=2)
    assert code == 0
    return out


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "lotsenportal"), "federation", *args]
    command += ["--root", str(ROOT)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)


def towns_of(data: Path, kreis: str) -> list[str]:
    towns = yaml.safe_load((data / kreis / "orte.yml").read_text(encoding="utf-8"))["towns"]
    return [town["name"] for town in towns]


def test_synthetic_federation_has_one_valid_folder_per_kreis(
    data: Path, languages: list[Language]
) -> None:
    portal = federation_file.load(data / "federation.yml", languages)
    assert [member.id for member in portal.members] == list(KREISE)
    assert [member.dataset.site.model.region for member in portal.members] == [
        "Kreis Reihertal",
        "Kreis Wolfsgau",
    ]


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_the_portal_shows_every_kreis_and_opens_its_site(
    tree: Path, data: Path, prefix: str
) -> None:
    home = tree / prefix / "index.html"
    cards = [(h, text) for h, text in links_in(home, "lp-kreis") if not h.startswith("#")]
    hrefs = [href for href, _ in cards]  # not the heading anchors
    sites, offices = hrefs[0::2], hrefs[1::2]  # per card: the Kreis's site, whom to ask
    # Each Kreis's title in the reader's language, from that Kreis's own catalog.
    for kreis, (_, title) in zip(KREISE, cards[0::2], strict=True):
        path = catalogs.catalog_path(data / kreis, "ar", catalogs.DATA)
        entry = catalogs.load(path, "ar").entries["site#title"]
        assert title.strip() == (entry.msgstr if prefix else entry.msgid)
    assert [target(home, href) for href in sites] == [
        tree / kreis / prefix / "index.html" for kreis in KREISE
    ]
    for kreis, href in zip(KREISE, offices, strict=True):
        contacts = target(home, href)
        assert contacts == tree / kreis / prefix / "kontakte" / "index.html"
        assert f'id="{kreis}-leitstelle"' in contacts.read_text(encoding="utf-8")
        assert href.endswith(f"#{kreis}-leitstelle")


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_the_town_finder_lists_every_town_of_every_kreis_a_to_z(
    tree: Path, data: Path, prefix: str
) -> None:
    finder = tree / prefix / "orte" / "index.html"
    links = links_in(finder, "lp-towns")
    expected = {
        f"{name} ({region})"
        for kreis, region in zip(KREISE, ("Kreis Reihertal", "Kreis Wolfsgau"), strict=True)
        for name in towns_of(data, kreis)
    }
    shown = [text for _, text in links]
    assert set(shown) == expected
    assert shown == sorted(shown, key=str.casefold)
    for href, text in links:
        page = target(finder, href)
        assert page.is_file(), href
        kreis = page.relative_to(tree).parts[0]
        assert text.split(" (")[0] in page.read_text(encoding="utf-8")
        assert kreis in KREISE
    label = "ابحث عن مدينتك" if prefix else "Ort suchen"  # the search field, in that language
    assert f'data-filter-label="{label}"' in finder.read_text(encoding="utf-8")


def test_every_kreis_site_links_back_to_the_portal_in_its_language(tree: Path) -> None:
    for kreis in KREISE:
        for prefix in ("", "ar/"):
            page = tree / kreis / prefix / "kontakte" / "index.html"
            [(href, text)] = links_in(page, "lp-portal")
            assert target(page, href) == tree / prefix / "index.html"
            assert text  # the federation's title in that language


def test_kreis_sites_are_complete_and_addressed_under_their_folder(tree: Path) -> None:
    for kreis in KREISE:
        assert (tree / kreis / "api" / "v1").is_dir()  # open data of that Kreis
        assert (tree / kreis / "offline" / "lotsenportal-ar.zip").is_file()
        sitemap = (tree / kreis / "sitemap.xml").read_text(encoding="utf-8")
        assert f"http://127.0.0.1:8000/{kreis}/" in sitemap
    assert not (tree / "en").exists()  # the preview built German and Arabic only


_ASSET_REF = re.compile(r'(?:href|src|data-bundle)="([^"]*assets/[^"]*)"|"search": "([^"]*)"')


def test_the_kreise_share_one_assets_folder_and_every_page_finds_its_files(tree: Path) -> None:
    assert (tree / "assets" / "javascripts" / "lazy-search.js").is_file()
    for kreis in KREISE:
        assert not (tree / kreis / "assets").exists()
        pages = sorted((tree / kreis).rglob("*.html"))
        assert pages
        for page in pages:
            for match in _ASSET_REF.finditer(page.read_text(encoding="utf-8")):
                ref = match.group(1) or match.group(2)
                found = tree / ref.lstrip("/") if ref.startswith("/") else page.parent / ref
                assert found.resolve().is_file(), (page.relative_to(tree), ref)


def test_one_headers_file_at_the_top_allows_every_inline_script(tree: Path) -> None:
    assert [p.relative_to(tree) for p in tree.rglob("_headers")] == [Path("_headers")]
    allowed = set(re.findall(r"'sha256-[^']+'", (tree / "_headers").read_text(encoding="utf-8")))
    for page in (
        tree / "index.html",
        tree / "ar" / "orte" / "index.html",
        *(tree / kreis / "ar" / "index.html" for kreis in KREISE),
    ):
        assert set(csp.script_hashes(page.read_text(encoding="utf-8"))) <= allowed, page


def test_portal_pages_pass_axe_in_german_and_arabic_without_outside_requests(tree: Path) -> None:
    result = gates.browser(tree, ["", "orte/", "ar/", "ar/orte/", "wolfsgau/ar/"])
    assert result.passed, result.details


def _break_contact(data: Path, kreis: str) -> tuple[str, int]:
    """Point one contact of `kreis` at an organisation that does not exist."""
    file = sorted((data / kreis / "kontakte").glob("*.yml"))[0]
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.startswith("organisation:"))
    lines[number] = "organisation: gibt-es-nicht\n"
    file.write_text("".join(lines), encoding="utf-8")
    return f"{kreis}/kontakte/{file.name}:{number + 1}:15", number


def test_a_data_error_in_one_kreis_names_its_file_and_publishes_nothing(
    data: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "data"
    shutil.copytree(data, broken)
    where, _ = _break_contact(broken, "wolfsgau")
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("the last good site", encoding="utf-8")

    result = run_cli("data/federation.yml", "--out", "site", "--lang", "ar", cwd=tmp_path)

    assert result.returncode == 1
    assert f"data/{where}" in result.stderr.splitlines()[0]
    assert "gibt-es-nicht" in result.stderr
    assert "reihertal/kontakte" not in result.stderr  # the other Kreis is fine
    assert [p.name for p in out.iterdir()] == ["index.html"]
    assert (out / "index.html").read_text(encoding="utf-8") == "the last good site"
    assert not (tmp_path / "site.next").exists()


def test_mistakes_in_the_federation_file_are_located(data: Path, tmp_path: Path) -> None:
    shutil.copytree(data, tmp_path / "data")
    file = tmp_path / "federation.yml"
    file.write_text(
        "title:\n  de: Test\n"
        "intro:\n  de: Test\n"
        "kreise:\n"
        "  - id: ar\n    data: data/reihertal\n"
        "  - id: wolfsgau\n    data: data/wolfsgau\n"
        "  - id: wolfsgau\n    data: data/fehlt\n",
        encoding="utf-8",
    )

    result = run_cli("federation.yml", "--out", "site", cwd=tmp_path)

    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert errors[0].startswith("federation.yml:6:9: kreise[1].id: „ar“ ist als Kennung")
    assert errors[1].startswith("federation.yml:10:9: kreise[3].id: Die Kennung „wolfsgau“")
    assert errors[2].startswith(
        "federation.yml:11:11: kreise[3].data: Den Datenordner „data/fehlt“"
    )
    assert not (tmp_path / "site").exists()


def test_the_shipped_federation_file_is_valid(languages: list[Language]) -> None:
    codes = [lang.code for lang in languages]
    record = federation_file.load_record(ROOT / "federation.yml", codes)
    assert set(record.model.title) == set(codes)
    assert all(state.status == "draft" for state in record.model.translations.values())
