"""Upload a document to a case; download it (visible exactly when its case is)."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile as StarletteUpload

from her2nav.jobs.documents import submit_extraction
from her2nav.records.access import audience, audit
from her2nav.records.documents import files as documents
from her2nav.records.store.db import begin_write
from her2nav.records.store.models import AUDIENCES, CaseRecord, Document
from her2nav.settings import Settings
from her2nav.web.api.cases import ERRORS, WRITE_ERRORS
from her2nav.web.deps import (
    Actor,
    ActorDep,
    DbDep,
    ReadAuditDep,
    SettingsDep,
    VisibleCase,
    VisibleDocument,
    client_of,
    require_role,
)
from her2nav.web.errors import problems_response
from her2nav.web.jobs import app_jobs, extraction_state
from her2nav.web.schemas import AUDIENCE_HELP, DocumentOut, Message, ProblemList, Sharing

router = APIRouter(tags=["documents"])
log = logging.getLogger(__name__)


def _out(doc: Document, case_id: str, db: Session | None = None) -> DocumentOut:
    status, error = (
        extraction_state(db, doc) if db is not None else (doc.extraction_status, doc.extraction_error)
    )
    return DocumentOut(
        id=doc.public_id,
        case_id=case_id,
        filename=doc.filename,
        media_type=doc.media_type,
        size=doc.size,
        sha256=doc.sha256,
        uploaded_at=doc.uploaded_at,
        audience=doc.audience,
        extraction_status=status,
        extraction_error=error,
        pages_done=doc.extraction_pages_done,
        pages_total=doc.extraction_pages_total,
    )


def _safe_name(name: str | None) -> str:
    base = Path(name or "document").name.strip() or "document"
    return "".join(c for c in base if c.isprintable())[:255] or "document"


# The body is read inside the route, after the session, CSRF token, case and role are checked: a
# multipart parameter would make FastAPI read (and spool to disk) the whole upload before any check.
_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "PDF, PNG, JPEG, TIFF or UTF-8 text",
                        },
                        "audience": {
                            "type": "string",
                            "enum": list(AUDIENCES),
                            "default": "staff",
                            "description": AUDIENCE_HELP,
                        },
                    },
                }
            }
        },
    }
}


@router.post(
    "/api/cases/{case_id}/documents",
    status_code=201,
    response_model=DocumentOut,
    responses={
        **ERRORS,
        403: {"model": Message},
        413: {"model": Message},
        415: {"model": Message},
        422: {"model": ProblemList},
    },
    openapi_extra=_UPLOAD_BODY,
)
async def upload(
    record: VisibleCase, actor: ActorDep, db: DbDep, settings: SettingsDep, request: Request
) -> Any:
    """Store a document. The reply comes only once the file and its row are both durable. A raw report
    is for staff only unless ``audience`` is ``family``."""
    require_role(actor, "admin", "coordinator", "clinician")
    try:
        form = await request.form(max_files=1, max_fields=4)
    except HTTPException as err:
        if err.status_code == 413:
            raise
        return problems_response([("file", f"cannot be read: {err.detail}")])
    try:
        file = form.get("file")
        if not isinstance(file, StarletteUpload):
            return problems_response([("file", "Field required")])
        shared = form.get("audience", "staff")
        if shared not in AUDIENCES:
            return problems_response([("audience", f"must be one of {', '.join(AUDIENCES)}")])
        return await run_in_threadpool(_save, file, record, actor, db, settings, request, str(shared))
    finally:
        await form.close()


def _save(
    file: StarletteUpload,
    record: CaseRecord,
    actor: Actor,
    db: Session,
    settings: Settings,
    request: Request,
    shared_with: str = "staff",
) -> DocumentOut:
    folder = settings.effective_documents_dir
    try:
        stored = documents.store(file.file, folder, max_bytes=settings.max_upload_bytes)
    except documents.DocumentError as err:
        raise HTTPException(status_code=err.status, detail=str(err)) from None
    doc = Document(
        public_id=secrets.token_hex(12),
        case_pk=record.id,
        filename=_safe_name(file.filename),
        media_type=stored.media_type,
        size=stored.size,
        sha256=stored.sha256,
        storage_name=stored.storage_name,
        uploaded_by=actor.user.id,
        audience=audience.check(shared_with),
    )
    try:
        begin_write(db)
        db.add(doc)
        db.flush()
        audit.record(
            db,
            action="document_uploaded",
            user=actor.user,
            case_pk=record.id,
            target=doc.public_id,
            after_hash=stored.sha256,
            client=client_of(request),
            detail={"audience": doc.audience},
        )
        db.commit()
    except BaseException:
        db.rollback()
        documents.discard(folder, stored.storage_name)
        raise
    try:
        jobs = app_jobs(request.app)
        submit_extraction(jobs, public_id=doc.public_id, sha256=doc.sha256, case_pk=record.id)
    except Exception:  # the queue is down: the document stays queued and is submitted at the next start
        log.exception("the extraction of document %s could not be queued", doc.public_id)
    return _out(doc, record.case_id)  # its suggestions: GET /api/documents/{id}/suggestions


@router.get("/api/cases/{case_id}/documents", response_model=list[DocumentOut], responses=ERRORS)
def list_documents(
    record: VisibleCase, actor: ActorDep, db: DbDep, read_audit: ReadAuditDep
) -> list[DocumentOut]:
    """The case's documents you may see: staff see all, a patient only those shared with family. File
    names can carry patient names: the listing is recorded (``documents_listed``, with the ids)."""
    out = [_out(d, record.case_id, db) for d in audience.visible_documents(db, actor.user, record)]
    read_audit("documents_listed", case_pk=record.id, detail={"documents": [d.id for d in out]})
    return out


@router.patch("/api/documents/{document_id}", response_model=DocumentOut, responses=WRITE_ERRORS)
def share_document(
    found: VisibleDocument, body: Sharing, actor: ActorDep, db: DbDep, request: Request
) -> DocumentOut:
    """Share a document with the family or take it back to staff only (staff; audited)."""
    require_role(actor, "admin", "coordinator", "clinician")
    doc, record = found
    audience.share(
        db, item=doc, record=record, user=actor.user, audience=body.audience, client=client_of(request)
    )
    return _out(doc, record.case_id, db)


@router.get(
    "/api/documents/{document_id}",
    responses={**ERRORS, 200: {"content": {"application/octet-stream": {}}}},
    response_class=FileResponse,
)
def download(found: VisibleDocument, settings: SettingsDep, read_audit: ReadAuditDep) -> Any:
    doc, record = found
    path = settings.effective_documents_dir / doc.storage_name
    if not path.is_file():
        raise HTTPException(status_code=404, detail="not found")
    read_audit("document_read", case_pk=record.id, target=doc.public_id)
    return FileResponse(path, media_type=doc.media_type, filename=doc.filename)
