"""The translation catalogs in use: `make translations` keeps them in step with the German
texts, translators edit them like any PO file, and validation names file and line of every
catalog problem. (Reading and merging: lotsenportal.translations.catalogs; the people are invented.)"""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from lotsenportal import cli
from lotsenportal.build.pipeline import Paths, render, validate
from lotsenportal.data.languages import Language
from lotsenportal.data.problems import DataError
from lotsenportal.translations import catalogs

from .conftest import ROOT, build, copy_project

EN = "locale/en/LC_MESSAGES/data.po"
NEWS = "aktuelles/2026-01-15-start"
NEWS_TEXTS = {
    f"{NEWS}#title": "The portal starts",
    f"{NEWS}#summary": "From today there is the portal.",
    f"{NEWS}#body": "From today there is the portal for the district.",
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the repository's build parts: its label catalogs may be changed."""
    return copy_project(tmp_path / "project")


def run(*argv: str) -> int:
    return cli.main([*argv, "--sprache", "de"])


def translations(project: Path, data: Path, *extra: str) -> int:
    out = project / "reports/translations.json"
    return run(
        "translations", *extra, "--data", str(data), "--root", str(project), "--out", str(out)
    )


def entries(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgctxt: e for e in catalogs.read(path) if e.msgctxt and not e.obsolete}


def translate(path: Path, texts: dict[str, str], *, fuzzy: bool) -> None:
    """What a translator does in Poedit: fill in msgstr (a draft is marked fuzzy)."""
    catalog = catalogs.read(path)
    for entry in catalog:
        if entry.msgctxt in texts:
            entry.msgstr = texts[entry.msgctxt]
            entry.flags = ["fuzzy"] if fuzzy else []
    path.write_text(str(catalog), encoding="utf-8")


def status_of(page: str) -> str | None:
    """The `translation: status:` of a rendered page's front matter (None: reviewed German)."""
    front = page.split("---\n", 2)[1]
    for line in front.splitlines():
        if line.startswith("  status: "):
            return line.removeprefix("  status: ")
    return None


def en_page(project: Path, data: Path, languages: list[Language], name: str) -> str:
    paths = Paths(root=project, data_dir=data)
    chosen = [lang for lang in languages if lang.code in {"de", "en"}]
    return render(paths, validate(paths, languages), chosen)[f"en/{name}"]


def test_removing_the_fuzzy_flag_turns_a_draft_into_reviewed_on_the_site(
    project: Path, data_dir: Path, languages: list[Language]
) -> None:
    labels = catalogs.catalog_path(project, "en", catalogs.UI)  # labels reviewed, so the
    labels.write_text(labels.read_text(encoding="utf-8").replace("#, fuzzy\n", ""), "utf-8")
    catalog = data_dir / EN
    translate(catalog, NEWS_TEXTS, fuzzy=True)
    page = en_page(project, data_dir, languages, f"{NEWS}.md")
    assert "# The portal starts" in page
    assert status_of(page) == "draft"
    # Poedit's "Needs work" off, or the line `#, fuzzy` deleted in the GitHub editor:
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("#, fuzzy\n", ""), "utf-8")
    page = en_page(project, data_dir, languages, f"{NEWS}.md")
    assert status_of(page) == "reviewed"


def test_a_changed_german_text_marks_exactly_that_entry_outdated_and_the_page_says_so(
    project: Path, data_dir: Path, tmp_path: Path
) -> None:
    before = {
        lang: entries(catalogs.catalog_path(data_dir, lang, catalogs.DATA)) for lang in ("en", "ar")
    }
    field = data_dir / "einsatzfelder/gesundheit.yml"
    field.write_text(
        field.read_text(encoding="utf-8").replace(
            "title: Arztbesuche\n", "title: Arztbesuche und mehr\n"
        ),
        encoding="utf-8",
    )
    assert translations(project, data_dir) == 0
    context = "einsatzfelder/gesundheit#title"
    for lang in ("en", "ar"):
        after = entries(catalogs.catalog_path(data_dir, lang, catalogs.DATA))
        changed = sorted(key for key in after if str(after[key]) != str(before[lang][key]))
        assert changed == [context], lang
        entry = after[context]
        assert entry.msgid == "Arztbesuche und mehr" and entry.fuzzy
        assert entry.previous_msgid == "Arztbesuche"
        assert entry.msgstr == before[lang][context].msgstr
    text = (data_dir / "locale/ar/LC_MESSAGES/data.po").read_text(encoding="utf-8")
    assert '#| msgid "Arztbesuche"\nmsgctxt "einsatzfelder/gesundheit#title"' in text
    # End to end: the Arabic page shows the translation with the "outdated" notice.
    site = tmp_path / "site"
    result = build(project, data_dir, site, LOTSENPORTAL_ONLY="ar")
    assert result.returncode == 0, result.stderr
    built = (site / "ar/einsatzfelder/gesundheit/index.html").read_text(encoding="utf-8")
    notice = entries(catalogs.catalog_path(project, "ar", catalogs.UI))["notice_outdated"]
    assert entry.msgstr in built
    assert notice.msgstr in built


