"""A finding from a report about another organ (a breast HER2 score) never enters a gastric case
silently: accepting it needs an explicit confirm_other_organ, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from her2nav.records.cases import casestore
from her2nav.records.cases.errors import Conflict
from her2nav.records.documents import confirm
from her2nav.records.store.models import CaseRecord, User
from tests.records.test_confirm import _suggestion
from tests.records.test_flows import coordinator, record

__all__ = ["coordinator", "record"]  # fixtures shared with test_flows


def test_a_breast_finding_is_refused_without_confirmation_and_the_case_is_unchanged(
    db: Session, coordinator: User, record: CaseRecord
) -> None:
    s = _suggestion(db, record, coordinator, field="her2_ihc", value="3+", organ="breast")
    with pytest.raises(Conflict, match=r"from a breast report.*confirm_other_organ"):
        confirm.decide_suggestion(
            session=db, suggestion=s, record=record, user=coordinator, verdict="accepted", client="t"
        )
    db.refresh(s)
    assert (s.status, record.version) == ("pending", 1)


def test_a_confirmed_breast_finding_is_accepted_and_rejecting_needs_no_confirmation(
    db: Session, coordinator: User, record: CaseRecord
) -> None:
    s = _suggestion(db, record, coordinator, field="her2_ihc", value="3+", organ="breast")
    confirm.decide_suggestion(
        session=db,
        suggestion=s,
        record=record,
        user=coordinator,
        verdict="accepted",
        client="t",
        confirm_other_organ=True,
    )
    assert (s.status, record.version) == ("accepted", 2)
    assert casestore.stored_case(db, record).latest("her2_ihc") is not None


def test_a_gastric_finding_needs_no_confirmation(db: Session, coordinator: User, record: CaseRecord) -> None:
    s = _suggestion(db, record, coordinator, organ=None)
    confirm.decide_suggestion(
        session=db, suggestion=s, record=record, user=coordinator, verdict="rejected", client="t"
    )
    assert s.status == "rejected"
    assert not confirm.other_organ(s)
