"""Changes to a case as domain flows, on SQLite and PostgreSQL: each flow stores the next version with
its audit event, or rolls back and says why in a domain error."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from her2nav.case.errors import CaseError
from her2nav.case.load import case_from_data
from her2nav.records.access import audit
from her2nav.records.cases import casestore, flows
from her2nav.records.cases.errors import CaseExists, StaleVersion
from her2nav.records.store.models import AuditEvent, CaseRecord, User
from tests.records.factories import case_data, make_user


@pytest.fixture
def coordinator(db: Session) -> User:
    return make_user(db, "coord", "coordinator")


@pytest.fixture
def record(db: Session, coordinator: User) -> CaseRecord:
    return flows.create_case(session=db, case=case_from_data(case_data()), user=coordinator, client="t")


def actions(db: Session, record: CaseRecord) -> list[str]:
    return [e.action for e in audit.for_case(db, record.id)]


def events(db: Session) -> int:
    return int(db.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_creating_a_case_stores_version_1_with_its_audit_event(db: Session, record: CaseRecord) -> None:
    assert record.version == 1
    assert actions(db, record) == ["case_created"]


def test_a_taken_case_id_is_refused_and_only_the_attempt_is_written(
    db: Session, coordinator: User, record: Any
) -> None:
    before = events(db)
    with pytest.raises(CaseExists, match="a case with case_id 'case-a' exists"):
        flows.create_case(session=db, case=case_from_data(case_data()), user=coordinator, client="t")
    assert actions(db, record) == ["case_created", "case_id_taken"]  # in the trail of the case holding it
    assert events(db) == before + 1


def test_a_change_at_the_current_version_stores_the_next_one(
    db: Session, coordinator: User, record: CaseRecord
) -> None:
    flows.change_case(
        session=db, record=record, user=coordinator, patch={"patient": {"ecog": 2}}, expected=1, client="t"
    )
    assert record.version == 2
    assert casestore.stored_case(db, record).patient.ecog == 2
    assert actions(db, record) == ["case_created", "case_changed"]


def test_a_change_at_a_stale_version_names_the_current_one_and_changes_nothing(
    db: Session, coordinator: User, record: CaseRecord
) -> None:
    flows.change_case(
        session=db, record=record, user=coordinator, patch={"patient": {"ecog": 2}}, expected=None, client="t"
    )
    with pytest.raises(StaleVersion, match=r"the case has changed \(now version 2\); reload and retry"):
        flows.change_case(
            session=db,
            record=record,
            user=coordinator,
            patch={"patient": {"ecog": 3}},
            expected=1,
            client="t",
        )
    assert (record.version, casestore.stored_case(db, record).patient.ecog) == (2, 2)


def test_an_invalid_change_names_the_field_and_is_rolled_back(
    db: Session, coordinator: User, record: CaseRecord
) -> None:
    before = events(db)
    with pytest.raises(CaseError) as info:
        flows.change_case(
            session=db,
            record=record,
            user=coordinator,
            patch={"patient": {"ecog": 7}},
            expected=1,
            client="t",
        )
    assert [p.path for p in info.value.problems] == ["patient.ecog"]
    db.refresh(record)
    assert (record.version, events(db)) == (1, before)


def test_the_case_id_cannot_be_changed(db: Session, coordinator: User, record: CaseRecord) -> None:
    with pytest.raises(CaseError, match="case_id: cannot be changed"):
        flows.change_case(
            session=db, record=record, user=coordinator, patch={"case_id": "other"}, expected=1, client="t"
        )


def test_adding_an_entry_appends_it_as_a_new_version(
    db: Session, coordinator: User, record: CaseRecord
) -> None:
    entry = {"kind": "mmr", "result": "proficient", "tested_on": "2025-03-01"}
    flows.add_entry(
        session=db, record=record, user=coordinator, key="biomarkers", entry=entry, expected=None, client="t"
    )
    assert record.version == 2
    assert casestore.stored_case(db, record).latest("mmr") is not None
    assert actions(db, record)[-1] == "biomarkers_added"
