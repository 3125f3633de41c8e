"""Queries on cases. Keyword-only, session first; database only (files live in ``documents.py``).

Who sees which case is decided here, in ``may_see`` (one SQL condition), applied by ``visible_cases``
for a signed-in user; the web layer reaches it through one dependency (``web.deps.visible_case``)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, Select, String, and_, case, exists, literal, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from her2nav.case.models import Case
from her2nav.records.cases import casestore
from her2nav.records.cases.errors import CaseExists
from her2nav.records.store.models import (
    RELATIONS,
    BiomarkerResult,
    CaseAssignment,
    CaseRecord,
    TreatmentLineRecord,
    User,
)

T = TypeVar("T")
WRITERS = ("admin", "coordinator")
SQLExpression = ColumnElement[T] | InstrumentedAttribute[T]


def may_see(
    user_id: SQLExpression[int], role: SQLExpression[str], patient_id: SQLExpression[int | None]
) -> ColumnElement[bool]:
    """THE access rule, as a condition on a ``CaseRecord`` row. Admin: every case. Coordinator: the
    cases assigned to them. Clinician: the cases they are invited to review. Patient: their own case.
    Anyone else (another role, a patient account without a patient): none."""
    relation = case((role == "coordinator", "coordinator"), else_="reviewer")
    assigned = exists().where(
        CaseAssignment.case_pk == CaseRecord.id,
        CaseAssignment.user_id == user_id,
        CaseAssignment.relation == relation,
    )
    return or_(
        role == "admin",
        and_(role == "patient", patient_id.is_not(None), CaseRecord.patient_id == patient_id),
        and_(or_(role == "coordinator", role == "clinician"), assigned),
    )


def visible_cases(user: User) -> Select[CaseRecord]:
    """The cases ``user`` may see (``may_see``)."""
    rule = may_see(literal(user.id, Integer), literal(user.role, String), literal(user.patient_id, Integer))
    return select(CaseRecord).where(rule)


def find_visible_case(*, session: Session, user: User, case_id: str) -> CaseRecord | None:
    return session.scalar(visible_cases(user).where(CaseRecord.case_id == case_id))


def list_cases(*, session: Session, user: User, limit: int = 200, offset: int = 0) -> list[CaseRecord]:
    query = visible_cases(user).order_by(CaseRecord.case_id).limit(limit).offset(offset)
    return list(session.scalars(query))


def create_case(*, session: Session, case: Case, user: User) -> CaseRecord:
    if session.scalar(select(CaseRecord.id).where(CaseRecord.case_id == case.case_id)) is not None:
        raise CaseExists(case.case_id)
    record = casestore.insert_case(session, case, created_by=user.id)
    if user.role == "coordinator":
        assign(session=session, record=record, user=user, relation="coordinator")
    return record


def assign(*, session: Session, record: CaseRecord, user: User, relation: str) -> None:
    if relation not in RELATIONS:
        raise ValueError(f"relation must be one of {', '.join(RELATIONS)}")
    already = session.scalar(
        select(CaseAssignment.id).where(
            CaseAssignment.case_pk == record.id,
            CaseAssignment.user_id == user.id,
            CaseAssignment.relation == relation,
        )
    )
    if already is None:
        session.add(CaseAssignment(case_pk=record.id, user_id=user.id, relation=relation))
        session.flush()


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396 JSON merge patch: objects merge, null removes, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def history(*, session: Session, record: CaseRecord) -> dict[str, list[dict[str, Any]]]:
    """Every biomarker result and treatment line the case has held, with the versions it was current."""
    markers = session.scalars(
        select(BiomarkerResult).where(BiomarkerResult.case_pk == record.id).order_by(BiomarkerResult.id)
    )
    lines = session.scalars(
        select(TreatmentLineRecord)
        .where(TreatmentLineRecord.case_pk == record.id)
        .order_by(TreatmentLineRecord.id)
    )
    return {
        "biomarkers": [
            {
                "entry": m.data,
                "added_in_version": m.added_in_version,
                "retired_in_version": m.retired_in_version,
            }
            for m in markers
        ],
        "treatments": [
            {
                "entry": casestore.line_data(t),
                "added_in_version": t.added_in_version,
                "retired_in_version": t.retired_in_version,
            }
            for t in lines
        ],
    }
