"""Confirmation of extracted findings: upload → extraction job on the queue → suggestions a person
accepts, edits or rejects. Real text and real (text-layer) PDF reports; no OCR here, so it stays fast."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from her2nav.settings import Settings
from her2nav.web.jobs import app_jobs
from tests.records.factories import case_data
from tests.web.conftest import LoginFn, World

REPORT = """SYNTHETIC TEST REPORT - NOT A REAL PATIENT (written for her2nav tests)
SURGICAL PATHOLOGY REPORT
Report date: 2026-03-02
Specimen A: Stomach, antrum, endoscopic biopsy.
Diagnosis: Invasive adenocarcinoma, intestinal type (Lauren), moderately differentiated.
Immunohistochemistry (specimen A):
HER2 (4B5): 3+ (positive), scored using gastric criteria.
PD-L1 (22C3): CPS 12.
Mismatch repair proteins: retained expression (MMR proficient).
Claudin 18.2: 80% of tumour cells with moderate to strong membranous staining.
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(mode="test", var_dir=tmp_path, max_upload_bytes=2_000_000)


def _pdf(text: str) -> bytes:
    from weasyprint import HTML

    body = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines())
    return HTML(string=f"<html><body style='font-family: sans-serif'>{body}</body></html>").write_pdf()


def _untested_case(login: LoginFn) -> TestClient:
    coord = login("coord")
    answer = coord.post("/api/cases/import", json=case_data("case-u", biomarkers=[]))
    assert answer.status_code == 201, answer.text
    return coord


def _upload(client: TestClient, case_id: str, name: str, data: bytes, media: str) -> str:
    answer = client.post(f"/api/cases/{case_id}/documents", files={"file": (name, data, media)})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


def _extract_all(app: FastAPI) -> None:
    """Run what the uploads put on the app's queue (a SQLite-file huey queue), here in the test's
    thread: a worker thread would share the test's connection with the requests."""
    jobs = app_jobs(app)
    ran = 0
    while (task := jobs.huey.dequeue()) is not None:
        jobs.huey.execute(task)
        ran += 1
    assert ran, "no job was queued"


def _by_field(listing: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["field"]: s for s in listing["suggestions"]}


def test_an_uploaded_text_report_is_extracted_off_the_request_and_every_span_quotes_the_report(
    world: World, login: LoginFn, app: FastAPI
) -> None:
    coord = _untested_case(login)
    doc = _upload(coord, "case-u", "report.txt", REPORT.encode(), "text/plain")
    before = coord.get(f"/api/documents/{doc}/suggestions").json()
    assert before["extraction_status"] == "queued" and before["suggestions"] == []
    _extract_all(app)
    listing = coord.get(f"/api/documents/{doc}/suggestions").json()
    assert listing["extraction_status"] == "done", listing
    found = _by_field(listing)
    assert {"her2_ihc", "pdl1_cps", "mmr", "cldn18_2", "site", "lauren"} <= set(found)
    assert found["her2_ihc"]["value"] == "3+"
    for s in listing["suggestions"]:
        assert REPORT[s["span"]["start"] : s["span"]["end"]] == s["span"]["text"]
        assert s["status"] == "pending"


def test_a_pdf_report_gives_suggestions_with_page_and_span(
    world: World, login: LoginFn, app: FastAPI
) -> None:
    coord = _untested_case(login)
    doc = _upload(coord, "case-u", "report.pdf", _pdf(REPORT), "application/pdf")
    _extract_all(app)
    listing = coord.get(f"/api/documents/{doc}/suggestions").json()
    assert listing["extraction_status"] == "done" and listing["ocr"] is False, listing
    her2 = _by_field(listing)["her2_ihc"]
    assert her2["value"] == "3+" and her2["page"] == 1
    assert "HER2" in her2["span"]["text"] and "3+" in her2["span"]["text"]


def test_accepting_her2_3_plus_turns_an_untested_case_positive_with_provenance_everywhere(
    world: World, login: LoginFn, app: FastAPI
) -> None:
    coord = _untested_case(login)
    doc = _upload(coord, "case-u", "report.txt", REPORT.encode(), "text/plain")
    _extract_all(app)
    assert coord.get("/api/cases/case-u/review").json()["her2"]["status"] == "unknown"
    assert coord.get("/api/cases/case-u").json()["case"]["biomarkers"] == []  # nothing before confirmation
    her2 = _by_field(coord.get(f"/api/documents/{doc}/suggestions").json())["her2_ihc"]
    answer = coord.post(f"/api/suggestions/{her2['id']}/accept")
    assert answer.status_code == 200, answer.text
    assert answer.json()["case_version"] == 2
    expected = {
        "document_id": doc,
        "page": 1,
        "span_start": her2["span"]["start"],
        "span_end": her2["span"]["end"],
        "text": her2["span"]["text"],
        "confirmed_by": "coord",
    }
    [marker] = coord.get("/api/cases/case-u").json()["case"]["biomarkers"]
    assert marker["kind"] == "her2_ihc" and marker["score"] == "3+"
    assert marker["specimen"] == "biopsy" and marker["criteria"] == "gastric"  # same specimen A
    assert marker["provenance"] == expected
    assert coord.get("/api/cases/case-u/export").json()["biomarkers"][0]["provenance"] == expected
    listed = coord.get("/api/cases/case-u/biomarkers").json()
    assert listed["current"][0]["provenance"] == expected
    assert coord.get("/api/cases/case-u/review").json()["her2"]["status"] == "positive"
    again = coord.post(f"/api/suggestions/{her2['id']}/accept")
    assert again.status_code == 409
    actions = [e["action"] for e in coord.get("/api/cases/case-u/audit").json()]
    assert "suggestion_accepted" in actions and "suggestions_read" in actions


