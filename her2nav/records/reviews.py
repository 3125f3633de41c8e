"""Reviews served from a stored snapshot while the case content and the knowledge version are the same."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records import casestore
from her2nav.records.models import CaseRecord, ReviewSnapshot


def review_for(*, session: Session, record: CaseRecord) -> tuple[dict[str, Any], bool]:
    """(CONTRACT §2 review, whether it came from a snapshot)."""
    from her2nav.review import build_review, knowledge_version

    case = casestore.stored_case(session, record)
    input_hash = casestore.content_hash(casestore.canonical(case))
    version = knowledge_version()
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
        return stored, True
    data = build_review(case).data
    session.add(
        ReviewSnapshot(case_pk=record.id, input_hash=input_hash, knowledge_version=version, review=data)
    )
    return data, False
