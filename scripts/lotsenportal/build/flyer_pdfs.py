"""`make flyers-pdf`: every flyer page of a built site as an A4 PDF, printed by headless
Chromium from the site served locally (the flyers themselves: lotsenportal.render.flyers)."""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..checks.browser_audit import CHROMIUM_ARGS, chromium
from ..checks.gates import serve


def flyer_pages(site: Path, default: str = "de") -> list[tuple[str, Path]]:
    """Every flyer page of a built site (`<lang>/flyer/<project>/index.html`) with its
    language."""
    found = []
    for html in sorted(site.rglob("flyer/*/index.html")):
        parts = html.parent.relative_to(site).parts  # e.g. ti/flyer/ib-integrationslotsen
        found.append((parts[0] if len(parts) == 3 else default, html))
    return found


async def _print(
    site_url: str,
    site: Path,
    out: Path,
    chromium: str,
    args: list[str],
    pages: list[tuple[str, Path]],
) -> list[Path]:
    from playwright.async_api import async_playwright

    written = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=args)
        page = await browser.new_page()
        for lang, html in pages:
            relative = html.parent.relative_to(site)
            await page.goto(f"{site_url}{relative.as_posix()}/", wait_until="load")
            # The web fonts the sheet uses (Ethiopic) loaded, so the PDF embeds them, not boxes.
            await page.evaluate("document.fonts.ready.then(() => true)")
            target = out / lang / f"{relative.name}.pdf"
            target.parent.mkdir(parents=True, exist_ok=True)
            await page.pdf(
                path=str(target), format="A4", print_background=True, prefer_css_page_size=True
            )
            written.append(target)
        await browser.close()
    return written


def print_pdfs(
    site: Path, out: Path, default: str = "de", only: Collection[str] | None = None
) -> list[Path]:
    """PDF of every flyer page (`<out>/<lang>/<project>.pdf`), or of the languages `only`,
    printed by headless Chromium from the site served locally."""
    pages = [(lang, html) for lang, html in flyer_pages(site, default) if not only or lang in only]
    with serve(site) as base, ThreadPoolExecutor(1) as own_thread:
        # A thread of its own, so callers that already run an event loop can print too.
        job = _print(base, site, out, chromium(), CHROMIUM_ARGS, pages)
        return own_thread.submit(asyncio.run, job).result()
