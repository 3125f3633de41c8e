"""On a database server: check a batch of review asks and record their audit events in ONE statement.

Each ask names a session, a case and the case version whose review text is kept in memory. One
statement (a data-modifying WITH, PostgreSQL) selects the asks whose session is live and not due for
its activity stamp, whose user may see the case (``service.may_see``) and whose case is still at that
version, inserts one ``review_read`` audit event for each of them, and returns which asks those were.
In autocommit the statement is its own transaction: when it returns, the events are committed. So
the common review costs one round trip per batch instead of a lookup and then a transaction.

Asks it does not return (no kept text for the current version, a session ended, timed out or due for
its stamp, a case out of reach) are looked up the ordinary way (``review_reads.ReviewReads``); the
statement never decides a refusal.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import (
    JSON,
    DateTime,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    cast,
    insert,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.sql import ClauseElement

from her2nav.records.accounts import usable_session
from her2nav.records.models import AuditEvent, CaseRecord, User, UserSession
from her2nav.records.service import may_see

ACTION = "review_read"
SNAPSHOT_DETAIL = {"snapshot": True}  # as the general path records a read served from a snapshot
PER_ASK = ("session_id", "case_id", "version", "client")
SHARED = ("now", "seen_after", "born_after")


def _ask(n: int) -> Select[int, int, str, dt.datetime, int, str]:
    """Ask number ``n``: its session, live and recently stamped, and its case at the expected version,
    when the session's user may see it."""
    visible_case = and_(
        CaseRecord.case_id == bindparam(f"case_id_{n}", type_=String),
        CaseRecord.version == bindparam(f"version_{n}", type_=Integer),
        may_see(User.id, User.role, User.patient_id),
    )
    return (
        select(
            literal_column(str(n), Integer).label("ask"),
            User.id.label("user_id"),
            User.username.label("username"),
            UserSession.last_seen_at.label("last_seen_at"),
            CaseRecord.id.label("case_pk"),
            cast(bindparam(f"client_{n}", type_=String), String(64)).label("client"),
        )
        .select_from(UserSession)
        .join(User, User.id == UserSession.user_id)
        .join(CaseRecord, visible_case)
        .where(
            usable_session(bindparam(f"session_id_{n}", type_=String)),
            UserSession.last_seen_at >= bindparam("seen_after", type_=DateTime(timezone=True)),
            UserSession.created_at >= bindparam("born_after", type_=DateTime(timezone=True)),
        )
    )


def confirm_statement(size: int) -> ClauseElement:
    """``size`` asks: the confirmed ones (ask number, user, last stamp), each with its audit event."""
    asks = [_ask(n) for n in range(size)]
    confirmed = asks[0].cte("confirmed") if size == 1 else union_all(*asks).cte("confirmed")
    recorded = (
        insert(AuditEvent)
        .from_select(
            ["created_at", "user_id", "username", "action", "case_pk", "client", "detail"],
            select(
                bindparam("now", type_=DateTime(timezone=True)),
                confirmed.c.user_id,
                confirmed.c.username,
                cast(bindparam("action", ACTION, type_=String), String(32)),
                confirmed.c.case_pk,
                confirmed.c.client,
                cast(bindparam("detail", json.dumps(SNAPSHOT_DETAIL), type_=String), JSON),
            ),
        )
        .returning(AuditEvent.id)
        .cte("recorded")
    )
    return select(
        confirmed.c.ask, confirmed.c.user_id, confirmed.c.username, confirmed.c.last_seen_at
    ).add_cte(recorded)


@dataclass(frozen=True)
class Expected:
    """An ask worth confirming: its session id, its case and the kept version, and the client."""

    session_id: str
    case_id: str
    version: int
    client: str | None


def parameter_values(
    expected: list[Expected], *, now: dt.datetime, seen_after: dt.datetime, born_after: dt.datetime
) -> dict[str, object]:
    values: dict[str, object] = {
        "now": now,
        "seen_after": seen_after,
        "born_after": born_after,
    }
    for n, ask in enumerate(expected):
        values[f"session_id_{n}"] = ask.session_id
        values[f"case_id_{n}"] = ask.case_id
        values[f"version_{n}"] = ask.version
        values[f"client_{n}"] = ask.client
    return values


def variable_names(size: int) -> Iterator[str]:
    yield from SHARED
    for n in range(size):
        for name in PER_ASK:
            yield f"{name}_{n}"
