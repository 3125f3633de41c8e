"""Tables. A case is stored normalised (patient, diagnosis, biomarker results, treatment lines) and
nothing is deleted: replaced biomarker results and treatment lines are retired with the version that
replaced them, so the history of a case can be read back."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_utc(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


ROLES = ("admin", "coordinator", "clinician", "patient")
RELATIONS = ("coordinator", "reviewer")
# Who a note or document is shown to: staff only (the default), or the patient's family too.
AUDIENCES = ("staff", "family")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class UserSession(Base):
    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the cookie token
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Patient(Base):
    __tablename__ = "patients"
    id: Mapped[int] = mapped_column(primary_key=True)
    age: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str | None] = mapped_column(String(8))
    ecog: Mapped[int | None] = mapped_column(Integer)
    lvef_percent: Mapped[float | None] = mapped_column(Float)
    conditions: Mapped[list[Any] | None] = mapped_column(JSON)
    region: Mapped[str | None] = mapped_column(String(8))
    city: Mapped[str | None] = mapped_column(String(100))
    treatment_regions: Mapped[list[Any] | None] = mapped_column(JSON)


class CaseRecord(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str] = mapped_column(String(64), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    as_of: Mapped[dt.date] = mapped_column(Date)
    site: Mapped[str] = mapped_column(String(16))
    histology: Mapped[str] = mapped_column(String(32))
    lauren: Mapped[str | None] = mapped_column(String(16))
    setting: Mapped[str] = mapped_column(String(32))
    diagnosed_on: Mapped[dt.date | None] = mapped_column(Date)
    recurred_on: Mapped[dt.date | None] = mapped_column(Date)
    measurable_disease: Mapped[bool | None] = mapped_column(Boolean)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseAssignment(Base):
    """Who may see a case: its coordinators and the clinicians invited to review it."""

    __tablename__ = "case_assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    relation: Mapped[str] = mapped_column(String(16))


class BiomarkerResult(Base):
    __tablename__ = "biomarker_results"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    tested_on: Mapped[dt.date | None] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # the full §1 entry, as validated
    added_in_version: Mapped[int] = mapped_column(Integer)
    retired_in_version: Mapped[int | None] = mapped_column(Integer)


class TreatmentLineRecord(Base):
    __tablename__ = "treatment_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    position: Mapped[int] = mapped_column(Integer)
    line: Mapped[int | None] = mapped_column(Integer)
    setting: Mapped[str | None] = mapped_column(String(16))  # None: neither line nor setting recorded
    agents: Mapped[list[Any]] = mapped_column(JSON)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    stop_reason: Mapped[str | None] = mapped_column(String(16))
    toxicities: Mapped[list[Any]] = mapped_column(JSON)
    added_in_version: Mapped[int] = mapped_column(Integer)
    retired_in_version: Mapped[int | None] = mapped_column(Integer)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    storage_name: Mapped[str] = mapped_column(String(64), unique=True)
    uploaded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    audience: Mapped[str] = mapped_column(String(8), default="staff", server_default="staff")
    # extraction run: queued | running | done | failed (records/documents/extraction.py)
    extraction_status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    extraction_error: Mapped[str | None] = mapped_column(Text)
    extraction_pages: Mapped[int | None] = mapped_column(Integer)
    extraction_ocr: Mapped[bool | None] = mapped_column(Boolean)
    # OCR progress of the run in hand: pages OCR'd so far of the pages to OCR (None before the first)
    extraction_pages_done: Mapped[int | None] = mapped_column(Integer)
    extraction_pages_total: Mapped[int | None] = mapped_column(Integer)
    extracted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Suggestion(Base):
    """One extracted finding (CONTRACT §7) waiting for a person: pending | accepted | edited | rejected."""

    __tablename__ = "suggestions"
    __table_args__ = (Index("ix_suggestions_document", "document_pk", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[Any] = mapped_column(JSON)
    assertion: Mapped[str] = mapped_column(String(16))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    span_text: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    section: Mapped[str | None] = mapped_column(String(128))
    specimen: Mapped[str | None] = mapped_column(String(64))
    organ: Mapped[str | None] = mapped_column(String(32))  # set when the report is not upper GI
    warning: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    decided_value: Mapped[Any] = mapped_column(JSON)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    outcome: Mapped[str | None] = mapped_column(String(255))  # what the decision did, in words
    biomarker_entry: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    case_version: Mapped[int | None] = mapped_column(Integer)


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    audience: Mapped[str] = mapped_column(String(8), default="staff", server_default="staff")


class ReviewSnapshot(Base):
    __tablename__ = "review_snapshots"
    __table_args__ = (
        Index("ix_review_snapshot_lookup", "case_pk", "input_hash", "knowledge_version"),
        Index("ix_review_snapshot_version", "case_pk", "case_version", "knowledge_version"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    case_version: Mapped[int | None] = mapped_column(Integer)  # the case version the input hash was taken at
    input_hash: Mapped[str] = mapped_column(String(64))
    knowledge_version: Mapped[str] = mapped_column(String(64))
    review: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The response body exactly as sent (compact JSON); snapshots from before revision 0004 have none.
    review_text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """Append-only (no API changes it; a trigger forbids UPDATE and DELETE)."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_case", "case_pk", "id"),
        Index("ix_audit_action_time", "action", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    case_pk: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(String(64))
    before_hash: Mapped[str | None] = mapped_column(String(64))
    after_hash: Mapped[str | None] = mapped_column(String(64))
    client: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
