"""`make run` (the app in development) starts a worker inside the app: a job submitted while it serves
is run; in test and production modes no worker starts unless asked for."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from fastapi.testclient import TestClient

import tests.jobs.handlers  # noqa: F401 (registers the test handlers)
from her2nav.jobs import state
from her2nav.records.store.db import session_factory
from her2nav.settings import Settings
from her2nav.web.app import create_app
from tests.jobs.conftest import JobDb
from tests.records.factories import make_user


def test_the_app_in_development_runs_jobs_with_its_embedded_worker(tmp_path: Path, job_db: JobDb) -> None:
    settings = Settings(
        mode="development",
        var_dir=tmp_path,
        database_url=job_db.url,
        queue_url=f"sqlite:///{tmp_path / 'queue.sqlite'}",
    )
    with session_factory(job_db.engine)() as db:
        user = make_user(db, f"e-{uuid.uuid4().hex[:8]}", "coordinator")
        db.commit()
    key = f"embedded-{user.id}"
    with TestClient(create_app(settings, engine=job_db.engine)) as client:
        assert client.get("/api/health").status_code == 200
        jobs = client.app.state.jobs  # type: ignore[attr-defined]
        jobs.submit("test_effect", {"user_id": user.id}, key=key)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with jobs.sessions()() as db:
                row = state.get(db, key)
                if row is not None and row.status == "done":
                    break
            time.sleep(0.05)
        else:
            raise AssertionError("the embedded worker did not run the job")


def test_no_worker_starts_in_test_or_production_mode_unless_asked(tmp_path: Path) -> None:
    assert not Settings(mode="test", var_dir=tmp_path).runs_embedded_worker
    assert not Settings(mode="production", secret_key="x" * 40).runs_embedded_worker
    assert Settings(mode="production", secret_key="x" * 40, embedded_worker=True).runs_embedded_worker
    assert Settings(mode="development").runs_embedded_worker
