"""GET /api/cases/{case_id}/review: the CONTRACT §2 review of a case.

The same path as every case URL: the signed-in user, the one access check (``VisibleCase``: 404 for
a case the user may not see), the review (from the in-process cache, a stored snapshot, or computed),
and its audit event committed in the request's transaction before the answer leaves."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from her2nav.records.cases.reviews import ReviewCache
from her2nav.web.api.cases import ERRORS
from her2nav.web.deps import DbDep, ReadAuditDep, VisibleCase
from her2nav.web.schemas import ProblemList

router = APIRouter(prefix="/api/cases", tags=["cases"])


@router.get(
    "/{case_id}/review", response_model=dict[str, Any], responses={**ERRORS, 422: {"model": ProblemList}}
)
def review_case(request: Request, record: VisibleCase, db: DbDep, read_audit: ReadAuditDep) -> Response:
    """The CONTRACT §2 review (decision support, never a verdict)."""
    reviews: ReviewCache = request.app.state.reviews
    review = reviews.review(session=db, record=record)
    stored = [review.snapshot] if review.snapshot is not None else []
    read_audit("review_read", case_pk=record.id, detail={"snapshot": review.from_snapshot}, store=stored)
    return Response(review.text.encode(), media_type="application/json")
