"""The read path of ``GET /api/cases/{id}/review``, the request a busy service answers most often.

Before a review leaves the server the session must be live, the case must be one its user may see
(``service.may_see``: the same rule as for every case URL) and the read must be in the audit trail.
The reviews asked for together are served as one batch in a worker thread (``batching.LoopBatches``),
so the event loop never waits for the database:

1. ONE statement checks every ask of the batch: session → user → case, for each (session, case) pair
   an indexed lookup, joined with UNION ALL. SQLAlchemy compiles it once per dialect and batch size
   and it runs on the driver connection. On SQLite its rows come back as one row (a JSON array):
   the driver releases and retakes the interpreter lock at every row, and under load each retake
   waits for the event loop's thread.
2. The review text comes from an in-memory copy of the stored snapshot, keyed by what fixes a
   snapshot's content (case, case version, basis), so a copy can never be stale.
3. The audit events of the reviews about to be answered are inserted. On SQLite steps 1 and 3 are
   one write transaction (one connection, one commit per batch, and the events land with the check
   that decided them).

On a database server, where each statement is a round trip, steps 1 and 3 are one statement for the
asks whose text is kept (``review_confirm``); the others are looked up as in step 1.

Whatever is unusual (no snapshot yet, a session due for its activity stamp, an unreadable registry)
takes the general path (``reviews.review_for``), which fills the copy for the next reader.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from sqlalchemy import (
    Connection,
    Dialect,
    Integer,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.sql import ClauseElement

from her2nav.records.accounts import TOUCH_INTERVAL, is_stale, token_id, usable_session, within_timeouts
from her2nav.records.audit import event_row
from her2nav.records.models import CaseRecord, User, UserSession, utcnow
from her2nav.records.raw_sql import Prepared
from her2nav.records.review_confirm import (
    ACTION,
    SNAPSHOT_DETAIL,
    Expected,
    confirm_statement,
    parameter_values,
    variable_names,
)
from her2nav.records.service import may_see

CACHE_BYTES = 64 * 1024 * 1024  # review texts kept in memory (a review with 20 trials is ~80 KB)
GZIP_LEVEL = 6  # compressed once per snapshot; level 9 saves a further 2% at half the speed
LOOKUPS_PER_STATEMENT = 32  # distinct (session, case) asks checked by one statement
# A batch is padded to the next of these sizes with asks that match nothing (no session has an empty
# id), so that a database compiles, plans and keeps a handful of statements, not one per batch size.
STATEMENT_SIZES = (1, 2, 4, 8, 16, 32)
NO_SESSION = ""


def padded_size(count: int) -> int:
    """The statement size for ``count`` asks (at most LOOKUPS_PER_STATEMENT)."""
    return next(size for size in STATEMENT_SIZES if size >= count)


class EventStore(Protocol):
    """Where the audit events of a batch are stored (``audit_writer.AuditWriter``)."""

    def transaction(self) -> AbstractContextManager[Connection]: ...
    def insert(self, connection: Connection, rows: list[dict[str, Any]]) -> None: ...


class DriverConnection(Protocol):
    """The part of SQLAlchemy's pooled wrapper of a DB-API connection used here (sqlite3 and psycopg
    both fit): a cursor, the driver's own connection (psycopg's raw cursor), and hand it back."""

    @property
    def driver_connection(self) -> Any: ...  # the driver's own connection object
    def cursor(self) -> Any: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class Reader:
    """Who is asking, from a live session, and the case when they may see it (else None)."""

    user_id: int
    username: str
    session_id: str
    last_seen_at: dt.datetime
    case_pk: int | None
    case_version: int | None


def lookup_statement(ask: int = 0) -> Select[int, int, str, dt.datetime, dt.datetime, int, int]:
    """Session, user and — when the user may see it — the case, for the ask numbered ``ask`` (its
    parameters are ``session_id_<ask>`` and ``case_id_<ask>``)."""
    visible_case = and_(
        CaseRecord.case_id == bindparam(f"case_id_{ask}"), may_see(User.id, User.role, User.patient_id)
    )
    return (
        select(
            literal_column(str(ask), Integer).label("ask"),
            User.id,
            User.username,
            UserSession.created_at,
            UserSession.last_seen_at,
            CaseRecord.id,
            CaseRecord.version,
        )
        .select_from(UserSession)
        .join(User, User.id == UserSession.user_id)
        .outerjoin(CaseRecord, visible_case)
        .where(usable_session(bindparam(f"session_id_{ask}")))
    )


def batch_statement(size: int, *, one_row: bool = False) -> ClauseElement:
    """The lookups of ``size`` asks in one statement (each an indexed lookup; UNION ALL). ``one_row``:
    their rows as one JSON array of arrays instead (SQLite; see the module's step 1)."""
    statement = lookup_statement(0) if size == 1 else union_all(*(lookup_statement(n) for n in range(size)))
    if not one_row:
        return statement
    rows = statement.subquery()
    return select(func.json_group_array(func.json_array(*rows.c)))


def _reader(session_id: str, row: Any, idle: dt.timedelta, absolute: dt.timedelta) -> Reader | None:
    if row is None:
        return None
    user_id, username, created_at, last_seen_at, case_pk, case_version = row
    last_seen = _moment(last_seen_at)
    if not within_timeouts(_moment(created_at), last_seen, idle=idle, absolute=absolute):
        return None
    return Reader(user_id, username, session_id, last_seen, case_pk, case_version)


def _moment(value: dt.datetime | str) -> dt.datetime:
    """SQLite's driver hands back the stored text, PostgreSQL's a datetime."""
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


class Kept(NamedTuple):
    """A review text as stored, and the same bytes gzip-compressed for clients that accept gzip (a
    review with 20 trials compresses about tenfold)."""

    plain: bytes
    gzipped: bytes

    @staticmethod
    def of(body: bytes) -> Kept:
        return Kept(body, gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0))

    @property
    def size(self) -> int:
        return len(self.plain) + len(self.gzipped)


