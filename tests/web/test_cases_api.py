from __future__ import annotations

import hashlib
from importlib import resources
from typing import Any

import pytest
import yaml
from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from her2nav.case.load import case_from_data
from her2nav.records.store.models import ReviewSnapshot
from tests.records.factories import case_data
from tests.web.conftest import PNG, LoginFn, World

REVIEW_KEYS = {
    "case_id",
    "as_of",
    "knowledge_version",
    "her2",
    "current_line",
    "options",
    "excluded",
    "gaps",
    "warnings",
    "trials",
}


def _examples() -> list[dict[str, Any]]:
    folder = resources.files("her2nav.records.demo")
    return [
        yaml.safe_load(e.read_text())
        for e in sorted(folder.iterdir(), key=lambda e: e.name)
        if e.name.endswith(".yaml")
    ]


def _json_ready(data: dict[str, Any]) -> dict[str, Any]:
    import json

    return json.loads(json.dumps(data, default=str))


@pytest.mark.parametrize("example", _examples(), ids=lambda e: e["case_id"])
def test_export_import_export_gives_the_same_case_back(
    world: World, login: LoginFn, connection: Connection, example: dict[str, Any]
) -> None:
    admin = login("admin")
    first_time = connection.begin_nested()
    assert admin.post("/api/cases/import", json=_json_ready(example)).status_code == 201
    exported = admin.get(f"/api/cases/{example['case_id']}/export").json()
    first_time.rollback()
    assert admin.get(f"/api/cases/{example['case_id']}").status_code == 404
    assert admin.post("/api/cases/import", json=exported).status_code == 201
    assert admin.get(f"/api/cases/{example['case_id']}/export").json() == exported


def test_importing_an_existing_case_id_answers_409(world: World, login: LoginFn) -> None:
    assert login("admin").post("/api/cases/import", json=case_data("case-a")).status_code == 409


def test_invalid_cases_answer_422_with_field_paths(world: World, login: LoginFn) -> None:
    bad = case_data("case-bad", biomarkers=[{"kind": "her2_ihc", "score": "4+"}], surprise=1)
    answer = login("admin").post("/api/cases/import", json=bad)
    assert answer.status_code == 422
    fields = {p["field"] for p in answer.json()["detail"]}
    assert {"biomarkers[0].score", "surprise"} <= fields


def test_a_change_needs_if_match_and_a_stale_version_answers_412(world: World, login: LoginFn) -> None:
    coord = login("coord")
    first = coord.get("/api/cases/case-a")
    assert first.headers["ETag"] == '"1"'
    assert coord.patch("/api/cases/case-a", json={"patient": {"age": 70}}).status_code == 428
    ok = coord.patch("/api/cases/case-a", json={"patient": {"age": 70}}, headers={"If-Match": '"1"'})
    assert ok.status_code == 200, ok.text
    assert ok.headers["ETag"] == '"2"'
    assert ok.json()["case"]["patient"]["age"] == 70
    assert ok.json()["case"]["patient"]["sex"] == "female"  # merge patch keeps what was not sent


def test_two_people_editing_the_same_version_do_not_lose_an_update(world: World, login: LoginFn) -> None:
    admin, coord = login("admin"), login("coord")
    a = admin.patch("/api/cases/case-a", json={"patient": {"ecog": 2}}, headers={"If-Match": '"1"'})
    b = coord.patch("/api/cases/case-a", json={"patient": {"age": 80}}, headers={"If-Match": '"1"'})
    assert (a.status_code, b.status_code) == (200, 412)
    case = coord.get("/api/cases/case-a").json()["case"]
    assert case["patient"]["ecog"] == 2
    assert case["patient"]["age"] == 58


def test_a_change_that_makes_the_case_invalid_answers_422_and_changes_nothing(
    world: World, login: LoginFn
) -> None:
    coord = login("coord")
    answer = coord.patch("/api/cases/case-a", json={"patient": {"ecog": 9}}, headers={"If-Match": "1"})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["field"] == "patient.ecog"
    assert coord.get("/api/cases/case-a").headers["ETag"] == '"1"'


