"""lotsenportal.checks.site_compare on two tiny hand-made site trees."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from lotsenportal.checks.site_compare import compare, main

PAGE = """<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="generator" content="{engine}, mkdocs-material-9.8.2">
<title>Lotsen – Übersicht</title>
</head>
<body><p>{body}</p></body>
</html>
"""


def _page(engine: str = "mkdocs-1.6.1", body: str = "Grüß Gott") -> str:
    return PAGE.format(engine=engine, body=body)


def _zip(
    path: Path, entries: dict[str, str], date: tuple[int, ...] = (1980, 1, 1, 0, 0, 0)
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in entries.items():
            info = zipfile.ZipInfo(name, date_time=date)  # type: ignore[arg-type]
            archive.writestr(info, text, compress_type=zipfile.ZIP_DEFLATED)


def _site(root: Path, engine: str = "mkdocs-1.6.1", body: str = "Grüß Gott") -> Path:
    """A site of three pages, a stylesheet, a sitemap and an offline zip."""
    for page in ("index.html", "en/index.html", "de/kontakte/erika/index.html"):
        (root / page).parent.mkdir(parents=True, exist_ok=True)
        (root / page).write_text(_page(engine, body), encoding="utf-8")
    (root / "assets").mkdir()
    (root / "assets/site.css").write_text("body{margin:0}\n", encoding="utf-8")
    (root / "sitemap.xml").write_text(
        "<urlset><url><loc>https://example.org/</loc></url></urlset>\n", encoding="utf-8"
    )
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(128, 168)))
    _zip(root / "offline/lotsenportal-de.zip", {"index.html": _page(engine, body), "a.txt": "a"})
    return root


def test_identical_trees_are_equal(tmp_path: Path) -> None:
    result = compare(_site(tmp_path / "a"), _site(tmp_path / "b"))
    assert result.files == 7
    assert result.differences == []


def test_generator_tag_is_ignored_in_pages_and_in_zipped_pages(tmp_path: Path) -> None:
    left = _site(tmp_path / "a", engine="mkdocs-1.6.1")
    right = _site(tmp_path / "b", engine="mkdocs-1.6.7")
    assert (left / "index.html").read_bytes() != (right / "index.html").read_bytes()
    assert (left / "offline/lotsenportal-de.zip").read_bytes() != (
        right / "offline/lotsenportal-de.zip"
    ).read_bytes()
    assert compare(left, right).differences == []


def test_a_changed_text_is_reported_with_line_and_column(tmp_path: Path) -> None:
    left = _site(tmp_path / "a")
    right = _site(tmp_path / "b", engine="mkdocs-1.6.7", body="Grüß Gott!")
    paths = [d.path for d in compare(left, right).differences]
    assert paths == [
        "de/kontakte/erika/index.html",
        "en/index.html",
        "index.html",
        "offline/lotsenportal-de.zip:index.html",
    ]
    first = compare(left, right).differences[0]
    # Line 8, after "<body><p>Grüß Gott" (18 characters): column 19.
    assert first.message.startswith("Zeile 8, Spalte 19: ")
    assert "Gott</p>" in first.message and "Gott!</p>" in first.message


def test_the_generator_rule_holds_only_for_that_tag_in_html(tmp_path: Path) -> None:
    left, right = _site(tmp_path / "a"), _site(tmp_path / "b")
    other_meta = _page().replace('name="generator"', 'name="description"')
    (right / "en/index.html").write_text(other_meta.replace("1.6.1", "1.6.7"), encoding="utf-8")
    (left / "en/index.html").write_text(other_meta, encoding="utf-8")
    # The same tag in a file that is not HTML counts (a feed, a sitemap, an API file …).
    (left / "sitemap.xml").write_text(_page(), encoding="utf-8")
    (right / "sitemap.xml").write_text(_page("mkdocs-1.6.7"), encoding="utf-8")
    assert [d.path for d in compare(left, right).differences] == ["en/index.html", "sitemap.xml"]


def test_missing_files_binary_changes_and_zip_dates_are_reported(tmp_path: Path) -> None:
    left, right = _site(tmp_path / "a"), _site(tmp_path / "b")
    (right / "en/index.html").unlink()
    (right / "404.html").write_text("nicht gefunden", encoding="utf-8")
    (right / "logo.png").write_bytes((left / "logo.png").read_bytes()[:-1] + b"\xff")
    _zip(
        right / "offline/lotsenportal-de.zip",
        {"index.html": _page(), "a.txt": "a"},
        date=(2026, 11, 30, 12, 0, 0),
    )
    found = {d.path: d.message for d in compare(left, right).differences}
    assert found == {
        "404.html": f"fehlt in {left}",
        "en/index.html": f"fehlt in {right}",
        "logo.png": "ab Byte 47: b'\\xa7' ≠ b'\\xff'",
        "offline/lotsenportal-de.zip:index.html": (
            "anderes Datum im Archiv: (1980, 1, 1, 0, 0, 0) ≠ (2026, 11, 30, 12, 0, 0) "
            "(2 von 2 Einträgen)"
        ),
    }


def test_zip_entries_missing_or_repacked(tmp_path: Path) -> None:
    left, right = _site(tmp_path / "a"), _site(tmp_path / "b")
    _zip(right / "offline/lotsenportal-de.zip", {"index.html": _page()})
    assert [d.message for d in compare(left, right).differences] == [
        "das Archiv enthält andere Einträge; nur in einem: a.txt"
    ]
    with zipfile.ZipFile(right / "offline/lotsenportal-de.zip", "w", zipfile.ZIP_STORED) as z:
        for name, text in (("index.html", _page()), ("a.txt", "a")):
            z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), text)
    assert [d.message for d in compare(left, right).differences] == [
        "gleiche Einträge, aber anders gepackt"
    ]


def test_command_line_verdict_in_german(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    left = _site(tmp_path / "a")
    right = _site(tmp_path / "b", engine="mkdocs-1.6.7")
    assert main([str(left), str(right)]) == 0
    assert "sind gleich: 7 Dateien Byte für Byte verglichen" in capsys.readouterr().out

    for page in ("index.html", "en/index.html", "de/kontakte/erika/index.html"):
        (right / page).write_text(_page(body="anders"), encoding="utf-8")
    assert main([str(left), str(right), "--limit", "2"]) == 1
    err = capsys.readouterr().err
    assert f"{left} und {right} unterscheiden sich (3 Unterschiede):" in err
    assert "  de/kontakte/erika/index.html: Zeile 8, Spalte 10: " in err
    assert "  … und 1 weitere." in err
    assert "Prüfen Sie die genannte Datei und Zeile" in err

    assert main([str(left), str(tmp_path / "fehlt")]) == 2
    assert "kein Ordner. Bauen Sie die Website zuerst." in capsys.readouterr().err


def test_a_change_inside_a_character_names_that_character(tmp_path: Path) -> None:
    left, right = _site(tmp_path / "a", body="Grüße"), _site(tmp_path / "b", body="Größe")
    # "ü" and "ö" share their first UTF-8 byte: the column is the character's, not a byte's.
    message = compare(left, right).differences[0].message
    assert (
        message
        == "Zeile 8, Spalte 12: '<body><p>Grüße</p></body>\\n</html>\\n' ≠ '<body><p>Größe</p></body>\\n</html>\\n'"
    )
