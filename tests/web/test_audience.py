"""Issue 20, item 7: notes and documents carry an audience. Staff (coordinators, clinicians, admins) see
everything of their cases; a patient sees only what was shared with the family: in the note and
document lists, downloads (404 otherwise), suggestions, reports and packets."""

from __future__ import annotations

import io
import zipfile

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.store.models import Document, Suggestion
from tests.web.conftest import PNG, LoginFn, World

STAFF_NAME = "pathology-Jane-Roe.png"
FAMILY_NAME = "letter-for-family.png"


def _upload(client: TestClient, name: str, audience: str | None = None) -> str:
    data = {"audience": audience} if audience else None
    answer = client.post("/api/cases/case-a/documents", files={"file": (name, PNG, "image/png")}, data=data)
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


def test_a_patient_reads_only_the_notes_shared_with_the_family(world: World, login: LoginFn) -> None:
    clin = login("clin")
    staff = clin.post("/api/cases/case-a/notes", json={"text": "prognosis discussed at tumour board"})
    family = clin.post("/api/cases/case-a/notes", json={"text": "next visit on Monday", "audience": "family"})
    assert staff.status_code == family.status_code == 201
    assert staff.json()["audience"] == "staff" and family.json()["audience"] == "family"

    seen_by_patient = login("pat").get("/api/cases/case-a/notes").json()
    seen_by_staff = login("coord").get("/api/cases/case-a/notes").json()

    assert [n["text"] for n in seen_by_patient] == ["next visit on Monday"]
    assert [n["text"] for n in seen_by_staff] == [
        "prognosis discussed at tumour board",
        "next visit on Monday",
    ]


def test_a_staff_only_document_is_neither_listed_nor_downloadable_for_the_patient(
    world: World, login: LoginFn
) -> None:
    doc = world.docs["case-a"]  # uploaded without an audience: staff only
    patient = login("pat")

    assert patient.get("/api/cases/case-a/documents").json() == []
    assert patient.get(f"/api/documents/{doc}").status_code == 404
    assert [d["id"] for d in login("clin").get("/api/cases/case-a/documents").json()] == [doc]
    assert login("clin").get(f"/api/documents/{doc}").status_code == 200


def test_a_document_uploaded_for_the_family_reaches_the_patient(world: World, login: LoginFn) -> None:
    shared = _upload(login("coord"), FAMILY_NAME, "family")
    patient = login("pat")

    listed = patient.get("/api/cases/case-a/documents").json()
    assert [(d["id"], d["audience"]) for d in listed] == [(shared, "family")]
    download = patient.get(f"/api/documents/{shared}")
    assert download.status_code == 200 and download.content == PNG


def test_an_unknown_audience_is_refused_naming_the_field(world: World, login: LoginFn) -> None:
    coord = login("coord")
    upload = coord.post(
        "/api/cases/case-a/documents",
        files={"file": ("x.png", PNG, "image/png")},
        data={"audience": "everyone"},
    )
    note = coord.post("/api/cases/case-a/notes", json={"text": "hello", "audience": "everyone"})
    assert upload.status_code == note.status_code == 422
    assert upload.json()["detail"][0]["field"] == "audience"
    assert note.json()["detail"][0]["field"] == "audience"


def test_staff_share_and_unshare_and_each_change_is_audited(world: World, login: LoginFn) -> None:
    coord, patient = login("coord"), login("pat")
    doc = world.docs["case-a"]
    note = coord.post("/api/cases/case-a/notes", json={"text": "scan booked"}).json()["id"]

    assert coord.patch(f"/api/documents/{doc}", json={"audience": "family"}).json()["audience"] == "family"
    shared_note = coord.patch(f"/api/cases/case-a/notes/{note}", json={"audience": "family"})
    assert shared_note.status_code == 200 and shared_note.json()["audience"] == "family"
    assert patient.get(f"/api/documents/{doc}").status_code == 200
    assert [n["id"] for n in patient.get("/api/cases/case-a/notes").json()] == [note]

    assert coord.patch(f"/api/documents/{doc}", json={"audience": "staff"}).status_code == 200
    assert patient.get(f"/api/documents/{doc}").status_code == 404

    events = coord.get("/api/cases/case-a/audit", params={"limit": 1000}).json()
    changes = [(e["action"], e["target"], e["detail"]) for e in events if e["action"].endswith("_shared")]
    assert sorted(changes, key=str) == sorted(
        [
            ("document_shared", doc, {"audience": "family", "was": "staff"}),
            ("note_shared", str(note), {"audience": "family", "was": "staff"}),
            ("document_shared", doc, {"audience": "staff", "was": "family"}),
        ],
        key=str,
    )


def test_a_patient_cannot_change_who_sees_an_item(world: World, login: LoginFn) -> None:
    coord, patient = login("coord"), login("pat")
    shared = _upload(coord, FAMILY_NAME, "family")
    note = coord.post("/api/cases/case-a/notes", json={"text": "x", "audience": "family"}).json()["id"]

    assert patient.patch(f"/api/documents/{shared}", json={"audience": "staff"}).status_code == 403
    assert patient.patch(f"/api/cases/case-a/notes/{note}", json={"audience": "staff"}).status_code == 403


def test_the_suggestions_of_a_staff_only_document_are_not_found_for_the_patient(
    world: World, login: LoginFn, db: Session
) -> None:
    doc = db.scalar(select(Document).where(Document.public_id == world.docs["case-a"]))
    assert doc is not None
    found = Suggestion(
        document_pk=doc.id,
        case_pk=doc.case_pk,
        field="her2_ihc",
        value="3+",
        assertion="present",
        span_start=0,
        span_end=2,
        span_text="3+",
    )
    db.add(found)
    db.commit()
    patient = login("pat")

    assert patient.get(f"/api/documents/{doc.public_id}/suggestions").status_code == 404
    assert patient.post(f"/api/suggestions/{found.id}/reject").status_code == 404
    assert login("clin").get(f"/api/documents/{doc.public_id}/suggestions").status_code == 200


def test_a_patients_packet_holds_only_the_documents_shared_with_the_family(
    world: World, login: LoginFn
) -> None:
    coord = login("coord")
    _upload(coord, STAFF_NAME)
    _upload(coord, FAMILY_NAME, "family")
    patient = login("pat")

    packet = patient.get("/api/cases/case-a/packet", params={"lang": "en", "audience": "family"})

    assert packet.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(packet.content)).namelist()
    assert any(n.endswith(FAMILY_NAME) for n in names)
    assert not any(n.endswith(STAFF_NAME) or n.endswith("report.png") for n in names)
    staff_packet = coord.get("/api/cases/case-a/packet", params={"lang": "en"})
    assert any(n.endswith(STAFF_NAME) for n in zipfile.ZipFile(io.BytesIO(staff_packet.content)).namelist())
