"""Job progress, the dead-letter list and notifications: part of the coordination router
(``coordination.router`` includes this one)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from her2nav.coordination import notify
from her2nav.coordination.models import JobRecord
from her2nav.jobs import state
from her2nav.web.api.cases import ERRORS, MAX_ROW_NUMBER, WRITE_ERRORS
from her2nav.web.deps import ActorDep, DbDep, ReadAuditDep, VisibleCase, client_of, not_found, require_role

router = APIRouter(tags=["jobs and notifications"])


class JobOut(BaseModel):
    key: str
    name: str
    status: str
    attempts: int
    progress: int
    message: str | None
    error: str | None
    updated_at: dt.datetime


class NotificationOut(BaseModel):
    id: int
    kind: str
    subject: str
    body: str
    created_at: dt.datetime
    read_at: dt.datetime | None
    emailed_at: dt.datetime | None


class ContactIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    language: Literal["en", "zh"] = "en"


class ContactOut(BaseModel):
    email: str | None
    language: str


def _job_out(row: JobRecord) -> JobOut:
    return JobOut(
        key=row.key,
        name=row.name,
        status=row.status,
        attempts=row.attempts,
        progress=row.progress,
        message=row.message,
        error=row.error,
        updated_at=row.updated_at,
    )


@router.get("/api/cases/{case_id}/jobs", response_model=list[JobOut], responses=ERRORS)
def case_jobs(record: VisibleCase, actor: ActorDep, db: DbDep, read_audit: ReadAuditDep) -> list[JobOut]:
    """The case's background jobs, newest first, with their progress (staff)."""
    require_role(actor, "admin", "coordinator", "clinician")
    out = [_job_out(r) for r in state.for_case(db, record.id)]
    read_audit("case_read", case_pk=record.id, target="jobs")
    return out


@router.get("/api/jobs/dead", response_model=list[JobOut], responses=ERRORS)
def dead_jobs(actor: ActorDep, db: DbDep) -> list[JobOut]:
    """The dead-letter list: jobs that used up their attempts, with the last error (admins)."""
    require_role(actor, "admin")
    return [_job_out(r) for r in state.dead(db)]


@router.post("/api/jobs/dead/{key}/retry", status_code=202, response_model=JobOut, responses=WRITE_ERRORS)
def retry_dead_job(
    key: Annotated[str, Path(min_length=1, max_length=200)], actor: ActorDep, db: DbDep, request: Request
) -> JobOut:
    """Put a dead job back on the queue with fresh attempts (admins)."""
    require_role(actor, "admin")
    from her2nav.jobs.runtime import Jobs

    jobs: Any = getattr(request.app.state, "jobs", None) or Jobs(request.app.state.settings)
    request.app.state.jobs = jobs
    db.rollback()
    if not jobs.retry_dead(key):
        raise not_found()
    row = state.get(db, key)
    assert row is not None
    return _job_out(row)


@router.get("/api/notifications", response_model=list[NotificationOut], responses=ERRORS)
def my_notifications(actor: ActorDep, db: DbDep, unread: bool = False) -> list[NotificationOut]:
    """Your in-app notifications, newest first (task reminders, new-trial alerts)."""
    rows = notify.for_user(db, actor.user.id, unread_only=unread)
    return [NotificationOut.model_validate(r, from_attributes=True) for r in rows]


@router.post("/api/notifications/{notification_id}/read", status_code=204, responses=WRITE_ERRORS)
def read_notification(
    notification_id: Annotated[int, Path(ge=1, le=MAX_ROW_NUMBER)], actor: ActorDep, db: DbDep
) -> Response:
    if not notify.mark_read(session=db, user=actor.user, notification_id=notification_id):
        raise not_found()
    return Response(status_code=204)


@router.put("/api/notifications/contact", response_model=ContactOut, responses=WRITE_ERRORS)
def set_contact(body: ContactIn, actor: ActorDep, db: DbDep, request: Request) -> ContactOut:
    """Where your notifications are e-mailed (none: in-app only) and in which language."""
    if actor.user.role == "patient" and body.email:
        raise HTTPException(status_code=403, detail="e-mail notifications are for staff accounts")
    row = notify.set_contact(
        session=db, user=actor.user, email=body.email, language=body.language, client=client_of(request)
    )
    return ContactOut(email=row.email, language=row.language)
