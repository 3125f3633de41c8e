"""Coordination API (CONTRACT §10): tasks, communications, appointments, travel, stage, consents and
the timeline of a case. Every path goes through the one access check (``VisibleCase``; a task through
its case), so outsiders get 404; reads and changes are audited; the flows do the work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.coordination import consent, log, stages, tasks, timeline
from her2nav.coordination.models import Appointment, Communication, Consent, Task, Travel
from her2nav.records.cases import service
from her2nav.records.store.db import release
from her2nav.records.store.models import CaseRecord, User
from her2nav.web.api import coordination_io as io
from her2nav.web.api import coordination_jobs
from her2nav.web.api.cases import ERRORS, MAX_ROW_NUMBER, WRITE_ERRORS
from her2nav.web.deps import (
    ActorDep,
    DbDep,
    ReadAuditDep,
    VisibleCase,
    client_of,
    not_found,
    require_role,
)
from her2nav.web.schemas import Message

router = APIRouter(tags=["coordination"])
router.include_router(coordination_jobs.router)  # job progress, dead letters, notifications
CASE = "/api/cases/{case_id}"
STAFF = ("admin", "coordinator", "clinician")
MANAGERS = ("admin", "coordinator")  # who moves a case between stages and records consent
CONFLICT: dict[int | str, dict[str, Any]] = {**WRITE_ERRORS, 409: {"model": Message}}


def _names(db: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = db.execute(select(User.id, User.username).where(User.id.in_(wanted)))
    return {uid: name for uid, name in rows}


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


# -- tasks -----------------------------------------------------------------------------------------


def _task_out(task: Task, case_id: str, names: dict[int, str]) -> io.TaskOut:
    return io.TaskOut(
        id=task.id,
        case_id=case_id,
        type=task.type,
        title=task.title,
        due_on=task.due_on,
        owner=names.get(task.owner_id or 0),
        status=task.status,
        documents=list(task.documents or []),
        created_at=task.created_at,
        updated_at=task.updated_at,
    )


@router.get(CASE + "/tasks", response_model=list[io.TaskOut], responses=ERRORS)
def list_tasks(record: VisibleCase, actor: ActorDep, db: DbDep, read_audit: ReadAuditDep) -> list[io.TaskOut]:
    """The case's tasks, oldest first (staff)."""
    require_role(actor, *STAFF)
    rows = tasks.tasks(db, record.id)
    names = _names(db, (t.owner_id for t in rows))
    out = [_task_out(t, record.case_id, names) for t in rows]
    read_audit("case_read", case_pk=record.id, target="tasks")
    return out


@router.post(CASE + "/tasks", status_code=201, response_model=io.TaskOut, responses=WRITE_ERRORS)
def add_task(
    body: io.TaskIn, record: VisibleCase, actor: ActorDep, db: DbDep, request: Request
) -> io.TaskOut:
    """A task on the case; ``due_on`` may not lie in the past (422 naming it)."""
    require_role(actor, *STAFF)
    task = tasks.create_task(
        session=db,
        record=record,
        user=actor.user,
        task=tasks.TaskIn(**body.model_dump()),
        client=client_of(request),
    )
    return _task_out(task, record.case_id, _names(db, [task.owner_id]))


def visible_task(actor: ActorDep, db: DbDep, task_id: int) -> tuple[Task, CaseRecord]:
    """A task is reached through its case, with the case's access rule: outsiders get 404."""
    try:
        task = db.get(Task, task_id)
        case_id = db.scalar(select(CaseRecord.case_id).where(CaseRecord.id == task.case_pk)) if task else None
        record = service.find_visible_case(session=db, user=actor.user, case_id=case_id) if case_id else None
    finally:
        release(db)
    if task is None or record is None:
        raise not_found()
    return task, record


@router.patch("/api/tasks/{task_id}", response_model=io.TaskOut, responses=WRITE_ERRORS)
def change_task(
    task_id: Annotated[int, Path(ge=1, le=MAX_ROW_NUMBER)],
    body: io.TaskChange,
    actor: ActorDep,
    db: DbDep,
    request: Request,
) -> io.TaskOut:
    """Change a task's fields (status open, done or cancelled; a new due date not in the past)."""
    task, record = visible_task(actor, db, task_id)
    require_role(actor, *STAFF)
    changes: dict[str, Any] = body.model_dump(exclude_unset=True)
    task = tasks.change_task(
        session=db, record=record, task=task, user=actor.user, changes=changes, client=client_of(request)
    )
    return _task_out(task, record.case_id, _names(db, [task.owner_id]))


