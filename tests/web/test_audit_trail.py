"""Issue 20, item 8: listing cases, listing a case's documents, reading the audit trail and refused
attempts (403/404) are recorded; the audit API pages the whole trail, newest first."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.store.models import AuditEvent, CaseRecord
from tests.web.conftest import LoginFn, World


def _events(db: Session, action: str) -> list[AuditEvent]:
    db.expire_all()
    return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def _case_pk(db: Session, case_id: str) -> int:
    pk = db.scalar(select(CaseRecord.id).where(CaseRecord.case_id == case_id))
    assert pk is not None
    return pk


def test_listing_cases_is_recorded_with_how_many_were_shown(
    world: World, login: LoginFn, db: Session
) -> None:
    assert len(login("coord").get("/api/cases", params={"limit": 5}).json()) == 1

    [event] = _events(db, "cases_listed")
    assert (event.username, event.case_pk) == ("coord", None)
    assert event.detail == {"count": 1, "limit": 5, "offset": 0}


def test_listing_a_cases_documents_is_recorded_with_the_documents_shown(
    world: World, login: LoginFn, db: Session
) -> None:
    login("clin").get("/api/cases/case-a/documents")

    [event] = _events(db, "documents_listed")
    assert (event.username, event.case_pk) == ("clin", _case_pk(db, "case-a"))
    assert event.detail == {"documents": [world.docs["case-a"]]}


def test_reading_the_audit_trail_is_itself_recorded(world: World, login: LoginFn, db: Session) -> None:
    coord = login("coord")
    coord.get("/api/cases/case-a/audit", params={"limit": 1})

    [event] = _events(db, "audit_read")
    assert (event.username, event.case_pk) == ("coord", _case_pk(db, "case-a"))
    assert event.detail == {"before": None, "limit": 1, "count": 1}
    assert "audit_read" in [e["action"] for e in coord.get("/api/cases/case-a/audit").json()]


def test_refused_attempts_join_the_trail_of_the_case_they_aimed_at(
    world: World, login: LoginFn, db: Session
) -> None:
    coord, clin, patient = login("coord"), login("clin"), login("pat")

    outsider = coord.get("/api/cases/case-b/export")
    not_theirs = clin.get("/api/cases/case-a/audit")
    staff_only = patient.get(f"/api/documents/{world.docs['case-a']}")
    no_such_case = coord.get("/api/cases/no-such-case")

    assert (outsider.status_code, not_theirs.status_code, staff_only.status_code) == (404, 403, 404)
    assert outsider.json() == no_such_case.json() == {"detail": "not found"}  # the answer is unchanged
    refused = [
        (e.username, e.case_pk, e.target, e.detail["status"], e.detail["path"])
        for e in _events(db, "access_refused")
        if e.detail
    ]
    assert refused == [
        ("coord", _case_pk(db, "case-b"), "case-b", 404, "/api/cases/case-b/export"),
        ("clin", _case_pk(db, "case-a"), "case-a", 403, "/api/cases/case-a/audit"),
        ("pat", _case_pk(db, "case-a"), world.docs["case-a"], 404, f"/api/documents/{world.docs['case-a']}"),
        ("coord", None, "no-such-case", 404, "/api/cases/no-such-case"),
    ]
    trail_of_b = login("admin").get("/api/cases/case-b/audit").json()
    assert any(e["action"] == "access_refused" and e["username"] == "coord" for e in trail_of_b)


def test_a_wrong_csrf_token_and_a_role_refusal_are_recorded_but_no_session_is_not(
    world: World, login: LoginFn, anonymous: TestClient, db: Session
) -> None:
    coord = login("coord")
    coord.post("/api/cases/case-a/notes", json={"text": "x"}, headers={"X-CSRF-Token": "wrong"})
    login("pat").post("/api/cases/case-a/notes", json={"text": "x"})
    anonymous.get("/api/cases/case-a")

    refused = [(e.username, e.detail and e.detail["status"]) for e in _events(db, "access_refused")]
    assert refused == [("coord", 403), ("pat", 403)]


def _page(client: TestClient, url: str) -> tuple[list[dict[str, Any]], str | None]:
    answer = client.get(url)
    assert answer.status_code == 200, answer.text
    link = answer.headers.get("link")
    following = re.fullmatch(r'<([^>]+)>; rel="next"', link) if link else None
    assert link is None or following, link
    return answer.json(), following.group(1) if following else None


def test_the_audit_trail_pages_newest_first_through_every_event(
    world: World, login: LoginFn, db: Session
) -> None:
    coord = login("coord")
    for _ in range(23):
        coord.get("/api/cases/case-a")
    db.expire_all()
    stored = list(
        db.scalars(
            select(AuditEvent.id)
            .where(AuditEvent.case_pk == _case_pk(db, "case-a"))
            .order_by(AuditEvent.id.desc())
        )
    )
    assert len(stored) > 23

    seen: list[int] = []
    url: str | None = "/api/cases/case-a/audit?limit=10"
    pages = 0
    while url:
        events, url = _page(coord, url)
        seen += [e["id"] for e in events]
        pages += 1
    assert seen == stored  # every event once, newest first, none of the trail's own reads in between
    assert pages == len(stored) // 10 + 1


def test_the_default_page_is_the_newest_hundred(world: World, login: LoginFn) -> None:
    coord = login("coord")
    for _ in range(105):
        coord.get("/api/cases/case-a/treatments")
    events = coord.get("/api/cases/case-a/audit").json()
    assert len(events) == 100
    assert events[0]["action"] == "case_read" and events[0]["id"] == max(e["id"] for e in events)


def test_the_audit_pages_are_described_in_openapi(anonymous: TestClient) -> None:
    operation = anonymous.get("/openapi.json").json()["paths"]["/api/cases/{case_id}/audit"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert parameters["before"]["schema"]["anyOf"][0]["minimum"] == 1
    assert parameters["limit"]["schema"]["maximum"] == 1000
    assert "Link" in operation["responses"]["200"]["headers"]
    assert "newest first" in operation["description"]