def test_translations_twice_changes_nothing(project: Path, data_dir: Path) -> None:
    assert translations(project, data_dir) == 0
    files = [*(data_dir / "locale").rglob("*.po"), *(project / "locale").rglob("*.po")]
    first = {p: p.read_bytes() for p in files}
    assert len(first) == 2 * 11  # every configured language, data and labels
    assert translations(project, data_dir) == 0
    assert {p: p.read_bytes() for p in files} == first
    assert translations(project, data_dir, "--check") == 0


def test_the_shipped_catalogs_are_in_step(project: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    assert translations(project, data, "--check") == 0


def test_check_fails_on_a_stale_catalog_with_the_german_message(
    project: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert translations(project, data_dir) == 0
    news = data_dir / f"{NEWS}.yml"
    news.write_text(
        news.read_text(encoding="utf-8").replace("Das Portal startet", "Das Portal ist da"),
        encoding="utf-8",
    )
    before = {p: p.read_bytes() for p in (data_dir / "locale").rglob("*.po")}
    capsys.readouterr()
    assert translations(project, data_dir, "--check") == 1
    err = capsys.readouterr().err
    assert "locale/en/LC_MESSAGES/data.po: nicht auf dem Stand der deutschen Texte" in err
    assert "`make translations`" in err
    assert {p: p.read_bytes() for p in (data_dir / "locale").rglob("*.po")} == before


def test_renaming_a_data_file_keeps_its_translations(project: Path, data_dir: Path) -> None:
    translate(data_dir / EN, NEWS_TEXTS, fuzzy=False)
    (data_dir / f"{NEWS}.yml").rename(data_dir / "aktuelles/2026-01-15-beginn.yml")
    assert translations(project, data_dir) == 0
    after = entries(data_dir / EN)
    for context, english in NEWS_TEXTS.items():
        moved = after[context.replace(NEWS, "aktuelles/2026-01-15-beginn")]
        assert (moved.msgstr, moved.fuzzy) == (english, False)
        assert context not in after


def test_unpublished_contacts_are_in_no_catalog(project: Path, data_dir: Path) -> None:
    assert translations(project, data_dir) == 0
    for file in (data_dir / "locale").rglob("*.po"):
        text = file.read_text(encoding="utf-8")
        assert "max-verborgen" not in text and "Max Verborgen" not in text, file
    assert "kontakte/erika-beispiel#role" in (data_dir / EN).read_text(encoding="utf-8")


def problems(project: Path, data: Path, languages: list[Language]) -> list[str]:
    with pytest.raises(DataError) as err:
        validate(Paths(root=project, data_dir=data), languages)
    return [str(p) for p in err.value.problems.errors]


def line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_an_unknown_context_is_a_located_warning(
    project: Path, data_dir: Path, languages: list[Language]
) -> None:
    """A translation of a text that no longer exists is shown nowhere: the build goes on (a
    retired record must reach the site), the warning names the line, and CI's
    translations-check fails until `make translations` makes it obsolete."""
    catalog = data_dir / EN
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(
        text.replace(f'msgctxt "{NEWS}#title"', 'msgctxt "aktuelles/x#title"'), "utf-8"
    )
    line = line_of(catalog, 'msgctxt "aktuelles/x#title"') - 1  # the entry starts at #:
    dataset = validate(Paths(root=project, data_dir=data_dir), languages)
    assert (
        f"{EN}:{line}:1: Warnung: Übersetzung für „aktuelles/x#title“, aber diesen deutschen "
        "Text gibt es nicht (mehr). Bitte ändern Sie msgctxt nie von Hand; `make translations` "
        "bringt den Katalog in Ordnung (entfernte Texte werden zu #~-Einträgen)."
    ) in [str(w) for w in dataset.warnings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "HTML ist nicht erlaubt (gefunden: „<s“)"),
        ("See [here](https://example.org/)", "Link-Ziele stimmen nicht: – erwartet"),
        ("![x](https://example.org/a.png)", "Die Übersetzung enthält ein Bild"),
        ("Go to [x](javascript:alert(1))", "Link-Ziele stimmen nicht"),
        ("   ", "leer"),
    ],
)
def test_a_translation_adds_no_markup(
    project: Path, data_dir: Path, languages: list[Language], text: str, expected: str
) -> None:
    translate(data_dir / EN, {f"{NEWS}#body": text}, fuzzy=True)
    line = line_of(data_dir / EN, f'msgctxt "{NEWS}#body"') - 2  # `#:` and `#, fuzzy` first
    found = problems(project, data_dir, languages)
    assert len(found) == 1
    assert found[0].startswith(f"{EN}:{line}:1: {NEWS}#body: ")
    assert expected.lower() in found[0].lower()


