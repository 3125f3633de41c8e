"""The time limit of one attempt where huey does not impose it. huey's process workers stop a task
with SIGALRM (tests/jobs/test_worker_process.py); its thread workers (the embedded worker,
``her2nav worker --kind thread``) impose nothing. There, an attempt past the limit is stopped at its
next progress report, and one that reports nothing loses the job when its lease lapses: recovery
runs the job again and the late attempt's own outcome changes nothing."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from huey import consumer as huey_consumer  # type: ignore[import-untyped]
from sqlalchemy import func, select

import tests.jobs.handlers
from her2nav.coordination.models import Notification
from her2nav.jobs import state
from her2nav.jobs.registry import JobContext, handler
from her2nav.jobs.runtime import Jobs
from her2nav.jobs.worker import build_jobs, start_embedded, stop_embedded
from her2nav.records.store.db import session_factory
from tests.jobs.conftest import JobDb
from tests.jobs.test_queue import wait_for
from tests.records.factories import make_user

LIMIT = 1.0  # seconds; the lease is the limit and as much again (at most 30 s more)


@handler("test_reports_progress_forever")
def reports_progress_forever(ctx: JobContext) -> None:
    while True:
        ctx.progress(10, "still working")
        time.sleep(0.05)


@handler("test_blocks_on_its_first_attempt")
def blocks_on_its_first_attempt(ctx: JobContext) -> None:
    """Attempt 1 blocks without a word until released, then fails; later attempts do the effect."""
    if ctx.attempt > 1:
        tests.jobs.handlers.effect(ctx)
        return
    release = Path(ctx.params["release"])
    while not release.exists():
        time.sleep(0.05)
    Path(ctx.params["returned"]).touch()
    raise ConnectionError("the first attempt came back late")


@pytest.fixture
def threads(settings_for: Callable[..., Any]) -> Iterator[Callable[..., Jobs]]:
    consumers = []

    def start(**changes: Any) -> Jobs:
        jobs = build_jobs(settings_for("sqlite", job_time_limit_seconds=LIMIT, **changes))
        consumers.append(start_embedded(jobs, workers=2))
        return jobs

    yield start
    for consumer in consumers:
        stop_embedded(consumer)


@pytest.fixture
def user_id(job_db: JobDb) -> int:
    with session_factory(job_db.engine)() as db:
        user = make_user(db, f"t-{uuid.uuid4().hex[:8]}", "coordinator")
        db.commit()
        return user.id


def test_hueys_thread_workers_impose_no_time_limit_and_its_process_workers_do() -> None:
    assert huey_consumer.ThreadEnvironment.timeout is huey_consumer.Environment.timeout  # a no-op
    assert huey_consumer.ProcessEnvironment.timeout is not huey_consumer.Environment.timeout


def test_an_attempt_past_the_limit_on_a_thread_is_stopped_at_its_next_progress_report(threads: Any) -> None:
    jobs = threads(job_max_attempts=2)
    key = f"forever-{uuid.uuid4().hex[:8]}"
    started = time.monotonic()
    jobs.submit("test_reports_progress_forever", {}, key=key)
    dead = wait_for(jobs, key, "dead", seconds=30)
    assert dead.attempts == 2 and "TaskTimeout: over the time limit of 1 s" in (dead.error or "")
    assert time.monotonic() - started < 10  # two attempts of about a second each


def test_a_silent_attempt_past_its_lease_loses_the_job_and_its_late_outcome_changes_nothing(
    threads: Any, user_id: int, tmp_path: Path, job_db: JobDb
) -> None:
    jobs = threads(job_max_attempts=3)
    key = f"silent-{user_id}"
    release, returned = tmp_path / "release", tmp_path / "returned"
    params = {"user_id": user_id, "release": str(release), "returned": str(returned)}
    jobs.submit("test_blocks_on_its_first_attempt", params, key=key)
    first = wait_for(jobs, key, "running")
    assert first.lease_until is not None and first.attempts == 1
    time.sleep(2 * LIMIT + 0.3)  # the lease (limit and as much again) lapses; attempt 1 still blocks
    jobs.recover()  # (the scheduler does this every minute)
    done = wait_for(jobs, key, "done")
    assert done.attempts == 2
    release.touch()  # attempt 1 comes back and fails: too late to count
    deadline = time.monotonic() + 10
    while not returned.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # its failure would be recorded now
    with jobs.sessions()() as db:
        row = state.get(db, key)
        assert row is not None and (row.status, row.attempts) == ("done", 2)
        assert db.scalar(select(func.count()).where(Notification.key == key)) == 1
