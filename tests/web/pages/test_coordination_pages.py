"""The coordination area of the case page over TestClient, on SQLite and PostgreSQL (issue 19): stage
moves that name what is missing, tasks (open, overdue, done), the communications log, appointments in
their own zone, travel, consents, the timeline, the family's next appointment, notifications and the
dead-letter page. Each form goes through the coordination flow the API calls."""

from __future__ import annotations

import datetime as dt
import html
import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from her2nav.coordination import tasks
from her2nav.coordination.messages import Message
from her2nav.coordination.models import JobRecord
from her2nav.coordination.notify import notify
from her2nav.records.store.models import CaseRecord, User
from tests.web.conftest import World
from tests.web.pages.helpers import csrf_of, page_client

__all__ = ["World"]
TODAY = dt.datetime.now(dt.UTC).date()


def _post(client: TestClient, path: str, **fields: str | list[str]) -> tuple[int, str]:
    token = csrf_of(client.get("/cases/case-a").text)
    answer = client.post(f"/cases/case-a/{path}", data={"csrf_token": token, **fields})
    return answer.status_code, html.unescape(answer.text)


def _text(client: TestClient, path: str = "/cases/case-a") -> str:
    return html.unescape(client.get(path).text)


def _user(db: Session, name: str) -> User:
    return db.scalars(select(User).where(User.username == name)).one()


def _record(db: Session, case_id: str = "case-a") -> CaseRecord:
    return db.scalars(select(CaseRecord).where(CaseRecord.case_id == case_id)).one()


def test_a_stage_move_lacking_its_requirements_says_what_is_missing_beside_the_form_in_both_languages(
    app: FastAPI, world: World
) -> None:
    coord = page_client(app, "coord")
    status, page = _post(coord, "stage", stage="review")
    assert status == 409
    errors = re.search(r'id="stage-errors"[^>]*>(.*?)</div>', page, re.S)
    assert errors and "missing consent to case review" in errors.group(1)
    assert 'role="alert"' in page
    chinese = page_client(app, "coord", **{"Accept-Language": "zh-CN"})
    status, page = _post(chinese, "stage", stage="review")
    errors = re.search(r'id="stage-errors"[^>]*>(.*?)</div>', page, re.S)
    assert status == 409 and errors and "病例审阅知情同意" in errors.group(1)
    assert "首次联系" in _text(chinese)  # still at first contact
    status, _page = _post(coord, "consents", purpose="case_review", given_on=TODAY.isoformat())
    assert status == 200  # followed back to the case page
    status, page = _post(coord, "stage", stage="review", reason="HER2 3+ and consent in hand")
    assert status == 200 and "The stage was changed." in page
    history = re.search(r"<caption>Stage history</caption>(.*?)</table>", page, re.S)
    assert history and "case review" in history.group(1) and "coord" in history.group(1)
    assert "HER2 3+ and consent in hand" in history.group(1)
    timeline = re.search(r'<ol class="timeline">(.*?)</ol>', _text(chinese), re.S)
    assert timeline and "转入“病例审阅”阶段: HER2 3+ and consent in hand" in timeline.group(1)


def test_a_task_is_added_marked_done_and_stays_on_the_timeline_with_the_message_logged(
    app: FastAPI, world: World
) -> None:
    coord = page_client(app, "coord")
    due = (TODAY + dt.timedelta(days=7)).isoformat()
    status, page = _post(
        coord,
        "tasks",
        type="records_request",
        title="Ask Ruijin for the CT disc",
        due_on=due,
        owner="clin",
        documents=[world.docs["case-a"]],
    )
    assert status == 200 and "The task was saved." in page
    open_list = re.search(r'aria-labelledby="tasks-open">(.*?)</ul>', page, re.S)
    assert open_list and "Ask Ruijin for the CT disc" in open_list.group(1) and "clin" in open_list.group(1)
    task_id = re.search(r'name="task" value="(\d+)"', page)
    assert task_id
    status, page = _post(coord, "tasks/status", task=task_id.group(1), status="done")
    assert status == 200
    open_list = re.search(r'aria-labelledby="tasks-open">(.*?)</ul>', page, re.S)
    assert open_list and "Ask Ruijin for the CT disc" not in open_list.group(1)
    assert re.search(r"Done or cancelled \(1\)</summary>.*Ask Ruijin for the CT disc", page, re.S)
    status, page = _post(
        coord, "communications", channel="phone", counterpart="daughter", summary="CT disc posted"
    )
    assert status == 200 and "The message was logged." in page
    timeline = re.search(r'<ol class="timeline">(.*?)</ol>', page, re.S)
    assert timeline
    assert "task (records_request): Ask Ruijin for the CT disc" in timeline.group(1)
    assert "phone with daughter: CT disc posted" in timeline.group(1)
    assert "now done" in timeline.group(1)


