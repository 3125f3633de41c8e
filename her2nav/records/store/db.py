"""Engine and sessions: SQLite (WAL) by default, PostgreSQL (psycopg 3) when a URL is given.

Transactions are read transactions unless ``begin_write`` starts them. On SQLite a read transaction is
``BEGIN`` (deferred: readers run side by side in WAL mode) and a write transaction is ``BEGIN
IMMEDIATE`` taken under a process-wide lock, so writers queue in order instead of sleeping in
SQLite's busy handler, and a read never has to be upgraded to a write."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def _sqlite_pragmas(engine: Engine, synchronous: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy (not the driver) decide when transactions begin, so SAVEPOINTs work.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    writer = threading.Lock()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if not conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN")
            return
        writer.acquire()
        conn.info["her2nav_writer"] = True
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            _release(conn)
            raise

    def _release(conn: Any) -> None:
        if conn.info.pop("her2nav_writer", False):
            writer.release()

    event.listen(engine, "commit", _release)
    event.listen(engine, "rollback", _release)


WRITE_OPTION = "her2nav_write"


def begin_write(session: Session) -> None:
    """SQLite: end the current (read) transaction and start a write transaction. PostgreSQL runs reads
    and writes side by side, so the transaction simply goes on (no extra round trips)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    if session.in_transaction():
        session.commit()
    session.connection(execution_options={WRITE_OPTION: True})


# Connections kept open: one per thread of the server's thread pool (anyio's default is 40) plus the
# extraction workers. Fewer would make the pool close surplus connections after
# every burst and open new ones (cold caches, a new server process on PostgreSQL) for the next.
POOL_SIZE = 48
POOL_OVERFLOW = 16
# A request that cannot get a connection this quickly is answered 503 (web/errors.py) instead of
# waiting behind others: SQLAlchemy's default of 30 s let a burst of requests queue for minutes.
POOL_TIMEOUT_SECONDS = 3.0


def make_engine(url: str, *, sqlite_synchronous: str = "FULL") -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 10},
            pool_size=POOL_SIZE,
            max_overflow=POOL_OVERFLOW,
            pool_timeout=POOL_TIMEOUT_SECONDS,
        )
        _sqlite_pragmas(engine, sqlite_synchronous)
        return engine
    return create_engine(
        url,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
        pool_timeout=POOL_TIMEOUT_SECONDS,
        pool_recycle=1800,
    )


def release(session: Session) -> None:
    """End the session's transaction so that its connection goes back to the pool, keeping the loaded
    objects usable: called before a request hands over to another thread (see web/deps.py)."""
    if session.in_transaction():
        session.commit()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def write_transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session:
        begin_write(session)
        yield session
        session.commit()
