"""GET /api/cases/{id}/report and /packet: behind the same access check as every case URL (404 for
outsiders), every export audited with what was sent (and, for a packet, to whom), the packet holding the
case's stored documents and verifying against its manifest."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.store.models import AuditEvent, CaseRecord
from her2nav.reports.packet import verify_packet
from tests.web.conftest import (
    PNG,
    LoginFn,
    World,
    anonymous,
    app,
    cheap_password_hashes,
    connection,
    db,
    db_engine,
    factory,
    login,
    settings,
    world,
)

__all__ = [  # fixtures of tests/web, shared here
    "anonymous",
    "app",
    "cheap_password_hashes",
    "connection",
    "db",
    "db_engine",
    "factory",
    "login",
    "settings",
    "world",
]


def exports_of(db: Session, case_id: str, action: str) -> list[AuditEvent]:
    case_pk = db.scalar(select(CaseRecord.id).where(CaseRecord.case_id == case_id))
    query = select(AuditEvent).where(AuditEvent.case_pk == case_pk, AuditEvent.action == action)
    return list(db.scalars(query.order_by(AuditEvent.id)))


def test_a_report_is_served_as_pdf_or_html_and_every_export_is_audited(
    world: World, login: LoginFn, db: Session
) -> None:
    clin = login("clin")
    pdf = clin.get("/api/cases/case-a/report", params={"lang": "zh"})
    assert pdf.status_code == 200, pdf.text
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    html = clin.get("/api/cases/case-a/report", params={"format": "html", "audience": "family"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert '<html lang="en">' in html.text
    events = exports_of(db, "case-a", "report_exported")
    assert [e.username for e in events] == ["clin", "clin"]
    assert [json.loads(e.detail) if isinstance(e.detail, str) else e.detail for e in events][1] == {
        "lang": "en",
        "format": "html",
        "audience": "family",
    }


def test_an_outsider_gets_404_and_nothing_is_recorded(world: World, login: LoginFn, db: Session) -> None:
    clin = login("clin")
    assert clin.get("/api/cases/case-b/report").status_code == 404
    assert clin.get("/api/cases/case-b/packet").status_code == 404
    assert exports_of(db, "case-b", "report_exported") == exports_of(db, "case-b", "packet_exported") == []


def test_an_unknown_language_answers_422(world: World, login: LoginFn) -> None:
    assert login("clin").get("/api/cases/case-a/report", params={"lang": "fr"}).status_code == 422


def test_the_packet_holds_the_stored_documents_verifies_and_records_the_recipient(
    world: World, login: LoginFn, db: Session
) -> None:
    coord = login("coord")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    team = "Dr Li, Peking University Cancer Hospital"
    given = {"purpose": "share_with", "recipient": team, "given_on": today}
    assert coord.post("/api/cases/case-a/consents", json=given).status_code == 201
    answer = coord.get("/api/cases/case-a/packet", params={"lang": "en", "recipient": team})
    assert answer.status_code == 200, answer.text
    names = zipfile.ZipFile(io.BytesIO(answer.content)).namelist()
    assert "report-en-clinician.pdf" in names and "case.json" in names
    document = next(n for n in names if n.startswith("documents/"))
    assert zipfile.ZipFile(io.BytesIO(answer.content)).read(document) == PNG
    assert verify_packet(answer.content) == ([], len(names) - 1)
    (event,) = exports_of(db, "case-a", "packet_exported")
    detail = json.loads(event.detail) if isinstance(event.detail, str) else event.detail
    assert event.username == "coord" and detail["recipient"] == "Dr Li, Peking University Cancer Hospital"
