"""A case's timeline: everything that happened to it, oldest first, each with when, what kind, by
whom and a one-line summary. Coordination rows speak for themselves; the rest comes from the audit
trail (changes only, never reads). The family sees stages, appointments, travel and consents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.coordination import consent, log, stages, tasks
from her2nav.coordination.consent import PURPOSE_WORDS
from her2nav.coordination.models import Consent
from her2nav.records.access import audit
from her2nav.records.store.models import CaseRecord, Note, User, as_utc

# Audit actions whose rows the coordination tables already show (with more to say).
COVERED = {
    "stage_changed",
    "task_added",
    "communication_added",
    "appointment_added",
    "travel_added",
    "consent_given",
    "consent_withdrawn",
    "note_added",
}
AUDIT_WORDS = {
    "case_created": "case created",
    "case_changed": "case changed",
    "biomarkers_added": "biomarker result added",
    "treatments_added": "treatment line added",
    "document_uploaded": "document uploaded",
    "case_assigned": "case assigned",
    "case_exported": "case exported",
    "release_refused": "release refused for want of consent",
    "task_changed": "task changed",
}
FAMILY_KINDS = {"stage", "appointment", "travel", "consent"}


@dataclass(frozen=True)
class Item:
    at: dt.datetime
    kind: str
    by: str | None
    summary: str


def _audit_items(session: Session, record: CaseRecord) -> list[Item]:
    items = []
    for event in audit.for_case(session, record.id, limit=5000):
        if event.action in COVERED or event.action.endswith("_read"):
            continue
        words = AUDIT_WORDS.get(event.action, event.action.replace("_", " "))
        detail = event.detail or {}
        extra = f" ({event.target})" if event.target else ""
        if event.action == "task_changed" and "status" in detail:
            extra = f" {event.target}: now {detail['status']}"
        items.append(Item(as_utc(event.created_at), "record", event.username, words + extra))
    return items


def _consent_summary(row: Consent) -> str:
    what = PURPOSE_WORDS[row.purpose] + (f" {row.recipient}" if row.recipient else "")
    if row.withdrawn_on:
        return f"consent to {what} withdrawn on {row.withdrawn_on.isoformat()}"
    return f"consent to {what} given on {row.given_on.isoformat() if row.given_on else '?'}"


def timeline(session: Session, record: CaseRecord, viewer: User) -> list[Item]:
    names = {uid: name for uid, name in session.execute(select(User.id, User.username))}
    items: list[Item] = []
    for change in stages.history(session, record.id):
        why = f": {change.reason}" if change.reason else ""
        items.append(
            Item(
                as_utc(change.moved_at),
                "stage",
                names.get(change.moved_by or 0),
                f"moved to {change.stage}{why}",
            )
        )
    for task in tasks.tasks(session, record.id):
        due = f", due {task.due_on.isoformat()}" if task.due_on else ""
        items.append(
            Item(
                as_utc(task.created_at),
                "task",
                names.get(task.created_by),
                f"task ({task.type}): {task.title}{due}",
            )
        )
    for msg in log.communications(session, record.id):
        follow = f"; follow up on {msg.follow_up_on.isoformat()}" if msg.follow_up_on else ""
        items.append(
            Item(
                as_utc(msg.occurred_at),
                "communication",
                names.get(msg.recorded_by),
                f"{msg.channel} with {msg.counterpart}: {msg.summary}{follow}",
            )
        )
    for visit in log.appointments(session, record.id):
        when = log.local_time(visit).isoformat(timespec="minutes")
        items.append(
            Item(
                as_utc(visit.created_at),
                "appointment",
                names.get(visit.created_by),
                f"appointment at {visit.place} on {when} ({visit.time_zone})",
            )
        )
    for trip in log.travel(session, record.id):
        back = f" to {trip.returns_on.isoformat()}" if trip.returns_on else ""
        items.append(
            Item(
                as_utc(trip.created_at),
                "travel",
                names.get(trip.created_by),
                f"travel to {trip.city} from {trip.departs_on.isoformat()}{back}",
            )
        )
    for row in consent.consents(session, record.id):
        items.append(
            Item(as_utc(row.recorded_at), "consent", names.get(row.recorded_by), _consent_summary(row))
        )
    if viewer.role != "patient":
        notes = session.scalars(select(Note).where(Note.case_pk == record.id).order_by(Note.id))
        items.extend(Item(as_utc(n.created_at), "note", names.get(n.author_id), n.text) for n in notes)
        items.extend(_audit_items(session, record))
    else:
        items = [item for item in items if item.kind in FAMILY_KINDS]
    return sorted(items, key=lambda item: item.at)
