"""Reviews served from a stored snapshot while the case content, the knowledge version and the trial
registry are the same.

The snapshot's ``knowledge_version`` column holds the *basis* of the review: the knowledge base version
plus the registry fingerprint (``2026.11.0+registry:<16 hex digits of its hash>``), because the review's
``trials`` change when the registry is re-imported. The review JSON itself carries the plain knowledge
base version.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records import casestore
from her2nav.records.models import CaseRecord, ReviewSnapshot


def _short(fingerprint: str | None) -> str:
    """A bounded stand-in for the registry fingerprint (the column holds 64 characters)."""
    return hashlib.sha256((fingerprint or "").encode()).hexdigest()[:16]


@dataclass
class Review:
    data: dict[str, Any]  # CONTRACT §2
    snapshot: ReviewSnapshot | None  # a new snapshot row for the caller to store, if any
    from_snapshot: bool


def review_for(*, session: Session, record: CaseRecord) -> Review:
    """Reads only: the stored snapshot when current, else a fresh review and the snapshot to store."""
    from her2nav.review import build_review, knowledge_version
    from her2nav.trials.for_review import registry_state, review_trials, unavailable_warning

    fingerprint, problem = registry_state()
    if problem:  # review the case without trials, say why, and store nothing
        data = build_review(casestore.stored_case(session, record)).data
        data["warnings"].append(unavailable_warning(problem))
        return Review(data, None, from_snapshot=False)
    version = f"{knowledge_version()}+registry:{_short(fingerprint)}"
    # Fast path: a snapshot taken at this very case version (the content cannot differ within a version).
    same_version = session.scalar(
        select(ReviewSnapshot.review)
        .where(
            ReviewSnapshot.case_pk == record.id,
            ReviewSnapshot.case_version == record.version,
            ReviewSnapshot.knowledge_version == version,
        )
        .order_by(ReviewSnapshot.id.desc())
        .limit(1)
    )
    if same_version is not None:
        return Review(same_version, None, from_snapshot=True)
    case = casestore.stored_case(session, record)
    input_hash = casestore.content_hash(casestore.canonical(case))
    stored = session.scalar(
        select(ReviewSnapshot.review)
        .where(
            ReviewSnapshot.case_pk == record.id,
            ReviewSnapshot.input_hash == input_hash,
            ReviewSnapshot.knowledge_version == version,
        )
        .order_by(ReviewSnapshot.id.desc())
        .limit(1)
    )
    if stored is not None:
        # Same content at a new version (e.g. an edit that changed nothing): remember it for this version.
        again = ReviewSnapshot(
            case_pk=record.id,
            case_version=record.version,
            input_hash=input_hash,
            knowledge_version=version,
            review=stored,
        )
        return Review(stored, again, from_snapshot=True)
    trials, problem = review_trials(case)
    data = build_review(case, trials=trials).data
    if problem:
        data["warnings"].append(unavailable_warning(problem))
        return Review(data, None, from_snapshot=False)
    snapshot = ReviewSnapshot(
        case_pk=record.id,
        case_version=record.version,
        input_hash=input_hash,
        knowledge_version=version,
        review=data,
    )
    return Review(data, snapshot, from_snapshot=False)
