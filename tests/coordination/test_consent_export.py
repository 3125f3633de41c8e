"""Consent enforced where a case's data leaves: an export to a named team or abroad is refused without
the consent it needs, with a message naming that consent, and the refusal is audited."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.store.models import AuditEvent
from tests.web.conftest import LoginFn, World


def events(db: Session, action: str) -> list[AuditEvent]:
    db.expire_all()
    return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def test_an_export_to_a_team_without_consent_is_refused_naming_it_and_audited(
    world: World, login: LoginFn, db: Session
) -> None:
    coord = login("coord")
    refused = coord.get("/api/cases/case-a/export", params={"recipient": "Ruijin trial team"})
    assert refused.status_code == 409
    assert "no consent in force for sharing with Ruijin trial team" in refused.json()["detail"]
    assert "case_id" not in refused.text
    [event] = events(db, "release_refused")
    assert event.username == "coord" and event.target == "export"
    assert event.detail == {
        "needed": "sharing with Ruijin trial team",
        "recipient": "Ruijin trial team",
        "destination": None,
    }
    assert events(db, "case_exported") == []
    today = dt.datetime.now(dt.UTC).date().isoformat()
    coord.post(
        "/api/cases/case-a/consents",
        json={"purpose": "share_with", "recipient": "Ruijin trial team", "given_on": today},
    )
    sent = coord.get("/api/cases/case-a/export", params={"recipient": "Ruijin trial team"})
    assert sent.status_code == 200 and sent.json()["case_id"] == "case-a"
    assert events(db, "case_exported")[0].detail == {"recipient": "Ruijin trial team", "destination": None}


def test_an_export_abroad_needs_consent_to_cross_border_transfer(world: World, login: LoginFn) -> None:
    coord = login("coord")
    assert coord.get("/api/cases/case-a/export", params={"destination": "GB"}).status_code == 200  # home
    abroad = coord.get("/api/cases/case-a/export", params={"destination": "CN"})
    assert abroad.status_code == 409
    assert "cross-border transfer from GB to CN" in abroad.json()["detail"]
    today = dt.datetime.now(dt.UTC).date().isoformat()
    coord.post("/api/cases/case-a/consents", json={"purpose": "cross_border_transfer", "given_on": today})
    assert coord.get("/api/cases/case-a/export", params={"destination": "CN"}).status_code == 200


def test_an_export_for_the_care_team_itself_needs_no_consent(world: World, login: LoginFn) -> None:
    assert login("coord").get("/api/cases/case-a/export").status_code == 200
