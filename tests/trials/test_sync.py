"""``sync`` and ``her2nav trials sync`` against a real HTTP server on 127.0.0.1 that replays API v2
pages (no network). Retries are made with a back-off of zero, or with a recording ``sleep``: no test
waits."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from her2nav.cli import app
from her2nav.trials.registry.importer import import_records
from her2nav.trials.registry.store import Registry
from her2nav.trials.registry.sync import SyncError, sync
from her2nav.trials.registry.tables import meta_table, studies

SNAPSHOT = Path(__file__).parents[2] / "her2nav" / "trials" / "data" / "her2-gastric"
STUDIES = [json.loads(p.read_text()) for p in sorted(SNAPSHOT.glob("NCT*.json"))]
PAGES: dict[str | None, dict[str, Any]] = {  # the 44 snapshot records as three pages chained by token
    None: {"studies": STUDIES[:20], "nextPageToken": "tok2"},
    "tok2": {"studies": STUDIES[20:40], "nextPageToken": "tok3"},
    "tok3": {"studies": STUDIES[40:]},
}
runner = CliRunner()


class _Replay(BaseHTTPRequestHandler):
    # page token -> statuses to answer (one per request, in order) before the page itself
    failures: ClassVar[dict[str | None, list[int]]] = {}
    retry_after: ClassVar[str | None] = None
    body_for: ClassVar[dict[str | None, bytes]] = {}  # page token -> raw body replacing the page
    seen: ClassVar[list[dict[str, list[str]]]] = []

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        type(self).seen.append(query)
        token = query.get("pageToken", [None])[0]
        pending = type(self).failures.get(token)
        if pending:
            self.send_response(pending.pop(0))
            if type(self).retry_after is not None:
                self.send_header("Retry-After", type(self).retry_after or "")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = type(self).body_for.get(token) or json.dumps(PAGES[token]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Replay.failures, _Replay.retry_after, _Replay.body_for, _Replay.seen = {}, None, {}, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Replay)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/api/v2"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port_url() -> str:
    """A port on 127.0.0.1 that was just free and has nothing listening: connections are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v2"


def _installed(registry: Registry) -> Registry:
    """The registry with a few studies already installed (those the last page would bring)."""
    import_records(registry, [(f"s{i}", s) for i, s in enumerate(STUDIES[40:])])
    return registry


def _rows(registry: Registry) -> list[tuple[Any, ...]]:
    with registry.engine.connect() as conn:
        rows = list(conn.execute(select(studies)).all()) + list(conn.execute(select(meta_table)).all())
    return sorted((tuple(r) for r in rows), key=repr)


def _fast(**overrides: Any) -> dict[str, Any]:
    return {"query": "HER2 gastric", "pause": 0.0, "backoff": 0.0} | overrides


def test_sync_follows_page_tokens_until_the_last_page(server: str, registry: Registry) -> None:
    report = sync(registry, base_url=server, page_size=20, **_fast())
    assert (report.pages, report.fetched, report.written) == (3, 44, 44)
    assert registry.count() == 44
    assert [q.get("pageToken") for q in _Replay.seen] == [None, ["tok2"], ["tok3"]]
    assert _Replay.seen[0]["query.term"] == ["HER2 gastric"]
    assert _Replay.seen[0]["pageSize"] == ["20"]


def test_sync_tells_its_caller_each_page_and_how_many_studies_so_far(server: str, registry: Registry) -> None:
    pages: list[tuple[int, int]] = []
    documents: list[None] = []
    sync(
        registry,
        base_url=server,
        on_page=lambda p, s: pages.append((p, s)),
        **_fast(),
        on_document=lambda: documents.append(None),
    )
    assert pages == [(1, 20), (2, 40), (3, 44)]
    assert len(documents) == 44


def test_a_server_that_answers_503_twice_is_retried_and_the_sync_succeeds(
    server: str, registry: Registry
) -> None:
    _Replay.failures = {None: [503, 503]}
    retries: list[str] = []
    report = sync(registry, base_url=server, on_retry=retries.append, **_fast())
    assert (report.pages, registry.count()) == (3, 44)
    assert len(_Replay.seen) == 5  # page 1 three times, then pages 2 and 3
    assert retries == [
        "HTTP 503, try 2 of 5 in 0 s",
        "HTTP 503, try 3 of 5 in 0 s",
    ]


def test_retries_wait_longer_each_time_and_pages_are_spaced_by_the_pause(
    server: str, registry: Registry
) -> None:
    _Replay.failures = {None: [503, 429]}
    pauses: list[float] = []
    report = sync(registry, query="x", base_url=server, sleep=pauses.append, backoff=0.5, pause=0.25)
    assert report.pages == 3
    assert pauses == [0.5, 1.0, 0.25, 0.25]  # back-off doubling, then the polite pause between pages


