"""Issue 20, item 10: creating a case with a taken id. Case ids are service-wide (CONTRACT §1), so the
refusal tells a case creator that an id exists; decided (docs/security.md): the same 409 whether or not
the caller sees the case, advice against identifying ids, and each attempt recorded in the trail of the
case that holds the id."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.store.models import AuditEvent, CaseRecord
from tests.records.factories import case_data
from tests.web.conftest import LoginFn, World


def test_a_taken_id_gets_the_same_answer_whether_or_not_the_caller_sees_its_case(
    world: World, login: LoginFn
) -> None:
    coord = login("coord")
    own = coord.post("/api/cases", json=case_data("case-a"))  # coord's own case
    hidden = coord.post("/api/cases/import", json=case_data("case-b"))  # a case coord cannot see

    assert own.status_code == hidden.status_code == 409
    assert own.json()["detail"].replace("case-a", "ID") == hidden.json()["detail"].replace("case-b", "ID")
    assert "never a name, hospital number or birth date" in hidden.json()["detail"]
    assert coord.get("/api/cases/case-b").status_code == 404  # and the case stays out of reach


def test_claiming_a_taken_id_is_recorded_in_the_trail_of_the_case_that_holds_it(
    world: World, login: LoginFn, db: Session
) -> None:
    assert login("coord").post("/api/cases", json=case_data("case-b")).status_code == 409

    trail = login("admin").get("/api/cases/case-b/audit").json()
    [attempt] = [e for e in trail if e["action"] == "case_id_taken"]
    assert (attempt["username"], attempt["target"]) == ("coord", "case-b")
    db.expire_all()
    case_b = db.scalar(select(CaseRecord).where(CaseRecord.case_id == "case-b"))
    assert case_b is not None and case_b.version == 1  # nothing about the case changed
    created = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "case_created", AuditEvent.username == "coord")
    )
    assert list(created) == []


def test_the_api_tells_creators_that_ids_are_service_wide(anonymous: TestClient) -> None:
    schema = anonymous.get("/openapi.json").json()
    description = schema["paths"]["/api/cases"]["post"]["description"]
    assert "service-wide" in description and "including one you cannot see" in description
