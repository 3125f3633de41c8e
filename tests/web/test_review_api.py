"""GET /api/cases/{id}/review: the same access rule as every case URL, every read audited in the
request's transaction, a cached text never outlives the case version or the basis it was made on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import time_machine
from fastapi import FastAPI
from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from her2nav.records.store.models import AuditEvent, CaseRecord, ReviewSnapshot
from tests.web.conftest import LoginFn, World


def review_reads_of(db: Session, case_id: str) -> list[AuditEvent]:
    case_pk = db.scalar(select(CaseRecord.id).where(CaseRecord.case_id == case_id))
    return list(
        db.scalars(
            select(AuditEvent)
            .where(AuditEvent.case_pk == case_pk, AuditEvent.action == "review_read")
            .order_by(AuditEvent.id)
        )
    )


def test_a_repeated_review_is_the_same_text_and_every_read_is_audited(
    world: World, login: LoginFn, db: Session
) -> None:
    clin = login("clin")
    first = clin.get("/api/cases/case-a/review")
    second = clin.get("/api/cases/case-a/review")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert first.headers["content-type"] == "application/json"
    assert first.headers["cache-control"] == "no-store"
    assert first.json()["case_id"] == "case-a"
    reads = review_reads_of(db, "case-a")
    assert [event.username for event in reads] == ["clin", "clin"]
    assert [event.detail for event in reads] == [{"snapshot": False}, {"snapshot": True}]


def test_the_first_review_of_a_version_stores_its_snapshot_with_the_read(
    world: World, login: LoginFn, db: Session
) -> None:
    assert login("coord").get("/api/cases/case-a/review").status_code == 200
    case_pk = db.scalar(select(CaseRecord.id).where(CaseRecord.case_id == "case-a"))
    assert db.scalar(select(func.count()).where(ReviewSnapshot.case_pk == case_pk)) == 1


def test_a_change_to_the_case_gives_a_new_review_not_the_cached_one(world: World, login: LoginFn) -> None:
    coord = login("coord")
    before = coord.get("/api/cases/case-a/review").json()
    changed = coord.patch("/api/cases/case-a", json={"patient": {"ecog": 3}}, headers={"If-Match": "1"})
    assert changed.status_code == 200, changed.text
    after = coord.get("/api/cases/case-a/review").json()
    assert before != after
    assert after["options"][0]["id"] == "best_supportive_care"


def test_an_ended_session_gets_401_even_for_a_cached_review(world: World, login: LoginFn) -> None:
    clin = login("clin")
    assert clin.get("/api/cases/case-a/review").status_code == 200
    token = clin.cookies["her2nav_session"]
    assert clin.delete("/api/session").status_code == 204
    clin.cookies.set("her2nav_session", token)  # a client that keeps sending the old cookie
    answer = clin.get("/api/cases/case-a/review")
    assert answer.status_code == 401
    assert answer.json()["detail"] == "the session has ended; sign in again"


def test_an_idle_session_is_refused_by_the_review(world: World, login: LoginFn, app: FastAPI) -> None:
    idle = dt.timedelta(seconds=app.state.settings.session_idle_seconds)
    second = dt.timedelta(seconds=1)
    with time_machine.travel(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC), tick=False) as clock:
        clin = login("clin")
        clock.shift(idle - second)
        assert clin.get("/api/cases/case-a/review").status_code == 200  # used just in time
        clock.shift(idle + second)
        answer = clin.get("/api/cases/case-a/review")
    assert answer.status_code == 401
    assert answer.json()["detail"] == "the session has ended; sign in again"


def test_a_case_outside_the_users_reach_is_404_without_an_audit_event(
    world: World, login: LoginFn, db: Session
) -> None:
    for user in ("coord", "clin", "pat"):
        answer = login(user).get("/api/cases/case-b/review")
        assert answer.status_code == 404
        assert answer.json()["detail"] == "not found"
    assert login("pat").get("/api/cases/case-a/review").status_code == 200
    assert review_reads_of(db, "case-b") == []


def test_a_cached_review_is_never_served_to_someone_outside_its_case(
    world: World, login: LoginFn, db: Session
) -> None:
    admin = login("admin")
    for _ in range(2):
        assert admin.get("/api/cases/case-b/review").status_code == 200
    for user in ("coord", "clin", "pat"):
        assert login(user).get("/api/cases/case-b/review").status_code == 404
    assert len(review_reads_of(db, "case-b")) == 2


def test_the_review_is_gzip_compressed_for_clients_that_accept_it(world: World, login: LoginFn) -> None:
    clin = login("clin")
    plain = clin.get("/api/cases/case-a/review", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    packed = clin.get("/api/cases/case-a/review", headers={"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.headers["vary"] == "Accept-Encoding"
    assert int(packed.headers["content-length"]) < len(plain.content) / 3  # less repetition since issue 15
    assert packed.content == plain.content  # as decoded by the client


@pytest.fixture
def audit_refuses_reviews(connection: Connection) -> Iterator[None]:
    """A database that refuses to store review_read events (a real trigger, rolled back afterwards)."""
    if connection.dialect.name == "sqlite":
        connection.execute(
            text(
                "CREATE TRIGGER refuse_reads BEFORE INSERT ON audit_events WHEN NEW.action = 'review_read' "
                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            )
        )
    else:
        connection.execute(
            text(
                "CREATE FUNCTION refuse_reads() RETURNS trigger AS $$ BEGIN "
                "IF NEW.action = 'review_read' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; "
                "END $$ LANGUAGE plpgsql"
            )
        )
        connection.execute(
            text(
                "CREATE TRIGGER refuse_reads BEFORE INSERT ON audit_events "
                "FOR EACH ROW EXECUTE FUNCTION refuse_reads()"
            )
        )
    yield


def test_a_review_is_refused_when_its_audit_event_cannot_be_stored(
    world: World, login: LoginFn, audit_refuses_reviews: None
) -> None:
    clin = login("clin")
    for _ in range(2):  # computed, then from the cache: neither leaves unrecorded
        answer = clin.get("/api/cases/case-a/review")
        assert answer.status_code == 503
        assert "could not record" in answer.json()["detail"]
        assert "disk full" in answer.json()["detail"]
    assert clin.get("/api/cases/case-b/review").status_code == 404  # others are answered as before
