"""``her2nav worker`` as real processes on a SQLite-file queue: a worker SIGKILLed mid-job leaves
nothing lost (the next worker runs the job again and its effect happens once), a job over the time
limit is stopped and retried, and a queue that cannot be reached is one line and a non-zero exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.coordination.models import JobRecord, Notification
from her2nav.jobs.runtime import Jobs
from her2nav.records.store.db import session_factory
from her2nav.settings import Settings
from tests.jobs.conftest import JobDb
from tests.records.factories import make_user

ROOT = Path(__file__).parents[2]
HER2NAV = str(Path(sys.executable).with_name("her2nav"))
TIME_LIMIT = 2.0


@pytest.fixture
def settings(tmp_path: Path, job_db: JobDb) -> Settings:
    return Settings(
        mode="test",
        var_dir=tmp_path,
        database_url=job_db.url,
        queue_url=f"sqlite:///{tmp_path / 'queue.sqlite'}",
        queue_name=f"t-{uuid.uuid4().hex[:8]}",
        job_time_limit_seconds=TIME_LIMIT,
        job_retry_seconds=0.2,
        job_max_attempts=2,
    )


def environment(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HER2NAV_MODE": "test",
        "HER2NAV_VAR_DIR": str(settings.var_dir),
        "HER2NAV_DATABASE_URL": settings.effective_database_url,
        "HER2NAV_QUEUE_URL": settings.effective_queue_url,
        "HER2NAV_QUEUE_NAME": settings.queue_name,
        "HER2NAV_JOB_TIME_LIMIT_SECONDS": str(settings.job_time_limit_seconds),
        "HER2NAV_JOB_RETRY_SECONDS": str(settings.job_retry_seconds),
        "HER2NAV_JOB_MAX_ATTEMPTS": str(settings.job_max_attempts),
    }


@pytest.fixture
def worker(settings: Settings, tmp_path: Path) -> Iterator[Callable[[], subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        log = (tmp_path / f"worker-{len(started)}.log").open("wb")
        process = subprocess.Popen(
            [HER2NAV, "worker", "--workers", "1", "--import", "tests.jobs.handlers"],
            env=environment(settings),
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the consumer and its worker process
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture
def sessions(job_db: JobDb) -> sessionmaker[Session]:
    return session_factory(job_db.engine)


@pytest.fixture
def user_id(sessions: sessionmaker[Session]) -> int:
    with sessions() as db:
        user = make_user(db, f"w-{uuid.uuid4().hex[:8]}", "coordinator")
        db.commit()
        return user.id


def job(sessions: sessionmaker[Session], key: str) -> JobRecord | None:
    with sessions() as db:
        return db.scalar(select(JobRecord).where(JobRecord.key == key))


def until(check: Callable[[], Any], seconds: float = 30.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_a_worker_killed_mid_job_leaves_it_to_the_next_which_completes_it_once(
    settings: Settings, worker: Any, sessions: sessionmaker[Session], user_id: int, tmp_path: Path
) -> None:
    release = tmp_path / "release"
    key = f"killed-{user_id}"
    Jobs(settings, sessions=sessions).submit(
        "test_effect_then_wait", {"user_id": user_id, "release": str(release)}, key=key
    )
    first = worker()
    until(lambda: (row := job(sessions, key)) is not None and row.status == "running" and row.progress == 50)
    os.killpg(first.pid, signal.SIGKILL)  # the consumer and its worker process, mid-job
    first.wait(timeout=10)
    release.touch()
    lapsed = job(sessions, key)
    assert lapsed is not None and lapsed.status == "running" and lapsed.lease_until is not None
    time.sleep(2 * TIME_LIMIT + 0.5)  # the dead worker's lease runs out (time limit and as much again)
    worker()
    done = until(lambda: (row := job(sessions, key)) is not None and row.status == "done" and row)
    assert done.attempts == 2
    with sessions() as db:
        assert db.scalar(select(func.count()).where(Notification.key == key)) == 1


def test_a_job_over_the_time_limit_is_stopped_retried_and_dead_lettered(
    settings: Settings, worker: Any, sessions: sessionmaker[Session], user_id: int
) -> None:
    key = f"slow-{user_id}"
    Jobs(settings, sessions=sessions).submit("test_sleep", {"user_id": user_id, "seconds": 30}, key=key)
    started = time.monotonic()
    worker()
    dead = until(lambda: (row := job(sessions, key)) is not None and row.status == "dead" and row, seconds=40)
    assert dead.attempts == 2 and "TaskTimeout" in (dead.error or "")
    assert time.monotonic() - started < 20  # two attempts of 2 s each, not 30 s each
    with sessions() as db:
        assert db.scalar(select(func.count()).where(Notification.key == key)) == 0


def test_a_queue_that_cannot_be_reached_is_one_line_and_a_non_zero_exit(settings: Settings) -> None:
    env = {**environment(settings), "HER2NAV_QUEUE_URL": "redis://127.0.0.1:1/0"}
    done = subprocess.run([HER2NAV, "worker"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert "cannot reach the queue at redis://127.0.0.1:1/0" in done.stderr
    assert "Traceback" not in done.stderr
