"""Notifications for real: a task reminder goes out as an e-mail to a local SMTP server (aiosmtpd) and
as an in-app notification, in the owner's language, once; a new trial imported into the registry is
notified to the owner of a case it now suits, once per trial version."""

from __future__ import annotations

import datetime as dt
import email
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from email.message import Message as EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.case.load import case_from_data
from her2nav.coordination import notify, tasks
from her2nav.coordination.models import Notification
from her2nav.jobs.handlers import queue_registry_sync, queue_reminders
from her2nav.jobs.runtime import Jobs
from her2nav.jobs.worker import build_jobs, start_embedded, stop_embedded
from her2nav.records.cases import flows
from her2nav.records.store.db import session_factory
from her2nav.records.store.models import CaseRecord, User
from tests.jobs.conftest import JobDb
from tests.records.factories import case_data, make_user
from tests.trials.records import site, study_record, write_records


class Inbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    box, port = Inbox(), free_port()
    server = Controller(box, hostname="127.0.0.1", port=port)
    server.start()
    yield box, port
    server.stop()


@pytest.fixture
def sessions(job_db: JobDb) -> sessionmaker[Session]:
    return session_factory(job_db.engine)


@pytest.fixture
def worker(settings_for: Callable[..., Any]) -> Iterator[Callable[..., Jobs]]:
    consumers = []

    def start(**changes: Any) -> Jobs:
        jobs = build_jobs(settings_for("sqlite", **changes))
        consumers.append(start_embedded(jobs, workers=1))
        return jobs

    yield start
    for consumer in consumers:
        stop_embedded(consumer)


def a_case(sessions: sessionmaker[Session], language: str, address: str | None) -> tuple[User, CaseRecord]:
    suffix = uuid.uuid4().hex[:8]
    with sessions() as db:
        coordinator = make_user(db, f"c-{suffix}", "coordinator")
        db.commit()
        record = flows.create_case(
            session=db, case=case_from_data(case_data(f"case-{suffix}")), user=coordinator, client="t"
        )
        notify.set_contact(session=db, user=coordinator, email=address, language=language, client="t")
    return coordinator, record


def until(check: Callable[[], Any], seconds: float = 20.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError("timed out")


def in_app(sessions: sessionmaker[Session], user: User) -> list[Notification]:
    with sessions() as db:
        return list(db.scalars(select(Notification).where(Notification.user_id == user.id)))


def test_a_reminder_reaches_the_owner_by_email_in_their_language_once(
    inbox: tuple[Inbox, int], worker: Any, sessions: sessionmaker[Session]
) -> None:
    box, port = inbox
    jobs = worker(smtp_host="127.0.0.1", smtp_port=port, smtp_from="navigator@her2nav.test", reminder_days=2)
    owner, record = a_case(sessions, "zh", "li.wei@hospital.test")
    today = dt.datetime.now(dt.UTC).date()
    with sessions() as db:
        tasks.create_task(
            session=db,
            record=record,
            user=owner,
            task=tasks.TaskIn(type="translation", title="翻译病理报告", due_on=today + dt.timedelta(days=1)),
            client="t",
        )
    assert queue_reminders(jobs, today) == 1
    until(lambda: len(box.messages) == 1)
    mail = box.messages[0]
    assert mail["To"] == "li.wei@hospital.test" and mail["From"] == "navigator@her2nav.test"
    assert "提醒" in str(email.header.make_header(email.header.decode_header(mail["Subject"])))
    body = mail.get_payload(decode=True).decode("utf-8")
    assert record.case_id in body and "翻译病理报告" in body
    until(lambda: all(n.emailed_at for n in in_app(sessions, owner)))
    assert len(in_app(sessions, owner)) == 1
    assert queue_reminders(jobs, today) == 0  # the same task and due date: no second reminder
    time.sleep(0.5)
    assert len(box.messages) == 1


def test_a_new_trial_imported_is_notified_to_the_cases_owner_once(
    inbox: tuple[Inbox, int],
    worker: Any,
    sessions: sessionmaker[Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HER2NAV_REGISTRY_URL", f"sqlite:///{tmp_path / 'registry.sqlite'}")
    box, port = inbox
    owner, _record = a_case(sessions, "en", "owner@hospital.test")
    folder = tmp_path / "registry-files"
    write_records(folder)  # nothing new yet: the first re-match records what the case is offered
    jobs = worker(smtp_host="127.0.0.1", smtp_port=port, registry_sync_path=folder)
    assert queue_registry_sync(jobs, dt.date(2027, 1, 1))
    until(lambda: _job_status(jobs, "trial-alerts:2027-01-01") == "done", seconds=120)
    assert in_app(sessions, owner) == []
    write_records(
        folder,
        study_record(
            "NCT09999991",
            title="Trastuzumab and chemotherapy for HER2-positive gastric cancer",
            conditions=["Gastric Cancer", "HER2-positive Gastric Cancer"],
            interventions=["Trastuzumab"],
            sites=[site("United Kingdom", "London", "RECRUITING")],
        ),
    )
    assert queue_registry_sync(jobs, dt.date(2027, 1, 2))
    until(lambda: _job_status(jobs, "trial-alerts:2027-01-02") == "done", seconds=120)
    alerts = in_app(sessions, owner)
    assert [n.kind for n in alerts] == ["trial_alert"]
    assert "NCT09999991" in alerts[0].subject and "gastric" in alerts[0].body.lower()
    to_owner = until(lambda: [m for m in box.messages if m["To"] == "owner@hospital.test"])
    assert len(to_owner) == 1 and "NCT09999991" in to_owner[0]["Subject"]
    assert queue_registry_sync(jobs, dt.date(2027, 1, 3))  # the same trial version again
    until(lambda: _job_status(jobs, "trial-alerts:2027-01-03") == "done", seconds=120)
    assert len(in_app(sessions, owner)) == 1
    assert len([m for m in box.messages if m["To"] == "owner@hospital.test"]) == 1


def _job_status(jobs: Jobs, key: str) -> str | None:
    from her2nav.jobs import state

    with jobs.sessions()() as db:
        row = state.get(db, key)
        return row.status if row else None