def test_a_refused_task_keeps_what_was_typed_and_names_the_problem_beside_its_field(
    app: FastAPI, world: World
) -> None:
    coord = page_client(app, "coord")
    status, page = _post(
        coord, "tasks", type="translation", title="Translate the report", due_on="2020-01-01"
    )
    assert status == 422
    assert 'id="task-due_on-err">is in the past' in page
    assert 'aria-describedby="task-due_on-err"' in page and 'aria-invalid="true"' in page
    assert 'value="Translate the report"' in page
    status, page = _post(coord, "tasks", type="translation", title="", due_on="soon")
    assert status == 422
    assert 'id="task-title-err">is required' in page and 'id="task-due_on-err">is not a date' in page
    chinese = page_client(app, "coord", **{"Accept-Language": "zh-CN"})
    status, page = _post(chinese, "tasks", type="translation", title="x", due_on="2020-01-01")
    assert status == 422 and 'id="task-due_on-err">已过期' in page


def test_an_overdue_task_is_said_in_words_and_the_worklist_counts_filters_and_sorts_by_it(
    app: FastAPI, world: World, db: Session
) -> None:
    past = TODAY - dt.timedelta(days=3)
    tasks.create_task(
        session=db,
        record=_record(db),
        user=_user(db, "coord"),
        task=tasks.TaskIn(type="call_back", title="Call the daughter back", due_on=past),
        client=None,
        today=past,
    )
    db.commit()
    admin = page_client(app, "admin")
    page = _text(admin)
    overdue = re.search(r'aria-labelledby="tasks-overdue">(.*?)</ul>', page, re.S)
    assert (
        overdue and "Overdue by 3 day(s)" in overdue.group(1) and "Call the daughter back" in overdue.group(1)
    )
    listed = _text(admin, "/cases?overdue=yes")
    assert 'href="/cases/case-a"' in listed and 'href="/cases/case-b"' not in listed
    assert "1 overdue" in listed and "Call the daughter back" in listed
    others = _text(admin, "/cases?overdue=no")
    assert 'href="/cases/case-b"' in others and 'href="/cases/case-a"' not in others
    most = re.findall(r'href="/cases/(case-[ab])"', _text(admin, "/cases?sort=-overdue"))
    least = re.findall(r'href="/cases/(case-[ab])"', _text(admin, "/cases?sort=overdue"))
    assert most == ["case-a", "case-b"] and least == ["case-b", "case-a"]


