"""Open pages of the built site in real headless Chromium and record what a reader's browser
does: every request (all must go to the site's own origin), cookies (there must be none),
Content-Security-Policy violations (none), and axe-core's WCAG 2.0/2.1 A and AA findings (none).
"""

from __future__ import annotations

import asyncio
import gzip
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from axe_playwright_python.async_playwright import Axe  # type: ignore[import-untyped]
from playwright.async_api import Browser, Request, async_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
    "--disable-extensions",
]
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));
"""


@dataclass
class PageAudit:
    path: str
    foreign_requests: list[str] = field(default_factory=list)
    cookies: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.foreign_requests or self.cookies or self.csp_violations or self.violations)


def html_pages(site: Path) -> list[str]:
    """Every page of the built site as a URL path (`ar/grenzen/`)."""
    pages = []
    for file in sorted(site.rglob("index.html")):
        relative = file.parent.relative_to(site).as_posix()
        pages.append("" if relative == "." else f"{relative}/")
    return pages


def chromium() -> str:
    return shutil.which("chromium") or "/usr/bin/chromium"


async def _audit_page(browser: Browser, axe: Axe | None, base: str, path: str) -> PageAudit:
    result = PageAudit(path)
    context = await browser.new_context()
    page = await context.new_page()
    origin = urlparse(base).netloc

    def record(request: Request) -> None:
        if urlparse(request.url).netloc not in {origin, ""}:  # data: URLs have no host
            result.foreign_requests.append(request.url)

    page.on("request", record)
    await page.add_init_script(CSP_LISTENER)
    await page.goto(base + path, wait_until="load")
    result.csp_violations = list(await page.evaluate("window.__cspViolations"))
    result.cookies = [c["name"] for c in await context.cookies()]
    if axe is not None:
        report = await axe.run(page, options=WCAG)
        result.violations = [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "targets": [" ".join(map(str, n["target"])) for n in v["nodes"]][:5],
            }
            for v in report.response["violations"]
        ]
    await context.close()
    return result


async def _audit(
    base: str, paths: Sequence[str], accessibility: bool, concurrency: int
) -> list[PageAudit]:
    axe = Axe() if accessibility else None
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        limit = asyncio.Semaphore(concurrency)

        done = 0

        async def one(path: str) -> PageAudit:
            nonlocal done
            async with limit:
                result = await _audit_page(browser, axe, base, path)
            done += 1
            if len(paths) > 50 and (done % 50 == 0 or done == len(paths)):
                print(f"  … {done}/{len(paths)} Seiten", file=sys.stderr, flush=True)
            return result

        results = await asyncio.gather(*(one(p) for p in paths))
        await browser.close()
    return list(results)


def audit(
    base: str, paths: Sequence[str], *, accessibility: bool = True, concurrency: int = 3
) -> list[PageAudit]:
    """Audit `paths` of the site served at `base` (ending in /)."""
    return asyncio.run(_audit(base, paths, accessibility, concurrency))


# What a first visit to a typical content page may transfer (HTML, CSS, JS, fonts; gzip).
# README.md states the same figure ("Weight budget"); a test keeps the two equal. Prepaid
# mobile data is what our readers pay with: lower it, never raise it without a reason.
WEIGHT_BUDGET = 60 * 1024
SEARCH_FILES = ("search_index.json", "/workers/search.", "/lunr/")


@dataclass(frozen=True)
class Visit:
    """What one page load transferred: URLs fetched and bytes as gzip (what a server sends)."""

    urls: list[str]
    size: int

    @property
    def loads_search(self) -> bool:
        return any(part in url for url in self.urls for part in SEARCH_FILES)


async def _visit(page: Any, url: str) -> Visit:
    urls: list[str] = []
    sizes: list[int] = []

    async def measure(response: Any) -> None:
        sent = (await response.request.sizes())["responseBodySize"]
        if response.status == 200 and sent > 0:  # not from the cache, not a 304
            urls.append(response.url)
            sizes.append(len(gzip.compress(await response.body(), 6)))

    page.on("response", measure)
    await page.goto(url, wait_until="networkidle")
    await page.wait_for_timeout(500)
    page.remove_listener("response", measure)
    return Visit(urls, sum(sizes))


async def _visits(base: str, path: str) -> tuple[Visit, Visit]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        page = await browser.new_page()
        first = await _visit(page, base + path)  # empty cache
        repeat = await _visit(page, base + path)  # the same page again
        await browser.close()
    return first, repeat


def visits(base: str, path: str) -> tuple[Visit, Visit]:
    """The first visit to `path` (empty cache) and a repeat visit, as a reader's phone sees them."""
    return asyncio.run(_visits(base, path))
