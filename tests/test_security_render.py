"""Text from data and translations is text: it cannot become markup, a script, a redirect or a
request to another host — in the generated Markdown, in Material's templates, in the browser.

Fixture payloads use invented names and example.org / *.example hosts.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import markdown
import polib
import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.config import load_config
from playwright.sync_api import Browser

from lotsenportal.checks.gates import serve
from lotsenportal.data import formatting
from lotsenportal.data.languages import from_mkdocs_yml
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.problems import DataError
from lotsenportal.data.urls import WEB_URL_PATTERN, web_url_problem
from lotsenportal.site import csp, page_safety
from lotsenportal.translations import catalogs
from lotsenportal.translations.catalog_sync import data_sources

from .conftest import ROOT, build, copy_project

# --- the formatting staff may use, and nothing else -------------------------------------------


@pytest.fixture(scope="module")
def site_markdown() -> markdown.Markdown:
    """Python-Markdown with exactly the extensions the site uses."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(
        extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"]
    )


def as_page(site_markdown: markdown.Markdown, source: str) -> BeautifulSoup:
    site_markdown.reset()
    return BeautifulSoup(site_markdown.convert(source), "html.parser")


MARKDOWN_PAYLOADS = [
    'Text { onclick="alert(1)" }',
    "Text {: #__config }",
    '{: style="display:none" } Text',
    "[a]: javascript:alert(1)",
    "[klick][a]\n\n[a]: https://evil.example/",
    ":smile: :material-phone: :fontawesome-brands-github:",
    "# Überschrift",
    "Name\n===",
    "- Liste\n1. Liste",
    "    eingerückt wie Code",
    "`code` ~~durch~~ ==mark== ^^ins^^ | Tabelle |",
    "!!! warning\n    Admonition",
    "??? note\n    Details",
    "Begriff\n:   Definition",
    "&lt;b&gt; &amp; \\*",
    "<https://evil.example/>",
    "[a](javascript:alert(1)) [b](data:text/html,x) [c](//evil.example/)",
    "![pixel](https://evil.example/p.gif)",
]


@pytest.mark.parametrize("payload", MARKDOWN_PAYLOADS)
def test_a_one_line_text_reaches_the_page_exactly_as_typed(
    site_markdown: markdown.Markdown, payload: str
) -> None:
    page = as_page(site_markdown, f"Vorher {formatting.inert(payload)} nachher")
    assert [tag.name for tag in page.find_all(True)] == ["p"]
    assert page.get_text() == f"Vorher {' '.join(payload.splitlines())} nachher"


@pytest.mark.parametrize("payload", MARKDOWN_PAYLOADS)
def test_a_long_text_keeps_only_emphasis_links_paragraphs_and_lists(
    site_markdown: markdown.Markdown, payload: str
) -> None:
    for rendered in (formatting.block(payload), f"x {formatting.inline(payload)} x"):
        page = as_page(site_markdown, rendered)
        assert {tag.name for tag in page.find_all(True)} <= {
            "p",
            "ul",
            "ol",
            "li",
            "a",
            "em",
            "strong",
        }
        assert not page.find(id="__config")
        for tag in page.find_all(True):
            assert set(tag.attrs) <= {"href"}, tag
        for link in page.find_all("a"):
            assert link["href"].startswith(("https://", "mailto:", "tel:")), link


def test_the_allowed_formatting_is_rendered(site_markdown: markdown.Markdown) -> None:
    text = "Wir **helfen** *gern*.\n\n- [Seite](https://example.org/a_(b)?x=1&y=2)\n- zwei"
    page = as_page(site_markdown, formatting.block(text))
    assert page.find("strong").get_text() == "helfen"
    assert page.find("em").get_text() == "gern"
    assert page.find("a")["href"] == "https://example.org/a_%28b%29?x=1&y=2"
    assert [li.get_text() for li in page.find_all("li")] == ["Seite", "zwei"]