def test_an_appointment_keeps_the_places_time_and_the_family_reads_it_in_chinese_with_what_to_bring(
    app: FastAPI, world: World
) -> None:
    coord = page_client(app, "coord")
    day = TODAY + dt.timedelta(days=30)
    status, page = _post(
        coord,
        "appointments",
        place="Ruijin Hospital",
        starts_at=f"{day.isoformat()}T09:30",
        time_zone="Asia/Shanghai",
        what_to_bring="CT disc and passport",
    )
    assert status == 200, page
    visit = re.search(r'<ul class="visits">(.*?)</ul>', page, re.S)
    assert visit and "09:30" in visit.group(1) and "Asia/Shanghai" in visit.group(1)
    assert "01:30 UTC" in visit.group(1)  # the same moment in UTC
    status, page = _post(coord, "travel", city="Shanghai", departs_on=day.isoformat(), interpreter="Ms Li")
    assert status == 200
    status, page = _post(coord, "appointments", place="Ruijin", starts_at="tomorrow", time_zone="Mars/Base")
    assert status == 422 and 'id="appointment-starts_at-err"' in page
    family = page_client(app, "pat", **{"Accept-Language": "zh-Hans"})
    page = _text(family, "/cases/case-a")
    section = re.search(r'<section id="visit".*?</section>', page, re.S)
    assert section
    assert f"{day.year}年{day.month}月{day.day}日" in section.group(0) and "09:30" in section.group(0)
    assert "CT disc and passport" in section.group(0) and "Asia/Shanghai" in section.group(0)
    assert "Shanghai" in section.group(0) and "Ms Li" in section.group(0)
    assert "您的下次预约" in section.group(0)


def test_consent_is_given_and_withdrawn_on_the_page(app: FastAPI, world: World) -> None:
    coord = page_client(app, "coord")
    status, page = _post(coord, "consents", purpose="share_with", given_on=TODAY.isoformat())
    assert status == 422 and 'id="consent-recipient-err">names the hospital or trial team' in page
    status, page = _post(
        coord, "consents", purpose="share_with", recipient="Ruijin trial team", given_on=TODAY.isoformat()
    )
    assert status == 200 and "<strong>in force</strong>" in page
    status, page = _post(
        coord,
        "consents",
        purpose="share_with",
        recipient="Ruijin trial team",
        withdrawn_on=TODAY.isoformat(),
    )
    assert status == 200 and "<strong>in force</strong>" not in page and "not in force" in page


def test_a_clinician_reads_the_coordination_but_moves_no_stage_and_records_no_consent(
    app: FastAPI, world: World
) -> None:
    clin = page_client(app, "clin")
    page = _text(clin)
    assert 'id="coord-stage"' in page and 'action="/cases/case-a/stage"' not in page
    assert 'action="/cases/case-a/tasks"' in page and 'action="/cases/case-a/consents"' not in page
    status, _page = _post(clin, "stage", stage="records")
    assert status == 403
    outsider = page_client(app, "pat")
    status, _page = _post(outsider, "tasks", type="other", title="x")
    assert status == 403


def test_notifications_are_counted_in_the_header_listed_and_marked_read(
    app: FastAPI, world: World, db: Session
) -> None:
    message = Message("Reminder: CT disc is due", "The task is due tomorrow.")
    notify(
        db, key="page-1", user_id=_user(db, "coord").id, case_pk=None, kind="task_reminder", message=message
    )
    db.commit()
    coord = page_client(app, "coord")
    assert re.search(r'<span class="count">1<span class="visually-hidden"> unread', _text(coord, "/cases"))
    listed = coord.get("/notifications")
    assert "Reminder: CT disc is due" in listed.text
    found = re.search(r'action="/notifications/(\d+)/read"', listed.text)
    assert found
    other = page_client(app, "clin")
    token = csrf_of(other.get("/notifications").text)
    assert other.post(f"/notifications/{found.group(1)}/read", data={"csrf_token": token}).status_code == 404
    token = csrf_of(listed.text)
    answer = coord.post(f"/notifications/{found.group(1)}/read", data={"csrf_token": token})
    assert answer.status_code == 200 and 'action="/notifications/' not in answer.text
    assert 'class="count"' not in answer.text


