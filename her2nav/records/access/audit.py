"""The audit trail: append-only. This module only ever inserts and reads; the database refuses
UPDATE and DELETE on the table (trigger in the first migration)."""

from __future__ import annotations

from typing import Any, Required, TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.store.models import AuditEvent, CaseRecord, Document, Suggestion, User, utcnow


class AuditUnavailable(RuntimeError):
    """The audit event of a read could not be stored, so the read must not be answered."""


class Event(TypedDict, total=False):
    """What an audit event says: who (``user``, or only a ``username`` for failed logins), did what,
    to which case or target, hashes of the content before and after, from where, and details."""

    action: Required[str]
    user: User | None
    user_id: int | None  # when only the id and name are at hand (no ``user``)
    username: str | None
    case_pk: int | None
    target: str | None
    before_hash: str | None
    after_hash: str | None
    client: str | None
    detail: dict[str, Any] | None


def event_row(**event: Unpack[Event]) -> dict[str, Any]:
    """The column values of one audit event, stamped now."""
    user = event.get("user")
    return {
        "created_at": utcnow(),
        "user_id": user.id if user else event.get("user_id"),
        "username": user.username if user else event.get("username"),
        "action": event["action"],
        "case_pk": event.get("case_pk"),
        "target": event.get("target"),
        "before_hash": event.get("before_hash"),
        "after_hash": event.get("after_hash"),
        "client": event.get("client"),
        "detail": event.get("detail"),
    }


def record(session: Session, **event: Unpack[Event]) -> None:
    """Add an audit event to ``session``'s transaction, so that it lands with the change or the read it
    describes: THE way an audit event is written."""
    session.add(AuditEvent(**event_row(**event)))


def for_case(session: Session, case_pk: int, *, limit: int = 1000) -> list[AuditEvent]:
    return list(
        session.scalars(
            select(AuditEvent).where(AuditEvent.case_pk == case_pk).order_by(AuditEvent.id).limit(limit)
        )
    )


PAGE_SIZE = 100
MAX_PAGE = 1000


def page(
    session: Session, case_pk: int, *, before: int | None = None, limit: int = PAGE_SIZE
) -> list[AuditEvent]:
    """One page of a case's trail, newest first: events with an id below ``before`` (all when None).
    The next page starts before the last id of this one."""
    query = select(AuditEvent).where(AuditEvent.case_pk == case_pk)
    if before is not None:
        query = query.where(AuditEvent.id < before)
    return list(session.scalars(query.order_by(AuditEvent.id.desc()).limit(max(1, min(limit, MAX_PAGE)))))


def case_pk_of(session: Session, kind: str, key: str) -> int | None:
    """The case a refused request aimed at, for the trail of that case: ``kind`` is ``cases`` (a case
    id), ``documents`` (a document id) or ``suggestions`` (a suggestion number). None when there is no
    such thing (the attempt is still recorded, without a case)."""
    if kind == "cases":
        return session.scalar(select(CaseRecord.id).where(CaseRecord.case_id == key))
    if kind == "documents":
        return session.scalar(select(Document.case_pk).where(Document.public_id == key))
    if kind == "suggestions" and key.isascii() and key.isdigit() and len(key) < 10:
        return session.scalar(select(Suggestion.case_pk).where(Suggestion.id == int(key)))
    return None
