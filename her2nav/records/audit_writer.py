"""Group commit for the audit events of reads.

Every read of patient data is recorded before the data leaves the server. Committing one audit row
per read costs a write transaction (and, on SQLite, a disk flush) per request, and makes concurrent
readers queue behind each other for the single write lock. Instead, the events of concurrent reads are
stored in one transaction, and then all their requests are released together. There is no timer:
the first event is written at once, and the events that arrive while a write is in flight form the
next batch (group commit), so batches grow with the load and a lone read waits for its own commit
only. A thread hands its event to one writer thread (``record``); a coroutine adds it to its event
loop's next batch, which one call in a worker thread stores (``record_async``). The guarantee
is unchanged: a request returns data only after its audit event is durable, and if the event cannot
be stored the request fails (``AuditUnavailable``) rather than answering unrecorded.

Changes keep recording their events inside their own transaction (``audit.record``), so a change and
its audit event land together or not at all.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Unpack

from sqlalchemy import Connection, Dialect, Insert, bindparam, insert
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.audit import Event, event_row
from her2nav.records.batching import LoopBatches
from her2nav.records.db import write_transaction
from her2nav.records.models import AuditEvent
from her2nav.records.raw_sql import Prepared

log = logging.getLogger(__name__)

MAX_BATCH = 512  # events per transaction
IDLE_SECONDS = 2.0  # the writer thread ends after this long without work (and restarts on demand)
WAIT_SECONDS = 30.0  # a request gives up waiting for its event after this long


COLUMNS = tuple(column.name for column in AuditEvent.__table__.columns if column.name != "id")
INSERT_SIZES = (64, 16, 4, 1)  # rows per INSERT statement (a batch is split greedily into these)


def insert_sizes(rows: int) -> list[int]:
    """How ``rows`` rows are split into INSERT statements of INSERT_SIZES rows (largest first)."""
    sizes = []
    for size in INSERT_SIZES:
        count, rows = divmod(rows, size)
        sizes += [size] * count
    return sizes


def insert_statement(rows: int) -> Insert:
    """One INSERT of ``rows`` audit events; parameters ``<column>_<n>``."""
    table = AuditEvent.__table__
    return insert(AuditEvent).values(
        [{c: bindparam(f"{c}_{n}", type_=table.c[c].type) for c in COLUMNS} for n in range(rows)]
    )


class AuditUnavailable(RuntimeError):
    """The audit event of a read could not be stored, so the read must not be answered."""


@dataclass
class _Pending:
    """An event a thread waits on (``done``) until the writer thread has stored it."""

    row: dict[str, Any]
    done: Future[None] = field(default_factory=Future)


class AuditWriter:
    """``factory`` gives the session factory to write with (looked up at each write, so that the
    application's current one is used)."""

    def __init__(
        self,
        factory: Callable[[], sessionmaker[Session]],
        *,
        max_batch: int = MAX_BATCH,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self._factory = factory
        self._max_batch = max_batch
        self._idle_seconds = idle_seconds
        self._queue: queue.SimpleQueue[_Pending] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._batches: LoopBatches[dict[str, Any], None] = LoopBatches(
            self._store_rows, max_batch=max_batch, wait_seconds=WAIT_SECONDS
        )
        self._inserts: dict[tuple[str, int], Prepared] = {}
        self.transactions = 0  # how many transactions have stored events (for tests and benchmarks)

    def _submit(self, pending: _Pending) -> _Pending:
        with self._lock:
            self._queue.put(pending)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="her2nav-audit-writer", daemon=True)
                self._thread.start()
        return pending

    def record(self, **event: Unpack[Event]) -> None:
        """Store one read event durably; returns once it is committed, raises ``AuditUnavailable``."""
        pending = self._submit(_Pending(event_row(**event)))
        try:
            pending.done.result(timeout=WAIT_SECONDS)
        except Exception as err:
            raise AuditUnavailable(f"the audit trail could not record this read ({err})") from err

    async def record_async(self, **event: Unpack[Event]) -> None:
        """``record`` for a coroutine. Events are gathered on the event loop itself and each batch is
        stored by one call in a worker thread (``batching.LoopBatches``), so a reader costs the loop a
        future, not a thread."""
        try:
            await self._batches.submit(event_row(**event))
        except Exception as err:
            log.error("audit events could not be stored: %s", err)
            raise AuditUnavailable(f"the audit trail could not record this read ({err})") from err

    def _store_rows(self, rows: list[dict[str, Any]]) -> list[None]:
        self.write(rows)
        return [None] * len(rows)

    def _run(self) -> None:
        while True:
            try:
                first = self._queue.get(timeout=self._idle_seconds)
            except queue.Empty:
                with self._lock:  # record() enqueues under this lock, so nothing can slip in unseen
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            self._store(self._gather(first))

    def _gather(self, first: _Pending) -> list[_Pending]:
        """``first`` and whatever is already queued (at most ``max_batch``): under load, the events that
        arrived while the previous batch was being written share the next transaction."""
        batch = [first]
        while len(batch) < self._max_batch:
            try:
                batch.append(self._queue.get_nowait())
            except queue.Empty:
                break
        return batch

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection in a write transaction of its own, committed when the block ends (rolled back
        if it raises): for events that must land together with what decided them."""
        with write_transaction(self._factory()) as session:
            yield session.connection()
        self.transactions += 1

    def insert(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        """Add ``rows`` (audit event columns, ``audit.event_row``) to ``connection``'s transaction: a
        few multi-row INSERT statements rather than one execution per row (on SQLite each execution
        lets go of the interpreter lock and must win it back from the event loop's thread)."""
        start = 0
        for size in insert_sizes(len(rows)):
            chunk = rows[start : start + size]
            values = {f"{column}_{n}": row[column] for n, row in enumerate(chunk) for column in COLUMNS}
            self._insert(connection.dialect, size).execute(connection.connection, values)
            start += size

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Store ``rows`` in one transaction, now."""
        with self.transaction() as connection:
            self.insert(connection, rows)

    def _insert(self, dialect: Dialect, rows: int) -> Prepared:
        key = (dialect.name, rows)
        prepared = self._inserts.get(key)
        if prepared is None:
            names = [f"{column}_{n}" for n in range(rows) for column in COLUMNS]
            prepared = self._inserts[key] = Prepared.of(insert_statement(rows), dialect, names)
        return prepared

    def _store(self, batch: list[_Pending]) -> None:
        try:
            self.write([p.row for p in batch])
        except Exception as err:  # every waiting request learns of it; the writer goes on
            log.error("audit events could not be stored: %s", err)
            for pending in batch:
                pending.done.set_exception(err)
            return
        for pending in batch:
            pending.done.set_result(None)
