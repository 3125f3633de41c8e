"""Demo data: the example cases and one account per role (for trying the API on this machine only)."""

from __future__ import annotations

from importlib import resources

from sqlalchemy.orm import Session, sessionmaker

from her2nav.case.load import case_from_bytes
from her2nav.records.access import audit
from her2nav.records.access.accounts import create_user
from her2nav.records.cases import casestore, service
from her2nav.records.store.db import write_transaction
from her2nav.records.store.models import CaseRecord

DEMO_ACCOUNTS: tuple[tuple[str, str, str], ...] = (
    ("admin", "admin", "demo-admin-password"),
    ("coordinator", "coordinator", "demo-coordinator-password"),
    ("clinician", "clinician", "demo-clinician-password"),
    ("patient", "patient", "demo-patient-password"),
)


def example_cases() -> list[bytes]:
    folder = resources.files("her2nav.records.demo")
    return [
        entry.read_bytes()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".yaml")
    ]


def seed(factory: sessionmaker[Session]) -> list[str]:
    """Load the demo cases and accounts; returns the case ids loaded."""
    with write_transaction(factory) as session:
        users = {
            role: create_user(session=session, username=name, password=password, role=role)
            for name, role, password in DEMO_ACCOUNTS
            if role != "patient"
        }
        loaded: list[CaseRecord] = []
        for raw in example_cases():
            case = case_from_bytes(raw, where="demo case")
            record = service.create_case(session=session, case=case, user=users["coordinator"])
            audit.record(
                session,
                action="case_created",
                user=users["coordinator"],
                case_pk=record.id,
                after_hash=casestore.content_hash(casestore.canonical(case)),
                detail={"source": "demo"},
            )
            loaded.append(record)
        for record in loaded[:2]:
            service.assign(session=session, record=record, user=users["clinician"], relation="reviewer")
        create_user(
            session=session,
            username="patient",
            password=DEMO_ACCOUNTS[3][2],
            role="patient",
            patient_id=loaded[0].patient_id,
        )
        return [r.case_id for r in loaded]
