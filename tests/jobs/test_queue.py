"""The queue for real, with an embedded worker (threads in this process) on a SQLite-file queue and on
Redis, over SQLite and PostgreSQL: jobs run once per key, errors are retried with growing delays,
jobs that keep failing end in the dead-letter list, and unfinished jobs are picked up again."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

import tests.jobs.handlers
from her2nav.coordination.models import JobRecord, Notification
from her2nav.jobs import state
from her2nav.jobs.runtime import Jobs
from her2nav.jobs.worker import build_jobs, start_embedded, stop_embedded
from her2nav.records.store.db import session_factory
from her2nav.records.store.models import utcnow
from tests.jobs.conftest import QUEUES, JobDb
from tests.records.factories import make_user

pytestmark = pytest.mark.parametrize("queue", QUEUES)


@pytest.fixture
def sessions(job_db: JobDb) -> sessionmaker[Session]:
    return session_factory(job_db.engine)


@pytest.fixture
def user_id(sessions: sessionmaker[Session]) -> int:
    import uuid

    with sessions() as db:
        user = make_user(db, f"u-{uuid.uuid4().hex[:8]}", "coordinator")
        db.commit()
        return user.id


@pytest.fixture
def running(settings_for: Callable[..., Any]) -> Iterator[Callable[..., Jobs]]:
    consumers = []

    def start(queue: str, **changes: Any) -> Jobs:
        jobs = build_jobs(settings_for(queue, **changes))
        consumers.append(start_embedded(jobs, workers=2))
        return jobs

    yield start
    for consumer in consumers:
        stop_embedded(consumer)


def wait_for(jobs: Jobs, key: str, status: str, seconds: float = 20.0) -> JobRecord:
    deadline = time.monotonic() + seconds
    while True:
        with jobs.sessions()() as db:
            row = state.get(db, key)
        if row is not None and row.status == status:
            return row
        if time.monotonic() > deadline:
            raise AssertionError(f"{key} is {row.status if row else 'missing'}, not {status}")
        time.sleep(0.05)


def notifications(jobs: Jobs, key: str) -> int:
    with jobs.sessions()() as db:
        return int(db.scalar(select(func.count()).where(Notification.key == key)) or 0)


def test_a_job_submitted_twice_under_one_key_runs_once(queue: str, running: Any, user_id: int) -> None:
    jobs = running(queue)
    key = f"once-{queue}-{user_id}"
    assert jobs.submit("test_effect", {"user_id": user_id}, key=key) is True
    assert jobs.submit("test_effect", {"user_id": user_id}, key=key) is False
    row = wait_for(jobs, key, "done")
    assert (row.attempts, row.progress) == (1, 100)
    assert notifications(jobs, key) == 1


def test_a_failing_job_is_retried_with_growing_delays_until_it_succeeds(
    queue: str, running: Any, user_id: int
) -> None:
    jobs = running(queue, job_max_attempts=5)
    assert [jobs.backoff(n) for n in (1, 2, 3)] == [0.2, 0.4, 0.8]
    key = f"flaky-{queue}-{user_id}"
    started = time.monotonic()
    jobs.submit("test_flaky", {"user_id": user_id, "succeed_on": 3}, key=key)
    row = wait_for(jobs, key, "done")
    assert row.attempts == 3 and notifications(jobs, key) == 1
    assert time.monotonic() - started >= 0.6  # waited 0.2 s, then 0.4 s


def test_a_job_that_keeps_failing_ends_in_the_dead_letter_list_with_its_error(
    queue: str, running: Any, user_id: int
) -> None:
    jobs = running(queue, job_max_attempts=2)
    key = f"dead-{queue}-{user_id}"
    jobs.submit("test_flaky", {"user_id": user_id, "succeed_on": 99}, key=key)
    row = wait_for(jobs, key, "dead")
    assert row.attempts == 2 and "did not answer (attempt 2)" in (row.error or "")
    with jobs.sessions()() as db:
        assert key in [r.key for r in state.dead(db)]
    assert notifications(jobs, key) == 0
    assert jobs.retry_dead(key) is True
    assert wait_for(jobs, key, "dead").attempts == 2  # ran again, failed twice more


def test_a_job_whose_worker_vanished_mid_run_is_run_again_and_its_effect_happens_once(
    queue: str, running: Any, user_id: int
) -> None:
    jobs = running(queue)
    key = f"vanished-{queue}-{user_id}"
    with jobs.sessions()() as db:
        state.create(db, key=key, name="test_effect", params={"user_id": user_id}, case_pk=None)
        claimed = state.claim(db, key, dt.timedelta(seconds=60))  # a worker took it ...
        assert claimed is not None
    tests.jobs.handlers.effect(_context(jobs, key, user_id))  # ... did the effect, and died
    with jobs.sessions()() as db:
        db.execute(update(JobRecord).where(JobRecord.key == key).values(lease_until=utcnow()))
        db.commit()
    jobs.recover()  # (the scheduler may have done so at the turn of the minute)
    row = wait_for(jobs, key, "done")
    assert row.attempts == 2 and notifications(jobs, key) == 1


def _context(jobs: Jobs, key: str, user_id: int) -> Any:
    from her2nav.jobs.registry import JobContext

    return JobContext(
        key=key,
        name="test_effect",
        params={"user_id": user_id},
        attempt=1,
        settings=jobs.settings,
        sessions=jobs.sessions(),
        progress=lambda _p, _m: None,
        submit=jobs.submit,
    )