def test_the_case_id_cannot_be_changed(world: World, login: LoginFn) -> None:
    answer = login("coord").patch("/api/cases/case-a", json={"case_id": "other"}, headers={"If-Match": "1"})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["field"] == "case_id"


def test_biomarker_results_over_time_are_kept(world: World, login: LoginFn) -> None:
    coord = login("coord")
    later = {"kind": "her2_ihc", "score": "1+", "specimen": "biopsy", "tested_on": "2025-11-02"}
    assert coord.post("/api/cases/case-a/biomarkers", json=later).status_code == 201
    coord.patch("/api/cases/case-a", json={"biomarkers": [later]}, headers={"If-Match": "2"})
    listed = coord.get("/api/cases/case-a/biomarkers").json()
    assert listed["current"] == [later]
    assert len(listed["history"]) == 3
    assert {h["retired_in_version"] for h in listed["history"]} == {3, None}


def test_the_review_has_the_contract_shape(world: World, login: LoginFn) -> None:
    review = login("clin").get("/api/cases/case-a/review").json()
    assert set(review) >= REVIEW_KEYS
    assert review["case_id"] == "case-a"


def _snapshots(db: Session) -> int:
    return int(db.scalar(select(func.count()).select_from(ReviewSnapshot)) or 0)


def test_the_review_is_served_from_a_snapshot_until_the_case_or_knowledge_changes(
    world: World, login: LoginFn, db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    coord = login("coord")
    calls: list[str] = []
    import her2nav.review as review_module

    real = review_module.build_review

    def counting(case: Any, **kwargs: Any) -> Any:
        calls.append(case.case_id)
        return real(case, **kwargs)

    monkeypatch.setattr(review_module, "build_review", counting)
    first = coord.get("/api/cases/case-a/review").json()
    assert coord.get("/api/cases/case-a/review").json() == first
    assert len(calls) == 1
    coord.patch("/api/cases/case-a", json={"patient": {"ecog": 2}}, headers={"If-Match": "1"})
    coord.get("/api/cases/case-a/review")
    assert len(calls) == 2
    monkeypatch.setattr(review_module, "knowledge_version", lambda: "9999.1")
    coord.get("/api/cases/case-a/review")
    assert len(calls) == 3
    rows = db.execute(
        select(ReviewSnapshot.case_version, ReviewSnapshot.knowledge_version, ReviewSnapshot.input_hash)
    ).all()
    assert _snapshots(db) == 3, rows
    assert all(row.case_version for row in rows)
    coord.patch("/api/cases/case-a", json={}, headers={"If-Match": "2"})  # a new version, same content
    coord.get("/api/cases/case-a/review")
    assert len(calls) == 3


def test_reads_exports_changes_and_logins_are_in_the_audit_trail(world: World, login: LoginFn) -> None:
    coord = login("coord")
    assert coord.post("/api/cases", json=case_data("case-c")).status_code == 201
    assert "case_created" in [e["action"] for e in coord.get("/api/cases/case-c/audit").json()]
    coord.get("/api/cases/case-a")
    coord.get("/api/cases/case-a/export")
    coord.get("/api/cases/case-a/review")
    coord.patch("/api/cases/case-a", json={"patient": {"ecog": 2}}, headers={"If-Match": "1"})
    doc = world.docs["case-a"]
    coord.get(f"/api/documents/{doc}")
    events = coord.get("/api/cases/case-a/audit").json()
    actions = [e["action"] for e in events]
    for wanted in (
        "document_uploaded",
        "case_read",
        "case_exported",
        "review_read",
        "case_changed",
        "document_read",
    ):
        assert wanted in actions
    change = next(e for e in events if e["action"] == "case_changed")
    assert change["username"] == "coord"
    assert change["before_hash"] and change["after_hash"] and change["before_hash"] != change["after_hash"]


def test_uploaded_documents_come_back_byte_for_byte_with_their_sha256(world: World, login: LoginFn) -> None:
    coord = login("coord")
    # The name says text; the content says PNG: content wins.
    answer = coord.post("/api/cases/case-a/documents", files={"file": ("notes.txt", PNG, "text/plain")})
    assert answer.status_code == 201
    meta = answer.json()
    assert meta["media_type"] == "image/png"
    assert meta["sha256"] == hashlib.sha256(PNG).hexdigest()
    download = coord.get(f"/api/documents/{meta['id']}")
    assert download.content == PNG
    assert download.headers["content-type"] == "image/png"


@pytest.mark.parametrize(
    ("content", "status"), [(b"MZ\x90\x00" + b"\x00" * 10, 415), (b"x" * 5000, 413), (b"", 422)]
)
def test_unacceptable_uploads_are_refused(world: World, login: LoginFn, content: bytes, status: int) -> None:
    answer = login("coord").post("/api/cases/case-a/documents", files={"file": ("report.pdf", content)})
    assert answer.status_code == status


def test_an_upload_announced_as_too_large_is_refused_before_it_is_read(world: World, login: LoginFn) -> None:
    coord = login("coord")
    answer = coord.post(
        "/api/cases/case-a/documents",
        content=b"--x--\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=x", "Content-Length": str(10**9)},
    )
    assert answer.status_code == 413
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_the_api_review_lists_trials_like_the_cli(world: World, login: LoginFn) -> None:
    from her2nav.trials.matching.for_review import review_trials

    review = login("clin").get("/api/cases/case-a/review").json()
    from_cli, problem = review_trials(case_from_data(login("coord").get("/api/cases/case-a/export").json()))
    assert problem is None
    assert review["trials"], "case-a should match at least one trial in the shipped registry"
    assert [t["nct_id"] for t in review["trials"]] == [t["nct_id"] for t in from_cli or []]
    assert "TRIALS_UNAVAILABLE" not in {w["code"] for w in review["warnings"]}


