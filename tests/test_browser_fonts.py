"""Every script renders with a font that has its glyphs: Tigrinya (Ethiopic) on a machine
without an Ethiopic system font — this one, checked with Chromium's own font report."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from lotsenportal.checks.gates import serve
from lotsenportal.data.languages import from_mkdocs_yml

from .conftest import ROOT

# The language box with the chip ትግርኛ is on the home page of every language.
HOMES = [lang.prefix for lang in from_mkdocs_yml(ROOT / "mkdocs.yml")]


def _fonts(browser: Browser, base: str, path: str, selector: str) -> list[dict[str, object]]:
    """The platform fonts Chromium used for the text of the first `selector` on `path`."""
    page = browser.new_page()
    page.goto(base + path, wait_until="networkidle")
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts: list[dict[str, object]] = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})[
        "fonts"
    ]
    page.close()
    return fonts


def _ethiopic_system_font() -> bool:
    if shutil.which("fc-list") is None:  # fontconfig comes with Chromium; without it, no fonts
        return False
    listed = subprocess.run(["fc-list", ":lang=ti"], capture_output=True, text=True, check=False)
    return bool(listed.stdout.strip())


@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("ti/", "h1"),
        ("ti/grenzen/", ".md-content p"),
        ("ti/404.html", ".lp-homes a[lang=ti]"),
        *((home, ".lp-languages [lang=ti]") for home in HOMES),
    ],
    ids=[
        "tigrinya-home-heading",
        "tigrinya-page-text",
        "tigrinya-404",
        *(f"tigrinya-chip-on-home-{home or 'de/'}" for home in HOMES),
    ],
)
def test_ethiopic_text_uses_the_sites_own_font(
    site: Path, browser: Browser, path: str, selector: str
) -> None:
    if _ethiopic_system_font():
        pytest.skip("this machine has an Ethiopic system font; the check needs one without")
    with serve(site) as base:
        fonts = _fonts(browser, base, path, selector)
    ethiopic = [f for f in fonts if "Ethiopic" in str(f["familyName"])]
    assert ethiopic and all(f["isCustomFont"] for f in ethiopic), fonts
