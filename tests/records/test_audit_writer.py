"""Group commit of read events: every event lands, concurrent reads share transactions, and a read
whose event cannot be stored is refused."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, String, cast, func, select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.audit import event_row
from her2nav.records.audit_writer import AuditUnavailable, AuditWriter
from her2nav.records.db import make_engine, session_factory
from her2nav.records.migrate import upgrade
from her2nav.records.models import AuditEvent


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    """A real SQLite file of its own: the writer commits in its own transactions."""
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    engine = make_engine(url, sqlite_synchronous="NORMAL")
    with engine.begin() as conn:
        upgrade(url, connection=conn)
    return engine


def stored(factory: sessionmaker[Session], action: str) -> int:
    with factory() as session:
        return int(session.scalar(select(func.count()).where(AuditEvent.action == action)) or 0)


def test_concurrent_reads_from_threads_are_all_stored_in_fewer_transactions(engine: Engine) -> None:
    factory = session_factory(engine)
    writer = AuditWriter(lambda: factory)
    start = threading.Barrier(24)

    def read(n: int) -> None:
        start.wait()
        writer.record(action="case_read", username=f"reader-{n}", case_pk=n)

    threads = [threading.Thread(target=read, args=(n,)) for n in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert stored(factory, "case_read") == 24
    assert 1 <= writer.transactions < 24


def test_concurrent_reads_from_coroutines_are_all_stored_in_fewer_transactions(engine: Engine) -> None:
    factory = session_factory(engine)
    writer = AuditWriter(lambda: factory)

    async def main() -> None:
        await asyncio.gather(
            *(
                writer.record_async(action="review_read", user_id=n, username="u", case_pk=n)
                for n in range(40)
            )
        )

    asyncio.run(main())
    assert stored(factory, "review_read") == 40
    assert 1 <= writer.transactions < 40
    with factory() as session:
        assert set(
            session.scalars(select(AuditEvent.user_id).where(AuditEvent.action == "review_read"))
        ) == set(range(40))


def test_a_read_whose_event_cannot_be_stored_is_refused(engine: Engine, tmp_path: Path) -> None:
    broken = session_factory(make_engine(f"sqlite:///{tmp_path / 'no-tables.db'}"))
    writer = AuditWriter(lambda: broken)
    with pytest.raises(AuditUnavailable, match="could not record"):
        writer.record(action="case_read", username="x")

    async def main() -> None:
        await writer.record_async(action="review_read", username="x")

    with pytest.raises(AuditUnavailable, match="could not record"):
        asyncio.run(main())


def test_the_writer_thread_ends_when_idle_and_starts_again_on_demand(engine: Engine) -> None:
    factory = session_factory(engine)
    writer = AuditWriter(lambda: factory, idle_seconds=0.05)
    writer.record(action="case_read", username="first")
    deadline = threading.Event()
    for _ in range(100):
        if writer._thread is None:
            break
        deadline.wait(0.02)
    assert writer._thread is None
    writer.record(action="case_read", username="second")
    assert stored(factory, "case_read") == 2


@pytest.mark.parametrize("count", [1, 3, 21, 70])  # INSERT statements of 1; 1+1+1; 16+4+1; 64+4+1+1 rows
def test_a_written_batch_is_stored_exactly_as_the_orm_stores_the_same_events(
    factory: sessionmaker[Session], count: int
) -> None:
    moment = dt.datetime(2026, 11, 24, 5, 6, 7, tzinfo=dt.UTC)  # no microseconds: the format must keep them
    rows = [
        {
            **event_row(action="review_read", user_id=n, username=f"w{n}", case_pk=n, client="10.0.0.1"),
            "created_at": moment,
            "detail": {"snapshot": True, "n": n, "name": "胃癌"},
            "target": f"t{n}" if n % 2 else None,
        }
        for n in range(count)
    ]
    AuditWriter(lambda: factory).write(rows)
    with factory() as session:
        session.add_all(AuditEvent(**{**row, "username": f"o{n}"}) for n, row in enumerate(rows))
        session.commit()
        as_text = [cast(column, String) for column in AuditEvent.__table__.columns if column.name != "id"]
        names = [f"{prefix}{n}" for prefix in "wo" for n in range(count)]
        found = session.execute(select(*as_text).where(AuditEvent.username.in_(names)))
        stored = {row[2]: row for row in found}
    assert len(stored) == 2 * count
    for n in range(count):
        written, through_orm = list(stored[f"w{n}"]), list(stored[f"o{n}"])
        written[2] = through_orm[2] = None  # the usernames differ on purpose
        assert written == through_orm
