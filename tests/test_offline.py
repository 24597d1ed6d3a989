"""The offline copy: one zip per language, readable from the phone's files without a server."""

from __future__ import annotations

import zipfile
from pathlib import Path

from playwright.sync_api import Browser

from lotsenportal.languages import Language
from lotsenportal.offline import for_files


def test_links_name_the_index_file() -> None:
    html = '<a href="../kontakte/">K</a> <a href="./#x">H</a> <a href="https://e.org/a/">E</a>'
    assert for_files(html) == (
        '<a href="../kontakte/index.html">K</a> <a href="./index.html#x">H</a> '
        '<a href="https://e.org/a/">E</a>'
    )


def test_one_zip_per_language_with_only_its_pages(site: Path, languages: list[Language]) -> None:
    for lang in languages:
        names = zipfile.ZipFile(site / "offline" / f"lotsenportal-{lang.code}.zip").namelist()
        assert f"{lang.prefix}index.html" in names
        pages = [n for n in names if n.endswith(".html") and not n.startswith("assets/")]
        others = {other.code for other in languages if other != lang and not other.default}
        assert not [n for n in pages if n.split("/")[0] in others], lang.code
        assert not [n for n in names if "search_index" in n or n.endswith(".map")]


def test_the_arabic_copy_reads_from_files_without_any_request_elsewhere(
    site: Path, browser: Browser, tmp_path: Path
) -> None:
    zipfile.ZipFile(site / "offline" / "lotsenportal-ar.zip").extractall(tmp_path)
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((tmp_path / "ar" / "index.html").as_uri())
    with page.expect_navigation():
        page.locator("article a[href$='kontakte/index.html']").first.click()
    assert page.url.endswith("/ar/kontakte/index.html")
    assert page.locator("h1").inner_text()
    assert all(url.startswith("file://") or url.startswith("data:") for url in requests), requests
    page.close()
