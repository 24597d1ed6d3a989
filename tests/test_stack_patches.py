"""lotsenportal.build.stack_patches: the speed-ups of the per-language bookkeeping change nothing that
is built, and stay off on any library version they were not written for."""

from __future__ import annotations

import json
import logging
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.structure.files import Files
from mkdocs_static_i18n.plugin import I18n  # type: ignore[import-untyped]

from bench.benchmark import profiling
from lotsenportal.build import stack_patches
from lotsenportal.data.languages import from_mkdocs_yml

from .conftest import FIXTURES, copy_project

# One `mkdocs build` in a child process, counting what the patches save: File objects made by
# mkdocs-static-i18n, walks through the theme folders, sitemaps rendered.
_DRIVER = """
import json, sys
import jinja2
from mkdocs.__main__ import cli
from mkdocs.commands import build
from mkdocs_static_i18n import folder
from lotsenportal.build import stack_patches

counts = {"create_i18n_file": 0, "list_templates": 0, "sitemap": 0}
create, listing = folder.create_i18n_file, jinja2.Environment.list_templates
render = build._build_theme_template

def counted_render(template_name, *args, **kwargs):
    counts["sitemap"] += template_name == "sitemap.xml"
    return render(template_name, *args, **kwargs)

def counted_create(*args, **kwargs):
    counts["create_i18n_file"] += 1
    return create(*args, **kwargs)

def counted_listing(*args, **kwargs):
    counts["list_templates"] += 1
    return listing(*args, **kwargs)

folder.create_i18n_file = counted_create
jinja2.Environment.list_templates = counted_listing
build._build_theme_template = counted_render
cli(["build", "--strict", "--quiet", "--site-dir", sys.argv[1]], standalone_mode=False)
print(json.dumps({**counts, "active": stack_patches._active}))
"""


