"""Test data: cases built from a small valid §1 document, accounts per role."""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy.orm import Session

from her2nav.case.load import case_from_data
from her2nav.records.access.accounts import create_user
from her2nav.records.cases import service
from her2nav.records.store.db import begin_write
from her2nav.records.store.models import CaseRecord, User

PASSWORD = "correct horse battery"

BASE_CASE: dict[str, Any] = {
    "case_id": "case-a",
    "as_of": "2026-11-23",
    "patient": {"age": 58, "sex": "female", "ecog": 1, "region": "GB", "conditions": ["hepatitis_b"]},
    "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
    "biomarkers": [
        {
            "kind": "her2_ihc",
            "score": "3+",
            "specimen": "biopsy",
            "criteria": "gastric",
            "tested_on": "2025-02-20",
        },
        {"kind": "pdl1_cps", "value": 8, "assay": "22C3", "tested_on": "2025-02-20"},
    ],
    "treatments": [
        {
            "line": 1,
            "setting": "palliative",
            "agents": ["trastuzumab", "capecitabine", "oxaliplatin"],
            "started_on": "2025-03-01",
            "ended_on": "2025-10-15",
            "stop_reason": "progression",
        }
    ],
}


def case_data(case_id: str = "case-a", **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE_CASE)
    data["case_id"] = case_id
    data.update(changes)
    return data


def make_user(session: Session, username: str, role: str, *, patient_of: CaseRecord | None = None) -> User:
    """An account, added in a write transaction as every caller in the product does (web/api/users.py,
    cli/records.py): on SQLite a read transaction that turns into a write fails at once ("database is
    locked") when a worker thread committed in between."""
    begin_write(session)
    return create_user(
        session=session,
        username=username,
        password=PASSWORD,
        role=role,
        patient_id=patient_of.patient_id if patient_of else None,
    )


def make_case(session: Session, owner: User, case_id: str = "case-a", **changes: Any) -> CaseRecord:
    return service.create_case(
        session=session, case=case_from_data(case_data(case_id, **changes)), user=owner
    )
