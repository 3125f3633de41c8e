"""GET /api/cases/{case_id}/review: the CONTRACT §2 review of a case, the most frequent request.

It has its own read path (records/review_reads.py): one statement checks the session and the access
rule, the stored snapshot's text is kept in memory, and the audit event is group-committed. It answers
exactly as every other case URL does (401 without a live session, 404 for a case the user may not see).
Its router is matched right after the health check, before the other case routes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from her2nav.records.accounts import is_stale, touch_id
from her2nav.records.audit_writer import AuditWriter
from her2nav.records.db import begin_write
from her2nav.records.models import CaseRecord
from her2nav.records.review_reads import Reader, ReviewReads
from her2nav.records.reviews import review_basis, review_for
from her2nav.trials.for_review import state_is_fresh
from her2nav.web.api.cases import ERRORS
from her2nav.web.deps import CaseIdPath, client_of, current_reader, not_found
from her2nav.web.schemas import ProblemList

router = APIRouter(prefix="/api/cases", tags=["cases"])


@router.get(
    "/{case_id}/review", response_model=dict[str, Any], responses={**ERRORS, 422: {"model": ProblemList}}
)
async def review_case(request: Request, case_id: CaseIdPath) -> Any:
    """The CONTRACT §2 review (decision support, never a verdict), from a snapshot when still current."""
    reads: ReviewReads = request.app.state.review_reads
    reader = await current_reader(request, case_id)
    body, from_snapshot = None, True
    # The registry is read at most every few seconds (and installed on first use): off the event loop.
    basis, _problem = review_basis() if state_is_fresh() else await run_in_threadpool(review_basis)
    if (
        basis is not None
        and reader.case_pk is not None
        and reader.case_version is not None
        and not is_stale(reader.last_seen_at)
    ):
        body = reads.text(reader.case_pk, reader.case_version, basis)
    if body is None:
        body, from_snapshot = await run_in_threadpool(_review_in_full, request, reader)
    writer: AuditWriter = request.app.state.audit_writer
    await writer.record_async(
        action="review_read",
        user_id=reader.user_id,
        username=reader.username,
        case_pk=reader.case_pk,
        client=client_of(request),
        detail={"snapshot": from_snapshot},
    )
    return Response(body, media_type="application/json")


def _review_in_full(request: Request, reader: Reader) -> tuple[bytes, bool]:
    """The general path: stamp the session's activity when due, take the snapshot (or review the case
    and store one), and keep its text for the next reader."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as db:
        if is_stale(reader.last_seen_at):
            begin_write(db)
            touch_id(session=db, session_id=reader.session_id)
            db.commit()
        record = db.get(CaseRecord, reader.case_pk)
        if record is None:  # removed since the lookup
            raise not_found()
        review = review_for(session=db, record=record)
        if review.snapshot is not None:
            begin_write(db)
            db.add(review.snapshot)
            db.commit()
        body = review.text.encode()
        if review.basis is not None:
            reads: ReviewReads = request.app.state.review_reads
            reads.remember(record.id, record.version, review.basis, body)
    return body, review.from_snapshot
