"""Documents on pages: upload (a plain file field; the script sends it through the API), extraction
progress, and the suggestions beside the text with each quoted span highlighted. Accept, edit or reject
goes through ``documents.confirm`` (the API's flow): a confirmed finding changes the case and the review."""

from __future__ import annotations

import threading
from typing import Any

from cachetools import LRUCache
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.datastructures import UploadFile as StarletteUpload

from her2nav.case.errors import CaseError
from her2nav.extract.text import UnreadableInput, document_from_bytes
from her2nav.records.cases.errors import FlowError
from her2nav.records.documents import confirm
from her2nav.records.documents import suggestions as sugg
from her2nav.records.store.models import CaseRecord, Document, Suggestion
from her2nav.reports.words import Words
from her2nav.settings import Settings
from her2nav.web.api import documents as documents_api
from her2nav.web.deps import Actor, DbDep, ReadAudit, SettingsDep, client_of, visible_document
from her2nav.web.jobs import extraction_state
from her2nav.web.pages.base import (
    PageActor,
    PageError,
    PageNotFound,
    choose_language,
    form_actor,
    page_case,
    render,
)
from her2nav.web.pages.labels import ASSERTION_LABELS, FIELD_LABELS, N_, STATUS_LABELS, field_label

router = APIRouter()
STAFF = ("admin", "coordinator", "clinician")
WRITERS = ("admin", "coordinator")
_TEXTS: LRUCache[str, str] = LRUCache(maxsize=64)  # extracted text by the file's SHA-256
_TEXTS_LOCK = threading.Lock()


def _staff(actor: Actor, *roles: str) -> None:
    if actor.user.role not in (roles or STAFF):
        raise PageError(403, "your account cannot do this")


def _document(actor: Actor, db: Session, document_id: str) -> tuple[Document, CaseRecord]:
    """Visible exactly when its case is (``deps.visible_document``); else the 404 page."""
    try:
        return visible_document(actor, db, document_id[:64])
    except HTTPException as err:
        if err.status_code == 404:
            raise PageNotFound from None
        raise


def document_text(doc: Document, settings: Settings) -> str | None:
    """The text the suggestions' spans index, for a document read without OCR (fast: no OCR is run
    again); None for a scan, whose text only OCR gives."""
    if doc.extraction_status != "done" or doc.extraction_ocr:
        return None
    with _TEXTS_LOCK:
        known = _TEXTS.get(doc.sha256)
    if known is not None:
        return known
    try:
        data = (settings.effective_documents_dir / doc.storage_name).read_bytes()
        text = document_from_bytes(data, doc.media_type).text
    except (OSError, UnreadableInput):
        return None
    with _TEXTS_LOCK:
        _TEXTS[doc.sha256] = text
    return text


def segments(text: str, found: list[Suggestion]) -> list[tuple[str, int | None]]:
    """The text cut into plain pieces and highlighted spans (suggestion id), spans that overlap an
    earlier one or no longer match the text left plain."""
    pieces: list[tuple[str, int | None]] = []
    at = 0
    for s in sorted(found, key=lambda s: (s.span_start, s.span_end)):
        if s.span_start < at or text[s.span_start : s.span_end] != s.span_text:
            continue
        pieces.append((text[at : s.span_start], None))
        pieces.append((text[s.span_start : s.span_end], s.id))
        at = s.span_end
    pieces.append((text[at:], None))
    return [p for p in pieces if p[0]]


READING_PAGE = N_("Reading page {done} of {total}")


def progress(db: Session, doc: Document, count: int) -> dict[str, Any]:
    """How far the extraction has got; ``pages_done`` of ``pages_total`` while OCR runs."""
    status, error = extraction_state(db, doc)
    running = status == "running" and bool(doc.extraction_pages_total)
    return {
        "status": status,
        "error": error,
        "finished": status in ("done", "failed"),
        "count": count,
        "pages_done": doc.extraction_pages_done if running else None,
        "pages_total": doc.extraction_pages_total if running else None,
    }


def progress_label(state: dict[str, Any], words: Words) -> str:
    """ "Reading page 3 of 12" while OCR runs, else the status in words."""
    if state["pages_total"]:
        return words(READING_PAGE, done=state["pages_done"] or 0, total=state["pages_total"])
    return words(STATUS_LABELS.get(state["status"], state["status"]))


