"""The external link checker against a server of our own on 127.0.0.1 (no internet needed)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from lotsenportal.checks.external_links import (
    BROKEN,
    IGNORED,
    LATER,
    OK,
    Checker,
    Place,
    collect,
    report,
    run,
)


class Endpoints(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}  # noqa: RUF012 - shared counter for the test server

    def do_GET(self) -> None:
        Endpoints.hits[self.path] = Endpoints.hits.get(self.path, 0) + 1
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.end_headers()
            return
        if self.path == "/hang":
            time.sleep(3)
        code = {"/ok": 200, "/gone": 404, "/removed": 410, "/busy": 429, "/hang": 200}.get(
            self.path, 500
        )
        self.send_response(code)
        self.end_headers()
        self.wfile.write(b"x")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Endpoints)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def fast_checker() -> Checker:
    return Checker(timeout=0.5, retries=1, backoff=0.01, interval=0.0)


@pytest.mark.parametrize(
    ("path", "state", "status"),
    [
        ("/ok", OK, 200),
        ("/moved", OK, 200),
        ("/gone", BROKEN, 404),
        ("/removed", BROKEN, 410),
        ("/busy", LATER, 429),
        ("/hang", BROKEN, None),
    ],
)
def test_each_kind_of_answer(server: str, path: str, state: str, status: int | None) -> None:
    outcome = fast_checker().check(server + path)
    assert (outcome.state, outcome.status) == (state, status)


def test_cache_skips_links_found_alive_recently_and_ignore_list_has_reasons(
    server: str, tmp_path: Path
) -> None:
    links = {
        server + "/ok": [Place("kontakte", "Webseite")],
        server + "/gone": [Place("netzwerk", "alt")],
        server + "/busy": [Place("", "Integreat")],
    }
    cache = tmp_path / "cache.json"
    ignore = {server + "/busy": "Server begrenzt Anfragen; von Hand geprüft"}
    first = run(links, fast_checker(), cache, ignore)
    assert {o.url.rsplit("/", 1)[1]: o.state for o in first} == {
        "ok": OK,
        "gone": BROKEN,
        "busy": IGNORED,
    }
    before = Endpoints.hits.get("/ok", 0)
    second = run(links, fast_checker(), cache, ignore, max_age=timedelta(days=1))
    assert Endpoints.hits.get("/ok", 0) == before  # not asked again
    text = report(second)
    assert f"| `/netzwerk/` | alt | {server}/gone | 404 |" in text
    assert "Server begrenzt Anfragen; von Hand geprüft" in text


def test_one_host_is_asked_politely(server: str) -> None:
    pauses: list[float] = []
    checker = Checker(timeout=0.5, retries=0, interval=0.2, sleep=pauses.append)
    checker.check(server + "/ok")
    checker.check(server + "/ok")
    assert pauses and 0 < pauses[0] <= 0.2


def test_retries_back_off(server: str) -> None:
    pauses: list[float] = []
    Checker(timeout=0.5, retries=2, backoff=1.0, interval=0.0, sleep=pauses.append).check(
        server + "/busy"
    )
    assert pauses == [1.0, 2.0]


def test_links_are_collected_with_page_and_text(tmp_path: Path) -> None:
    (tmp_path / "netzwerk").mkdir()
    (tmp_path / "netzwerk/index.html").write_text(
        '<a href="https://lagfa-hessen.de/x">Kompetenzzentrum</a><a href="../kontakte/">intern</a>'
        '<a href="http://127.0.0.1:8000/">selbst</a>',
        encoding="utf-8",
    )
    assert collect(tmp_path) == {
        "https://lagfa-hessen.de/x": [Place("netzwerk", "Kompetenzzentrum")]
    }
