"""Sub-resources of a case: biomarker results and treatment lines (with history), notes, assignments."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, HTTPException, Path, Request, Response
from sqlalchemy import select

from her2nav.records.access import audience
from her2nav.records.cases import casestore, flows, service
from her2nav.records.store.models import CaseRecord, Note, User
from her2nav.web.api.cases import ERRORS, MAX_ROW_NUMBER, WRITE_ERRORS, case_out
from her2nav.web.deps import (
    ActorDep,
    DbDep,
    ReadAuditDep,
    VisibleCase,
    client_of,
    not_found,
    parse_if_match,
    require_role,
)
from her2nav.web.schemas import (
    Assignment,
    CaseOut,
    EntriesOut,
    EntryHistory,
    Message,
    NoteIn,
    NoteOut,
    Sharing,
)

router = APIRouter(prefix="/api/cases/{case_id}", tags=["case entries"])
Entry = Annotated[dict[str, Any], Body(description="one entry as in CONTRACT §1")]


def _entries(db: DbDep, record: CaseRecord, key: str) -> EntriesOut:
    current = casestore.canonical(casestore.stored_case(db, record)).get(key, [])
    past = service.history(session=db, record=record)[key]
    return EntriesOut(version=record.version, current=current, history=[EntryHistory(**h) for h in past])


def _add(
    key: str,
    entry: dict[str, Any],
    record: CaseRecord,
    actor: ActorDep,
    db: DbDep,
    request: Request,
    response: Response,
    if_match: str | None,
) -> Any:
    require_role(actor, *service.WRITERS)
    expected = parse_if_match(if_match) if if_match is not None else None
    flows.add_entry(
        session=db,
        record=record,
        user=actor.user,
        key=key,
        entry=entry,
        expected=expected,
        client=client_of(request),
    )
    response.status_code = 201
    return case_out(db, record, response)


def _read_audited(key: str, record: CaseRecord, db: DbDep, read_audit: ReadAuditDep) -> EntriesOut:
    """The entries under ``key``, with the read written to the audit trail."""
    out = _entries(db, record, key)
    read_audit("case_read", case_pk=record.id, target=key)
    return out


@router.get("/biomarkers", response_model=EntriesOut, responses=ERRORS)
def biomarkers(record: VisibleCase, db: DbDep, read_audit: ReadAuditDep) -> EntriesOut:
    """Current biomarker results and every result the case has held (results over time)."""
    return _read_audited("biomarkers", record, db, read_audit)


@router.post("/biomarkers", status_code=201, response_model=CaseOut, responses=WRITE_ERRORS)
def add_biomarker(
    entry: Entry,
    record: VisibleCase,
    actor: ActorDep,
    db: DbDep,
    request: Request,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> Any:
    """Add a biomarker result (If-Match optional here: adding cannot overwrite anything)."""
    return _add("biomarkers", entry, record, actor, db, request, response, if_match)


@router.get("/treatments", response_model=EntriesOut, responses=ERRORS)
def treatments(record: VisibleCase, db: DbDep, read_audit: ReadAuditDep) -> EntriesOut:
    """Current treatment lines and every line the case has held."""
    return _read_audited("treatments", record, db, read_audit)


@router.post("/treatments", status_code=201, response_model=CaseOut, responses=WRITE_ERRORS)
def add_treatment(
    entry: Entry,
    record: VisibleCase,
    actor: ActorDep,
    db: DbDep,
    request: Request,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> Any:
    """Add a treatment line."""
    return _add("treatments", entry, record, actor, db, request, response, if_match)


STAFF = ("admin", "coordinator", "clinician")


def _note_out(note: Note, author: str | None) -> NoteOut:
    return NoteOut(
        id=note.id, author=author, text=note.text, created_at=note.created_at, audience=note.audience
    )


@router.get("/notes", response_model=list[NoteOut], responses=ERRORS)
def notes(record: VisibleCase, actor: ActorDep, db: DbDep, read_audit: ReadAuditDep) -> list[NoteOut]:
    """The case's notes you may read: staff read every note, a patient only those shared with family."""
    out = [_note_out(n, name) for n, name in audience.visible_notes(db, actor.user, record)]
    read_audit("case_read", case_pk=record.id, target="notes")
    return out


@router.post("/notes", status_code=201, response_model=NoteOut, responses=WRITE_ERRORS)
def add_note(body: NoteIn, record: VisibleCase, actor: ActorDep, db: DbDep, request: Request) -> NoteOut:
    """A free-text note by a coordinator, clinician or admin; for staff only unless ``audience`` is
    ``family``."""
    require_role(actor, *STAFF)
    note = flows.add_note(
        session=db,
        record=record,
        user=actor.user,
        text=body.text,
        client=client_of(request),
        audience=body.audience,
    )
    return _note_out(note, actor.user.username)


@router.patch("/notes/{note_id}", response_model=NoteOut, responses=WRITE_ERRORS)
def share_note(
    note_id: Annotated[int, Path(ge=1, le=MAX_ROW_NUMBER)],
    body: Sharing,
    record: VisibleCase,
    actor: ActorDep,
    db: DbDep,
    request: Request,
) -> NoteOut:
    """Share a note with the family or take it back to staff only (staff; audited)."""
    require_role(actor, *STAFF)
    note = db.scalar(select(Note).where(Note.id == note_id, Note.case_pk == record.id))
    if note is None:
        raise not_found()
    audience.share(
        db, item=note, record=record, user=actor.user, audience=body.audience, client=client_of(request)
    )
    return _note_out(note, db.scalar(select(User.username).where(User.id == note.author_id)))


@router.post("/assignments", status_code=204, responses={**WRITE_ERRORS, 404: {"model": Message}})
def assign(body: Assignment, record: VisibleCase, actor: ActorDep, db: DbDep, request: Request) -> Response:
    """Give a coordinator the case, or invite a clinician to review it (admin or the case's coordinator)."""
    require_role(actor, "admin", "coordinator")
    wanted_role = "coordinator" if body.relation == "coordinator" else "clinician"
    user = db.scalar(select(User).where(User.username == body.username, User.role == wanted_role))
    if user is None:
        raise HTTPException(
            status_code=422,
            detail=[{"field": "username", "message": f"no {wanted_role} account with this username"}],
        )
    flows.assign(
        session=db, record=record, by=actor.user, user=user, relation=body.relation, client=client_of(request)
    )
    return Response(status_code=204)
