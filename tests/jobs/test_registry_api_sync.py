"""The daily registry sync from the ClinicalTrials.gov API v2, when it is configured instead of files:
the ``trial_alerts`` job pages through a real HTTP server on 127.0.0.1 that answers like API v2 (no
network), then re-matches the open cases and notifies the owner of a newly suitable trial once."""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy.orm import Session, sessionmaker

from her2nav.jobs import state
from her2nav.jobs.handlers import queue_registry_sync
from her2nav.settings import Settings
from tests.jobs.test_notifications import a_case, in_app, inbox, sessions, until, worker
from tests.trials.records import site, study_record

__all__ = ["inbox", "sessions", "worker"]  # fixtures shared with the notification tests

NEW_TRIAL = study_record(
    "NCT09999992",
    title="Trastuzumab and chemotherapy for HER2-positive gastric cancer",
    conditions=["Gastric Cancer", "HER2-positive Gastric Cancer"],
    interventions=["Trastuzumab"],
    sites=[site("United Kingdom", "London", "RECRUITING")],
)
OTHER = study_record("NCT09999993", title="A study elsewhere", sites=[site("Japan", "Tokyo", "RECRUITING")])


class _ApiV2(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str | None, dict[str, Any]]] = {None: {"studies": []}}
    seen: ClassVar[list[dict[str, list[str]]]] = []

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        type(self).seen.append({"path": [urlparse(self.path).path], **query})
        body = json.dumps(type(self).pages[query.get("pageToken", [None])[0]]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def api() -> Iterator[str]:
    _ApiV2.pages, _ApiV2.seen = {None: {"studies": []}}, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _ApiV2)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/api/v2"
    httpd.shutdown()
    httpd.server_close()


def status(jobs: Any, key: str) -> str | None:
    with jobs.sessions()() as db:
        row = state.get(db, key)
        return row.status if row else None


def test_a_trial_new_in_the_api_is_notified_to_the_owner_once(
    api: str,
    inbox: Any,
    worker: Any,
    sessions: sessionmaker[Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HER2NAV_REGISTRY_URL", f"sqlite:///{tmp_path / 'registry.sqlite'}")
    box, port = inbox
    address = f"owner-{uuid.uuid4().hex[:8]}@hospital.test"  # other tests' owners share the database
    owner, _record = a_case(sessions, "en", address)
    jobs = worker(
        smtp_host="127.0.0.1",
        smtp_port=port,
        registry_sync_api_query="HER2 gastric",
        registry_sync_api_url=api,
    )
    assert queue_registry_sync(jobs, dt.date(2027, 2, 1))  # nothing in the registry yet
    until(lambda: status(jobs, "trial-alerts:2027-02-01") == "done", seconds=120)
    assert in_app(sessions, owner) == []
    assert _ApiV2.seen[0]["path"] == ["/api/v2/studies"] and _ApiV2.seen[0]["query.term"] == ["HER2 gastric"]
    _ApiV2.pages = {None: {"studies": [OTHER], "nextPageToken": "p2"}, "p2": {"studies": [NEW_TRIAL]}}
    assert queue_registry_sync(jobs, dt.date(2027, 2, 2))
    until(lambda: status(jobs, "trial-alerts:2027-02-02") == "done", seconds=120)
    assert [q.get("pageToken") for q in _ApiV2.seen[1:]] == [None, ["p2"]]  # both pages read
    alerts = in_app(sessions, owner)
    assert [n.kind for n in alerts] == ["trial_alert"] and "NCT09999992" in alerts[0].subject
    until(lambda: [m for m in box.messages if m["To"] == address])
    assert queue_registry_sync(jobs, dt.date(2027, 2, 3))  # the same trial version again
    until(lambda: status(jobs, "trial-alerts:2027-02-03") == "done", seconds=120)
    assert len(in_app(sessions, owner)) == 1
    assert len([m for m in box.messages if m["To"] == address]) == 1


def test_an_api_that_cannot_be_read_fails_the_job_and_leaves_it_to_retry(
    worker: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HER2NAV_REGISTRY_URL", f"sqlite:///{tmp_path / 'registry.sqlite'}")
    jobs = worker(
        registry_sync_api_query="HER2 gastric",
        registry_sync_api_url="http://127.0.0.1:1/api/v2",  # nothing listens on port 1
        job_max_attempts=1,
    )
    assert queue_registry_sync(jobs, dt.date(2027, 2, 4))
    until(lambda: status(jobs, "trial-alerts:2027-02-04") == "dead", seconds=120)
    with jobs.sessions()() as db:
        row = state.get(db, "trial-alerts:2027-02-04")
        assert row is not None and "registry unreachable at http://127.0.0.1:1/api/v2" in (row.error or "")


def test_files_and_the_api_are_one_or_the_other(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="HER2NAV_REGISTRY_SYNC_PATH and HER2NAV_REGISTRY_SYNC_API_QUERY"):
        Settings(registry_sync_path=tmp_path, registry_sync_api_query="HER2 gastric")
