"""Reviews served from a stored snapshot while the case content, the knowledge version and the trial
registry are the same, and from an in-process cache of their text in front of that (``ReviewCache``).

The snapshot's ``knowledge_version`` column holds the *basis* of the review: the knowledge base version
plus the registry fingerprint (``2026.11.0+registry:<16 hex digits of its hash>``), because the review's
``trials`` change when the registry is re-imported. The review JSON itself carries the plain knowledge
base version.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import threading
from dataclasses import dataclass
from typing import Any

from cachetools import LRUCache
from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.cases import casestore
from her2nav.records.store.models import CaseRecord, ReviewSnapshot


@functools.lru_cache(maxsize=16)  # asked on every review request; the fingerprint rarely changes
def _short(fingerprint: str | None) -> str:
    """A bounded stand-in for the registry fingerprint (the column holds 64 characters)."""
    return hashlib.sha256((fingerprint or "").encode()).hexdigest()[:16]


def review_text(data: dict[str, Any]) -> str:
    """The response body: compact JSON, non-ASCII characters as they are (as FastAPI's JSONResponse)."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


@dataclass
class Review:
    text: str  # CONTRACT §2 as the JSON text sent; a stored snapshot's is served without re-encoding
    snapshot: ReviewSnapshot | None  # a new snapshot row for the caller to store, if any
    from_snapshot: bool
    basis: str | None = None  # what it rests on (None: the registry could not be read; nothing stored)


def _snapshot(
    record: CaseRecord, input_hash: str, basis: str, data: dict[str, Any], text: str
) -> ReviewSnapshot:
    return ReviewSnapshot(
        case_pk=record.id,
        case_version=record.version,
        input_hash=input_hash,
        knowledge_version=basis,
        review=data,
        review_text=text,
    )


def review_basis() -> tuple[str | None, str | None]:
    """(what a review rests on now: knowledge version + registry fingerprint, None) or (None, why the
    registry cannot be read)."""
    from her2nav.review import knowledge_version
    from her2nav.trials.matching import for_review

    fingerprint, problem = for_review.registry_state()
    if problem:
        return None, problem
    return f"{knowledge_version()}+registry:{_short(fingerprint)}", None


def review_for(*, session: Session, record: CaseRecord) -> Review:
    """Reads only: the stored snapshot when current, else a fresh review and the snapshot to store."""
    from her2nav.review import build_review, trials_for

    basis, problem = review_basis()
    if basis is None:  # review the case without trials, say why, and store nothing
        why = problem or "the trial registry cannot be read"
        data = build_review(casestore.stored_case(session, record), trials_unavailable=why).data
        return Review(review_text(data), None, from_snapshot=False)
    # Fast path: a snapshot taken at this very case version (the content cannot differ within a version).
    # Snapshots from before the text was kept (review_text NULL) are passed over and taken again.
    same_version = session.scalar(
        select(ReviewSnapshot.review_text)
        .where(
            ReviewSnapshot.case_pk == record.id,
            ReviewSnapshot.case_version == record.version,
            ReviewSnapshot.knowledge_version == basis,
            ReviewSnapshot.review_text.is_not(None),
        )
        .order_by(ReviewSnapshot.id.desc())
        .limit(1)
    )
    if same_version is not None:
        return Review(same_version, None, from_snapshot=True, basis=basis)
    case = casestore.stored_case(session, record)
    input_hash = casestore.content_hash(casestore.canonical(case))
    stored = session.execute(
        select(ReviewSnapshot.review, ReviewSnapshot.review_text)
        .where(
            ReviewSnapshot.case_pk == record.id,
            ReviewSnapshot.input_hash == input_hash,
            ReviewSnapshot.knowledge_version == basis,
            ReviewSnapshot.review_text.is_not(None),
        )
        .order_by(ReviewSnapshot.id.desc())
        .limit(1)
    ).first()
    if stored is not None:
        # Same content at a new version (e.g. an edit that changed nothing): remember it for this version.
        data, text = stored
        return Review(text, _snapshot(record, input_hash, basis, data, text), from_snapshot=True, basis=basis)
    trials, problem = trials_for(case)
    data = build_review(case, trials=trials, trials_unavailable=problem).data
    if problem:
        return Review(review_text(data), None, from_snapshot=False)
    text = review_text(data)
    return Review(text, _snapshot(record, input_hash, basis, data, text), from_snapshot=False, basis=basis)


CacheKey = tuple[int, int, str, dt.date]  # case row, case version, basis (knowledge + registry), day


class ReviewCache:
    """The review texts computed lately, keyed on what a review rests on: the case row and its version,
    the knowledge and registry versions (``review_basis``) and the day (a case without ``as_of`` is
    reviewed as of today). A hit skips the snapshot query and the review itself; a changed case, a new
    knowledge base or a re-imported registry is a new key. Thread-safe (one lock around the cache)."""

    def __init__(self, maxsize: int = 512) -> None:
        self._texts: LRUCache[CacheKey, str] = LRUCache(maxsize=maxsize)
        self._lock = threading.Lock()

    def review(self, *, session: Session, record: CaseRecord) -> Review:
        """The review of ``record`` (reads only; a new snapshot row comes back for the caller to store)."""
        basis, _problem = review_basis()
        key: CacheKey | None = None
        if basis is not None:
            key = (record.id, record.version, basis, dt.date.today())
            with self._lock:
                text = self._texts.get(key)
            if text is not None:
                return Review(text, None, from_snapshot=True, basis=basis)
        review = review_for(session=session, record=record)
        if key is not None and review.basis == basis:
            with self._lock:
                self._texts[key] = review.text
        return review
