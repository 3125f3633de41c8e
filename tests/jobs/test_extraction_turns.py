"""Extraction takes turns between uploaders (issue 20, item 6, kept on the job queue of issue 19): a
document waits behind the documents its own uploader sent before it, not behind another person's
pile, on the SQLite and the Redis queue alike."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from her2nav.jobs.documents import submit_extraction
from her2nav.jobs.runtime import Jobs
from her2nav.records.store.db import session_factory
from her2nav.records.store.models import Document, User
from tests.jobs.conftest import QUEUES, JobDb
from tests.records.factories import make_case, make_user


def _documents(sessions: sessionmaker[Session], uploader: User, case_pk: int, count: int) -> list[str]:
    made = []
    with sessions() as db:
        for _ in range(count):
            public_id = uuid.uuid4().hex[:24]
            db.add(
                Document(
                    public_id=public_id,
                    case_pk=case_pk,
                    filename=f"{public_id}.txt",
                    media_type="text/plain",
                    size=1,
                    sha256=public_id.ljust(64, "0"),
                    storage_name=public_id,
                    uploaded_by=uploader.id,
                )
            )
            made.append(public_id)
        db.commit()
    return made


def _queue_order(jobs: Jobs) -> list[str]:
    """The documents in the order a worker would take their jobs (read from the transport itself)."""
    order = []
    while (message := jobs.huey.dequeue()) is not None:
        order.append(message.args[0].split(":")[1])
    return order


@pytest.mark.parametrize("queue", QUEUES)
def test_one_uploaders_pile_does_not_hold_back_another_uploaders_report(
    queue: str, settings_for: Any, job_db: JobDb
) -> None:
    sessions = session_factory(job_db.engine)
    tag = uuid.uuid4().hex[:8]
    with sessions() as db:
        busy = make_user(db, f"busy-{tag}", "coordinator")
        other = make_user(db, f"other-{tag}", "coordinator")
        case = make_case(db, busy, f"turns-{tag}")
        db.commit()
        case_pk = case.id
        db.expunge_all()
    pile = _documents(sessions, busy, case_pk, 3)
    (single,) = _documents(sessions, other, case_pk, 1)
    jobs = Jobs(settings_for(queue), sessions=sessions)
    for public_id in [*pile, single]:
        assert submit_extraction(jobs, public_id=public_id, sha256=public_id.ljust(64, "0"))

    order = _queue_order(jobs)

    assert order[:2] == [pile[0], single] or order[:2] == [single, pile[0]]
    assert order[2:] == pile[1:]
