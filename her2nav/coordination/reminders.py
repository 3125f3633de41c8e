"""Task reminders: an open task's owner is told a few days before its due date, in their language,
once per task and due date (a new due date gets a reminder of its own)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.coordination import messages
from her2nav.coordination.models import Task
from her2nav.coordination.notify import language_of, notify
from her2nav.records.cases.flows import write
from her2nav.records.store.models import CaseRecord


def reminder_key(task_id: int, due_on: dt.date) -> str:
    return f"reminder:{task_id}:{due_on.isoformat()}"


def due_soon(session: Session, today: dt.date, days: int) -> list[Task]:
    """Open tasks with an owner, due from today to ``days`` days ahead."""
    query = select(Task).where(
        Task.status == "open",
        Task.owner_id.is_not(None),
        Task.due_on >= today,
        Task.due_on <= today + dt.timedelta(days=days),
    )
    return list(session.scalars(query.order_by(Task.due_on, Task.id)))


def remind(session: Session, task_id: int, due_on: dt.date) -> str | None:
    """Add the reminder of task ``task_id`` due on ``due_on``; its key, or None when the task is no
    longer open, has moved to another date, or has no owner (commits)."""
    with write(session):
        task = session.get(Task, task_id)
        if task is None or task.status != "open" or task.due_on != due_on or task.owner_id is None:
            return None
        case_id = session.scalar(select(CaseRecord.case_id).where(CaseRecord.id == task.case_pk)) or "?"
        lang = messages.language(language_of(session, task.owner_id))
        text = messages.reminder(lang, title=task.title, task_type=task.type, case_id=case_id, due_on=due_on)
        key = reminder_key(task.id, due_on)
        notify(
            session, key=key, user_id=task.owner_id, case_pk=task.case_pk, kind="task_reminder", message=text
        )
    return key
