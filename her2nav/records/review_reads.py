"""The read path of ``GET /api/cases/{id}/review``, the request a busy service answers most often.

Before a review leaves the server the session must be live, the case must be one its user may see
(``service.may_see``: the same rule as for every case URL) and the read must be in the audit trail.
Here the first two are ONE indexed statement (session → user → case), which SQLAlchemy compiles once
for the database in use and which then runs on a pooled driver connection. The review text comes from
an in-memory copy of the stored snapshot, keyed by what fixes a snapshot's content (case, case
version, basis), so a copy can never be stale. The audit event goes through the group-commit writer.
Whatever is unusual (no snapshot yet, a session due for its activity stamp, an unreadable registry)
takes the general path (``reviews.review_for``) and fills the copy for the next reader.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Dialect, Select, and_, bindparam, select

from her2nav.records.accounts import token_id, within_timeouts
from her2nav.records.models import CaseRecord, User, UserSession
from her2nav.records.service import may_see

CACHE_BYTES = 64 * 1024 * 1024  # review texts kept in memory (a review with 20 trials is ~80 KB)


class DriverConnection(Protocol):
    """The part of a DB-API connection used here (sqlite3 and psycopg both fit)."""

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


def lookup_statement() -> Select[int, str, dt.datetime, dt.datetime, int, int]:
    """Session, user and — when the user may see it — the case, in one statement."""
    visible_case = and_(
        CaseRecord.case_id == bindparam("case_id"), may_see(User.id, User.role, User.patient_id)
    )
    return (
        select(
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
        .where(
            UserSession.id == bindparam("session_id"), UserSession.ended_at.is_(None), User.active.is_(True)
        )
    )


def _moment(value: dt.datetime | str) -> dt.datetime:
    """SQLite's driver hands back the stored text, PostgreSQL's a datetime."""
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


class ReviewReads:
    """``connect`` gives a DB-API connection whose ``close`` hands it back (``Engine.raw_connection``
    of ``db.make_lookup_engine``). ``lookup`` runs on the event loop's thread: one indexed statement
    answers in microseconds on SQLite and in one round trip on PostgreSQL, which costs less than
    handing the work to a thread and back; the lookup engine bounds how long it may ever take."""

    def __init__(
        self, connect: Callable[[], DriverConnection], dialect: Dialect, *, cache_bytes: int = CACHE_BYTES
    ) -> None:
        self.connect = connect
        compiled = lookup_statement().compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        self._compiled = compiled
        self._sql = str(compiled)
        self._constants = dict(compiled.construct_params({"session_id": "", "case_id": ""}))
        self._texts: OrderedDict[tuple[int, int, str], bytes] = OrderedDict()
        self._held = 0
        self._limit = cache_bytes
        self._lock = threading.Lock()

    def _parameters(self, session_id: str, case_id: str) -> Sequence[Any] | Mapping[str, Any]:
        """The statement's parameters: its constants (role names) as compiled, plus the two values."""
        values = {**self._constants, "session_id": session_id, "case_id": case_id}
        if self._compiled.positional:
            return [values[name] for name in self._compiled.positiontup or ()]
        return values

    def lookup(
        self, token: str, case_id: str, *, idle: dt.timedelta, absolute: dt.timedelta
    ) -> Reader | None:
        """The reader behind ``token`` (None when the session is unknown, ended or timed out)."""
        session_id = token_id(token)
        connection = self.connect()
        try:
            cursor = connection.cursor()
            try:
                cursor.execute(self._sql, self._parameters(session_id, case_id))
                row = cursor.fetchone()
            finally:
                cursor.close()
        finally:
            connection.close()
        if row is None:
            return None
        user_id, username, created_at, last_seen_at, case_pk, case_version = row
        last_seen = _moment(last_seen_at)
        if not within_timeouts(_moment(created_at), last_seen, idle=idle, absolute=absolute):
            return None
        return Reader(user_id, username, session_id, last_seen, case_pk, case_version)

    def text(self, case_pk: int, case_version: int, basis: str) -> bytes | None:
        with self._lock:
            body = self._texts.get((case_pk, case_version, basis))
            if body is not None:
                self._texts.move_to_end((case_pk, case_version, basis))
            return body

    def remember(self, case_pk: int, case_version: int, basis: str, body: bytes) -> None:
        """Keep the text of the snapshot for (case, version, basis); the oldest copies go first."""
        if len(body) > self._limit:
            return
        key = (case_pk, case_version, basis)
        with self._lock:
            if key in self._texts:
                return
            self._texts[key] = body
            self._held += len(body)
            while self._held > self._limit:
                _, dropped = self._texts.popitem(last=False)
                self._held -= len(dropped)