def test_plain_text_drops_formatting_but_keeps_words() -> None:
    assert formatting.plain("Wir **helfen** [hier](https://example.org).") == "Wir helfen hier."


def test_attribute_values_cannot_end_early(site_markdown: markdown.Markdown) -> None:
    value = formatting.attribute('a" onclick="alert(1)" } {: #x')
    page = as_page(site_markdown, f'[Link](https://example.org){{ title="{value}" }}')
    link = page.find("a")
    assert set(link.attrs) == {"href", "title"}
    assert link["title"] == 'a" onclick="alert(1)" } {: #x'


# --- what validation refuses -------------------------------------------------------------------


def _validate(data_dir: Path, languages: list[Any]) -> str:
    try:
        load_dataset(data_dir, [lang.code for lang in languages])
    except DataError as err:
        return "\n".join(str(p) for p in err.problems.errors)
    return ""


def _edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Erika\n# Gehackt", "Zeilenumbruch"),
        ("Erika\u202eleseR", "U+202E"),
        ("Er\u200bika", "U+200B"),
        ("Erika\u2066 Beispiel", "U+2066"),
        ("Erika\x07", "U+0007"),
        ("Erika\u00ad", "U+00AD"),
    ],
)
def test_names_refuse_line_breaks_and_invisible_characters(
    data_dir: Path, languages: list[Any], name: str, expected: str
) -> None:
    _edit(data_dir / "kontakte/erika-beispiel.yml", lambda d: d.update(name=name))
    errors = _validate(data_dir, languages)
    assert "kontakte/erika-beispiel.yml:" in errors
    assert expected in errors


def test_persian_zero_width_non_joiner_is_allowed(data_dir: Path, languages: list[Any]) -> None:
    """Persian needs ZWNJ inside words: a translation with it passes, in text and one-liners."""
    persian = "می\u200cخواهم کمک کنم."
    assert formatting.invisible(persian, line_breaks=False) is None
    _edit(data_dir / "projekte/beispiel-lotsen.yml", lambda d: d.update(summary=persian))
    _edit(data_dir / "kontakte/erika-beispiel.yml", lambda d: d.update(role=persian))
    assert _validate(data_dir, languages) == ""


@pytest.mark.parametrize(
    "text",
    [
        "[klick](javascript:alert(1))",
        "[klick](JAVASCRIPT:alert(1))",
        "[klick](data:text/html;base64,PHNjcmlwdD4=)",
        "[klick](http://example.org/)",
        "[klick](//evil.example/)",
        "[klick](https://evil.example/a<b)",
        "[klick](mailto:nicht-eine-adresse)",
        "![pixel](https://evil.example/p.gif)",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "&#60;script&#62;",
        "x" * 10_001,
    ],
)
def test_long_texts_refuse_markup_and_unsafe_links(
    data_dir: Path, languages: list[Any], text: str
) -> None:
    _edit(data_dir / "projekte/beispiel-lotsen.yml", lambda d: d.update(summary=text))
    assert "projekte/beispiel-lotsen.yml:" in _validate(data_dir, languages)


URLS = [
    ("https://example.org/", True),
    ("https://www.example.org/pfad/seite.html?a=1&b=2#teil", True),
    ("https://de.example.org/wiki/Bad_Homburg_vor_der_Höhe", True),
    ("https://example.org/a_(b)", True),
    ("https://example.org:8443/x", True),
    ("https://bücher.example/", True),
    ("http://example.org/", False),
    ("javascript:alert(1)", False),
    ("https://x.example/<script>alert(1)</script>", False),
    ('https://x.example/" onmouseover="alert(1)', False),
    ("https://x.example/a b", False),
    ("https://x.example/{x}", False),
    ("https://x.example/a\\b", False),
    ("https://x.example/%zz", False),
    ("https://user:secret@x.example/", False),
    ("https://evil.example@x.example/", False),
    ("https://localhost/", False),
    ("https://127.0.0.1/", False),
    ("https:///pfad", False),
    ("https://-x.example/", False),
    ("https://x.example:port/", False),
    ("https://x.example/\u202e", False),
    ("https://" + "a" * 2001 + ".example/", False),
]


