"""Deciding an extracted finding (documents.confirm), on SQLite and PostgreSQL: only an accepted or
edited result changes the case; every decision is audited; a second decision is a conflict."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from her2nav.records.cases import casestore
from her2nav.records.cases.errors import Conflict
from her2nav.records.documents import confirm
from her2nav.records.store.models import CaseRecord, Document, Suggestion, User
from tests.records.test_flows import actions, coordinator, record

__all__ = ["coordinator", "record"]  # fixtures shared with test_flows


def _suggestion(db: Session, record: CaseRecord, user: User, **fields: Any) -> Suggestion:
    doc = Document(
        public_id="doc1",
        case_pk=record.id,
        filename="report.txt",
        media_type="text/plain",
        size=1,
        sha256="0" * 64,
        storage_name="s1",
        uploaded_by=user.id,
        extraction_status="done",
    )
    db.add(doc)
    db.flush()
    values = {"field": "mmr", "value": "deficient", "assertion": "present", **fields}
    s = Suggestion(
        document_pk=doc.id, case_pk=record.id, span_start=0, span_end=4, span_text="dMMR", **values
    )
    db.add(s)
    db.commit()
    return s


def test_accepting_a_finding_adds_it_to_the_case_and_a_second_decision_is_a_conflict(
    db: Session, coordinator: User, record: CaseRecord
) -> None:
    s = _suggestion(db, record, coordinator)
    confirm.decide_suggestion(
        session=db, suggestion=s, record=record, user=coordinator, verdict="accepted", client="t"
    )
    assert (s.status, s.case_version, record.version) == ("accepted", 2, 2)
    assert casestore.stored_case(db, record).latest("mmr").result == "deficient"
    with pytest.raises(Conflict, match="this suggestion was already accepted"):
        confirm.decide_suggestion(
            session=db, suggestion=s, record=record, user=coordinator, verdict="rejected", client="t"
        )


def test_a_negated_finding_cannot_be_accepted_as_a_result(
    db: Session, coordinator: User, record: CaseRecord
) -> None:
    s = _suggestion(db, record, coordinator, assertion="negated")
    with pytest.raises(Conflict, match="gives this finding as negated, not as a result"):
        confirm.decide_suggestion(
            session=db, suggestion=s, record=record, user=coordinator, verdict="accepted", client="t"
        )
    db.refresh(s)
    assert (s.status, record.version) == ("pending", 1)


def test_rejecting_a_finding_leaves_the_case_alone_but_is_audited(
    db: Session, coordinator: User, record: CaseRecord
) -> None:
    s = _suggestion(db, record, coordinator)
    confirm.decide_suggestion(
        session=db, suggestion=s, record=record, user=coordinator, verdict="rejected", client="t"
    )
    assert (s.status, record.version) == ("rejected", 1)
    assert actions(db, record)[-1] == "suggestion_rejected"