def test_an_edited_value_is_checked_and_stored_and_a_rejected_one_adds_nothing(
    world: World, login: LoginFn, app: FastAPI
) -> None:
    coord = _untested_case(login)
    doc = _upload(coord, "case-u", "report.txt", REPORT.encode(), "text/plain")
    _extract_all(app)
    found = _by_field(coord.get(f"/api/documents/{doc}/suggestions").json())
    bad = coord.post(f"/api/suggestions/{found['pdl1_cps']['id']}/edit", json={"value": "lots"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "value"
    edited = coord.post(
        f"/api/suggestions/{found['pdl1_cps']['id']}/edit", json={"value": 15, "tested_on": "2026-03-02"}
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["suggestion"]["status"] == "edited"
    [cps] = coord.get("/api/cases/case-u/export").json()["biomarkers"]
    assert cps["kind"] == "pdl1_cps" and cps["value"] == 15 and cps["assay"] == "22C3"
    assert cps["tested_on"] == "2026-03-02"
    assert cps["provenance"]["text"] == found["pdl1_cps"]["span"]["text"]
    version = coord.get("/api/cases/case-u").json()["version"]
    rejected = coord.post(f"/api/suggestions/{found['mmr']['id']}/reject")
    assert rejected.status_code == 200 and rejected.json()["suggestion"]["status"] == "rejected"
    after = coord.get("/api/cases/case-u").json()
    assert after["version"] == version and [b["kind"] for b in after["case"]["biomarkers"]] == ["pdl1_cps"]


def test_descriptors_go_into_the_case_when_consistent_and_answer_409_when_not(
    world: World, login: LoginFn, app: FastAPI
) -> None:
    coord = _untested_case(login)
    doc = _upload(coord, "case-u", "report.txt", REPORT.encode(), "text/plain")
    _extract_all(app)
    found = _by_field(coord.get(f"/api/documents/{doc}/suggestions").json())
    lauren = coord.post(f"/api/suggestions/{found['lauren']['id']}/accept")
    assert lauren.status_code == 200, lauren.text
    assert coord.get("/api/cases/case-u").json()["case"]["diagnosis"]["lauren"] == "intestinal"
    assert coord.get("/api/cases/case-u").json()["version"] == 2
    site = coord.post(f"/api/suggestions/{found['site']['id']}/accept")
    assert site.status_code == 200 and "already" in site.json()["suggestion"]["outcome"]
    grade = coord.post(f"/api/suggestions/{found['grade']['id']}/accept")
    assert grade.status_code == 200 and "suggestion only" in grade.json()["suggestion"]["outcome"]
    patched = coord.patch("/api/cases/case-u", json={"diagnosis": {"site": "gej"}}, headers={"If-Match": "2"})
    assert patched.status_code == 200, patched.text
    doc2 = _upload(coord, "case-u", "again.txt", REPORT.encode(), "text/plain")
    _extract_all(app)
    site2 = _by_field(coord.get(f"/api/documents/{doc2}/suggestions").json())["site"]
    conflict = coord.post(f"/api/suggestions/{site2['id']}/accept")
    assert conflict.status_code == 409 and "gej" in conflict.json()["detail"]


def test_outsiders_get_404_and_a_patient_cannot_decide(world: World, login: LoginFn, app: FastAPI) -> None:
    admin = login("admin")
    doc = _upload(admin, "case-b", "report.txt", REPORT.encode(), "text/plain")
    mine = _upload(admin, "case-a", "report.txt", REPORT.encode(), "text/plain")
    _extract_all(app)
    theirs = _by_field(admin.get(f"/api/documents/{doc}/suggestions").json())["her2_ihc"]
    coord = login("coord")
    assert coord.get(f"/api/documents/{doc}/suggestions").status_code == 404
    assert coord.post(f"/api/suggestions/{theirs['id']}/accept").status_code == 404
    assert coord.post("/api/suggestions/999999/reject").status_code == 404
    own = _by_field(admin.get(f"/api/documents/{mine}/suggestions").json())["her2_ihc"]
    patient = login("pat")
    # A staff-only document (the default) is not the patient's to see at all; shared, still not to decide.
    assert patient.post(f"/api/suggestions/{own['id']}/accept").status_code == 404
    assert admin.patch(f"/api/documents/{mine}", json={"audience": "family"}).status_code == 200
    assert patient.post(f"/api/suggestions/{own['id']}/accept").status_code == 403
    assert patient.get(f"/api/documents/{mine}/suggestions").status_code == 403
    clinician = login("clin")
    assert clinician.get(f"/api/documents/{mine}/suggestions").status_code == 200
    assert clinician.post(f"/api/suggestions/{own['id']}/accept").status_code == 403
    no_csrf = coord.post(f"/api/suggestions/{own['id']}/accept", headers={"X-CSRF-Token": "wrong"})
    assert no_csrf.status_code == 403
    assert admin.get(f"/api/documents/{mine}/suggestions").json()["suggestions"][0]["status"] == "pending"


def test_an_unreadable_document_fails_its_run_with_a_reason(
    world: World, login: LoginFn, app: FastAPI
) -> None:
    _extract_all(app)  # the world's documents are PNG headers without an image
    listing = login("admin").get(f"/api/documents/{world.docs['case-a']}/suggestions").json()
    assert listing["extraction_status"] == "failed" and listing["extraction_error"]
    assert listing["suggestions"] == []
