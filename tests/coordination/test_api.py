"""The coordination API of CONTRACT §10 over HTTP, on SQLite and PostgreSQL: field names as in the
contract, 422 naming the field, 409 naming what is missing, 404 for a case the caller cannot see."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.store.models import AuditEvent
from tests.web.conftest import LoginFn, World


def actions(db: Session) -> list[str]:
    db.expire_all()
    return list(db.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_a_task_due_in_the_past_answers_422_naming_due_on(world: World, login: LoginFn) -> None:
    coord = login("coord")
    yesterday = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
    answer = coord.post(
        "/api/cases/case-a/tasks",
        json={"type": "translation", "title": "Translate", "due_on": yesterday.isoformat()},
    )
    assert answer.status_code == 422
    assert [p["field"] for p in answer.json()["detail"]] == ["due_on"]
    assert coord.get("/api/cases/case-a/tasks").json() == []


def test_a_task_is_created_listed_and_changed_with_the_contract_fields(
    world: World, login: LoginFn, db: Session
) -> None:
    coord = login("coord")
    due = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=3)).isoformat()
    made = coord.post(
        "/api/cases/case-a/tasks",
        json={
            "type": "records_request",
            "title": "Ask Ruijin for the HER2 slides",
            "due_on": due,
            "owner": "clin",
            "documents": [world.docs["case-a"]],
        },
    )
    assert made.status_code == 201, made.text
    task = made.json()
    assert {k: task[k] for k in ("type", "due_on", "owner", "status")} == {
        "type": "records_request",
        "due_on": due,
        "owner": "clin",
        "status": "open",
    }
    done = coord.patch(f"/api/tasks/{task['id']}", json={"status": "done"})
    assert done.status_code == 200 and done.json()["status"] == "done"
    assert [t["status"] for t in coord.get("/api/cases/case-a/tasks").json()] == ["done"]
    assert {"task_added", "task_changed"} <= set(actions(db))


def test_a_wrong_task_type_or_a_document_of_another_case_answers_422_with_the_field(
    world: World, login: LoginFn
) -> None:
    coord = login("coord")
    wrong = coord.post("/api/cases/case-a/tasks", json={"type": "laundry", "title": "x"})
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["field"] == "type"
    foreign = coord.post(
        "/api/cases/case-a/tasks", json={"type": "other", "title": "x", "documents": [world.docs["case-b"]]}
    )
    assert foreign.status_code == 422 and foreign.json()["detail"][0]["field"] == "documents[0]"


def test_an_outsider_gets_404_for_a_case_and_for_its_task(world: World, login: LoginFn) -> None:
    admin = login("admin")
    task = admin.post("/api/cases/case-b/tasks", json={"type": "call_back", "title": "Call the son"}).json()
    coord = login("coord")
    for path in ("tasks", "communications", "appointments", "stage", "consents", "timeline", "travel"):
        assert coord.get(f"/api/cases/case-b/{path}").status_code == 404, path
    assert coord.post("/api/cases/case-b/tasks", json={"type": "other", "title": "x"}).status_code == 404
    assert coord.patch(f"/api/tasks/{task['id']}", json={"status": "done"}).status_code == 404
    assert coord.patch("/api/tasks/999999", json={"status": "done"}).status_code == 404


def test_a_stage_change_without_her2_and_consent_answers_409_naming_what_is_missing(
    world: World, login: LoginFn, db: Session
) -> None:
    coord = login("coord")
    answer = coord.post("/api/cases/case-a/stage", json={"stage": "review"})
    assert answer.status_code == 409
    assert "consent to case review" in answer.json()["detail"]
    assert coord.get("/api/cases/case-a/stage").json()["stage"] == "inquiry"
    assert "stage_changed" not in actions(db)


def test_a_navigator_runs_a_case_from_first_contact_to_the_appointment(world: World, login: LoginFn) -> None:
    coord = login("coord")
    today = dt.datetime.now(dt.UTC).date()
    steps = [
        ("stage", {"stage": "records", "reason": "the daughter wrote on WeChat"}),
        ("communications", {"channel": "message", "counterpart": "daughter", "summary": "sent the reports"}),
        ("consents", {"purpose": "case_review", "given_on": today.isoformat()}),
        ("stage", {"stage": "review"}),
        (
            "consents",
            {"purpose": "share_with", "recipient": "Ruijin trial team", "given_on": today.isoformat()},
        ),
        ("stage", {"stage": "screening"}),
        (
            "appointments",
            {
                "place": "Ruijin Hospital",
                "starts_at": "2027-01-05T09:30:00+08:00",
                "what_to_bring": "CT disc",
            },
        ),
        ("stage", {"stage": "appointment"}),
    ]
    for path, body in steps:
        answer = coord.post(f"/api/cases/case-a/{path}", json=body)
        assert answer.status_code in (200, 201), (path, answer.text)
    stage = coord.get("/api/cases/case-a/stage").json()
    assert stage["stage"] == "appointment"
    assert [h["stage"] for h in stage["history"]] == ["records", "review", "screening", "appointment"]
    assert stage["history"][0] == {
        **stage["history"][0],
        "by": "coord",
        "reason": "the daughter wrote on WeChat",
    }
    visit = login("pat").get("/api/cases/case-a/appointments").json()[0]
    assert visit["starts_at"] == "2027-01-05T09:30:00+08:00" and visit["time_zone"] == "+08:00"
    timeline = coord.get("/api/cases/case-a/timeline").json()
    assert set(timeline[0]) == {"at", "kind", "by", "summary"}
    kinds = [item["kind"] for item in timeline]
    assert {"stage", "communication", "consent", "appointment", "record"} <= set(kinds)
    family = login("pat").get("/api/cases/case-a/timeline").json()
    assert "communication" not in {item["kind"] for item in family}


def test_the_family_cannot_read_tasks_or_the_communications_log(world: World, login: LoginFn) -> None:
    pat = login("pat")
    assert pat.get("/api/cases/case-a/tasks").status_code == 403
    assert pat.get("/api/cases/case-a/communications").status_code == 403
    assert pat.post("/api/cases/case-a/stage", json={"stage": "records"}).status_code == 403


def test_an_appointment_without_an_offset_answers_422_naming_starts_at(world: World, login: LoginFn) -> None:
    answer = login("coord").post(
        "/api/cases/case-a/appointments", json={"place": "Ruijin", "starts_at": "2027-01-05T09:30:00"}
    )
    assert answer.status_code == 422 and answer.json()["detail"][0]["field"] == "starts_at"


def test_a_withdrawn_consent_is_listed_and_no_longer_in_force(world: World, login: LoginFn) -> None:
    coord = login("coord")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    coord.post("/api/cases/case-a/consents", json={"purpose": "cross_border_transfer", "given_on": today})
    coord.post("/api/cases/case-a/consents", json={"purpose": "cross_border_transfer", "withdrawn_on": today})
    rows = coord.get("/api/cases/case-a/consents").json()
    assert [(r["given_on"], r["withdrawn_on"], r["in_force"]) for r in rows] == [
        (today, None, False),
        (today, today, False),
    ]
    bad = coord.post("/api/cases/case-a/consents", json={"purpose": "share_with", "given_on": today})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "recipient"


def test_every_coordination_path_is_in_the_openapi_document(world: World, login: LoginFn) -> None:
    paths = login("coord").get("/openapi.json").json()["paths"]
    for path in ("tasks", "communications", "appointments", "stage", "consents", "timeline"):
        assert f"/api/cases/{{case_id}}/{path}" in paths
    assert "patch" in paths["/api/tasks/{task_id}"]


def test_your_notifications_and_contact_are_yours_and_job_lists_are_for_staff(
    world: World, login: LoginFn, db: Session
) -> None:
    from her2nav.coordination.messages import Message
    from her2nav.coordination.notify import notify
    from her2nav.records.store.models import User

    coord = login("coord")
    contact = coord.put("/api/notifications/contact", json={"email": "coord@hospital.test", "language": "zh"})
    assert contact.json() == {"email": "coord@hospital.test", "language": "zh"}
    bad = coord.put("/api/notifications/contact", json={"email": "not an address"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "email"
    owner = db.scalars(select(User).where(User.username == "coord")).one()
    notify(db, key="k1", user_id=owner.id, case_pk=None, kind="test", message=Message("hello", "body"))
    db.commit()
    mine = coord.get("/api/notifications").json()
    assert [n["subject"] for n in mine] == ["hello"]
    assert login("clin").get("/api/notifications").json() == []
    assert login("clin").post(f"/api/notifications/{mine[0]['id']}/read").status_code == 404
    assert coord.post(f"/api/notifications/{mine[0]['id']}/read").status_code == 204
    assert coord.get("/api/notifications?unread=true").json() == []
    # the case's one job so far is its uploaded document being read (extraction runs on the queue)
    assert [j["name"] for j in coord.get("/api/cases/case-a/jobs").json()] == ["extract_document"]
    assert coord.get("/api/cases/case-b/jobs").status_code == 404
    assert login("pat").get("/api/cases/case-a/jobs").status_code == 403
    assert coord.get("/api/jobs/dead").status_code == 403
    assert login("admin").get("/api/jobs/dead").json() == []
