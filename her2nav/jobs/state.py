"""A job's row through its life: queued → running (with a lease) → done; an error puts it back to
queued with a growing delay until its attempts are used up, then it is dead (the dead-letter list).
A running job whose lease ran out (its worker was killed or lost, or a thread worker's attempt ran
past the time limit) is queued again by ``expired``; the late attempt's own finish or failure is then
ignored (``attempt``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from her2nav.coordination.models import JobRecord
from her2nav.records.store.db import begin_write
from her2nav.records.store.models import as_utc, utcnow


@dataclass(frozen=True)
class Claim:
    key: str
    name: str
    params: dict[str, Any]
    attempt: int


def create(session: Session, *, key: str, name: str, params: dict[str, Any], case_pk: int | None) -> bool:
    """Add the job unless its key exists; True when it was added (commits)."""
    begin_write(session)
    if session.scalar(select(JobRecord.id).where(JobRecord.key == key)) is not None:
        session.rollback()
        return False
    session.add(JobRecord(key=key, name=name, params=params, case_pk=case_pk, status="queued"))
    try:
        session.commit()
    except IntegrityError:  # another process added the same key first
        session.rollback()
        return False
    return True


def claim(session: Session, key: str, lease: dt.timedelta) -> Claim | None:
    """Take the job for one attempt, unless it is finished or another worker holds a live lease."""
    begin_write(session)
    row = session.scalar(select(JobRecord).where(JobRecord.key == key).with_for_update())
    now = utcnow()
    busy = row is not None and row.status == "running" and row.lease_until and as_utc(row.lease_until) > now
    if row is None or row.status in ("done", "dead") or busy:
        session.rollback()
        return None
    row.status = "running"
    row.attempts += 1
    row.lease_until = now + lease
    row.updated_at = now
    out = Claim(key=row.key, name=row.name, params=dict(row.params), attempt=row.attempts)
    session.commit()
    return out


def progress(session: Session, key: str, percent: int, message: str | None, lease: dt.timedelta) -> None:
    begin_write(session)
    row = session.scalar(select(JobRecord).where(JobRecord.key == key))
    if row is not None and row.status == "running":
        row.progress = max(0, min(100, percent))
        row.message = message
        row.lease_until = utcnow() + lease
        row.updated_at = utcnow()
    session.commit()


def _holds(row: JobRecord | None, attempt: int | None) -> bool:
    """The row is still this attempt's (None: any): not taken over after its lease lapsed."""
    return row is not None and (attempt is None or (row.status == "running" and row.attempts == attempt))


def finish(session: Session, key: str, attempt: int | None = None) -> None:
    """Done; with ``attempt``, only while that attempt still holds the job (a late one changes nothing)."""
    begin_write(session)
    row = session.scalar(select(JobRecord).where(JobRecord.key == key))
    if row is not None and _holds(row, attempt):
        row.status, row.progress, row.error, row.lease_until = "done", 100, None, None
        row.updated_at = row.finished_at = utcnow()
    session.commit()


def fail(session: Session, key: str, error: str, max_attempts: int, attempt: int | None = None) -> int | None:
    """Record the error; the attempt number to retry after, or None when the job is now dead (or,
    with ``attempt``, when that attempt no longer holds the job: nothing is recorded)."""
    begin_write(session)
    row = session.scalar(select(JobRecord).where(JobRecord.key == key))
    if row is None or not _holds(row, attempt):
        session.rollback()
        return None
    row.error = error[:2000]
    row.lease_until = None
    row.updated_at = utcnow()
    dead = row.attempts >= max_attempts
    row.status = "dead" if dead else "queued"
    if dead:
        row.finished_at = utcnow()
    attempts = row.attempts
    session.commit()
    return None if dead else attempts


def expired(session: Session, *, stale_queued: dt.timedelta, max_attempts: int) -> list[str]:
    """Jobs to put on the queue again: running with a lapsed lease (their worker is gone), or queued
    and untouched for ``stale_queued`` (their message was lost). A lapsed job with no attempts left is
    dead. Returns the keys to enqueue (commits)."""
    begin_write(session)
    now = utcnow()
    rows = session.scalars(
        select(JobRecord)
        .where(
            or_(
                (JobRecord.status == "running") & (JobRecord.lease_until < now),
                (JobRecord.status == "queued") & (JobRecord.updated_at < now - stale_queued),
            )
        )
        .with_for_update()
    ).all()
    again = []
    for row in rows:
        row.updated_at = now
        if row.status == "running" and row.attempts >= max_attempts:
            row.status, row.finished_at = "dead", now
            row.error = "no attempt finished within its lease (over the time limit, or its worker stopped)"
            continue
        if row.status == "running":
            row.error = (
                f"attempt {row.attempts} did not finish within its lease "
                "(over the time limit, or its worker was killed or lost)"
            )
        row.status, row.lease_until = "queued", None
        again.append(row.key)
    session.commit()
    return again


def revive(session: Session, key: str) -> bool:
    """A dead job back to the queue with fresh attempts (an admin's retry)."""
    begin_write(session)
    row = session.scalar(select(JobRecord).where(JobRecord.key == key, JobRecord.status == "dead"))
    if row is None:
        session.rollback()
        return False
    row.status, row.attempts, row.finished_at, row.updated_at = "queued", 0, None, utcnow()
    session.commit()
    return True


def dead(session: Session, limit: int = 200) -> list[JobRecord]:
    query = select(JobRecord).where(JobRecord.status == "dead").order_by(JobRecord.updated_at.desc())
    return list(session.scalars(query.limit(limit)))


def for_case(session: Session, case_pk: int, limit: int = 200) -> list[JobRecord]:
    query = select(JobRecord).where(JobRecord.case_pk == case_pk).order_by(JobRecord.id.desc())
    return list(session.scalars(query.limit(limit)))


def get(session: Session, key: str) -> JobRecord | None:
    return session.scalar(select(JobRecord).where(JobRecord.key == key))
