"""Confirming extracted findings: list a document's suggestions; accept, edit or reject each one.

Only an accepted or edited biomarker finding changes the case, through the same change path as every
other edit (new version, history, audit, optional If-Match). The review reads the stored case only,
so a suggestion nobody confirmed never reaches it."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Path, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from her2nav.records.access import audience
from her2nav.records.cases import service
from her2nav.records.documents import confirm
from her2nav.records.documents import suggestions as sugg
from her2nav.records.store.models import CaseRecord, Document, Suggestion, User, as_utc
from her2nav.web.api.cases import ERRORS, MAX_ROW_NUMBER, WRITE_ERRORS
from her2nav.web.deps import (
    Actor,
    ActorDep,
    DbDep,
    ReadAuditDep,
    VisibleDocument,
    client_of,
    not_found,
    parse_if_match,
    require_role,
)
from her2nav.web.jobs import extraction_state
from her2nav.web.schemas import Message

router = APIRouter(tags=["suggestions"])
READERS = ("admin", "coordinator", "clinician")
DECIDE_ERRORS = {**WRITE_ERRORS, 409: {"model": Message}}


class SuggestionOut(BaseModel):
    id: int
    field: str
    value: Any
    assertion: str
    span: dict[str, Any]
    page: int | None
    section: str | None
    specimen: str | None
    organ: str | None = None
    warning: str | None = None
    status: str
    decided_value: Any = None
    decided_by: str | None = None
    decided_at: Any = None
    outcome: str | None = None
    biomarker_entry: dict[str, Any] | None = None
    case_version: int | None = None


class DocumentSuggestions(BaseModel):
    document_id: str
    case_id: str
    extraction_status: str
    extraction_error: str | None
    pages: int | None
    ocr: bool | None
    suggestions: list[SuggestionOut]
    pages_done: int | None = Field(default=None, description="OCR'd pages so far (while running)")
    pages_total: int | None = Field(default=None, description="pages to OCR in this run")


class Confirmation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tested_on: dt.date | None = Field(
        default=None, description="date of the test, for a biomarker (never guessed from the report)"
    )
    confirm_other_organ: bool = Field(
        default=False,
        description="required to accept a finding whose report is about another organ (e.g. breast)",
    )


class Correction(Confirmation):
    value: Any


def _out(db: Session, s: Suggestion) -> SuggestionOut:
    who = db.get(User, s.decided_by) if s.decided_by else None
    return SuggestionOut(
        id=s.id,
        field=s.field,
        value=s.value,
        assertion=s.assertion,
        span={"start": s.span_start, "end": s.span_end, "text": s.span_text},
        page=s.page,
        section=s.section,
        specimen=s.specimen,
        organ=s.organ,
        warning=s.warning,
        status=s.status,
        decided_value=s.decided_value,
        decided_by=who.username if who else None,
        decided_at=as_utc(s.decided_at).isoformat() if s.decided_at else None,
        outcome=s.outcome,
        biomarker_entry=s.biomarker_entry,
        case_version=s.case_version,
    )


@router.get("/api/documents/{document_id}/suggestions", response_model=DocumentSuggestions, responses=ERRORS)
def list_suggestions(
    found: VisibleDocument, actor: ActorDep, db: DbDep, read_audit: ReadAuditDep
) -> DocumentSuggestions:
    """The extraction run's status and its suggestions, each with the span it quotes."""
    require_role(actor, *READERS)
    doc, record = found
    status, error = extraction_state(db, doc)
    out = DocumentSuggestions(
        document_id=doc.public_id,
        case_id=record.case_id,
        extraction_status=status,
        extraction_error=error,
        pages=doc.extraction_pages,
        ocr=doc.extraction_ocr,
        suggestions=[_out(db, s) for s in sugg.for_document(db, doc)],
        pages_done=doc.extraction_pages_done,
        pages_total=doc.extraction_pages_total,
    )
    read_audit("suggestions_read", case_pk=record.id, target=doc.public_id)
    return out


def _visible_suggestion(actor: Actor, db: Session, suggestion_id: int) -> tuple[Suggestion, CaseRecord]:
    """A suggestion is visible exactly when its document is (the case access rule, then the document's
    audience); else 404."""
    s = db.get(Suggestion, suggestion_id)
    record = db.get(CaseRecord, s.case_pk) if s else None
    if s is None or record is None:
        raise not_found()
    if service.find_visible_case(session=db, user=actor.user, case_id=record.case_id) is None:
        raise not_found()
    if not audience.may_see_document(actor.user, db.get_one(Document, s.document_pk)):
        raise not_found()
    return s, record


SuggestionId = Annotated[int, Path(ge=1, le=MAX_ROW_NUMBER)]


def _decide(
    suggestion_id: int,
    actor: Actor,
    db: Session,
    request: Request,
    if_match: str | None,
    verdict: str,
    corrected: Any = None,
    tested_on: dt.date | None = None,
    confirm_other_organ: bool = False,
) -> dict[str, Any]:
    s, record = _visible_suggestion(actor, db, suggestion_id)
    require_role(actor, *service.WRITERS)
    confirm.decide_suggestion(
        session=db,
        suggestion=s,
        record=record,
        user=actor.user,
        verdict=verdict,
        corrected=corrected,
        tested_on=tested_on,
        expected=parse_if_match(if_match) if if_match is not None else None,
        client=client_of(request),
        confirm_other_organ=confirm_other_organ,
    )
    return {"suggestion": _out(db, s), "case_version": record.version}


IfMatch = Annotated[str | None, Header()]


@router.post("/api/suggestions/{suggestion_id}/accept", responses=DECIDE_ERRORS)
def accept(
    suggestion_id: SuggestionId,
    actor: ActorDep,
    db: DbDep,
    request: Request,
    body: Annotated[Confirmation | None, Body()] = None,
    if_match: IfMatch = None,
) -> Any:
    """Accept the finding as extracted (If-Match optional: accepting only adds). Optional body:
    ``{"tested_on": "YYYY-MM-DD"}`` dates a biomarker result; ``{"confirm_other_organ": true}`` is needed
    (else 409) for a finding from a report about another organ, such as a breast HER2 score."""
    tested_on = body.tested_on if body else None
    other_organ = body.confirm_other_organ if body else False
    return _decide(
        suggestion_id,
        actor,
        db,
        request,
        if_match,
        "accepted",
        tested_on=tested_on,
        confirm_other_organ=other_organ,
    )


@router.post("/api/suggestions/{suggestion_id}/edit", responses=DECIDE_ERRORS)
def edit(
    suggestion_id: SuggestionId,
    body: Annotated[Correction, Body()],
    actor: ActorDep,
    db: DbDep,
    request: Request,
    if_match: IfMatch = None,
) -> Any:
    """Accept the finding with a corrected value (checked for the field)."""
    return _decide(
        suggestion_id,
        actor,
        db,
        request,
        if_match,
        "edited",
        body.value,
        body.tested_on,
        confirm_other_organ=body.confirm_other_organ,
    )


@router.post("/api/suggestions/{suggestion_id}/reject", responses=DECIDE_ERRORS)
def reject(suggestion_id: SuggestionId, actor: ActorDep, db: DbDep, request: Request) -> Any:
    """Reject the finding: nothing is added to the case."""
    return _decide(suggestion_id, actor, db, request, None, "rejected")
