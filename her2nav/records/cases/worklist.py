"""The worklist: every case a user may see, with what a navigator scans for (HER2, the line being chosen,
the best option, blocking gaps, the owner, the last change).

The clinical columns come from the stored review snapshots of each case's current version (a few JSON
fields read by the database, never the whole review), kept in an in-process cache keyed on the case
version and the review basis: a page view re-runs no review. A case without a current snapshot shows
as not yet reviewed until its review is taken (``review_missing``)."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

from cachetools import LRUCache
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from her2nav.records.cases.service import visible_cases
from her2nav.records.store.models import CaseAssignment, CaseRecord, Patient, ReviewSnapshot, User

BLOCKING = "high"  # render.headline.BLOCKING_SEVERITIES, whose layer is below records: the same rule


@dataclass(frozen=True)
class Summary:
    """What the review of one case version says, in brief."""

    her2_status: str
    her2_category: str
    line: int | None
    best_id: str | None
    best_name: str | None
    blocking: tuple[dict[str, Any], ...]  # blocking gaps (code, severity, message), in review order
    gaps: int


@dataclass(frozen=True)
class Row:
    pk: int
    case_id: str
    version: int
    updated_at: dt.datetime
    region: str | None
    owner: str | None
    summary: Summary | None  # None: no current review yet


def summary_of(review: dict[str, Any]) -> Summary:
    """The brief of a full review (CONTRACT §2)."""
    options = review.get("options") or []
    return _summary(
        review["her2"]["status"],
        review["her2"]["category"],
        review.get("current_line"),
        options[0]["id"] if options else None,
        options[0]["name"] if options else None,
        review.get("gaps") or [],
    )


def _summary(
    status: str, category: str, line: Any, best_id: Any, best_name: Any, gaps: list[dict[str, Any]]
) -> Summary:
    blocking = tuple(
        {"code": g.get("code"), "severity": g.get("severity"), "message": g.get("message")}
        for g in gaps
        if g.get("severity") == BLOCKING
    )
    return Summary(
        status,
        category,
        int(line) if line is not None else None,
        best_id,
        best_name,
        blocking,
        len(gaps),
    )


Key = tuple[int, int, str]  # case row, version, review basis


class Summaries:
    """Briefs of reviews by case version and basis; thread-safe, bounded."""

    def __init__(self, maxsize: int = 50_000) -> None:
        self._found: LRUCache[Key, Summary] = LRUCache(maxsize=maxsize)
        self._lock = threading.Lock()

    def get(self, key: Key) -> Summary | None:
        with self._lock:
            return self._found.get(key)

    def put(self, key: Key, summary: Summary) -> None:
        with self._lock:
            self._found[key] = summary


def _listing(seen: Any) -> Any:
    """Each visible case (``seen``: a subquery of cases) with its home region and first coordinator."""
    owner = aliased(User)
    first_owner = (
        select(func.min(owner.username))
        .join(CaseAssignment, CaseAssignment.user_id == owner.id)
        .where(CaseAssignment.case_pk == seen.c.id, CaseAssignment.relation == "coordinator")
        .scalar_subquery()
    )
    return (
        select(seen.c.id, seen.c.case_id, seen.c.version, seen.c.updated_at, Patient.region, first_owner)
        .select_from(seen)
        .join(Patient, Patient.id == seen.c.patient_id)
    )


def _snapshots(session: Session, user: User, basis: str) -> dict[int, Summary]:
    """Briefs of the newest current snapshot of every visible case, read field by field."""
    seen = visible_cases(user).subquery()
    newest = (
        select(func.max(ReviewSnapshot.id))
        .join(seen, (seen.c.id == ReviewSnapshot.case_pk) & (seen.c.version == ReviewSnapshot.case_version))
        .where(ReviewSnapshot.knowledge_version == basis)
        .group_by(ReviewSnapshot.case_pk)
    )
    review = ReviewSnapshot.review
    query = select(
        ReviewSnapshot.case_pk,
        review[("her2", "status")].as_string(),
        review[("her2", "category")].as_string(),
        review[("current_line",)].as_integer(),
        review[("options", 0, "id")].as_string(),
        review[("options", 0, "name")].as_string(),
        review[("gaps",)].as_json(),
    ).where(ReviewSnapshot.id.in_(newest))
    found: dict[int, Summary] = {}
    for pk, status, category, line, best_id, best_name, gaps in session.execute(query):
        found[pk] = _summary(status, category, line, best_id, best_name, list(gaps or []))
    return found


def worklist(*, session: Session, user: User, basis: str | None, cache: Summaries) -> list[Row]:
    """Every case ``user`` may see, with the brief of its current review where there is one."""
    rows = list(session.execute(_listing(visible_cases(user).subquery())))
    summaries: dict[int, Summary | None] = {}
    missing = False
    for pk, _case_id, version, *_ in rows:
        summaries[pk] = cache.get((pk, version, basis)) if basis else None
        missing = missing or summaries[pk] is None
    if missing and basis:
        stored = _snapshots(session, user, basis)
        for pk, _case_id, version, *_ in rows:
            if summaries[pk] is None and pk in stored:
                summaries[pk] = stored[pk]
                cache.put((pk, version, basis), stored[pk])
    return [
        Row(pk, case_id, version, updated_at, region, owner, summaries[pk])
        for pk, case_id, version, updated_at, region, owner in rows
    ]


def remember(cache: Summaries, record: CaseRecord, basis: str | None, review: dict[str, Any]) -> Summary:
    summary = summary_of(review)
    if basis:
        cache.put((record.id, record.version, basis), summary)
    return summary
