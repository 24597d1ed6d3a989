"""Open pages of the built site in real headless Chromium and record what a reader's browser
does: every request (all must go to the site's own origin, none may fail or get a 4xx/5xx
answer), what a first visit transfers, cookies (there must be none), Content-Security-Policy
violations (none), and axe-core's WCAG 2.0/2.1 A and AA findings (none).
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
from playwright.async_api import Browser, Request, Response, async_playwright
from playwright.async_api import Error as PlaywrightError

from ..data.messages import say

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
    # Requests answered with 4xx/5xx or not answered at all, as "404 /ar/grenzen/sitemap.xml".
    failed_requests: list[str] = field(default_factory=list)
    cookies: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)
    size: int = 0  # what the first visit transferred, gzip (as Visit.size)

    @property
    def too_heavy(self) -> bool:
        return self.size > PAGE_LIMIT

    @property
    def clean(self) -> bool:
        return not (
            self.foreign_requests
            or self.failed_requests
            or self.too_heavy
            or self.cookies
            or self.csp_violations
            or self.violations
        )


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

    responses: list[Response] = []

    def record(request: Request) -> None:
        if urlparse(request.url).netloc not in {origin, ""}:  # data: URLs have no host
            result.foreign_requests.append(request.url)

    def answered(response: Response) -> None:
        responses.append(response)
        if response.status >= 400:
            result.failed_requests.append(f"{response.status} {_local(response.url, base)}")

    def unanswered(request: Request) -> None:
        result.failed_requests.append(f"{request.failure} {_local(request.url, base)}")

    page.on("request", record)
    page.on("response", answered)
    page.on("requestfailed", unanswered)
    await page.add_init_script(CSP_LISTENER)
    await page.goto(base + path, wait_until="networkidle")
    result.size = sum([await _gzip_size(response) for response in responses])
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
                progress = say("audit_progress", done=done, total=len(paths))
                print(f"  {progress}", file=sys.stderr, flush=True)
            return result

        results = await asyncio.gather(*(one(p) for p in paths))
        await browser.close()
    return list(results)


def audit(
    base: str, paths: Sequence[str], *, accessibility: bool = True, concurrency: int = 3
) -> list[PageAudit]:
    """Audit `paths` of the site served at `base` (ending in /)."""
    return asyncio.run(_audit(base, paths, accessibility, concurrency))


def _local(url: str, base: str) -> str:
    return "/" + url.removeprefix(base) if url.startswith(base) else url


async def _gzip_size(response: Response) -> int:
    """What the server sent for a fresh 200 answer, as gzip would send it; 0 otherwise."""
    if response.status != 200:
        return 0
    try:
        return len(gzip.compress(await response.body(), 6))
    except PlaywrightError:  # a redirect's or a cancelled request's body is gone: none kept
        return 0


# What a first visit to a typical content page may transfer (HTML, CSS, JS, fonts; gzip), and
# what no page of any language may exceed (a home page with its town list, a Tigrinya page
# with its font). README.md states the same figures ("Weight budget"); a test keeps them
# equal. Prepaid mobile data is what our readers pay with: lower them, never raise them
# without a reason.
WEIGHT_BUDGET = 45 * 1024
PAGE_LIMIT = 60 * 1024
SEARCH_FILES = ("search_index.json", "/workers/search.", "/lunr/")


@dataclass(frozen=True)
class Visit:
    """What one page load transferred: URLs fetched and bytes as gzip (what a server sends),
    and the requests that failed or got a 4xx/5xx answer."""

    urls: list[str]
    size: int
    failed: list[str] = field(default_factory=list)

    @property
    def loads_search(self) -> bool:
        return any(part in url for url in self.urls for part in SEARCH_FILES)


async def _visit(page: Any, url: str) -> Visit:
    urls: list[str] = []
    sizes: list[int] = []
    failed: list[str] = []

    async def measure(response: Any) -> None:
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")
        sent = (await response.request.sizes())["responseBodySize"]
        if response.status == 200 and sent > 0:  # not from the cache, not a 304
            urls.append(response.url)
            sizes.append(len(gzip.compress(await response.body(), 6)))

    def unanswered(request: Any) -> None:
        failed.append(f"{request.failure} {request.url}")

    page.on("response", measure)
    page.on("requestfailed", unanswered)
    await page.goto(url, wait_until="networkidle")
    await page.wait_for_timeout(500)
    page.remove_listener("response", measure)
    page.remove_listener("requestfailed", unanswered)
    return Visit(urls, sum(sizes), failed)


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