# -- communications, appointments, travel ----------------------------------------------------------


def _communication_out(row: Communication, names: dict[int, str]) -> io.CommunicationOut:
    return io.CommunicationOut(
        id=row.id,
        channel=row.channel,
        counterpart=row.counterpart,
        summary=row.summary,
        occurred_at=row.occurred_at,
        follow_up_on=row.follow_up_on,
        documents=list(row.documents or []),
        by=names.get(row.recorded_by),
    )


@router.get(CASE + "/communications", response_model=list[io.CommunicationOut], responses=ERRORS)
def list_communications(
    record: VisibleCase, actor: ActorDep, db: DbDep, read_audit: ReadAuditDep
) -> list[io.CommunicationOut]:
    """Messages to and from hospitals, trial teams and the family, in the order they happened (staff)."""
    require_role(actor, *STAFF)
    rows = log.communications(db, record.id)
    names = _names(db, (r.recorded_by for r in rows))
    out = [_communication_out(r, names) for r in rows]
    read_audit("case_read", case_pk=record.id, target="communications")
    return out


@router.post(
    CASE + "/communications", status_code=201, response_model=io.CommunicationOut, responses=WRITE_ERRORS
)
def add_communication(
    body: io.CommunicationIn, record: VisibleCase, actor: ActorDep, db: DbDep, request: Request
) -> io.CommunicationOut:
    """Log a message, call, letter or meeting (``occurred_at`` defaults to now)."""
    require_role(actor, *STAFF)
    row = log.add_communication(
        session=db,
        record=record,
        user=actor.user,
        item=log.CommunicationIn(**body.model_dump()),
        client=client_of(request),
    )
    return _communication_out(row, {actor.user.id: actor.user.username})


def _appointment_out(row: Appointment) -> io.AppointmentOut:
    return io.AppointmentOut(
        id=row.id,
        place=row.place,
        starts_at=log.local_time(row),
        time_zone=row.time_zone,
        what_to_bring=row.what_to_bring,
        address=row.address,
    )


@router.get(CASE + "/appointments", response_model=list[io.AppointmentOut], responses=ERRORS)
def list_appointments(record: VisibleCase, db: DbDep, read_audit: ReadAuditDep) -> list[io.AppointmentOut]:
    """Appointments, soonest first, each in the local time of its place (the family sees them too)."""
    out = [_appointment_out(r) for r in log.appointments(db, record.id)]
    read_audit("case_read", case_pk=record.id, target="appointments")
    return out


@router.post(
    CASE + "/appointments", status_code=201, response_model=io.AppointmentOut, responses=WRITE_ERRORS
)
def add_appointment(
    body: io.AppointmentIn, record: VisibleCase, actor: ActorDep, db: DbDep, request: Request
) -> io.AppointmentOut:
    """Record an appointment; ``starts_at`` needs its offset (422 without)."""
    require_role(actor, *STAFF)
    row = log.add_appointment(
        session=db,
        record=record,
        user=actor.user,
        item=log.AppointmentIn(**body.model_dump()),
        client=client_of(request),
    )
    return _appointment_out(row)


def _travel_out(row: Travel) -> io.TravelOut:
    return io.TravelOut(
        id=row.id,
        city=row.city,
        departs_on=row.departs_on,
        returns_on=row.returns_on,
        accommodation=row.accommodation,
        interpreter=row.interpreter,
    )


@router.get(CASE + "/travel", response_model=list[io.TravelOut], responses=ERRORS)
def list_travel(record: VisibleCase, db: DbDep, read_audit: ReadAuditDep) -> list[io.TravelOut]:
    """Travel plans (dates, city, accommodation, interpreter), the family sees them too."""
    out = [_travel_out(r) for r in log.travel(db, record.id)]
    read_audit("case_read", case_pk=record.id, target="travel")
    return out