def test_a_registry_import_makes_the_stored_review_stale(
    world: World, login: LoginFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    import her2nav.review as review_module
    from her2nav.trials.matching import for_review

    coord = login("coord")
    calls: list[str] = []
    real = review_module.build_review

    def counting(case: Any, **kwargs: Any) -> Any:
        calls.append(case.case_id)
        return real(case, **kwargs)

    monkeypatch.setattr(review_module, "build_review", counting)
    coord.get("/api/cases/case-a/review")
    coord.get("/api/cases/case-a/review")
    assert len(calls) == 1
    monkeypatch.setattr(for_review, "registry_state", lambda: ("45@2026-11-24T00:00:00", None))
    coord.get("/api/cases/case-a/review")
    assert len(calls) == 2


def test_an_unreadable_registry_still_gives_the_review_with_a_warning(
    world: World, login: LoginFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    from her2nav.trials.matching import for_review

    monkeypatch.setattr(
        for_review, "registry_state", lambda: (None, "The trial registry could not be read (x).")
    )
    review = login("coord").get("/api/cases/case-a/review").json()
    assert review["trials"] == []
    assert {w["code"] for w in review["warnings"]} >= {"TRIALS_UNAVAILABLE"}
    assert review["her2"]["status"]


def test_numbers_beyond_the_id_columns_are_input_errors_not_server_errors(
    world: World, login: LoginFn
) -> None:
    admin = login("admin")
    huge = 2**63
    listed = admin.get("/api/cases", params={"offset": huge})
    accepted = admin.post(f"/api/suggestions/{huge}/accept")
    assert (listed.status_code, accepted.status_code) == (422, 422)
    assert listed.json()["detail"][0]["field"] == "query.offset"


def test_every_422_in_the_schema_has_the_one_problem_shape(anonymous: Any) -> None:
    schema = anonymous.get("/openapi.json").json()
    shapes = {
        f"{method.upper()} {path}": answer["422"]["content"]["application/json"]["schema"]["$ref"]
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if (answer := operation["responses"]).get("422")
    }
    assert shapes and set(shapes.values()) == {"#/components/schemas/ProblemList"}
