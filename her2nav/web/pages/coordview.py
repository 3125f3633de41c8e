"""What the coordination area of the case page shows (reads only, through the coordination queries the
API uses): stage and its history, tasks (open, overdue, done), the communications log, appointments in
their own zone, travel, consents per purpose, the timeline and the case's background jobs. Also the
family's next appointment and travel, and the forms' state (values typed, errors by field)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.coordination import consent, log, stages, tasks, timeline
from her2nav.coordination.models import (
    CHANNELS,
    PURPOSES,
    STAGES,
    TASK_TYPES,
    Appointment,
    Task,
)
from her2nav.i18n import Language
from her2nav.jobs import state
from her2nav.records.store.models import CaseRecord, Document, User, as_utc
from her2nav.web.pages import coordwords as cw

STAFF = ("admin", "coordinator", "clinician")
MANAGERS = ("admin", "coordinator")  # who moves a case between stages and records consent
RUNNING = ("queued", "running", "failed")  # job states the page keeps polling for
# Suggested in the appointment form's time zone field (any IANA zone is accepted).
ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Europe/London",
    "America/New_York",
)


@dataclass
class Forms:
    """The coordination forms' typed values and errors, by form (``task``, ``stage``…) and field; a
    problem of the whole form is under ``""``."""

    values: dict[str, dict[str, str]] = field(default_factory=dict)
    errors: dict[str, dict[str, str]] = field(default_factory=dict)

    def value(self, form: str, name: str, default: str = "") -> str:
        return self.values.get(form, {}).get(name, default)

    def error(self, form: str, name: str) -> str | None:
        return self.errors.get(form, {}).get(name)


@dataclass(frozen=True)
class TaskRow:
    task: Task
    owner: str | None
    overdue: bool
    days_late: int


@dataclass(frozen=True)
class Visit:
    """An appointment: its start in the place's own zone, and the same moment in UTC."""

    row: Appointment
    local: dt.datetime
    utc: dt.datetime


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def _names(db: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {uid: name for uid, name in db.execute(select(User.id, User.username).where(User.id.in_(wanted)))}


def task_rows(db: Session, record: CaseRecord, today: dt.date) -> list[TaskRow]:
    rows = tasks.tasks(db, record.id)
    names = _names(db, (t.owner_id for t in rows))
    out = []
    for t in rows:
        late = t.status == "open" and t.due_on is not None and t.due_on < today
        days = (today - t.due_on).days if late and t.due_on else 0
        out.append(TaskRow(t, names.get(t.owner_id or 0), late, days))
    return out


def visits(db: Session, case_pk: int) -> list[Visit]:
    return [Visit(r, log.local_time(r), as_utc(r.starts_at)) for r in log.appointments(db, case_pk)]


def next_visit(db: Session, case_pk: int, now: dt.datetime | None = None) -> Visit | None:
    """The soonest appointment not yet begun (the family's next one)."""
    moment = now or dt.datetime.now(dt.UTC)
    return next((v for v in visits(db, case_pk) if v.utc >= moment), None)


def consent_rows(db: Session, case_pk: int, today: dt.date) -> list[dict[str, Any]]:
    """Each consent recorded, oldest first; ``in_force`` only for the row that counts today."""
    rows = consent.consents(db, case_pk)
    names = _names(db, (r.recorded_by for r in rows))
    latest = {(r.purpose, (r.recipient or "").strip().casefold()): r.id for r in rows}
    return [
        {
            "row": r,
            "by": names.get(r.recorded_by),
            "latest": latest[(r.purpose, (r.recipient or "").strip().casefold())] == r.id,
            "in_force": consent.in_force(r, today)
            and latest[(r.purpose, (r.recipient or "").strip().casefold())] == r.id,
        }
        for r in rows
    ]


def case_jobs(db: Session, case_pk: int) -> dict[str, Any]:
    rows = state.for_case(db, case_pk, limit=20)
    return {"jobs": rows, "polling": any(r.status in RUNNING for r in rows)}


def coordination(
    db: Session,
    record: CaseRecord,
    viewer: User,
    forms: Forms | None = None,
    today: dt.date | None = None,
    lang: Language = "en",
) -> dict[str, Any]:
    """The context of the coordination partials (``templates/coordination/*.html``)."""
    day = today or _today()
    history = stages.history(db, record.id)
    names = _names(db, (h.moved_by for h in history))
    all_tasks = task_rows(db, record, day)
    messages = log.communications(db, record.id)
    staff = list(
        db.scalars(
            select(User.username).where(User.active.is_(True), User.role.in_(STAFF)).order_by(User.username)
        )
    )
    documents = list(db.scalars(select(Document).where(Document.case_pk == record.id).order_by(Document.id)))
    return {
        "stage": stages.current_stage(db, record.id),
        "stage_history": [{"row": h, "by": names.get(h.moved_by or 0)} for h in history],
        "open_tasks": [t for t in all_tasks if t.task.status == "open" and not t.overdue],
        "overdue_tasks": [t for t in all_tasks if t.overdue],
        "closed_tasks": [t for t in all_tasks if t.task.status != "open"],
        "messages": messages,
        "message_by": _names(db, (m.recorded_by for m in messages)),
        "visits": visits(db, record.id),
        "trips": log.travel(db, record.id),
        "consents": consent_rows(db, record.id, day),
        "timeline": timeline.timeline(db, record, viewer, lang),
        **case_jobs(db, record.id),
        "staff": staff,
        "zones": ZONES,
        "case_documents": documents,
        "forms": forms or Forms(),
        "today": day,
        "may_coordinate": viewer.role in STAFF,
        "may_manage": viewer.role in MANAGERS,
        "cw": cw,
        "choices": {"stages": STAGES, "types": TASK_TYPES, "channels": CHANNELS, "purposes": PURPOSES},
    }


def family_plans(db: Session, record: CaseRecord) -> dict[str, Any]:
    """The family view's next appointment and travel (what the family sees on the API too)."""
    return {"next_visit": next_visit(db, record.id), "trips": log.travel(db, record.id)}
