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
from her2nav.coordination.messages import TASK_WORDS, text
from her2nav.coordination.models import Consent
from her2nav.i18n import Language
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
# Words for codes in a translated timeline (English keeps the codes, as the API has always said them).
STAGE_WORDS = {
    "inquiry": "first contact",
    "records": "gathering records",
    "review": "case review",
    "screening": "trial or hospital screening",
    "appointment": "appointment",
    "travel": "travel",
    "treatment": "treatment",
    "follow_up": "follow-up",
    "closed": "closed",
}
CHANNEL_WORDS = {
    "email": "e-mail",
    "phone": "phone",
    "message": "message",
    "letter": "letter",
    "meeting": "meeting",
}


def _word(lang: Language, words: dict[str, str], code: str) -> str:
    return code if lang == "en" else text(lang, words.get(code, code))


@dataclass(frozen=True)
class Item:
    at: dt.datetime
    kind: str
    by: str | None
    summary: str


def _audit_items(session: Session, record: CaseRecord, lang: Language) -> list[Item]:
    items = []
    for event in audit.for_case(session, record.id, limit=5000):
        if event.action in COVERED or event.action.endswith("_read"):
            continue
        words = text(lang, AUDIT_WORDS.get(event.action, event.action.replace("_", " ")))
        detail = event.detail or {}
        extra = f" ({event.target})" if event.target else ""
        if event.action == "task_changed" and "status" in detail:
            extra = " " + text(lang, "{task}: now {status}", task=event.target, status=detail["status"])
        items.append(Item(as_utc(event.created_at), "record", event.username, words + extra))
    return items


def _consent_summary(row: Consent, lang: Language) -> str:
    what = text(lang, PURPOSE_WORDS[row.purpose]) + (f" {row.recipient}" if row.recipient else "")
    if row.withdrawn_on:
        return text(lang, "consent to {what} withdrawn on {day}", what=what, day=row.withdrawn_on.isoformat())
    day = row.given_on.isoformat() if row.given_on else "?"
    return text(lang, "consent to {what} given on {day}", what=what, day=day)


def timeline(session: Session, record: CaseRecord, viewer: User, lang: Language = "en") -> list[Item]:
    """The case's timeline as ``viewer`` may see it; ``lang`` words the summaries (what people wrote,
    such as a task's title or a message's summary, stays as written)."""
    names = {uid: name for uid, name in session.execute(select(User.id, User.username))}
    items: list[Item] = []
    for change in stages.history(session, record.id):
        why = f": {change.reason}" if change.reason else ""
        stage = _word(lang, STAGE_WORDS, change.stage)
        items.append(
            Item(
                as_utc(change.moved_at),
                "stage",
                names.get(change.moved_by or 0),
                text(lang, "moved to {stage}{why}", stage=stage, why=why),
            )
        )
    for task in tasks.tasks(session, record.id):
        due = text(lang, ", due {day}", day=task.due_on.isoformat()) if task.due_on else ""
        kind = _word(lang, TASK_WORDS, task.type)
        items.append(
            Item(
                as_utc(task.created_at),
                "task",
                names.get(task.created_by),
                text(lang, "task ({type}): {title}{due}", type=kind, title=task.title, due=due),
            )
        )
    for msg in log.communications(session, record.id):
        follow = (
            text(lang, "; follow up on {day}", day=msg.follow_up_on.isoformat()) if msg.follow_up_on else ""
        )
        channel = _word(lang, CHANNEL_WORDS, msg.channel)
        items.append(
            Item(
                as_utc(msg.occurred_at),
                "communication",
                names.get(msg.recorded_by),
                text(
                    lang,
                    "{channel} with {counterpart}: {summary}{follow}",
                    channel=channel,
                    counterpart=msg.counterpart,
                    summary=msg.summary,
                    follow=follow,
                ),
            )
        )
    for visit in log.appointments(session, record.id):
        when = log.local_time(visit).isoformat(timespec="minutes")
        items.append(
            Item(
                as_utc(visit.created_at),
                "appointment",
                names.get(visit.created_by),
                text(
                    lang,
                    "appointment at {place} on {when} ({zone})",
                    place=visit.place,
                    when=when,
                    zone=visit.time_zone,
                ),
            )
        )
    for trip in log.travel(session, record.id):
        back = text(lang, " to {day}", day=trip.returns_on.isoformat()) if trip.returns_on else ""
        items.append(
            Item(
                as_utc(trip.created_at),
                "travel",
                names.get(trip.created_by),
                text(
                    lang,
                    "travel to {city} from {day}{back}",
                    city=trip.city,
                    day=trip.departs_on.isoformat(),
                    back=back,
                ),
            )
        )
    for row in consent.consents(session, record.id):
        items.append(
            Item(as_utc(row.recorded_at), "consent", names.get(row.recorded_by), _consent_summary(row, lang))
        )
    if viewer.role != "patient":
        notes = session.scalars(select(Note).where(Note.case_pk == record.id).order_by(Note.id))
        items.extend(Item(as_utc(n.created_at), "note", names.get(n.author_id), n.text) for n in notes)
        items.extend(_audit_items(session, record, lang))
    else:
        items = [item for item in items if item.kind in FAMILY_KINDS]
    return sorted(items, key=lambda item: item.at)