def test_the_dead_letter_page_is_for_admins_and_retry_puts_the_job_back_on_the_queue(
    app: FastAPI, world: World, db: Session, factory: object
) -> None:
    from her2nav.jobs.runtime import Jobs

    db.add(
        JobRecord(key="email:x1", name="send_email", params={}, status="dead", attempts=5, error="SMTP down")
    )
    db.commit()
    assert page_client(app, "coord").get("/jobs/dead").status_code == 403
    admin = page_client(app, "admin")
    page = admin.get("/jobs/dead").text
    assert "SMTP down" in page and 'action="/jobs/dead/email%3Ax1/retry"' in page
    app.state.jobs = Jobs(app.state.settings, sessions=factory)  # type: ignore[arg-type]
    answer = admin.post("/jobs/dead/email:x1/retry", data={"csrf_token": csrf_of(page)})
    assert answer.status_code == 200 and "The job is back on the queue." in answer.text
    assert "SMTP down" not in answer.text
    assert db.scalars(select(JobRecord.status).where(JobRecord.key == "email:x1")).one() == "queued"


def test_the_case_jobs_part_polls_while_a_job_runs_and_stops_once_it_ended(
    app: FastAPI, world: World, db: Session
) -> None:
    row = JobRecord(
        key="report:1", name="report", params={}, case_pk=_record(db).id, status="running", progress=40
    )
    db.add(row)
    db.commit()
    coord = page_client(app, "coord")
    part = coord.get("/cases/case-a/jobs").text
    assert 'hx-trigger="every 2s"' in part and 'value="40"' in part
    db.execute(update(JobRecord).where(JobRecord.case_pk == row.case_pk).values(status="done", progress=100))
    db.commit()  # this one and the reading of the document the case came with
    part = coord.get("/cases/case-a/jobs").text
    assert "hx-get" not in part and "finished" in part
    assert page_client(app, "pat").get("/cases/case-a/jobs").status_code == 404


def test_a_staff_view_of_the_case_page_is_audited_as_showing_the_coordination(
    app: FastAPI, world: World, db: Session
) -> None:
    from her2nav.records.store.models import AuditEvent

    page_client(app, "clin").get("/cases/case-a")
    page_client(app, "pat").get("/cases/case-a")
    reads = db.scalars(select(AuditEvent).where(AuditEvent.action == "review_read")).all()
    shown = {event.user_id: (event.detail or {}).get("coordination") for event in reads}
    assert shown == {_user(db, "clin").id: True, _user(db, "pat").id: False}


def test_a_problem_with_no_field_on_the_form_is_said_for_the_whole_form(app: FastAPI, world: World) -> None:
    coord = page_client(app, "coord")
    status, page = _post(coord, "tasks", type="other", title="Book an interpreter")
    task_id = re.search(r'name="task" value="(\d+)"', page)
    assert status == 200 and task_id
    status, page = _post(coord, "tasks/status", task=task_id.group(1), status="postponed")
    errors = re.search(r'id="task-errors"[^>]*>(.*?)</div>', page, re.S)
    assert status == 422 and errors and "must be one of open, done, cancelled" in errors.group(1)


def test_a_forms_address_opened_after_a_refusal_leads_back_to_its_place_on_the_case_page(
    app: FastAPI, world: World
) -> None:
    coord = page_client(app, "coord")
    for path, anchor in (("stage", "coord-stage"), ("tasks", "coord-tasks"), ("travel", "coord-visits")):
        answer = coord.get(f"/cases/case-a/{path}", follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == f"/cases/case-a#{anchor}"
    assert page_client(app, "coord").get("/cases/case-a/tasks").status_code == 200


def test_a_form_sent_by_the_pages_script_gets_the_coordination_area_back_saved_or_refused(
    app: FastAPI, world: World
) -> None:
    coord = page_client(app, "coord")
    token = csrf_of(coord.get("/cases/case-a").text)
    part = {"HX-Request": "true"}
    refused = coord.post("/cases/case-a/stage", data={"csrf_token": token, "stage": "review"}, headers=part)
    assert refused.status_code == 409 and refused.text.lstrip().startswith('<section id="coordination"')
    assert "<html" not in refused.text and 'id="stage-errors"' in refused.text
    saved = coord.post(
        "/cases/case-a/tasks",
        data={"csrf_token": token, "type": "visa_letter", "title": "Invitation letter"},
        headers=part,
    )
    assert saved.status_code == 200 and "<html" not in saved.text
    assert "The task was saved." in saved.text and "Invitation letter" in saved.text
