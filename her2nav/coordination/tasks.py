"""Tasks on a case (records request, translation, appointment, travel, visa letter, call back, other):
created and changed through these flows, each audited. A due date may not lie in the past."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.case.errors import CaseError, Problem
from her2nav.coordination.models import TASK_STATUSES, TASK_TYPES, Task
from her2nav.records.access import audit
from her2nav.records.cases import casestore
from her2nav.records.cases.flows import write
from her2nav.records.store.models import CaseRecord, Document, User, utcnow

STAFF_ROLES = ("admin", "coordinator", "clinician")


@dataclass
class TaskIn:
    type: str
    title: str
    due_on: dt.date | None = None
    owner: str | None = None  # username; default: whoever creates the task
    status: str = "open"
    documents: list[str] = field(default_factory=list)


def today_utc() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def _not_past(due_on: dt.date | None, today: dt.date) -> list[Problem]:
    if due_on is not None and due_on < today:
        return [Problem("due_on", f"is in the past (today is {today.isoformat()})")]
    return []


def _owner(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username, User.active.is_(True)))
    if user is None or user.role not in STAFF_ROLES:
        raise CaseError([Problem("owner", "no active staff account with this username")])
    return user


def document_pks(session: Session, record: CaseRecord, public_ids: list[str], path: str) -> list[str]:
    """The documents named, all of this case (422 naming the first that is not)."""
    for index, public_id in enumerate(public_ids):
        found = session.scalar(
            select(Document.id).where(Document.public_id == public_id, Document.case_pk == record.id)
        )
        if found is None:
            raise CaseError([Problem(f"{path}[{index}]", "no document of this case has this id")])
    return list(dict.fromkeys(public_ids))


def _hash(task: Task) -> str:
    return casestore.content_hash(
        {
            "type": task.type,
            "title": task.title,
            "due_on": str(task.due_on),
            "owner_id": task.owner_id,
            "status": task.status,
            "documents": task.documents,
        }
    )


def create_task(
    *,
    session: Session,
    record: CaseRecord,
    user: User,
    task: TaskIn,
    client: str | None,
    today: dt.date | None = None,
) -> Task:
    problems = _not_past(task.due_on, today or today_utc())
    if task.type not in TASK_TYPES:
        problems.append(Problem("type", f"must be one of {', '.join(TASK_TYPES)}"))
    if task.status not in TASK_STATUSES:
        problems.append(Problem("status", f"must be one of {', '.join(TASK_STATUSES)}"))
    if problems:
        raise CaseError(problems)
    with write(session):
        owner = _owner(session, task.owner) if task.owner else user
        row = Task(
            case_pk=record.id,
            type=task.type,
            title=task.title.strip(),
            due_on=task.due_on,
            owner_id=owner.id,
            status=task.status,
            documents=document_pks(session, record, task.documents, "documents"),
            created_by=user.id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            action="task_added",
            user=user,
            case_pk=record.id,
            target=str(row.id),
            after_hash=_hash(row),
            client=client,
            detail={"type": row.type},
        )
    return row


def change_task(
    *,
    session: Session,
    record: CaseRecord,
    task: Task,
    user: User,
    changes: dict[str, Any],
    client: str | None,
    today: dt.date | None = None,
) -> Task:
    """Apply the fields given (type, title, due_on, owner, status, documents)."""
    problems = _not_past(changes["due_on"], today or today_utc()) if "due_on" in changes else []
    if "type" in changes and changes["type"] not in TASK_TYPES:
        problems.append(Problem("type", f"must be one of {', '.join(TASK_TYPES)}"))
    if "status" in changes and changes["status"] not in TASK_STATUSES:
        problems.append(Problem("status", f"must be one of {', '.join(TASK_STATUSES)}"))
    if problems:
        raise CaseError(problems)
    with write(session):
        session.refresh(task, with_for_update=True)
        before = _hash(task)
        for name in ("type", "title", "due_on", "status"):
            if name in changes:
                setattr(task, name, changes[name])
        if changes.get("owner"):
            task.owner_id = _owner(session, changes["owner"]).id
        if "documents" in changes:
            task.documents = document_pks(session, record, changes["documents"] or [], "documents")
        task.updated_at = utcnow()
        audit.record(
            session,
            action="task_changed",
            user=user,
            case_pk=record.id,
            target=str(task.id),
            before_hash=before,
            after_hash=_hash(task),
            client=client,
            detail={"status": task.status},
        )
    return task


def tasks(session: Session, case_pk: int) -> list[Task]:
    return list(session.scalars(select(Task).where(Task.case_pk == case_pk).order_by(Task.id)))


def overdue(session: Session, today: dt.date, case_pks: list[int] | None = None) -> list[Task]:
    """Open tasks whose due date has passed (for the worklist)."""
    query = select(Task).where(Task.status == "open", Task.due_on < today)
    if case_pks is not None:
        query = query.where(Task.case_pk.in_(case_pks))
    return list(session.scalars(query.order_by(Task.due_on, Task.id)))


def open_for_cases(session: Session, case_pks: list[int]) -> list[Task]:
    """Open tasks of the cases, soonest due first and undated last (the worklist's next task and its
    count of overdue tasks)."""
    if not case_pks:
        return []
    query = select(Task).where(Task.status == "open", Task.case_pk.in_(case_pks))
    return list(session.scalars(query.order_by(Task.due_on.is_(None), Task.due_on, Task.id)))