@pytest.mark.parametrize(("url", "allowed"), URLS)
def test_urls_are_parsed_and_the_editor_pattern_agrees(url: str, allowed: bool) -> None:
    assert (web_url_problem(url) is None) is allowed
    # The editor's pattern is looser (it cannot parse), but never accepts less.
    if allowed:
        assert re.match(WEB_URL_PATTERN, url)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "https://x.example/<script>",
        'https://x.example/"x',
        "https://x.example/a b",
        "http://x.example/",
        "https://localhost/",
    ],
)
def test_the_editor_pattern_refuses_the_obvious(url: str) -> None:
    assert not re.match(WEB_URL_PATTERN, url)


def test_a_site_link_url_with_a_script_is_refused(data_dir: Path, languages: list[Any]) -> None:
    url = "https://x.example/)<script>alert(1)</script>"
    _edit(
        data_dir / "site.yml",
        lambda d: d.update(links=[{"title": "Link", "url": url}]),
    )
    errors = _validate(data_dir, languages)
    assert "site.yml:" in errors and "„<“" in errors


# --- the built site, with payloads in every kind of field --------------------------------------

SCRIPT = "<script>window.__pwned=1</script>"
QUOTE_BREAKOUT = '0;url=https://evil.example/" http-equiv="refresh'


def _translate(folder: Path, domain: str, texts: dict[str, str], data: Path) -> None:
    """Arabic translations (reviewed) for the given contexts, as a translator would write them
    into the catalog; the catalog is brought in step with the German texts first."""
    codes = [lang.code for lang in from_mkdocs_yml(ROOT / "mkdocs.yml")]
    path = catalogs.catalog_path(folder, "ar", domain)
    if domain == catalogs.DATA:
        dataset = load_dataset(data, codes, today=date(2026, 11, 24))
        catalogs.write_if_changed(path, catalogs.update(path, "ar", domain, data_sources(dataset)))
    catalog = polib.pofile(str(path), wrapwidth=0)
    for entry in catalog:
        if entry.msgctxt in texts:
            entry.msgstr, entry.flags = texts[entry.msgctxt], []
    catalog.save(str(path))


def _hostile(data: Path) -> dict[str, str]:
    """Payloads that pass validation, in one field of every kind, German and Arabic. Returns
    what readers must see."""
    site_title = 'Lotsen "im" Beispielkreis { onclick="alert(1)" } & Co'
    project_title = 'Projekt " onmouseover="window.__pwned=1'
    summary = QUOTE_BREAKOUT
    long_text = (
        'Wir helfen. { onclick="window.__pwned=1" }\n\n'
        "[a]: javascript:window.__pwned=1\n\n[klick][a] :smile: {: #__config }\n\n"
        "Bild: [x](https://example.org/p.gif)"
    )
    line = 'Name " onfocus="window.__pwned=1" autofocus x="'

    def site(d: dict[str, Any]) -> None:
        d.update(title=site_title, intro=long_text)
        d["publisher"]["name"] = line
        d["links"] = [{"title": line, "url": "https://x.example/(a)'b", "description": long_text}]

    def project(d: dict[str, Any]) -> None:
        d.update(title=project_title, summary=summary, how_to_request=long_text)
        d["website"] = "https://x.example/a)b(c'd"

    def organisation(d: dict[str, Any]) -> None:
        d.update(name=line, short_name="{: #__config }", website="https://x.example/?a=1&b='2'")
        d["description"] = long_text
        d["office_hours"] = [{"day": "monday", "from": "09:00", "to": "12:00", "note": line}]

    _edit(data / "site.yml", site)
    _edit(data / "projekte/beispiel-lotsen.yml", project)
    _edit(
        data / "kontakte/erika-beispiel.yml",
        lambda d: d.update(
            name="Erika *Beispiel* [x](https://evil.example/) {: #__config }", role=line
        ),
    )
    _edit(data / "einsatzfelder/gesundheit.yml", lambda d: d.update(description=long_text))
    _edit(data / "aktuelles/2026-01-15-start.yml", lambda d: d.update(body=long_text))
    _edit(data / "organisationen/beispielverein.yml", organisation)
    _edit(data / "orte.yml", lambda d: d["towns"][0].update(name=line))
    _translate(
        data,
        catalogs.DATA,
        {
            "site#title": site_title,
            "projekte/beispiel-lotsen#summary": summary,
            "organisationen/beispielverein#description": long_text,
            "kontakte/erika-beispiel#role": line,
        },
        data,
    )
    return {"site_title": site_title, "project_title": project_title, "summary": summary}


