"""Reports rendered on the real queue (a worker's threads in this process, the app over HTTP): the
request answers 202 with the job's key and a status URL, the worker renders the file once per key,
the download is audited and, sent outside, needs consent at the time it is handed out; a case changed
before the worker ran gets no stale report."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from her2nav.jobs import state
from her2nav.jobs.reports import report_path
from her2nav.jobs.worker import build_jobs, start_embedded, stop_embedded
from her2nav.records.store.db import session_factory
from her2nav.records.store.models import AuditEvent
from her2nav.settings import Settings
from her2nav.web.app import create_app
from tests.jobs.conftest import JobDb
from tests.records.factories import PASSWORD, make_case, make_user


@dataclass
class Setup:
    client: TestClient
    case_id: str
    case_pk: int
    settings: Settings
    job_db: JobDb

    def start_worker(self) -> None:
        app: Any = self.client.app
        if getattr(app.state, "jobs", None) is None:
            app.state.jobs = build_jobs(self.settings, sessions=app.state.session_factory)
        self.consumers.append(start_embedded(app.state.jobs, workers=1))

    def __post_init__(self) -> None:
        self.consumers: list[Any] = []

    def actions(self, action: str) -> list[AuditEvent]:
        with session_factory(self.job_db.engine)() as db:
            query = select(AuditEvent).where(AuditEvent.case_pk == self.case_pk, AuditEvent.action == action)
            return list(db.scalars(query.order_by(AuditEvent.id)))


@pytest.fixture
def setup(tmp_path: Path, job_db: JobDb) -> Iterator[Setup]:
    settings = Settings(
        mode="test",
        var_dir=tmp_path,
        database_url=job_db.url,
        queue_url=f"sqlite:///{tmp_path / 'queue.sqlite'}",
        queue_name=f"r-{uuid.uuid4().hex[:8]}",
    )
    suffix = uuid.uuid4().hex[:8]
    with session_factory(job_db.engine)() as db:
        coord = make_user(db, f"rc-{suffix}", "coordinator")
        record = make_case(db, coord, f"case-{suffix}")
        db.commit()
        case_pk, case_id = record.id, record.case_id
    with TestClient(create_app(settings, engine=job_db.engine)) as client:
        answer = client.post("/api/session", json={"username": f"rc-{suffix}", "password": PASSWORD})
        client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
        here = Setup(client, case_id, case_pk, settings, job_db)
        yield here
        for consumer in here.consumers:
            stop_embedded(consumer)


def wait_done(setup: Setup, status_url: str, seconds: float = 60.0) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = setup.client.get(status_url).json()
        if job["status"] in ("done", "dead"):
            return dict(job)
        time.sleep(0.1)
    raise AssertionError(f"the report job did not finish: {job}")


def test_a_report_asked_for_twice_is_rendered_once_and_downloaded_audited(setup: Setup) -> None:
    client, case = setup.client, setup.case_id
    asked = client.post(f"/api/cases/{case}/report-jobs", params={"lang": "zh"})
    assert asked.status_code == 202, asked.text
    job = asked.json()
    assert job["status"] == "queued" and job["file_url"] is None
    assert job["key"].startswith(f"report:{setup.case_pk}:v1:zh:clinician:pdf:staff:")
    assert client.get(f"{job['status_url']}/file").status_code == 409  # not rendered yet
    setup.start_worker()
    done = wait_done(setup, job["status_url"])
    assert done["status"] == "done" and done["progress"] == 100
    assert done["file_url"] == f"/api/cases/{case}/report-jobs/{job['key']}/file"
    listed = client.get(f"/api/cases/{case}/jobs").json()
    assert [(j["key"], j["name"], j["status"]) for j in listed] == [(job["key"], "render_report", "done")]
    rendered = report_path(setup.settings, job["key"], "pdf")
    first_write = rendered.stat().st_mtime_ns
    again = client.post(f"/api/cases/{case}/report-jobs", params={"lang": "zh"})
    assert again.status_code == 202 and again.json()["key"] == job["key"]
    assert again.json()["file_url"] == done["file_url"]
    pdf = client.get(done["file_url"])
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-type"] == "application/pdf"
    assert rendered.stat().st_mtime_ns == first_write
    with session_factory(setup.job_db.engine)() as db:
        row = state.get(db, job["key"])
        assert row is not None and row.attempts == 1
    assert len(setup.actions("report_requested")) == 2
    [exported] = setup.actions("report_exported")
    assert exported.detail == {"job": job["key"], "lang": "zh", "format": "pdf", "audience": "clinician"}


def test_a_rendered_report_sent_outside_needs_consent_when_it_is_downloaded(setup: Setup) -> None:
    client, case = setup.client, setup.case_id
    setup.start_worker()
    job = client.post(f"/api/cases/{case}/report-jobs", params={"format": "html"}).json()
    file_url = wait_done(setup, job["status_url"])["file_url"]
    refused = client.get(file_url, params={"recipient": "Ruijin trial team"})
    assert refused.status_code == 409 and "sharing with Ruijin trial team" in refused.json()["detail"]
    assert [e.target for e in setup.actions("release_refused")] == ["report"]
    today = time.strftime("%Y-%m-%d", time.gmtime())
    given = {"purpose": "share_with", "recipient": "Ruijin trial team", "given_on": today}
    assert client.post(f"/api/cases/{case}/consents", json=given).status_code == 201
    sent = client.get(file_url, params={"recipient": "Ruijin trial team"})
    assert sent.status_code == 200 and sent.headers["content-type"].startswith("text/html")
    [exported] = setup.actions("report_exported")
    assert exported.detail["recipient"] == "Ruijin trial team" and exported.detail["job"] == job["key"]


def test_a_case_changed_before_the_worker_ran_gets_no_stale_report_but_a_new_job(setup: Setup) -> None:
    client, case = setup.client, setup.case_id
    old = client.post(f"/api/cases/{case}/report-jobs", params={"format": "html"}).json()
    changed = client.patch(f"/api/cases/{case}", json={"patient": {"ecog": 2}}, headers={"If-Match": '"1"'})
    assert changed.status_code == 200, changed.text
    setup.start_worker()
    stale = wait_done(setup, old["status_url"])
    assert stale["file_url"] is None and "now at version 2" in (stale["message"] or "")
    gone = client.get(f"{old['status_url']}/file")
    assert gone.status_code == 410 and "version 2" in gone.json()["detail"]
    new = client.post(f"/api/cases/{case}/report-jobs", params={"format": "html"}).json()
    assert new["key"] != old["key"] and ":v2:" in new["key"]
    assert wait_done(setup, new["status_url"])["file_url"] is not None


def test_another_cases_key_and_an_unknown_key_answer_404(setup: Setup) -> None:
    client, case = setup.client, setup.case_id
    job = client.post(f"/api/cases/{case}/report-jobs", params={"format": "html"}).json()
    assert client.get(f"/api/cases/{case}/report-jobs/report:0:v1").status_code == 404
    assert client.get(f"/api/cases/no-such-case/report-jobs/{job['key']}").status_code == 404
