"""GET /api/cases/{case_id}/review: the CONTRACT §2 review of a case, the most frequent request.

It has its own read path (records/review_reads.py): the reviews asked for together are served as one
batch in a worker thread — one statement checks every session and the access rule, the stored
snapshot's text is kept in memory, and the audit events are stored in one transaction before any of
them is answered. It answers exactly as every other case URL does (401 without a live session, 404
for a case the user may not see). Its router is matched right after the health check."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from her2nav.records.accounts import is_stale, touch_id
from her2nav.records.audit_writer import WAIT_SECONDS, AuditUnavailable, AuditWriter
from her2nav.records.batching import LoopBatches
from her2nav.records.db import begin_write
from her2nav.records.models import CaseRecord
from her2nav.records.review_reads import Kept, Reader, ReviewAsk, ReviewReads, Served
from her2nav.records.reviews import review_basis, review_for
from her2nav.settings import Settings
from her2nav.trials.for_review import state_is_fresh
from her2nav.web.api.cases import ERRORS
from her2nav.web.deps import CaseIdPath, checked_reader, client_of, not_found, session_token
from her2nav.web.encoding import accepts_gzip
from her2nav.web.schemas import ProblemList

router = APIRouter(prefix="/api/cases", tags=["cases"])

REVIEWS_PER_BATCH = 256  # asks served by one batch at most (the rest wait for the next)


def review_batches(app: FastAPI) -> LoopBatches[ReviewAsk, Served]:
    """The batches of review asks of ``app`` (what it uses is looked up at each batch, so that the
    application's current read path and audit writer are used)."""
    settings: Settings = app.state.settings
    idle = dt.timedelta(seconds=settings.session_idle_seconds)
    absolute = dt.timedelta(seconds=settings.session_absolute_seconds)

    def serve(asks: list[ReviewAsk]) -> list[Served]:
        reads: ReviewReads = app.state.review_reads
        writer: AuditWriter = app.state.audit_writer
        return reads.serve(asks, idle=idle, absolute=absolute, events=writer)

    return LoopBatches(serve, max_batch=REVIEWS_PER_BATCH, wait_seconds=WAIT_SECONDS)


@router.get(
    "/{case_id}/review", response_model=dict[str, Any], responses={**ERRORS, 422: {"model": ProblemList}}
)
async def review_case(request: Request, case_id: CaseIdPath) -> Any:
    """The CONTRACT §2 review (decision support, never a verdict), from a snapshot when still current."""
    token = session_token(request)
    # The registry is read at most every few seconds (and installed on first use): off the event loop.
    basis, _problem = review_basis() if state_is_fresh() else await run_in_threadpool(review_basis)
    batches: LoopBatches[ReviewAsk, Served] = request.app.state.review_batches
    try:  # each ask has a deadline (WAIT_SECONDS): a stuck database gets a refusal, not a hung request
        served = await batches.submit(ReviewAsk(token, case_id, basis, client_of(request)))
    except TimeoutError as err:
        raise AuditUnavailable("the review could not be checked and recorded in time") from err
    if served.unaudited is not None:
        raise AuditUnavailable(f"the audit trail could not record this read ({served.unaudited})")
    reader = checked_reader(served.reader)
    if served.body is not None:
        return _response(served.body, request)
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
    return _response(body, request)


def _response(kept: Kept, request: Request) -> Response:
    """The review as JSON, gzip-compressed when the client accepts it (the text is compressed once,
    when it is kept, not per request)."""
    if accepts_gzip(request.headers.get("accept-encoding")):
        headers = {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
        return Response(kept.gzipped, media_type="application/json", headers=headers)
    return Response(kept.plain, media_type="application/json", headers={"Vary": "Accept-Encoding"})


def _review_in_full(request: Request, reader: Reader) -> tuple[Kept, bool]:
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
        if review.basis is None:
            return Kept.of(body), review.from_snapshot
        reads: ReviewReads = request.app.state.review_reads
        return reads.remember(
            record.id, record.version, review.basis, body, case_id=record.case_id
        ), review.from_snapshot