def _build(project: Path, data: Path, site: Path, patches: str) -> dict[str, Any]:
    env = {
        **os.environ,
        "LOTSENPORTAL_DATA": str(data),
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": "1700000000",
        stack_patches.SWITCH: patches,
    }
    env.pop("SITE_DIR", None)
    env.pop("SITE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    counts: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return counts


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_patched_build_is_byte_identical_and_does_less(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "minimal", data)
    plain = _build(project, data, tmp_path / "plain", "off")
    patched = _build(project, data, tmp_path / "patched", "on")

    assert plain["active"] == []
    assert patched["active"] == ["i18n-alternates", "theme-files", "sitemap-once"]
    # The theme's files are listed once per build, not once per language (lotsenportal.site.csp
    # lists the theme's scripts once more in either case); alternates are made once.
    passes = len(from_mkdocs_yml(project / "mkdocs.yml"))
    assert plain["list_templates"] - patched["list_templates"] == passes - 1
    assert (plain["sitemap"], patched["sitemap"]) == (passes, 1)
    assert patched["create_i18n_file"] < plain["create_i18n_file"] / 2

    before, after = _files(tmp_path / "plain"), _files(tmp_path / "patched")
    assert sorted(after) == sorted(before)
    differing = [name for name in before if before[name] != after[name]]
    assert differing == []


@pytest.fixture
def restore_files_class(monkeypatch: pytest.MonkeyPatch) -> None:
    """install() sets Files.add_files_from_theme; the test leaves the class as it found it."""
    monkeypatch.setattr(Files, "add_files_from_theme", Files.add_files_from_theme)
    monkeypatch.setattr(stack_patches, "_theme_files", stack_patches._theme_files)
    monkeypatch.setattr(stack_patches, "_active", stack_patches._active)
    monkeypatch.delenv(stack_patches.SWITCH, raising=False)


def _config() -> tuple[Any, I18n]:
    i18n = I18n()
    return SimpleNamespace(plugins={"i18n": i18n}), i18n


@pytest.mark.usefixtures("restore_files_class")
def test_patches_on_the_versions_they_were_written_for() -> None:
    config, i18n = _config()
    assert stack_patches.install(config) == ["i18n-alternates", "theme-files", "sitemap-once"]
    assert "reconfigure_files_alternates" in vars(i18n)
    assert Files.add_files_from_theme is stack_patches._add_files_from_theme


@pytest.mark.usefixtures("restore_files_class")
def test_another_version_leaves_the_library_alone(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    written = dict(stack_patches.WRITTEN_FOR.values())
    monkeypatch.setattr(
        stack_patches,
        "installed",
        lambda distribution: "9.9.9" if distribution in written else None,
    )
    config, i18n = _config()
    with caplog.at_level(logging.WARNING, logger="lotsenportal.build.stack_patches"):
        assert stack_patches.install(config) == []
    assert "reconfigure_files_alternates" not in vars(i18n)
    assert Files.add_files_from_theme is stack_patches._original_add_files_from_theme
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 3
    assert all("WRITTEN_FOR" in m and "9.9.9" in m for m in messages)
    assert any("mkdocs-static-i18n 1.3.1" in m for m in messages)
    assert any("mkdocs 1.6.1" in m for m in messages)


def test_written_for_the_pinned_versions() -> None:
    """WRITTEN_FOR names the versions requirements.lock pins (a new pin needs a new check)."""
    lock = (Path(__file__).resolve().parent.parent / "requirements.lock").read_text("utf-8")
    for distribution, version in stack_patches.WRITTEN_FOR.values():
        assert f"\n{distribution}=={version} " in lock


def test_bench_profile_shares(tmp_path: Path) -> None:
    """`make bench PROFILE=1`: the shares of a profile in page rendering (Markdown and the
    pages' templates, not the hooks around them), i18n bookkeeping, theme listing and each of
    our hooks, of the whole build's time; a patched function counts, not also the original it
    calls."""
    packages = "/venv/lib/python3.11/site-packages"
    build_page = (f"{packages}/mkdocs/commands/build.py", 185, "_build_page")
    jinja = (f"{packages}/jinja2/environment.py", 1275, "render")
    rows = {
        (f"{packages}/mkdocs/__main__.py", 275, "build_command"): 10.0,
        build_page: 6.0,  # the page's template (0.5 s) and our post_page hooks
        jinja: 2.5,  # 0.5 s from _build_page, 2 s from our own page generation
        (f"{packages}/mkdocs_static_i18n/reconfigure.py", 521, "reconfigure_files"): 2.0,
        ("/repo/scripts/lotsenportal/build/stack_patches.py", 160, "_add_files_from_theme"): 0.5,
        (f"{packages}/mkdocs/structure/files.py", 146, "add_files_from_theme"): 0.4,
        (f"{packages}/mkdocs/structure/pages.py", 263, "render"): 5.0,
        ("/repo/scripts/hooks/offline_copy.py", 20, "on_post_build"): 1.5,
    }
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = {
        key: (1, 1, 0.0, seconds, {}) for key, seconds in rows.items()
    }
    data_pages = ("/repo/scripts/hooks/data_pages.py", 78, "on_pre_build")
    stats[jinja] = (2, 2, 0.0, 2.5, {build_page: (1, 1, 0.0, 0.5), data_pages: (1, 1, 0.0, 2.0)})
    file = tmp_path / "build.prof"
    file.write_bytes(marshal.dumps(stats))
    assert profiling.profile_shares(file) == {
        "profiled_s": 10.0,
        "page_rendering_pct": 55.0,  # Markdown 5 s + the page's template 0.5 s
        "i18n_files_pct": 20.0,
        "theme_listing_pct": 5.0,
        "data_pages_pct": 0.0,
        "page_checks_pct": 0.0,
        "page_compaction_pct": 0.0,
        "light_pages_pct": 0.0,
        "offline_copies_pct": 15.0,
    }
    line = profiling.profile_line({"ok": True, **profiling.profile_shares(file)})
    assert "page rendering 55.0 %" in line and "offline copies 15.0 %" in line
