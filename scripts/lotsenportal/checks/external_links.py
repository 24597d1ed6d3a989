"""`make check-external`: are the links to other websites still alive?

Never part of the normal build (other people's servers must not stop our publishing). Each
URL is asked at most once per run, politely: one request per host per `interval` seconds,
retries with growing pauses, and a cache so links found alive recently are not asked again.
429 ("too many requests") means "try later", not broken. A reviewed ignore list with reasons
lives in data/site.yml (`link_check_ignore`). The report names the page and link text.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

from bs4 import BeautifulSoup

from ..data.messages import say

USER_AGENT = "Lotsenportal-Linkpruefung/1.0 (+https://github.com)"
OK, BROKEN, LATER, IGNORED = "ok", "broken", "later", "ignored"


@dataclass(frozen=True)
class Place:
    page: str
    text: str


@dataclass
class Outcome:
    url: str
    state: str
    status: int | None = None
    detail: str = ""
    places: list[Place] = field(default_factory=list)


def collect(
    site: Path, own_hosts: Sequence[str] = ("127.0.0.1", "localhost")
) -> dict[str, list[Place]]:
    """External http(s) links of the built site, with where they stand."""
    found: dict[str, list[Place]] = defaultdict(list)
    for file in sorted(site.rglob("*.html")):
        page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        for link in page.select("a[href]"):
            url = str(link["href"])
            host = urlparse(url).hostname or ""
            if urlparse(url).scheme in {"http", "https"} and host not in own_hosts:
                place = Place(
                    file.parent.relative_to(site).as_posix(), link.get_text(" ", strip=True)
                )
                if place not in found[url]:
                    found[url].append(place)
    return dict(found)


@dataclass
class Checker:
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 2.0
    interval: float = 1.0  # seconds between two requests to the same host
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)

    def _wait_for(self, host: str) -> None:
        since = time.monotonic() - self._last.get(host, -1e9)
        if since < self.interval:
            self.sleep(self.interval - since)
        self._last[host] = time.monotonic()

    def _ask(self, url: str) -> tuple[int | None, str]:
        self._wait_for(urlparse(url).hostname or "")
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, ""
        except urllib.error.HTTPError as err:
            return err.code, err.reason
        except TimeoutError:
            return None, say("external_no_answer")
        except (urllib.error.URLError, OSError) as err:
            return None, str(getattr(err, "reason", err))

    def check(self, url: str) -> Outcome:
        for attempt in range(self.retries + 1):
            status, detail = self._ask(url)
            if status is not None and 200 <= status < 300:
                return Outcome(url, OK, status)
            if status in {404, 410}:
                return Outcome(url, BROKEN, status, detail)
            if attempt < self.retries:
                self.sleep(self.backoff * (2**attempt))
        state = LATER if status == 429 else BROKEN
        return Outcome(url, state, status, detail)


def run(
    links: Mapping[str, list[Place]],
    checker: Checker,
    cache_file: Path,
    ignore: Mapping[str, str],
    max_age: timedelta = timedelta(days=7),
) -> list[Outcome]:
    cache: dict[str, dict[str, str]] = (
        json.loads(cache_file.read_text(encoding="utf-8")) if cache_file.is_file() else {}
    )
    now = datetime.now()
    outcomes = []
    for url, places in sorted(links.items()):
        reason = next((why for prefix, why in ignore.items() if url.startswith(prefix)), None)
        if reason is not None:
            outcomes.append(Outcome(url, IGNORED, None, reason, places))
            continue
        cached = cache.get(url)
        if (
            cached
            and cached["state"] == OK
            and now - datetime.fromisoformat(cached["checked"]) < max_age
        ):
            outcomes.append(Outcome(url, OK, None, say("external_cached"), places))
            continue
        outcome = checker.check(url)
        outcome.places = places
        cache[url] = {"state": outcome.state, "checked": now.isoformat(timespec="seconds")}
        outcomes.append(outcome)
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    cache_file.write_text(json.dumps(cache, indent=1, sort_keys=True), encoding="utf-8")
    return outcomes


def report(outcomes: Sequence[Outcome]) -> str:
    lines = [f"# {say('external_title')}", ""]
    counts: dict[str, int] = defaultdict(int)
    for outcome in outcomes:
        counts[outcome.state] += 1
    lines.append(
        say(
            "external_summary",
            total=len(outcomes),
            ok=counts[OK],
            broken=counts[BROKEN],
            later=counts[LATER],
            ignored=counts[IGNORED],
        )
    )
    for state, heading in (
        (BROKEN, say("external_broken")),
        (LATER, say("external_later")),
        (IGNORED, say("external_ignored")),
    ):
        chosen = [o for o in outcomes if o.state == state]
        if not chosen:
            continue
        lines += [
            "",
            f"## {heading}",
            "",
            say("external_columns"),
            "| --- | --- | --- | --- |",
        ]
        for outcome in chosen:
            status = outcome.status if outcome.status is not None else outcome.detail
            for place in outcome.places:
                lines.append(f"| `/{place.page}/` | {place.text} | {outcome.url} | {status} |")
    return "\n".join(lines) + "\n"
