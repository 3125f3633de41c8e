"""``sync`` against a local HTTP server that replays recorded API v2 pages (no network)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from her2nav.trials.registry import Registry
from her2nav.trials.sync import SyncError, sync

SNAPSHOT = Path(__file__).parents[2] / "her2nav" / "trials" / "data" / "her2-gastric"


def _pages() -> dict[str | None, dict[str, Any]]:
    """The 44 snapshot records cut into three API pages chained by nextPageToken."""
    studies = [json.loads(p.read_text()) for p in sorted(SNAPSHOT.glob("NCT*.json"))]
    return {
        None: {"studies": studies[:20], "nextPageToken": "tok2"},
        "tok2": {"studies": studies[20:40], "nextPageToken": "tok3"},
        "tok3": {"studies": studies[40:]},
    }


class _Replay(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str | None, dict[str, Any]]] = _pages()
    fail_first: ClassVar[list[int]] = []
    seen: ClassVar[list[dict[str, list[str]]]] = []

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        type(self).seen.append(query)
        if type(self).fail_first:
            self.send_response(type(self).fail_first.pop(0))
            self.end_headers()
            return
        token = query.get("pageToken", [None])[0]
        body = json.dumps(self.pages[token]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Replay.fail_first, _Replay.seen = [], []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Replay)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/api/v2"
    httpd.shutdown()
    httpd.server_close()


def test_sync_follows_page_tokens_until_the_last_page(server: str, registry: Registry) -> None:
    report = sync(registry, query="HER2 gastric", base_url=server, page_size=20, sleep=lambda s: None)
    assert (report.pages, report.written) == (3, 44)
    assert registry.count() == 44
    assert [q.get("pageToken") for q in _Replay.seen] == [None, ["tok2"], ["tok3"]]
    assert _Replay.seen[0]["query.term"] == ["HER2 gastric"]


def test_sync_retries_a_busy_server_with_growing_pauses(server: str, registry: Registry) -> None:
    _Replay.fail_first = [503, 429]
    pauses: list[float] = []
    report = sync(registry, query="x", base_url=server, sleep=pauses.append, backoff=0.5, pause=0.25)
    assert report.pages == 3
    assert pauses[:2] == [0.5, 1.0]  # back-off, then the polite pause between pages
    assert pauses[2:] == [0.25, 0.25]


def test_sync_gives_up_with_a_clear_error_when_the_server_keeps_failing(
    server: str, registry: Registry
) -> None:
    _Replay.fail_first = [500] * 10
    with pytest.raises(SyncError, match="HTTP 500"):
        sync(registry, query="x", base_url=server, sleep=lambda s: None, retries=2)


def test_sync_reports_an_unreachable_server(registry: Registry) -> None:
    with pytest.raises(SyncError, match=r"127\.0\.0\.1:9"):
        sync(registry, query="x", base_url="http://127.0.0.1:9/api/v2", sleep=lambda s: None, retries=1)
