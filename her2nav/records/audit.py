"""The audit trail: append-only. This module only ever inserts and reads; the database refuses
UPDATE and DELETE on the table (trigger in the first migration)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from her2nav.records.models import AuditEvent, User, utcnow


def record(
    session: Session,
    *,
    action: str,
    user: User | None = None,
    username: str | None = None,
    case_pk: int | None = None,
    target: str | None = None,
    before_hash: str | None = None,
    after_hash: str | None = None,
    client: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEvent(
            created_at=utcnow(),
            user_id=user.id if user else None,
            username=user.username if user else username,
            action=action,
            case_pk=case_pk,
            target=target,
            before_hash=before_hash,
            after_hash=after_hash,
            client=client,
            detail=detail,
        )
    )


def for_case(session: Session, case_pk: int, *, limit: int = 1000) -> list[AuditEvent]:
    return list(
        session.scalars(
            select(AuditEvent).where(AuditEvent.case_pk == case_pk).order_by(AuditEvent.id).limit(limit)
        )
    )


def recent_login_failures(
    session: Session, *, username: str, client: str | None, window: dt.timedelta
) -> tuple[int, int]:
    """Failed logins in the window: (for this username, from this client address)."""
    since = utcnow() - window
    base = select(func.count()).where(AuditEvent.action == "login_failed", AuditEvent.created_at >= since)
    by_user = int(session.scalar(base.where(AuditEvent.username == username)) or 0)
    by_client = int(session.scalar(base.where(AuditEvent.client == client)) or 0) if client else 0
    return by_user, by_client
