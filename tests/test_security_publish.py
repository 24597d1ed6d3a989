"""Hostile inputs: translators' PO files may change translations and nothing else, a build for
publishing needs the public address, one build per site folder, the swap is one step, the
dependencies and actions are pinned, and an empty link-check exception is refused."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import jinja2
import pytest
import yaml
from pydantic import ValidationError

from lotsenportal import po
from lotsenportal import publish as publishing
from lotsenportal.build import Paths, render
from lotsenportal.dataset import load_dataset
from lotsenportal.flyers import qr_svg
from lotsenportal.languages import from_mkdocs_yml
from lotsenportal.publish import (
    PublishError,
    address_problem,
    build_address,
    check_built_for,
    site_lock,
    swap,
)
from lotsenportal.schema import IgnoredLink, Site

from .conftest import ROOT, copy_project

CLI = [sys.executable, "-m", "lotsenportal"]


def po_file(*entries: tuple[str | None, str, str], language: str = "fr") -> bytes:
    """A PO file as a translator could send it: header, then (msgctxt, msgid, msgstr)."""
    lines = [
        'msgid ""',
        'msgstr ""',
        '"Project-Id-Version: Lotsenportal\\n"',
        f'"Language: {language}\\n"',
        '"Content-Type: text/plain; charset=utf-8\\n"',
        "",
    ]
    for context, german, text in entries:
        if context is not None:
            lines.append(f'msgctxt "{context}"')
        lines += [f'msgid "{german}"', f'msgstr "{text}"', ""]
    return "\n".join(lines).encode("utf-8")


def snapshot(*folders: Path) -> dict[str, bytes]:
    return {
        str(p): p.read_bytes()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture
def where(project: Path, data_dir: Path) -> po.Where:
    return po.Where(data_dir, project / "docs", project / "overrides/strings")


def contexts(where: po.Where, lang: str = "fr") -> dict[str, str]:
    return {str(m.context): str(m.id) for m in po.export(where, lang) if m.id}


# --- PO import: only the places the export writes --------------------------------------------


HOSTILE_CONTEXTS = [
    "page:/tmp/evil.md#1",
    "page:../../overrides/pages/home.md#1",
    "page:../overrides/pages/home.md#1",
    "page:../de/grenzen.md#1",
    "data:/etc/passwd#role",
    "data:../../overrides/pages/home.md#role",
    "data:unbekannt/x.yml#role",
    "data:kontakte/../../overrides/strings/de.yml#labels",
    "label:../../pages/home",
    "label:phone/../../x",
    "overrides:pages/home.md#1",
    "page:grenzen.md#999",
]


@pytest.mark.parametrize("context", HOSTILE_CONTEXTS)
def test_a_context_the_export_never_writes_is_refused_and_nothing_written(
    where: po.Where, project: Path, data_dir: Path, context: str
) -> None:
    before = snapshot(project, data_dir)
    good = "data:projekte/beispiel-lotsen.yml#summary"
    german = contexts(where)[good]
    catalog = po.read(
        po_file((good, german, "Une bonne traduction."), (context, "x", "{% raw %}pwned"))
    )
    changed, problems = po.import_catalog(where, catalog)
    assert changed == []
    assert [p.line for p in problems] == [12]  # the msgid line of the entry
    assert problems[0].message.startswith(f"Unbekannter Kontext „{context}“")
    assert "Bitte" in problems[0].message
    assert snapshot(project, data_dir) == before  # all or nothing: the good entry neither
    assert not Path("/tmp/evil.md").exists()


def test_import_needs_a_context(where: po.Where, data_dir: Path) -> None:
    before = snapshot(data_dir)
    changed, problems = po.import_catalog(where, po.read(po_file((None, "Koordinatorin", "x"))))
    assert changed == [] and "ohne msgctxt" in problems[0].message
    assert snapshot(data_dir) == before


def test_a_symlinked_data_file_is_not_written_through(where: po.Where, tmp_path: Path) -> None:
    context = "data:kontakte/erika-beispiel.yml#role"
    german = contexts(where)[context]
    outside = tmp_path / "outside.yml"
    contact = where.data_dir / "kontakte/erika-beispiel.yml"
    shutil.copy(contact, outside)
    contact.unlink()
    contact.symlink_to(outside)
    before = outside.read_bytes()
    changed, problems = po.import_catalog(
        where, po.read(po_file((context, german, "Coordinatrice")))
    )
    assert changed == [] and problems[0].fatal
    assert outside.read_bytes() == before
    assert contact.is_symlink()


def test_a_link_on_the_way_is_never_followed(tmp_path: Path) -> None:
    base = tmp_path / "data"
    (base / "kontakte").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (base / "link").symlink_to(tmp_path / "elsewhere")
    (base / "inside").symlink_to(base / "kontakte")  # even one that stays inside
    assert po._inside(base, "kontakte/x.yml") == base.resolve() / "kontakte/x.yml"
    for relative in (
        "link/x.yml",
        "inside/x.yml",
        "../x.yml",
        "/etc/passwd",
        "kontakte/../x.yml",
        "",
    ):
        assert po._inside(base, relative) is None, relative


def test_a_symlinked_language_folder_is_not_written_through(
    where: po.Where, project: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.rmtree(project / "docs/fr")
    (project / "docs/fr").symlink_to(outside)
    catalog = po.export(where, "fr", ("pages",))
    for message in catalog:
        if message.id and str(message.context).startswith("page:grenzen.md#"):
            message.string = str(message.id)
    changed, problems = po.import_catalog(where, catalog)
    assert changed == [] and any("liegt nicht in" in p.message for p in problems)
    assert list(outside.iterdir()) == []


def test_a_symlinked_labels_file_is_not_written_through(where: po.Where, tmp_path: Path) -> None:
    outside = tmp_path / "labels.yml"
    outside.write_text("status: draft\nlabels: {}\n", encoding="utf-8")
    target = where.strings_dir / "fr.yml"
    target.unlink()
    target.symlink_to(outside)
    german = contexts(where)["label:phone"]
    changed, problems = po.import_catalog(where, po.read(po_file(("label:phone", german, "Tél."))))
    assert changed == [] and "liegt nicht in" in problems[0].message
    assert outside.read_text(encoding="utf-8") == "status: draft\nlabels: {}\n"


@pytest.mark.parametrize(
    "language", ["../../overrides/pages", "/tmp/x", "fr/../../de", "de", "xx", ""]
)
def test_the_language_must_be_one_of_the_site(
    where: po.Where, data_dir: Path, language: str
) -> None:
    before = snapshot(data_dir, where.docs_dir, where.strings_dir)
    content = po_file(("label:phone", "Telefon", "Tel."), language=language)
    try:
        catalog = po.read(content)  # a path is refused before Babel reads the header
    except po.ImportRefused as err:
        assert "keine Sprache dieser Website" in err.problems[0].message
        assert err.problems[0].line == 4
    else:
        changed, problems = po.import_catalog(where, catalog)
        assert changed == [] and "keine Sprache dieser Website" in problems[0].message
    assert snapshot(data_dir, where.docs_dir, where.strings_dir) == before
    assert not (where.docs_dir / language).exists() or language in ("de", "")


def test_a_path_as_language_names_file_and_line_on_the_command_line(
    project: Path, data_dir: Path, tmp_path: Path
) -> None:
    evil = tmp_path / "evil.po"
    evil.write_bytes(po_file(("label:phone", "Telefon", "x"), language="../../overrides/pages"))
    result = subprocess.run(
        [
            *CLI,
            "translations",
            "import",
            str(evil),
            "--root",
            str(project),
            "--data",
            str(data_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"{evil}:4: „../../overrides/pages“ im Kopf der PO-Datei" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_line_names_file_and_line_of_a_refused_entry(
    project: Path, data_dir: Path, tmp_path: Path
) -> None:
    evil = tmp_path / "evil.po"
    evil.write_bytes(po_file(("page:../../overrides/pages/home.md#1", "x", "{{ 7*191 }}")))
    before = snapshot(project / "overrides")
    result = subprocess.run(
        [
            *CLI,
            "translations",
            "import",
            str(evil),
            "--root",
            str(project),
            "--data",
            str(data_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"{evil}:8: Unbekannter Kontext" in result.stderr
    assert snapshot(project / "overrides") == before


def test_a_template_payload_is_stored_as_text_and_never_rendered(
    where: po.Where, project: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    payload = "Hallo {{ 7*191 }} und {% if true %}x{% endif %} {{ config.__class__ }}"
    known = contexts(where)
    label = next(k for k, v in known.items() if k.startswith("label:") and "{" not in v)

    def no_templates(*args: object, **kwargs: object) -> None:
        raise AssertionError("a translated text was compiled as a template")

    monkeypatch.setattr(jinja2.Environment, "from_string", no_templates)
    context = "data:projekte/beispiel-lotsen.yml#summary"
    _changed, problems = po.import_catalog(
        where,
        po.read(po_file((context, known[context], payload), (label, known[label], "{{ 7*191 }}"))),
    )
    assert [p for p in problems if p.fatal] == []
    project_file = yaml.safe_load(
        (data_dir / "projekte/beispiel-lotsen.yml").read_text(encoding="utf-8")
    )
    assert project_file["summary"]["fr"] == payload  # stored as the translator wrote it
    labels = yaml.safe_load((where.strings_dir / "fr.yml").read_text(encoding="utf-8"))
    assert labels["labels"][label.removeprefix("label:")] == "{{ 7*191 }}"
    monkeypatch.undo()
    languages = from_mkdocs_yml(project / "mkdocs.yml")
    paths = Paths(root=project, data_dir=data_dir)
    dataset = load_dataset(data_dir, [lang.code for lang in languages])
    pages = render(paths, dataset, languages, "https://lotsen.example.org/")
    assert not [name for name, text in pages.items() if "1337" in text]  # 7*191 never computed
    assert not [name for name, text in pages.items() if "<class" in text]


@pytest.mark.parametrize(
    "text",
    [
        "Je vis à {town.__class__.__init__.__globals__}",
        "Je vis à {0}",
        "{town!r}",
        "{town:>99999}",
        "Je vis à {ville}",
        "Je vis à {town} {",
        "Je vis à",
    ],
)
def test_label_placeholders_must_be_the_german_ones(where: po.Where, text: str) -> None:
    before = snapshot(where.strings_dir)
    german = contexts(where)["label:ort_title"]
    changed, problems = po.import_catalog(
        where, po.read(po_file(("label:ort_title", german, text)))
    )
    assert changed == [] and "Platzhalter" in problems[0].message
    assert snapshot(where.strings_dir) == before


def test_a_labels_file_with_a_format_payload_is_a_data_error(tmp_path: Path) -> None:
    from lotsenportal.problems import DataError
    from lotsenportal.strings import load_strings

    strings = tmp_path / "strings"
    shutil.copytree(ROOT / "overrides/strings", strings)
    fr = strings / "fr.yml"
    fr.write_text(
        re.sub(r"(?m)^  ort_title: .*$", "  ort_title: Je vis à {town.__class__}", fr.read_text()),
        encoding="utf-8",
    )
    with pytest.raises(DataError) as err:
        load_strings(strings, ["de", "fr"])
    assert "ort_title" in str(err.value.problems.errors[0])


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "Voir [ici](javascript:alert(1))",
        "![x](https://example.org/a.png)",
    ],
)
def test_imported_texts_pass_the_rules_of_data_texts(
    where: po.Where, data_dir: Path, text: str
) -> None:
    before = snapshot(data_dir)
    context = "data:projekte/beispiel-lotsen.yml#summary"
    changed, problems = po.import_catalog(
        where, po.read(po_file((context, contexts(where)[context], text)))
    )
    assert changed == [] and problems
    assert snapshot(data_dir) == before


def test_a_page_translation_adds_no_attribute_list(where: po.Where, project: Path) -> None:
    catalog = po.export(where, "fr", ("pages",))
    for message in catalog:
        if message.id and str(message.context).startswith("page:grenzen.md#"):
            message.string = str(message.id)
    block = next(m for m in catalog if m.context == "page:grenzen.md#2")
    block.string = str(block.id) + '\n{ onclick="alert(1)" }'
    before = snapshot(project / "docs")
    changed, problems = po.import_catalog(where, catalog)
    assert changed == [] and "Geschweifte Klammern" in problems[0].message
    assert snapshot(project / "docs") == before


def test_the_german_text_comes_from_the_project_not_from_the_msgid(where: po.Where) -> None:
    # The msgid claims a link target the German text does not have.
    context = "data:projekte/beispiel-lotsen.yml#summary"
    text = "Voir [ici](https://evil.example.org/)"
    changed, problems = po.import_catalog(where, po.read(po_file((context, text, text))))
    assert changed == [] and "Link-Ziele" in problems[0].message


def test_a_po_file_over_the_limit_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.po"
    big.write_bytes(po_file() + b"#" * po.MAX_PO_BYTES)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(po, "read_po", no_parsing)
    with pytest.raises(po.ImportRefused) as err:
        po.load(big)
    assert "größer als 5 MB" in err.value.problems[0].message


def test_a_po_file_that_is_not_one_is_refused_without_traceback(tmp_path: Path) -> None:
    with pytest.raises(po.ImportRefused):
        po.load(tmp_path)  # a folder
    with pytest.raises(po.ImportRefused):
        po.read(b'msgid "a\nmsgstr \x00\xff')


def test_duplicate_contexts_are_refused(where: po.Where, data_dir: Path) -> None:
    context = "data:projekte/beispiel-lotsen.yml#summary"
    german = contexts(where)[context]
    content = po_file((context, german, "Un."), (context, german + " ", "Deux."))
    changed, problems = po.import_catalog(where, po.read(content))
    assert changed == [] and "zweimal" in problems[0].message


# --- The public address -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/",
        "https://127.0.0.1/",
        "https://localhost/",
        "https://lotsen.localhost/",
        "https://[::1]/",
        "https://10.1.2.3/",
        "https://192.168.0.10/",
        "https://169.254.1.1/",
        "https://0.0.0.0/",
        "https://127.1/",
        "https://2130706433/",
        "https://0x7f.1/",
        "https://intranet/",
        "https://lotsen.local/",
        "https://lotsen.internal/",
        "http://lotsen.example.org/",
        "https://user:pw@lotsen.example.org/",
        "https:///",
        "ftp://lotsen.example.org/",
    ],
)
def test_a_build_for_publishing_refuses_a_local_or_non_https_address(
    data_dir: Path, url: str
) -> None:
    assert address_problem(url) is not None
    with pytest.raises(PublishError) as err:
        build_address(data_dir, publishing=True, environ={"SITE_URL": url})
    assert "site.yml" in str(err.value) and "SITE_URL" in str(err.value)


def test_a_build_for_publishing_without_an_address_says_where_to_set_it(data_dir: Path) -> None:
    with pytest.raises(PublishError) as err:
        build_address(data_dir, publishing=True, environ={})
    assert "site.yml" in str(err.value) and "url: https://" in str(err.value)
    assert build_address(data_dir, publishing=False, environ={}).url == "http://127.0.0.1:8000/"


def test_site_url_wins_over_site_yml(data_dir: Path) -> None:
    site_yml = data_dir / "site.yml"
    site_yml.write_text(
        site_yml.read_text(encoding="utf-8") + "url: https://lotsen.example.org\n", encoding="utf-8"
    )
    assert build_address(data_dir, publishing=True, environ={}).url == (
        "https://lotsen.example.org/"
    )
    env = {"SITE_URL": "https://www.example.org/lotsen/"}
    assert build_address(data_dir, publishing=True, environ=env).url == env["SITE_URL"]


def test_publish_command_refuses_a_loopback_address(
    project: Path, data_dir: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "SITE_URL": "http://127.0.0.1:8000/"}
    site = tmp_path / "built"
    for command in (
        ["build", "--publish", "--site-dir", str(site)],
        ["site", "--publish", "--site", str(site)],
        ["publish", "--site", str(site), "--dest", str(tmp_path / "www")],
    ):
        result = subprocess.run(
            [*CLI, *command, "--root", str(project), "--data", str(data_dir)],
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
        assert result.returncode == 1, command
        assert "keine öffentliche Adresse" in result.stderr, command
        assert "Traceback" not in result.stderr
    assert not site.exists() and not (tmp_path / "www").exists()


def test_a_site_built_for_the_preview_is_never_published(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitemap.xml").write_text(
        "<urlset><url><loc>http://127.0.0.1:8000/</loc></url></urlset>", encoding="utf-8"
    )
    address = publishing.Address("https://lotsen.example.org/", "SITE_URL")
    with pytest.raises(PublishError, match="gebaut"):
        check_built_for(site, address)


def test_the_address_in_site_yml_goes_into_sitemap_feed_qr_codes_and_security_txt(
    project: Path, data_dir: Path, tmp_path: Path
) -> None:
    site_yml = data_dir / "site.yml"
    site_yml.write_text(
        site_yml.read_text(encoding="utf-8") + "url: https://lotsen.example.org/\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    site = tmp_path / "built"
    result = subprocess.run(
        [
            *CLI,
            "build",
            "--publish",
            "--jobs",
            "1",
            "--site-dir",
            str(site),
            "--root",
            str(project),
            "--data",
            str(data_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    base = "https://lotsen.example.org/"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert re.findall(r"<loc>([^<]*)</loc>", sitemap)[0] == base
    assert f'href="{base}aktuelles/"' in (site / "aktuelles/feed.xml").read_text(encoding="utf-8")
    flyer = (site / "flyer/beispiel-lotsen/index.html").read_text(encoding="utf-8")
    assert f"{base}projekte/beispiel-lotsen/" in html.unescape(flyer)  # the QR code's caption
    qr = re.search(r' d="([^"]+)"', qr_svg(f"{base}projekte/beispiel-lotsen/", "x"))
    assert qr is not None and qr.group(1) in flyer  # and the code itself
    assert f'rel="canonical" href="{base}' in (site / "grenzen/index.html").read_text(
        encoding="utf-8"
    )
    security = (site / ".well-known/security.txt").read_text(encoding="utf-8")
    assert f"Canonical: {base}.well-known/security.txt" in security
    leaked = [
        str(p.relative_to(site))
        for p in site.rglob("*")
        if p.suffix in (".html", ".xml", ".txt", ".json")
        and "127.0.0.1" in p.read_text(encoding="utf-8", errors="replace")
    ]
    assert leaked == []
    # and `lotsenportal publish` takes this site for this address
    check_built_for(site, build_address(data_dir, publishing=True, environ={}))


# --- One build per site folder, swapped in with one rename -----------------------------------


def test_a_second_run_stops_with_a_message_while_the_site_is_locked(
    project: Path, data_dir: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    with site_lock(site) as lock:
        assert lock == tmp_path / "site.lock"
        with pytest.raises(PublishError, match="arbeitet gerade"), site_lock(site):
            pass
        result = subprocess.run(
            [*CLI, "site", "--site", str(site), "--root", str(project), "--data", str(data_dir)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 1
        assert f"Prozess {os.getpid()}" in result.stderr and "Bitte warten Sie" in result.stderr
        assert not site.exists() and not (tmp_path / "site.next").exists()
    with site_lock(site):  # released with the block
        pass


def test_swap_exchanges_the_folders_in_one_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, new = tmp_path / "site", tmp_path / "site.next"
    site.mkdir()
    (site / "index.html").write_text("alt", encoding="utf-8")
    new.mkdir()
    (new / "index.html").write_text("neu", encoding="utf-8")
    inode = new.stat().st_ino

    def no_rename(*args: object) -> None:
        raise AssertionError("two renames instead of one exchange")

    monkeypatch.setattr(Path, "rename", no_rename)
    monkeypatch.setattr(os, "rename", no_rename)
    old = swap(new, site)
    assert site.stat().st_ino == inode and (site / "index.html").read_text() == "neu"
    assert old == new and (new / "index.html").read_text() == "alt"


def test_swap_falls_back_to_two_renames_without_renameat2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(publishing, "_renameat2", lambda: None)
    site, new = tmp_path / "site", tmp_path / "site.next"
    site.mkdir()
    new.mkdir()
    (new / "index.html").write_text("neu", encoding="utf-8")
    old = swap(new, site)
    assert (site / "index.html").read_text() == "neu" and old == tmp_path / "site.old"


def test_swap_without_a_new_site_changes_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    with pytest.raises(PublishError, match="make site"):
        swap(tmp_path / "site.next", site)
    assert site.is_dir()


def test_a_failed_build_leaves_the_site_untouched(
    project: Path, data_dir: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("zuletzt gut", encoding="utf-8")
    contact = data_dir / "kontakte/erika-beispiel.yml"
    contact.write_text(contact.read_text().replace("published: true", "published: ja"))
    result = subprocess.run(
        [*CLI, "site", "--site", str(site), "--root", str(project), "--data", str(data_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "published" in result.stderr
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert not (tmp_path / "site.next").exists()


def test_the_makefile_swaps_with_lotsenportal_not_with_two_mv() -> None:
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "mv $(SITE)" not in recipe and "mv $(NEXT)" not in recipe
    assert "lotsenportal site" in recipe


# --- Pinned dependencies and actions ---------------------------------------------------------


def test_every_pin_of_pyproject_is_in_the_lock_file_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = project["dependencies"] + project["optional-dependencies"]["dev"]
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    locked = {
        norm(m.group(1)): m.group(2)
        for m in re.finditer(r"(?m)^([A-Za-z0-9._-]+)==(\S+) \\\n\s+--hash=sha256:", lock)
    }
    for pin in pins:
        name, version = pin.split("==")
        assert locked.get(norm(name.split("[")[0])) == version, pin
    entries = re.findall(r"(?m)^[A-Za-z0-9._-]+==\S+", lock)
    assert len(entries) == len(locked)  # every entry carries hashes
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in makefile
    assert re.search(r"(?m)^lock:", makefile)


def test_every_action_is_pinned_to_a_commit_with_its_tag() -> None:
    found = []
    for workflow in sorted((ROOT / ".github/workflows").glob("*.yml")):
        for number, line in enumerate(workflow.read_text(encoding="utf-8").splitlines(), 1):
            if re.match(r"^\s*(-\s+)?uses:", line):
                found.append(line)
                assert re.search(r"uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s+v\d", line), (
                    f"{workflow.name}:{number}: {line.strip()}"
                )
    assert found


# --- External link check exceptions ----------------------------------------------------------


@pytest.mark.parametrize("url", ["", " ", "https://", "http://example.org/", "example.org", "*"])
def test_an_ignored_link_needs_an_https_address_with_host(url: str) -> None:
    with pytest.raises(ValidationError):
        IgnoredLink.model_validate({"url": url, "reason": "lehnt Roboter ab"})
    assert IgnoredLink.model_validate(
        {"url": "https://example.org/intranet/", "reason": "lehnt Roboter ab"}
    )


def test_an_empty_ignored_link_is_a_data_error_with_file_and_line(data_dir: Path) -> None:
    from lotsenportal.problems import DataError

    site_yml = data_dir / "site.yml"
    site_yml.write_text(
        site_yml.read_text(encoding="utf-8")
        + 'link_check_ignore:\n  - url: ""\n    reason: lehnt Roboter ab\n',
        encoding="utf-8",
    )
    with pytest.raises(DataError) as err:
        load_dataset(data_dir, ["de", "en"])
    messages = [str(p) for p in err.value.problems.errors]
    assert any("site.yml" in m and "url" in m for m in messages), messages
    assert Site.model_fields["url"].description == (
        "Öffentliche Adresse der Website, z. B. https://lotsen.example.org/ – steht in QR-Codes "
        "der Flyer, im Feed und in der Sitemap."
    )
