"""Printable flyers: the QR code that leads from paper to the project page in the reader's
language, and PDFs of the flyer pages printed by Chromium (`make flyers-pdf`).

The QR code is an inline SVG made by segno (pure Python, no image files, no network): it
prints sharp at any size and needs nothing from the CSP but the page itself.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import segno

from .formatting import attribute
from .languages import Language


def project_url(site_url: str, lang: Language, project_id: str) -> str:
    """The absolute address of a project page in one language, as printed under the code."""
    return f"{site_url.rstrip('/')}/{lang.prefix}projekte/{project_id}/"


@functools.lru_cache(maxsize=4096)  # `mkdocs serve` rebuilds: each code is made once
def qr_svg(url: str, label: str) -> str:
    """An accessible inline SVG QR code for `url` (error correction M survives a crease)."""
    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(scale=4, border=2, dark="#000", light="#fff", omitsize=True)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{attribute(label)}" ', 1)


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
    from .browser_audit import CHROMIUM_ARGS, chromium
    from .gates import serve

    pages = [(lang, html) for lang, html in flyer_pages(site, default) if not only or lang in only]
    with serve(site) as base, ThreadPoolExecutor(1) as own_thread:
        # A thread of its own, so callers that already run an event loop can print too.
        job = _print(base, site, out, chromium(), CHROMIUM_ARGS, pages)
        return own_thread.submit(asyncio.run, job).result()