@dataclass(frozen=True)
class ReviewAsk:
    """One request for a review: whose session (its cookie token), which case, the basis the review
    must rest on (None when it cannot be known now: the general path decides) and the client address."""

    token: str
    case_id: str
    basis: str | None
    client: str | None


@dataclass(frozen=True)
class Served:
    """The answer to one ask. ``reader`` None: no live session (401); a reader without a case: not
    visible (404). ``body``: the kept review text (both encodings), its audit event stored; None:
    take the general path, or, with ``unaudited`` set, refuse (the audit event could not be stored)."""

    reader: Reader | None
    body: Kept | None = None
    unaudited: str | None = None


class ReviewReads:
    """``connect`` gives a DB-API connection whose ``close`` hands it back (``Engine.raw_connection``
    of ``db.make_lookup_engine``). ``serve`` runs in a worker thread, one call per batch of asks."""

    def __init__(
        self, connect: Callable[[], DriverConnection], dialect: Dialect, *, cache_bytes: int = CACHE_BYTES
    ) -> None:
        self.connect = connect
        self._dialect = dialect
        # sqlite3 lets go of the interpreter lock for every row it steps to and must take it back
        # after; under load each of those waits for the event loop's thread. One row per statement.
        self._one_row = dialect.name == "sqlite"
        self._statements: dict[int, Prepared] = {}
        self._confirms: dict[int, Prepared] = {}
        # (case id, basis) → (case pk, version) of the newest kept text, for review_confirm's asks
        self._newest: dict[tuple[str, str], tuple[int, int]] = {}
        self._texts: OrderedDict[tuple[int, int, str], Kept] = OrderedDict()
        self._held = 0
        self._limit = cache_bytes
        self._lock = threading.Lock()

    def prepare(self) -> None:
        """Compile every statement this read path can run (at start-up, not on a first request)."""
        for size in STATEMENT_SIZES:
            self._statement(size)
            if self._dialect.name == "postgresql":
                self._confirm_statement(size)

    def _statement(self, size: int) -> Prepared:
        prepared = self._statements.get(size)
        if prepared is None:
            names = [f"{kind}_{n}" for n in range(size) for kind in ("session_id", "case_id")]
            statement = batch_statement(size, one_row=self._one_row)
            prepared = self._statements[size] = Prepared.of(statement, self._dialect, names)
        return prepared

    def serve(
        self,
        asks: list[ReviewAsk],
        *,
        idle: dt.timedelta,
        absolute: dt.timedelta,
        events: EventStore,
    ) -> list[Served]:
        """Check a batch of asks, answer those a kept text can answer, and store their audit events
        before any of them is released: on SQLite one write transaction (``events``) holds the lookup
        statement and the events' INSERT; on PostgreSQL one statement does both (``review_confirm``)."""
        if self._dialect.name == "postgresql":
            return self._serve_confirmed(asks, idle=idle, absolute=absolute)
        pairs = [(token_id(ask.token), ask.case_id) for ask in asks]
        readers: list[Reader | None] | None = None
        bodies: list[Kept | None] = []
        try:
            with events.transaction() as connection:
                readers = self._lookup_on(connection.connection, pairs, idle=idle, absolute=absolute)
                bodies = [self._kept_for(r, ask.basis) for ask, r in zip(asks, readers, strict=True)]
                rows = [
                    event_row(
                        action=ACTION,
                        user_id=reader.user_id,
                        username=reader.username,
                        case_pk=reader.case_pk,
                        client=ask.client,
                        detail=SNAPSHOT_DETAIL,
                    )
                    for ask, reader, body in zip(asks, readers, bodies, strict=True)
                    if reader is not None and body is not None
                ]
                if rows:
                    events.insert(connection, rows)
        except Exception as err:
            if readers is None:  # nothing is known about the asks: each of them fails
                raise
            # Nothing of the transaction is kept: each reader with a kept text is refused, naming the
            # cause; the others take the general path, which records its own event.
            return [
                Served(reader, None, str(err) if body is not None else None)
                for reader, body in zip(readers, bodies, strict=True)
            ]
        return [Served(reader, body) for reader, body in zip(readers, bodies, strict=True)]

    def _serve_confirmed(
        self, asks: list[ReviewAsk], *, idle: dt.timedelta, absolute: dt.timedelta
    ) -> list[Served]:
        """Asks with a kept text are confirmed and audited in one statement; the others (and those it
        does not confirm) are looked up and go the general way (or are refused: 401, 404)."""
        served: dict[int, Served] = {}
        expected: list[tuple[int, Expected, Kept, int]] = []  # (ask number, what to confirm, text, case pk)
        for n, ask in enumerate(asks):
            newest = self._newest_kept(ask.case_id, ask.basis)
            if newest is not None:
                case_pk, version, kept = newest
                wanted = Expected(token_id(ask.token), ask.case_id, version, ask.client)
                expected.append((n, wanted, kept, case_pk))
        try:
            confirmed = self._confirm([wanted for _, wanted, _, _ in expected], idle=idle, absolute=absolute)
        except Exception as err:
            # Each reader that would have been answered is refused. (Events of an earlier chunk may be
            # stored: a recorded read that was refused is harmless, an answered read without one is not.)
            confirmed = {}
            for n, _, _, _ in expected:
                served[n] = Served(None, None, str(err))
        for local, (n, wanted, kept, case_pk) in enumerate(expected):
            if local in confirmed:
                user_id, username, last_seen = confirmed[local]
                found = Reader(user_id, username, wanted.session_id, last_seen, case_pk, wanted.version)
                served[n] = Served(found, kept)
        rest = [n for n in range(len(asks)) if n not in served]
        pairs = [(asks[n].token, asks[n].case_id) for n in rest]
        for n, reader in zip(rest, self.lookup_many(pairs, idle=idle, absolute=absolute), strict=True):
            served[n] = Served(reader)
        return [served[n] for n in range(len(asks))]

    def _confirm(
        self, expected: list[Expected], *, idle: dt.timedelta, absolute: dt.timedelta
    ) -> dict[int, tuple[int, str, dt.datetime]]:
        """Run ``review_confirm``'s statement for ``expected`` (in chunks): {index: (user id, username,
        last stamp)} for each confirmed ask, whose audit event is then committed."""
        if not expected:
            return {}
        now = utcnow()
        bounds = {"now": now, "seen_after": now - min(idle, TOUCH_INTERVAL), "born_after": now - absolute}
        confirmed: dict[int, tuple[int, str, dt.datetime]] = {}
        connection = self.connect()
        try:
            for start in range(0, len(expected), LOOKUPS_PER_STATEMENT):
                chunk = expected[start : start + LOOKUPS_PER_STATEMENT]
                size = padded_size(len(chunk))
                chunk += [Expected(NO_SESSION, "", 0, None)] * (size - len(chunk))
                rows = self._confirm_statement(size).fetch_all(connection, parameter_values(chunk, **bounds))
                for ask, user_id, username, last_seen_at in rows:
                    confirmed[start + ask] = (user_id, username, _moment(last_seen_at))
        finally:
            connection.close()
        return confirmed

    def _confirm_statement(self, size: int) -> Prepared:
        prepared = self._confirms.get(size)
        if prepared is None:
            prepared = Prepared.of(confirm_statement(size), self._dialect, variable_names(size))
            self._confirms[size] = prepared
        return prepared

    def _newest_kept(self, case_id: str, basis: str | None) -> tuple[int, int, Kept] | None:
        """The kept text of the newest version of ``case_id`` on ``basis`` (case pk, version, text)."""
        if basis is None:
            return None
        with self._lock:
            newest = self._newest.get((case_id, basis))
            if newest is None:
                return None
            kept = self._texts.get((*newest, basis))
            return None if kept is None else (*newest, kept)

    def _kept_for(self, reader: Reader | None, basis: str | None) -> Kept | None:
        """The kept text for a reader who may see the case, unless the general path must run (no
        basis, or a session due for its activity stamp)."""
        if reader is None or reader.case_pk is None or reader.case_version is None or basis is None:
            return None
        if is_stale(reader.last_seen_at):
            return None
        return self.text(reader.case_pk, reader.case_version, basis)

    def lookup(
        self, token: str, case_id: str, *, idle: dt.timedelta, absolute: dt.timedelta
    ) -> Reader | None:
        """The reader behind ``token`` (None when the session is unknown, ended or timed out)."""
        return self.lookup_many([(token, case_id)], idle=idle, absolute=absolute)[0]

    def lookup_many(
        self, asks: Sequence[tuple[str, str]], *, idle: dt.timedelta, absolute: dt.timedelta
    ) -> list[Reader | None]:
        """``lookup`` for (token, case id) pairs, on a connection of its own."""
        connection = self.connect()
        try:
            pairs = [(token_id(token), case_id) for token, case_id in asks]
            return self._lookup_on(connection, pairs, idle=idle, absolute=absolute)
        finally:
            connection.close()

    def _lookup_on(
        self, connection: Any, pairs: list[tuple[str, str]], *, idle: dt.timedelta, absolute: dt.timedelta
    ) -> list[Reader | None]:
        """The readers of (session id, case id) pairs: each distinct pair is checked once, up to
        LOOKUPS_PER_STATEMENT of them per statement, on ``connection`` (a DB-API connection)."""
        distinct = list(dict.fromkeys(pairs))
        found: dict[tuple[str, str], Any] = {}
        for start in range(0, len(distinct), LOOKUPS_PER_STATEMENT):
            chunk = distinct[start : start + LOOKUPS_PER_STATEMENT]
            size = padded_size(len(chunk))
            chunk += [(NO_SESSION, "")] * (size - len(chunk))
            values = {}
            for n, (session_id, case_id) in enumerate(chunk):
                values[f"session_id_{n}"], values[f"case_id_{n}"] = session_id, case_id
            rows = self._statement(size).fetch_all(connection, values)
            for row in json.loads(rows[0][0]) if self._one_row else rows:
                found[chunk[row[0]]] = tuple(row[1:])
        return [
            _reader(session_id, found.get((session_id, case_id)), idle, absolute)
            for session_id, case_id in pairs
        ]

    def text(self, case_pk: int, case_version: int, basis: str) -> Kept | None:
        with self._lock:
            kept = self._texts.get((case_pk, case_version, basis))
            if kept is not None:
                self._texts.move_to_end((case_pk, case_version, basis))
            return kept

    def remember(self, case_pk: int, case_version: int, basis: str, body: bytes, *, case_id: str) -> Kept:
        """Keep the text of the snapshot for (case, version, basis), as it is and gzip-compressed (both
        count against the byte budget); the oldest copies go first."""
        kept = Kept.of(body)
        if kept.size > self._limit:
            return kept
        key = (case_pk, case_version, basis)
        with self._lock:
            if key in self._texts:
                return self._texts[key]
            self._texts[key] = kept
            self._held += kept.size
            newest = self._newest.get((case_id, basis))
            if newest is None or newest < (case_pk, case_version):
                self._newest[(case_id, basis)] = (case_pk, case_version)
            while self._held > self._limit:
                (pk, version, dropped_basis), dropped = self._texts.popitem(last=False)
                self._held -= dropped.size
                for name, points_at in list(self._newest.items()):
                    if points_at == (pk, version) and name[1] == dropped_basis:
                        del self._newest[name]
        return kept