def test_a_wrong_language_header_is_located(
    project: Path, data_dir: Path, languages: list[Language]
) -> None:
    catalog = data_dir / "locale/ar/LC_MESSAGES/data.po"
    catalog.write_text(
        catalog.read_text(encoding="utf-8").replace('"Language: ar\\n"', '"Language: fa\\n"'),
        encoding="utf-8",
    )
    line = line_of(catalog, '"Language: fa')
    assert problems(project, data_dir, languages) == [
        f"locale/ar/LC_MESSAGES/data.po:{line}:1: Im Kopf des Katalogs steht „Language: fa“, "
        "der Ordner ist aber für die Sprache ar. Bitte tragen Sie „Language: ar“ ein."
    ]


def test_broken_syntax_is_located(project: Path, data_dir: Path, languages: list[Language]) -> None:
    catalog = data_dir / EN
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(
        text.replace('msgid "Das Portal startet"\n', 'msgid "Das Portal startet"\nkein PO\n'),
        "utf-8",
    )
    line = line_of(catalog, "kein PO")
    found = problems(project, data_dir, languages)
    assert len(found) == 1
    assert found[0].startswith(f"{EN}:{line}:1: Der Übersetzungskatalog lässt sich nicht lesen")


def test_label_placeholders_must_be_the_german_ones(
    project: Path, data_dir: Path, languages: list[Language]
) -> None:
    catalog = catalogs.catalog_path(project, "fr", catalogs.UI)
    german = entries(catalog)["ort_title"].msgid
    assert "{town}" in german
    translate(catalog, {"ort_title": "Lotsen à {town.__class__}"}, fuzzy=True)
    found = problems(project, data_dir, languages)
    assert len(found) == 1
    assert found[0].startswith("../project/locale/fr/LC_MESSAGES/ui.po:")
    assert "ort_title: Platzhalter stimmen nicht: genau {town} erwartet" in found[0]


def test_a_catalog_of_a_language_the_site_does_not_have(
    project: Path, data_dir: Path, languages: list[Language]
) -> None:
    stray = data_dir / "locale/xx/LC_MESSAGES/data.po"
    stray.parent.mkdir(parents=True)
    shutil.copy(data_dir / EN, stray)
    found = problems(project, data_dir, languages)
    assert len(found) == 1
    assert found[0].startswith("locale/xx:1:1: „xx“ ist keine Übersetzungssprache dieser Website")


def test_a_template_payload_in_a_translation_is_never_rendered(
    project: Path, data_dir: Path, languages: list[Language]
) -> None:
    payload = "Hallo {{ 7*191 }} und {% if true %}x{% endif %} {{ config.__class__ }}"
    translate(data_dir / EN, {f"{NEWS}#body": payload}, fuzzy=True)
    page = en_page(project, data_dir, languages, f"{NEWS}.md")
    assert "1337" not in page and "<class" not in page
    assert "{{ 7*191 }}" in html.unescape(page)  # shown as written


def shipped_catalogs() -> list[Path]:
    return sorted(
        [
            *(ROOT / "data/locale").rglob("*.po"),
            *(ROOT / "locale").rglob("*.po"),
            *(ROOT / "tests/fixtures/minimal/locale").rglob("*.po"),
        ]
    )


def test_every_shipped_catalog_is_valid_gettext() -> None:
    """`msgfmt --check` (GNU gettext, `make chromium` installs it) and polib read each one."""
    msgfmt = shutil.which("msgfmt")
    assert msgfmt is not None, "apt-get install gettext"
    found = shipped_catalogs()
    assert len(found) == 3 * 11
    for path in found:
        result = subprocess.run(
            [msgfmt, "--check", "--output-file", "/dev/null", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert catalogs.read(path).metadata["Language"] == path.parent.parent.name
