"""Consent enforced on reports and packets as on exports: sent to a named team or abroad, each is
refused without the consent it needs (409 naming it, the refusal audited), handed out once the
consent is recorded, and refused again after it is withdrawn. Without a recipient or a destination
(the care team's own copy, CONTRACT §8) nothing is asked."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.store.models import AuditEvent
from tests.web.conftest import LoginFn, World

TEAM = "Ruijin trial team"
HTML = {"format": "html"}


def events(db: Session, action: str) -> list[AuditEvent]:
    db.expire_all()
    return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def today(days: int = 0) -> str:
    return (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=days)).isoformat()


def test_a_report_to_a_team_without_consent_is_refused_naming_it_and_audited(
    world: World, login: LoginFn, db: Session
) -> None:
    coord = login("coord")
    refused = coord.get("/api/cases/case-a/report", params={**HTML, "recipient": TEAM})
    assert refused.status_code == 409
    assert f"no consent in force for sharing with {TEAM}" in refused.json()["detail"]
    [event] = events(db, "release_refused")
    assert event.username == "coord" and event.target == "report"
    assert event.detail == {"needed": f"sharing with {TEAM}", "recipient": TEAM, "destination": None}
    assert events(db, "report_exported") == []


def test_a_report_goes_to_the_team_once_consent_is_given_and_not_after_it_is_withdrawn(
    world: World, login: LoginFn, db: Session
) -> None:
    coord = login("coord")
    given = {"purpose": "share_with", "recipient": TEAM, "given_on": today()}
    assert coord.post("/api/cases/case-a/consents", json=given).status_code == 201
    sent = coord.get("/api/cases/case-a/report", params={**HTML, "recipient": TEAM})
    assert sent.status_code == 200 and "<html" in sent.text
    [exported] = events(db, "report_exported")
    assert exported.detail == {
        "lang": "en",
        "format": "html",
        "audience": "clinician",
        "recipient": TEAM,
        "destination": None,
    }
    withdrawn = {"purpose": "share_with", "recipient": TEAM, "withdrawn_on": today()}
    assert coord.post("/api/cases/case-a/consents", json=withdrawn).status_code == 201
    again = coord.get("/api/cases/case-a/report", params={**HTML, "recipient": TEAM})
    assert again.status_code == 409 and TEAM in again.json()["detail"]
    assert len(events(db, "report_exported")) == 1 and len(events(db, "release_refused")) == 1


def test_a_report_abroad_needs_consent_to_cross_border_transfer_from_the_patients_region(
    world: World, login: LoginFn, db: Session
) -> None:
    coord = login("coord")
    home = coord.get("/api/cases/case-a/report", params={**HTML, "destination": "gb"})
    assert home.status_code == 200  # the patient lives in GB: nothing crosses a border
    abroad = coord.get("/api/cases/case-a/report", params={**HTML, "destination": "CN"})
    assert abroad.status_code == 409
    assert "cross-border transfer from GB to CN" in abroad.json()["detail"]
    given = {"purpose": "cross_border_transfer", "given_on": today()}
    assert coord.post("/api/cases/case-a/consents", json=given).status_code == 201
    assert coord.get("/api/cases/case-a/report", params={**HTML, "destination": "CN"}).status_code == 200
    assert [e.detail["destination"] for e in events(db, "report_exported")] == ["GB", "CN"]


def test_consent_given_from_tomorrow_does_not_release_a_report_today(world: World, login: LoginFn) -> None:
    coord = login("coord")
    later = {"purpose": "share_with", "recipient": TEAM, "given_on": today(1)}
    assert coord.post("/api/cases/case-a/consents", json=later).status_code == 201
    assert coord.get("/api/cases/case-a/report", params={**HTML, "recipient": TEAM}).status_code == 409


def test_a_packet_to_a_team_or_abroad_needs_consent_but_the_care_teams_own_copy_does_not(
    world: World, login: LoginFn, db: Session
) -> None:
    coord = login("coord")
    refused = coord.get("/api/cases/case-a/packet", params={"lang": "en", "destination": "CN"})
    assert refused.status_code == 409 and "cross-border transfer" in refused.json()["detail"]
    [event] = events(db, "release_refused")
    assert event.target == "packet"
    to_team = coord.get("/api/cases/case-a/packet", params={"lang": "en", "recipient": TEAM})
    assert to_team.status_code == 409 and TEAM in to_team.json()["detail"]
    assert events(db, "packet_exported") == []
    own = coord.get("/api/cases/case-a/packet", params={"lang": "en"})
    assert own.status_code == 200 and own.content.startswith(b"PK")
    [exported] = events(db, "packet_exported")
    assert exported.detail["recipient"] is None and exported.detail["destination"] is None
