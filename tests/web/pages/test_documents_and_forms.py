"""Documents and edit forms over TestClient: a report uploaded through the page is read, its IHC 2+
suggestion is highlighted beside the text and confirmed through the API's flow; the ISH gap then links
to the form that closes it, and the ISH result changes the options. Field errors and stale edits."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from markupsafe import escape
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.documents.extraction import run_extraction
from her2nav.records.store.models import Document
from her2nav.settings import Settings
from tests.web.conftest import World
from tests.web.pages.helpers import IHC2_CASE, REPORT, csrf_of, field_error, page_client

__all__ = ["World"]


def _ihc2_case(client: TestClient) -> None:
    created = client.post("/api/cases", json=IHC2_CASE)
    assert created.status_code == 201, created.text


def _api(app: FastAPI, username: str) -> TestClient:
    client = TestClient(app)
    answer = client.post("/api/session", json={"username": username, "password": "correct horse battery"})
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


def test_a_confirmed_ihc_suggestion_opens_the_ish_gap_and_an_ish_result_changes_the_options(
    app: FastAPI, world: World, settings: Settings, factory: sessionmaker[Session], db: Session
) -> None:
    _ihc2_case(_api(app, "coord"))
    client = page_client(app, "coord")
    token = csrf_of(client.get("/cases/case-ihc2").text)
    uploaded = client.post(
        "/cases/case-ihc2/documents",
        data={"csrf_token": token},
        files={"file": ("report.txt", REPORT.encode(), "text/plain")},
        follow_redirects=False,
    )
    assert uploaded.status_code == 303
    doc_page = uploaded.headers["location"]
    waiting = client.get(doc_page).text
    assert "waiting to be read" in waiting and 'hx-get="/documents/' in waiting
    doc = db.scalar(select(Document).where(Document.public_id == doc_page.rsplit("/", 1)[1]))
    assert doc is not None
    assert run_extraction(factory, settings.effective_documents_dir, doc.id) == "done"

    page = client.get(doc_page).text
    ihc = re.search(
        r'<article class="suggestion" id="s-(\d+)" aria-labelledby="s-\d+-h">\s*<h3[^>]*>HER2 IHC score: 2\+',
        page,
    )
    assert ihc, page
    sid = ihc.group(1)
    assert f'<mark id="span-{sid}">HER2 (4B5): 2+</mark>' in page
    before = client.get("/api/cases/case-ihc2/review").json()
    assert before["her2"]["status"] == "unknown"

    decided = client.post(
        f"/suggestions/{sid}", data={"csrf_token": token, "verdict": "accept", "tested_on": "2025-02-20"}
    )
    assert decided.status_code == 200 and "accepted" in decided.text
    case_page = client.get("/cases/case-ihc2").text
    assert (
        "HER2 ISH result needed (IHC 2&#43;)" in case_page or "HER2 ISH result needed (IHC 2+)" in case_page
    )
    assert 'href="/cases/case-ihc2/biomarkers/new?kind=her2_ish"' in case_page
    pending = client.get("/api/cases/case-ihc2/review").json()
    assert pending["her2"]["category"] == "pending"

    added = client.post(
        "/cases/case-ihc2/biomarkers/new?kind=her2_ish",
        data={"csrf_token": token, "ratio": "2.6", "result": "amplified", "tested_on": "2025-03-01"},
        follow_redirects=False,
    )
    assert added.status_code == 303
    after = client.get("/api/cases/case-ihc2/review").json()
    assert after["her2"]["status"] == "positive"
    assert [o["id"] for o in after["options"]] != [o["id"] for o in pending["options"]]
    assert str(escape(after["options"][0]["name"])) in client.get("/cases/case-ihc2").text


def test_a_decision_on_a_suggestion_needs_the_forms_csrf_token(
    app: FastAPI, world: World, settings: Settings, factory: sessionmaker[Session], db: Session
) -> None:
    _ihc2_case(_api(app, "coord"))
    client = page_client(app, "coord")
    token = csrf_of(client.get("/cases/case-ihc2").text)
    uploaded = client.post(
        "/cases/case-ihc2/documents",
        data={"csrf_token": token},
        files={"file": ("report.txt", REPORT.encode(), "text/plain")},
        follow_redirects=False,
    )
    doc = db.scalar(
        select(Document).where(Document.public_id == uploaded.headers["location"].rsplit("/", 1)[1])
    )
    assert doc is not None
    run_extraction(factory, settings.effective_documents_dir, doc.id)
    sid = re.search(r'action="/suggestions/(\d+)"', client.get(uploaded.headers["location"]).text)
    assert sid
    refused = client.post(f"/suggestions/{sid.group(1)}", data={"verdict": "accept"})
    assert refused.status_code == 403
    assert client.get("/api/cases/case-ihc2").json()["version"] == 1


def test_an_upload_without_the_forms_csrf_token_stores_nothing(
    app: FastAPI, world: World, db: Session
) -> None:
    client = page_client(app, "coord")
    refused = client.post("/cases/case-a/documents", files={"file": ("r.txt", b"HER2 3+", "text/plain")})
    assert refused.status_code == 403
    assert db.scalar(select(Document).where(Document.filename == "r.txt")) is None


def test_a_field_error_is_named_beside_its_field_in_the_models_words(app: FastAPI, world: World) -> None:
    client = page_client(app, "coord")
    token = csrf_of(client.get("/cases/case-a/patient").text)
    answer = client.post(
        "/cases/case-a/patient", data={"csrf_token": token, "version": "1", "age": "12", "ecog": "x"}
    )
    assert answer.status_code == 422
    assert "18" in (field_error(answer.text, "age") or "")
    assert field_error(answer.text, "ecog")
    assert 'value="12"' in answer.text  # what was typed stays
    assert client.get("/api/cases/case-a").json()["version"] == 1


def test_a_stale_edit_says_who_changed_the_case_and_keeps_what_was_typed(app: FastAPI, world: World) -> None:
    client = page_client(app, "coord")
    token = csrf_of(client.get("/cases/case-a/patient").text)
    other = _api(app, "admin")
    assert (
        other.patch(
            "/api/cases/case-a", json={"patient": {"ecog": 2}}, headers={"If-Match": '"1"'}
        ).status_code
        == 200
    )
    answer = client.post(
        "/cases/case-a/patient",
        data={"csrf_token": token, "version": "1", "age": "59", "ecog": "1", "region": "GB"},
    )
    assert answer.status_code == 409
    assert "admin changed the case" in answer.text
    assert 'value="59"' in answer.text
    assert "Now stored:" in answer.text
    assert client.get("/api/cases/case-a").json()["case"]["patient"]["age"] == 58
    saved = client.post(
        "/cases/case-a/patient",
        data={"csrf_token": token, "version": "2", "age": "59", "ecog": "1", "region": "GB"},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert client.get("/api/cases/case-a").json()["case"]["patient"]["age"] == 59


def test_a_treatment_line_is_added_from_the_form(app: FastAPI, world: World) -> None:
    client = page_client(app, "coord")
    token = csrf_of(client.get("/cases/case-a/treatments").text)
    bad = client.post(
        "/cases/case-a/treatments", data={"csrf_token": token, "agents": "aspirinex", "line": "2"}
    )
    assert bad.status_code == 422 and field_error(bad.text, "agents")
    good = client.post(
        "/cases/case-a/treatments",
        data={
            "csrf_token": token,
            "agents": "T-DXd",
            "line": "2",
            "setting": "palliative",
            "started_on": "2025-11-01",
            "stop_reason": "ongoing",
        },
        follow_redirects=False,
    )
    assert good.status_code == 303
    lines = client.get("/api/cases/case-a").json()["case"]["treatments"]
    assert lines[-1]["agents"] == ["trastuzumab_deruxtecan"]