def _hostile_label(project: Path, data: Path) -> None:
    """A translator's labels with markup, quotes and an attribute list (Arabic)."""
    payload = f"{QUOTE_BREAKOUT} :smile: *x* &amp"
    keys = ("phone", "kontakte_title", "home_where_heading", "save_contact")
    texts = {key: payload for key in keys} | {"ort_served": f"{payload} {{town}}"}
    _translate(project, catalogs.UI, texts, data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    root = tmp_path_factory.mktemp("hostile")
    data = root / "data"
    shutil.copytree(ROOT / "tests/fixtures/minimal", data)
    expected = _hostile(data)
    project = copy_project(root / "project")
    _hostile_label(project, data)
    site = root / "site"
    result = build(project, data, site, LOTSENPORTAL_ONLY="ar")
    assert result.returncode == 0, result.stderr
    yield site, expected


PAGES = [
    "",
    "projekte/beispiel-lotsen/",
    "kontakte/",
    "einsatzfelder/gesundheit/",
    "aktuelles/",
    "aktuelles/2026-01-15-start/",
    "flyer/beispiel-lotsen/",
    "orte/musterstadt/",
    "orte/",
    "impressum/",
    "flyer/",
]


def _pages(site: Path) -> list[Path]:
    return [site / prefix / page / "index.html" for prefix in ("", "ar") for page in PAGES]


def test_payloads_are_shown_as_text_not_as_attributes(
    hostile_site: tuple[Path, dict[str, str]],
) -> None:
    site, expected = hostile_site
    for file in _pages(site):
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(True):
            assert not [a for a in tag.attrs if a.startswith("on")], (file, tag)
        assert not soup.find("meta", attrs={"http-equiv": "refresh"}), file
        assert len(soup.find_all(id="__config")) == 1, file
        # Names, labels and reference definitions are text: nothing links to the attacker.
        assert not soup.select('a[href*="evil.example"]'), file
        logo = soup.select_one("a.md-logo")
        assert set(logo.attrs) == {"href", "title", "class", "aria-label", "data-md-component"}
        assert logo["title"] == expected["site_title"]
    project = BeautifulSoup(
        (site / "projekte/beispiel-lotsen/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    description = project.find("meta", attrs={"name": "description"})
    assert description["content"] == expected["summary"]
    assert project.title.get_text().startswith(expected["project_title"])
    assert expected["project_title"] in project.select_one(".md-content h1").get_text()
    assert '{ onclick="window.__pwned=1" }' in project.get_text()
    website = project.find("a", string=re.compile("x.example"))
    assert website["href"] == "https://x.example/a%29b%28c'd"


def test_every_page_of_the_hostile_site_passes_the_gate(
    hostile_site: tuple[Path, dict[str, str]],
) -> None:
    site, _ = hostile_site
    headers = (site / "_headers").read_text(encoding="utf-8")
    allowed = csp.hashes_in(headers)
    for file in sorted(site.rglob("*.html")):
        html = file.read_text(encoding="utf-8")
        assert page_safety.findings(html, allowed) == [], file
        assert set(csp.script_hashes(html)) <= allowed, file


def test_no_payload_runs_redirects_or_loads_anything_foreign_in_chromium(
    hostile_site: tuple[Path, dict[str, str]], browser: Browser
) -> None:
    site, _ = hostile_site
    with serve(site) as base:
        origin = base.rstrip("/")
        context = browser.new_context()
        page = context.new_page()
        dialogs: list[str] = []
        foreign: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: None if r.url.startswith(origin) else foreign.append(r.url))
        for path in (prefix + p for prefix in ("", "ar/") for p in PAGES):
            page.goto(f"{base}{path}", wait_until="load")
            page.wait_for_timeout(150)
            page.mouse.move(200, 200)
            for selector in ("h1", ".md-content a", "p"):
                # Visible ones: the home page's town finder keeps an empty status line hidden.
                shown = [e for e in page.query_selector_all(selector) if e.is_visible()]
                for element in shown[:5]:
                    element.hover()
            assert page.url.rstrip("/") == f"{base}{path}".rstrip("/"), "redirected"
            assert page.evaluate("window.__pwned === undefined"), path
        context.close()
    assert dialogs == []
    assert foreign == []


# --- the gate and the policy ---------------------------------------------------------------------


def test_the_policy_comes_from_the_theme_files_not_from_the_pages(site: Path) -> None:
    """Hashes allowed in `_headers` are exactly those of the theme's script templates, and every
    inline script of every built page is one of them."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    env = config.theme.get_env()
    known = csp.known_script_hashes(
        env, {"config": config, "base_url": ".", "features": config.theme["features"]}
    )
    assert csp.hashes_in((site / "_headers").read_text(encoding="utf-8")) == known
    page = (site / "grenzen/index.html").read_text(encoding="utf-8")
    assert set(csp.script_hashes(page)) <= known
    injected = page.replace("</body>", f"{SCRIPT}</body>")
    assert set(csp.script_hashes(injected)) - known  # an injected script is not allowed


@pytest.mark.parametrize(
    ("fragment", "what"),
    [
        (SCRIPT, "Skript"),
        ('<a href="#" onclick="x()">a</a>', "onclick"),
        ('<a href=" JaVa\tScript:alert(1)">a</a>', "href"),
        ('<img src="https://evil.example/p.gif" alt="">', "anderen Server"),
        ('<img src="//evil.example/p.gif" alt="">', "anderen Server"),
        ('<link rel="stylesheet" href="https://evil.example/x.css">', "anderen Server"),
        ('<meta http-equiv="Refresh" content="0;url=https://evil.example/">', "Weiterleitung"),
        ('<base href="https://evil.example/">', "<base>"),
        ('<iframe src="/x"></iframe>', "<iframe>"),
        ('<svg><a xlink:href="javascript:alert(1)">x</a></svg>', "xlink:href"),
        ('<form action="javascript:alert(1)"></form>', "action"),
    ],
)
def test_the_gate_finds_what_no_page_may_contain(site: Path, fragment: str, what: str) -> None:
    html = (site / "grenzen/index.html").read_text(encoding="utf-8")
    allowed = csp.hashes_in((site / "_headers").read_text(encoding="utf-8"))
    assert page_safety.findings(html, allowed) == []
    found = page_safety.findings(html.replace("</main>", f"{fragment}</main>"), allowed)
    assert found and what in " ".join(str(f) for f in found)


def test_a_hand_written_page_with_a_script_stops_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs/de/grenzen.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n\n{SCRIPT}\n", encoding="utf-8")
    result = build(
        project, ROOT / "tests/fixtures/minimal", tmp_path / "site", LOTSENPORTAL_ONLY="de"
    )
    assert result.returncode != 0
    assert "grenzen.md" in result.stderr and "Skript" in result.stderr