@router.post(CASE + "/travel", status_code=201, response_model=io.TravelOut, responses=WRITE_ERRORS)
def add_travel(
    body: io.TravelIn, record: VisibleCase, actor: ActorDep, db: DbDep, request: Request
) -> io.TravelOut:
    require_role(actor, *STAFF)
    row = log.add_travel(
        session=db,
        record=record,
        user=actor.user,
        item=log.TravelIn(**body.model_dump()),
        client=client_of(request),
    )
    return _travel_out(row)


# -- stage, consents, timeline ---------------------------------------------------------------------


def _stage_out(db: Session, record: CaseRecord) -> io.StageOut:
    rows = stages.history(db, record.id)
    names = _names(db, (r.moved_by for r in rows))
    return io.StageOut(
        stage=stages.current_stage(db, record.id),
        history=[
            io.StageChangeOut(stage=r.stage, reason=r.reason, by=names.get(r.moved_by or 0), at=r.moved_at)
            for r in rows
        ],
    )


@router.get(CASE + "/stage", response_model=io.StageOut, responses=ERRORS)
def read_stage(record: VisibleCase, db: DbDep, read_audit: ReadAuditDep) -> io.StageOut:
    """The case's stage and every move it made (who, when, why)."""
    out = _stage_out(db, record)
    read_audit("case_read", case_pk=record.id, target="stage")
    return out


@router.post(CASE + "/stage", response_model=io.StageOut, responses=CONFLICT)
def move_stage(
    body: io.StageIn, record: VisibleCase, actor: ActorDep, db: DbDep, request: Request
) -> io.StageOut:
    """Move the case to a stage; 409 naming what is missing (case review needs a HER2 result and
    consent to case review), 422 when closing without a reason."""
    require_role(actor, *MANAGERS)
    stages.move(
        session=db,
        record=record,
        user=actor.user,
        stage=body.stage,
        reason=body.reason,
        client=client_of(request),
    )
    return _stage_out(db, record)


def _consent_out(row: Consent, names: dict[int, str], today: dt.date) -> io.ConsentOut:
    return io.ConsentOut(
        id=row.id,
        purpose=row.purpose,
        recipient=row.recipient,
        given_on=row.given_on,
        withdrawn_on=row.withdrawn_on,
        in_force=consent.in_force(row, today),
        by=names.get(row.recorded_by),
        recorded_at=row.recorded_at,
    )


@router.get(CASE + "/consents", response_model=list[io.ConsentOut], responses=ERRORS)
def list_consents(record: VisibleCase, db: DbDep, read_audit: ReadAuditDep) -> list[io.ConsentOut]:
    """Every consent recorded and withdrawn, oldest first; ``in_force`` for the row of each purpose and
    recipient that counts today."""
    rows = consent.consents(db, record.id)
    names = _names(db, (r.recorded_by for r in rows))
    latest = {(r.purpose, (r.recipient or "").casefold()): r.id for r in rows}
    today = _today()
    out = []
    for row in rows:
        item = _consent_out(row, names, today)
        item.in_force = item.in_force and latest[(row.purpose, (row.recipient or "").casefold())] == row.id
        out.append(item)
    read_audit("case_read", case_pk=record.id, target="consents")
    return out


@router.post(CASE + "/consents", status_code=201, response_model=io.ConsentOut, responses=WRITE_ERRORS)
def add_consent(
    body: io.ConsentIn, record: VisibleCase, actor: ActorDep, db: DbDep, request: Request
) -> io.ConsentOut:
    """Record consent given (``given_on``) or withdrawn (``withdrawn_on``) for one purpose; sharing
    names its ``recipient``."""
    require_role(actor, *MANAGERS)
    row = consent.record_consent(
        session=db,
        record=record,
        user=actor.user,
        consent=consent.ConsentIn(**body.model_dump()),
        client=client_of(request),
    )
    return _consent_out(row, {actor.user.id: actor.user.username}, _today())


@router.get(CASE + "/timeline", response_model=list[io.TimelineItem], responses=ERRORS)
def case_timeline(
    record: VisibleCase, actor: ActorDep, db: DbDep, read_audit: ReadAuditDep
) -> list[io.TimelineItem]:
    """Everything that happened to the case, oldest first (the family sees stages, appointments,
    travel and consents)."""
    items = timeline.timeline(db, record, actor.user)
    out = [io.TimelineItem(at=i.at, kind=i.kind, by=i.by, summary=i.summary) for i in items]
    read_audit("case_read", case_pk=record.id, target="timeline")
    return out
