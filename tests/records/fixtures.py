"""Database fixtures shared by tests/records and tests/web: every test runs on SQLite and, when
HER2NAV_TEST_POSTGRES_URL is set, on PostgreSQL too; each test's writes are rolled back."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.access import accounts
from her2nav.records.store.db import make_engine
from her2nav.records.store.migrate import upgrade

POSTGRES_URL = os.environ.get("HER2NAV_TEST_POSTGRES_URL")
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not POSTGRES_URL, reason="HER2NAV_TEST_POSTGRES_URL is not set"),
        ],
    ),
]


def fresh_database(backend: str, folder: Path) -> tuple[str, Engine]:
    """A database built by running the migrations from nothing."""
    if backend == "sqlite":
        url = f"sqlite:///{folder / 'test.db'}"
        engine = make_engine(url, sqlite_synchronous="NORMAL")
    else:
        assert POSTGRES_URL
        url = POSTGRES_URL
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    with engine.begin() as conn:
        upgrade(url, connection=conn)
    return url, engine


@pytest.fixture(scope="session", params=BACKENDS)
def db_engine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    _url, engine = fresh_database(request.param, tmp_path_factory.mktemp(request.param))
    yield engine
    engine.dispose()


@pytest.fixture
def connection(db_engine: Engine) -> Iterator[Connection]:
    conn = db_engine.connect()
    outer = conn.begin()
    try:
        yield conn
    finally:
        outer.rollback()
        conn.close()


@pytest.fixture
def factory(connection: Connection) -> sessionmaker[Session]:
    """Sessions whose commits become savepoints inside the test's transaction."""
    return sessionmaker(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)


@pytest.fixture
def db(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session:
        yield session


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id, with small parameters so the suite stays fast."""
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
