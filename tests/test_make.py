"""The front door: `make validate` and `make site` as staff and CI run them."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .conftest import ROOT


def make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def break_contact(data_dir: Path) -> None:
    contact = data_dir / "kontakte/erika-beispiel.yml"
    contact.write_text(
        contact.read_text(encoding="utf-8").replace('phone: "06172 123456"', "phone: 06172123456"),
        encoding="utf-8",
    )


def test_validate_names_file_and_line_and_fails(data_dir: Path) -> None:
    break_contact(data_dir)
    result = make("validate", f"DATA={data_dir}")
    assert result.returncode != 0
    assert (
        "kontakte/erika-beispiel.yml:4:8: phone: YAML liest 06172123456 als eine Zahl"
        in result.stderr
    )
    assert "Traceback" not in result.stdout + result.stderr


def test_validate_passes_on_good_data(data_dir: Path) -> None:
    result = make("validate", f"DATA={data_dir}")
    assert result.returncode == 0, result.stderr
    assert "Daten in Ordnung" in result.stdout


def test_failed_site_build_leaves_the_previous_site_untouched(
    tmp_path: Path, data_dir: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("last good site", encoding="utf-8")
    break_contact(data_dir)
    result = make("site", f"DATA={data_dir}", f"SITE={site}")
    assert result.returncode != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "data",
        "site",
        "site.lock",  # the lock of `make site`, kept for the next run
    ]  # no half-built folder left
    assert (site / "index.html").read_text(encoding="utf-8") == "last good site"
    assert list(site.iterdir()) == [site / "index.html"]


def test_help_lists_the_targets() -> None:
    result = make("help")
    for target in ("site", "test", "serve", "validate"):
        assert f"make {target}" in result.stdout