def test_a_numeric_retry_after_from_a_busy_server_is_honoured(server: str, registry: Registry) -> None:
    _Replay.failures, _Replay.retry_after = {"tok2": [429]}, "7"
    pauses: list[float] = []
    sync(registry, query="x", base_url=server, sleep=pauses.append, backoff=0.5, pause=0.0)
    assert pauses == [0.0, 7.0, 0.0]


def test_a_server_that_keeps_failing_gives_a_clear_error_naming_the_status_and_attempts(
    server: str, registry: Registry
) -> None:
    _Replay.failures = {None: [500] * 10}
    with pytest.raises(SyncError, match=r"answered HTTP 500 on page 1 after 3 attempts"):
        sync(registry, base_url=server, retries=2, **_fast())
    assert len(_Replay.seen) == 3


def test_a_status_that_retrying_cannot_fix_fails_at_once(server: str, registry: Registry) -> None:
    _Replay.failures = {None: [404]}
    with pytest.raises(SyncError, match=r"answered HTTP 404 on page 1$"):
        sync(registry, base_url=server, **_fast())
    assert len(_Replay.seen) == 1


def test_a_registry_that_cannot_be_reached_leaves_the_installed_one_unchanged(
    closed_port_url: str, registry: Registry
) -> None:
    before = _rows(_installed(registry))
    with pytest.raises(SyncError) as raised:
        sync(registry, base_url=closed_port_url, **_fast())
    assert str(raised.value) == f"registry unreachable at {closed_port_url} (ConnectError after 5 attempts)"
    assert _rows(registry) == before


def test_a_failure_on_page_2_leaves_the_installed_registry_unchanged(server: str, registry: Registry) -> None:
    before = _rows(_installed(registry))
    _Replay.failures = {"tok2": [503] * 5}
    with pytest.raises(SyncError, match="HTTP 503 on page 2 after 5 attempts"):
        sync(registry, base_url=server, **_fast())
    assert len(_Replay.seen) == 6  # page 1 once, page 2 five times, page 3 never
    assert _rows(registry) == before
    assert registry.count() == 4


def test_a_page_2_that_is_not_json_leaves_the_installed_registry_unchanged(
    server: str, registry: Registry
) -> None:
    before = _rows(_installed(registry))
    _Replay.body_for = {"tok2": b"<html>maintenance</html>"}
    with pytest.raises(SyncError, match="page 2 that is not JSON"):
        sync(registry, base_url=server, **_fast())
    assert _rows(registry) == before


# --- the command, as a user runs it --------------------------------------------------------------


@pytest.fixture
def registry_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed SQLite registry (four studies), closed, that the command will open."""
    path = tmp_path / "installed.sqlite"
    monkeypatch.setenv("HER2NAV_REGISTRY_URL", f"sqlite:///{path}")
    registry = _installed(Registry())
    registry.engine.dispose()  # checkpoints the write-ahead log into the file
    return path


def test_the_command_says_in_one_line_that_the_registry_is_unreachable_and_exits_2(
    closed_port_url: str, registry_file: Path
) -> None:
    before_bytes = registry_file.read_bytes()
    before_rows = _rows(Registry())
    result = runner.invoke(
        app, ["trials", "sync", "--query", "HER2", "--base-url", closed_port_url, "--backoff", "0"]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"trials sync: registry unreachable at {closed_port_url} (ConnectError after 5 attempts); "
        "the installed registry is unchanged\n"
    )
    assert "Traceback" not in result.output and result.stdout == ""
    assert registry_file.read_bytes() == before_bytes
    assert _rows(Registry()) == before_rows


def test_the_command_leaves_the_registry_unchanged_when_page_2_fails(
    server: str, registry_file: Path
) -> None:
    before_rows = _rows(Registry())
    _Replay.failures = {"tok2": [502] * 5}
    args = ["trials", "sync", "--query", "HER2", "--base-url", server, "--backoff", "0", "--pause", "0"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "HTTP 502 on page 2 after 5 attempts; the installed registry is unchanged" in result.stderr
    assert _rows(Registry()) == before_rows


def test_the_command_imports_every_page_and_says_what_it_wrote(server: str, registry_file: Path) -> None:
    _Replay.failures = {None: [503, 503]}
    args = ["trials", "sync", "--query", "HER2", "--base-url", server, "--backoff", "0", "--pause", "0"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout == "3 page(s), 44 records, wrote 44; registry holds 44\n"
