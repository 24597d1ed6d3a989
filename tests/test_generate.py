"""Generated files are written only when they change, and stale ones disappear."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from lotsenportal.build.generate import write_pages

from .conftest import FIXTURES, ROOT, build, copy_project


def test_unchanged_pages_are_not_rewritten(tmp_path: Path) -> None:
    pages = {"de/projekte/a.md": "A", "de/index.md": "Start"}
    write_pages(pages, tmp_path, ["de"])
    before = (tmp_path / "de/projekte/a.md").stat().st_mtime_ns
    changes = write_pages(pages, tmp_path, ["de"])
    assert changes.written == [] and changes.unchanged == 2
    assert (tmp_path / "de/projekte/a.md").stat().st_mtime_ns == before


def test_files_with_crlf_line_ends_are_not_rewritten_either(tmp_path: Path) -> None:
    pages = {"de/kontakte/a.vcf": "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"}
    write_pages(pages, tmp_path, ["de"])
    assert (tmp_path / "de/kontakte/a.vcf").read_bytes().count(b"\r\n") == 3
    assert write_pages(pages, tmp_path, ["de"]).written == []


def test_changed_page_is_rewritten(tmp_path: Path) -> None:
    write_pages({"de/projekte/a.md": "A"}, tmp_path, ["de"])
    changes = write_pages({"de/projekte/a.md": "B"}, tmp_path, ["de"])
    assert changes.written == ["de/projekte/a.md"]
    assert (tmp_path / "de/projekte/a.md").read_text(encoding="utf-8") == "B"


def test_pages_no_longer_produced_are_removed(tmp_path: Path) -> None:
    write_pages({"de/kontakte/index.md": "K", "de/projekte/alt.md": "alt"}, tmp_path, ["de"])
    changes = write_pages({"de/kontakte/index.md": "K"}, tmp_path, ["de"])
    assert changes.removed == ["de/projekte/alt.md"]
    assert not (tmp_path / "de/projekte").exists()


def test_hand_written_pages_are_never_touched(tmp_path: Path) -> None:
    own = tmp_path / "de/grenzen.md"
    own.parent.mkdir(parents=True)
    own.write_text("von Hand", encoding="utf-8")
    write_pages({"de/index.md": "Start"}, tmp_path, ["de"])
    assert own.read_text(encoding="utf-8") == "von Hand"


def test_quick_preview_builds_german_and_the_chosen_language_only(tmp_path: Path) -> None:
    """`make serve LANG=ar`: the data is still checked for every language, pages of the other
    languages are neither built nor deleted from docs/."""
    project = copy_project(tmp_path / "project")
    result = build(project, FIXTURES / "minimal", tmp_path / "site", LOTSENPORTAL_ONLY="ar")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site/ar/kontakte/index.html").is_file()
    assert (tmp_path / "site/kontakte/index.html").is_file()
    assert not (tmp_path / "site/en").exists()


class _Server:
    """Records what `mkdocs serve` is told to watch."""

    def __init__(self, docs: Path) -> None:
        self.watched: dict[str, bool] = {str(docs): True}

    def unwatch(self, path: str) -> None:
        del self.watched[path]

    def watch(self, path: str, *, recursive: bool = True) -> None:
        self.watched[path] = recursive


def test_serve_watches_hand_written_pages_but_not_generated_ones(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "data_pages", ROOT / "scripts/hooks/data_pages.py"
    )
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    docs = tmp_path / "docs"
    for folder in ("de/projekte", "de/leichte-sprache", "ar/kontakte"):
        (docs / folder).mkdir(parents=True)
    server = _Server(docs)
    config = type("Config", (), {"docs_dir": str(docs)})()

    hook.on_serve(server, config, None)

    assert server.watched == {
        str(docs): False,
        str(docs / "ar"): False,
        str(docs / "de"): False,
        str(docs / "de/leichte-sprache"): True,  # hand-written, with everything in it
    }
