"""The README's screenshots: pages of the built site as a reader's phone shows them.

`make screenshots` (after `make site`) serves site/ locally, opens each page in headless
Chromium at 360×740 CSS pixels and writes one PNG per page to .github/screenshots/. The pages
are named by what they are (home page per script, a town, a flyer), not by a record of the
shipped data: the town and the flyer are the first ones the site lists.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from lotsenportal.checks.browser_audit import CHROMIUM_ARGS, chromium
from lotsenportal.checks.gates import serve

PHONE = {"width": 360, "height": 740}


def _first(site: Path, folder: str) -> str:
    """The first page in a folder of the built site (`orte/<id>/`), by name."""
    pages = sorted(d.name for d in (site / folder).iterdir() if (d / "index.html").is_file())
    if not pages:
        raise SystemExit(f"{site / folder} hat keine Seiten.")
    return f"{folder}/{pages[0]}/"


def take(site: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=PHONE, device_scale_factor=1)

        def shot(name: str, url: str, full_page: bool = False) -> None:
            page.goto(url, wait_until="networkidle")
            target = out / f"{name}.png"
            page.screenshot(path=str(target), full_page=full_page)
            written.append(target)

        shot("home-de", base)
        shot("home-ar", base + "ar/")
        shot("home-ti", base + "ti/")
        shot("ort-ar", base + "ar/" + _first(site, "orte"))
        shot("flyer-fa", base + "fa/" + _first(site, "flyer"), full_page=True)
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--out", type=Path, default=Path(".github/screenshots"))
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}/index.html fehlt: bitte zuerst `make site`.", file=sys.stderr)
        return 1
    for path in take(args.site, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
