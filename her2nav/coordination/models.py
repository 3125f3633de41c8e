"""Coordination tables (revision 0010), on the records' declarative base so one schema holds both.
Rows are added, rarely changed and never deleted: a stage move, a consent or its withdrawal is a new
row, so the case's history can be read back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from her2nav.records.store.models import Base, utcnow

# The code facts of CONTRACT §10: one definition each.
STAGES = (
    "inquiry",
    "records",
    "review",
    "screening",
    "appointment",
    "travel",
    "treatment",
    "follow_up",
    "closed",
)
TASK_TYPES = ("records_request", "translation", "appointment", "travel", "visa_letter", "call_back", "other")
TASK_STATUSES = ("open", "done", "cancelled")
CHANNELS = ("email", "phone", "message", "letter", "meeting")
PURPOSES = ("case_review", "share_with", "cross_border_transfer")
JOB_STATUSES = ("queued", "running", "done", "failed", "dead")


class StageChange(Base):
    """One move of a case to a stage; the latest is the case's stage (none yet: inquiry)."""

    __tablename__ = "case_stages"
    __table_args__ = (Index("ix_case_stages_case", "case_pk", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    stage: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    moved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    moved_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_open_due", "status", "due_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    type: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    documents: Mapped[list[Any]] = mapped_column(JSON, default=list)  # document public ids
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Communication(Base):
    __tablename__ = "communications"
    __table_args__ = (Index("ix_communications_case", "case_pk", "occurred_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    channel: Mapped[str] = mapped_column(String(16))
    counterpart: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    documents: Mapped[list[Any]] = mapped_column(JSON, default=list)  # attachments: document public ids
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Appointment(Base):
    """``starts_at`` is stored in UTC; ``time_zone`` keeps the offset (or zone name) it was given in,
    so the family sees the local time of the hospital."""

    __tablename__ = "appointments"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    place: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    time_zone: Mapped[str] = mapped_column(String(64))
    what_to_bring: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Travel(Base):
    __tablename__ = "travel"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    city: Mapped[str] = mapped_column(String(100))
    departs_on: Mapped[dt.date] = mapped_column(Date)
    returns_on: Mapped[dt.date | None] = mapped_column(Date)
    accommodation: Mapped[str | None] = mapped_column(Text)
    interpreter: Mapped[str | None] = mapped_column(String(200))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Consent(Base):
    """Consent for one purpose (and, for sharing, one named recipient). The latest row for a purpose
    and recipient is the one in force; a withdrawal is a new row with ``withdrawn_on``."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_case", "case_pk", "purpose", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    purpose: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str | None] = mapped_column(String(200))
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Contact(Base):
    """Where and in which language a user is notified: an e-mail address (none: in-app only) and
    ``en`` or ``zh`` (Simplified Chinese)."""

    __tablename__ = "contacts"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    email: Mapped[str | None] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(8), default="en")


class Notification(Base):
    """An in-app notification; ``key`` makes sending it idempotent (a job run twice adds it once)."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user", "user_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    case_pk: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    emailed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    read_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class TrialAlert(Base):
    """A trial version a case has been alerted about: never twice for the same version."""

    __tablename__ = "trial_alerts"
    __table_args__ = (UniqueConstraint("case_pk", "trial_id", "trial_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    trial_id: Mapped[str] = mapped_column(String(64))
    trial_version: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class JobRecord(Base):
    """One job of the queue by its idempotency key: progress, attempts, the last error. A job that
    used up its retries is ``dead`` (the dead-letter list)."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status", "status", "lease_until"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    case_pk: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent
    message: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
