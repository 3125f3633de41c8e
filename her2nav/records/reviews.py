"""Reviews served from a stored snapshot while the case content and the knowledge version are the same."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records import casestore
from her2nav.records.models import CaseRecord, ReviewSnapshot


@dataclass
class Review:
    data: dict[str, Any]  # CONTRACT §2
    snapshot: ReviewSnapshot | None  # a new snapshot row for the caller to store, if any
    from_snapshot: bool


def review_for(*, session: Session, record: CaseRecord) -> Review:
    """Reads only: the stored snapshot when current, else a fresh review and the snapshot to store."""
    from her2nav.review import build_review, knowledge_version

    version = knowledge_version()
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
    data = build_review(case).data
    snapshot = ReviewSnapshot(
        case_pk=record.id,
        case_version=record.version,
        input_hash=input_hash,
        knowledge_version=version,
        review=data,
    )
    return Review(data, snapshot, from_snapshot=False)