def _page(
    request: Request,
    actor: Actor,
    db: Session,
    settings: Settings,
    doc: Document,
    record: CaseRecord,
    *,
    errors: dict[int, str] | None = None,
    status: int = 200,
) -> Response:
    found = sugg.for_document(db, doc)
    ReadAudit(actor, client_of(request), db)("suggestions_read", case_pk=record.id, target=doc.public_id)
    text = document_text(doc, settings)
    context = {
        "doc": doc,
        "record": record,
        "suggestions": found,
        "segments": segments(text, found) if text is not None else None,
        "is_image": doc.media_type.startswith("image/"),
        "progress": progress(db, doc, len(found)),
        "reading_page": READING_PAGE,
        "errors": errors or {},
        "field_label": field_label,
        "status_labels": STATUS_LABELS,
        "field_labels": FIELD_LABELS,
        "assertion_labels": ASSERTION_LABELS,
        "may_decide": actor.user.role in WRITERS,
    }
    return render(request, "document.html", context, actor=actor, status=status)


@router.get("/documents/{document_id}")
def document_page(
    document_id: str, request: Request, actor: PageActor, db: DbDep, settings: SettingsDep
) -> Response:
    _staff(actor)
    doc, record = _document(actor, db, document_id)
    return _page(request, actor, db, settings, doc, record)


@router.get("/documents/{document_id}/progress")
def document_progress(document_id: str, request: Request, actor: PageActor, db: DbDep) -> Response:
    """How far extraction has got (no patient data: status and a count): the page's progress part for
    htmx (``HX-Request``; ``HX-Refresh`` once the run has ended, to reload the page), else JSON."""
    _staff(actor)
    doc, _record = _document(actor, db, document_id)
    count = len(sugg.for_document(db, doc))
    db.rollback()
    state = progress(db, doc, count)
    if request.headers.get("hx-request") == "true":
        context = {
            "doc": doc,
            "progress": state,
            "reading_page": READING_PAGE,
            "status_labels": STATUS_LABELS,
        }
        part = render(request, "document_progress.html", context, actor=actor)
        if state["finished"]:
            part.headers["HX-Refresh"] = "true"
        return part
    state.pop("error")  # shown on the page, which the script reloads once the run has ended
    state["label"] = progress_label(state, Words(choose_language(request)))
    return JSONResponse(state)


def _upload(request: Request, form: FormData, case_id: str, db: Session, settings: Settings) -> Response:
    actor = form_actor(request, db, settings, form)
    _staff(actor)
    record = page_case(actor, db, case_id)
    file = form.get("file")
    if not isinstance(file, StarletteUpload) or not file.filename:
        raise PageError(422, "choose a file to upload")
    try:
        out = documents_api._save(file, record, actor, db, settings, request)
    except HTTPException as err:
        raise PageError(err.status_code, str(err.detail)) from None
    return RedirectResponse(f"/documents/{out.id}", status_code=303)


@router.post("/cases/{case_id}/documents")
async def upload(case_id: str, request: Request, db: DbDep, settings: SettingsDep) -> Response:
    """The plain form's upload (without the script, which sends the file to the API)."""
    form = await request.form(max_files=1, max_fields=8)
    try:
        return await run_in_threadpool(_upload, request, form, case_id, db, settings)
    finally:
        await form.close()


def _decide(
    request: Request, form: FormData, suggestion_id: int, db: Session, settings: Settings
) -> Response:
    actor = form_actor(request, db, settings, form)
    _staff(actor, *WRITERS)
    found = db.get(Suggestion, suggestion_id)
    record = db.get(CaseRecord, found.case_pk) if found is not None else None
    if found is None or record is None:
        raise PageNotFound
    record = page_case(actor, db, record.case_id)
    doc = db.get_one(Document, found.document_pk)
    verdict = {"accept": "accepted", "edit": "edited", "reject": "rejected"}.get(str(form.get("verdict")))
    if verdict is None:
        raise PageError(422, "choose accept, edit or reject")
    tested_on = None
    raw_date = str(form.get("tested_on") or "").strip()
    try:
        if raw_date:
            import datetime as dt

            tested_on = dt.date.fromisoformat(raw_date)
        confirm.decide_suggestion(
            session=db,
            suggestion=found,
            record=record,
            user=actor.user,
            verdict=verdict,
            corrected=str(form.get("value") or "").strip() if verdict == "edited" else None,
            tested_on=tested_on,
            client=client_of(request),
        )
    except ValueError:
        return _page(request, actor, db, settings, doc, record, errors={found.id: "date"}, status=422)
    except CaseError as err:
        message = "; ".join(p.message for p in err.problems)
        return _page(request, actor, db, settings, doc, record, errors={found.id: message}, status=422)
    except FlowError as err:
        return _page(request, actor, db, settings, doc, record, errors={found.id: str(err)}, status=409)
    return RedirectResponse(f"/documents/{doc.public_id}?decided={found.id}#s-{found.id}", status_code=303)


@router.post("/suggestions/{suggestion_id}")
async def decide(suggestion_id: int, request: Request, db: DbDep, settings: SettingsDep) -> Response:
    form = await request.form()
    return await run_in_threadpool(_decide, request, form, suggestion_id, db, settings)
