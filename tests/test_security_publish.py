"""Hostile inputs: a build for publishing needs the public address, one build per site
folder, the swap is one step, the dependencies and actions are pinned, and an empty link-check
exception is refused. (Translators' catalogs: tests/test_catalogs.py.)"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pydantic import ValidationError

from lotsenportal.build import publish as publishing
from lotsenportal.build.publish import check_built_for, site_lock, swap
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.schema import IgnoredLink, Site
from lotsenportal.data.site_address import Address, PublishError, address_problem, build_address
from lotsenportal.render.flyers import qr_svg

from .conftest import ROOT, copy_project

CLI = [sys.executable, "-m", "lotsenportal"]


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
    address = Address("https://lotsen.example.org/", "SITE_URL")
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
    from lotsenportal.data.problems import DataError

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
