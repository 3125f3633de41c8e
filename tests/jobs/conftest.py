"""The queue run for real: a database both the test and its workers commit to (a SQLite file, or a
PostgreSQL database of its own beside the suite's, so that its schema can be rebuilt), and a queue on a
SQLite file or on Redis (a name of its own per test, flushed afterwards)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from her2nav.records.access import accounts
from her2nav.records.store.db import make_engine, session_factory
from her2nav.records.store.migrate import upgrade
from her2nav.settings import Settings
from tests.records.fixtures import BACKENDS, POSTGRES_URL

REDIS_URL = os.environ.get("HER2NAV_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_up() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping())
    except redis.RedisError:
        return False


QUEUES = [
    pytest.param("sqlite", id="queue-sqlite"),
    pytest.param(
        "redis",
        id="queue-redis",
        marks=pytest.mark.skipif(not _redis_up(), reason=f"no Redis at {REDIS_URL}"),
    ),
]


def _own_postgres_url() -> str:
    assert POSTGRES_URL
    url = make_url(POSTGRES_URL)
    own = url.set(database=f"{url.database}_jobs")
    admin = make_engine(url.set(database="postgres").render_as_string(hide_password=False))
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": own.database}
        ).first()
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{own.database}"'))
    admin.dispose()
    return own.render_as_string(hide_password=False)


@dataclass
class JobDb:
    url: str
    engine: Engine


@pytest.fixture(scope="session", params=BACKENDS)
def job_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[JobDb]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('jobs') / 'jobs.db'}"
        engine = make_engine(url, sqlite_synchronous="NORMAL")
    else:
        url = _own_postgres_url()
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    with engine.begin() as conn:
        upgrade(url, connection=conn)
    yield JobDb(url, engine)
    engine.dispose()


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def settings_for(tmp_path: Path, job_db: JobDb) -> Iterator[object]:
    """Settings on the job database and the chosen queue; the Redis queue is flushed afterwards."""
    made: list[Settings] = []

    def make(queue: str, **changes: object) -> Settings:
        name = f"her2nav-test-{uuid.uuid4().hex[:12]}"
        url = REDIS_URL if queue == "redis" else f"sqlite:///{tmp_path / 'queue.sqlite'}"
        settings = Settings(
            mode="test",
            var_dir=tmp_path,
            database_url=job_db.url,
            queue_url=url,
            queue_name=name,
            job_retry_seconds=0.2,
            **changes,  # type: ignore[arg-type]
        )
        made.append(settings)
        return settings

    yield make
    from her2nav.jobs.queue import build_huey

    for settings in made:
        if settings.queue_url and settings.queue_url.startswith("redis"):
            build_huey(settings).storage.flush_all()


def sessions(job_db: JobDb):  # type: ignore[no-untyped-def]
    return session_factory(job_db.engine)
