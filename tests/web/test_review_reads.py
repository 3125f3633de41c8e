"""GET /api/cases/{id}/review through its own read path: same answers, same access rule, every read
audited, a kept text never outlives the snapshot it copies."""

from __future__ import annotations

import datetime as dt
import gzip
from typing import Any

from fastapi import FastAPI
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from her2nav.records.db import make_lookup_engine
from her2nav.records.models import AuditEvent, CaseRecord, UserSession
from her2nav.records.review_reads import ReviewReads
from tests.web.conftest import LoginFn, World


def review_reads_of(db: Session, case_id: str) -> int:
    case_pk = db.scalar(select(CaseRecord.id).where(CaseRecord.case_id == case_id))
    return int(
        db.scalar(
            select(func.count()).where(AuditEvent.case_pk == case_pk, AuditEvent.action == "review_read")
        )
        or 0
    )


def test_a_repeated_review_is_the_same_text_and_every_read_is_audited(
    world: World, login: LoginFn, app: FastAPI, db: Session
) -> None:
    clin = login("clin")
    first = clin.get("/api/cases/case-a/review")
    second = clin.get("/api/cases/case-a/review")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert first.headers["content-type"] == "application/json"
    assert first.headers["cache-control"] == "no-store"
    assert first.json()["case_id"] == "case-a"
    assert review_reads_of(db, "case-a") == 2
    reads: ReviewReads = app.state.review_reads
    assert len(reads._texts) == 1  # the second read came from the kept text


def test_a_change_to_the_case_gives_a_new_review_not_the_kept_one(world: World, login: LoginFn) -> None:
    coord = login("coord")
    before = coord.get("/api/cases/case-a/review").json()
    changed = coord.patch("/api/cases/case-a", json={"patient": {"ecog": 3}}, headers={"If-Match": "1"})
    assert changed.status_code == 200, changed.text
    after = coord.get("/api/cases/case-a/review").json()
    assert before != after
    assert after["options"][0]["id"] == "best_supportive_care"


def test_an_ended_session_gets_401_even_for_a_kept_review(world: World, login: LoginFn) -> None:
    clin = login("clin")
    assert clin.get("/api/cases/case-a/review").status_code == 200
    token = clin.cookies["her2nav_session"]
    assert clin.delete("/api/session").status_code == 204
    clin.cookies.set("her2nav_session", token)  # a client that keeps sending the old cookie
    answer = clin.get("/api/cases/case-a/review")
    assert answer.status_code == 401
    assert answer.json()["detail"] == "the session has ended; sign in again"


def test_an_idle_session_is_refused_by_the_review(
    world: World, login: LoginFn, app: FastAPI, db: Session
) -> None:
    clin = login("clin")
    assert clin.get("/api/cases/case-a/review").status_code == 200
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=app.state.settings.session_idle_seconds + 60)
    db.execute(update(UserSession).values(last_seen_at=long_ago))
    db.commit()
    assert clin.get("/api/cases/case-a/review").status_code == 401


def test_a_review_read_stamps_a_session_whose_activity_is_due(
    world: World, login: LoginFn, db: Session
) -> None:
    clin = login("clin")
    two_minutes_ago = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2)
    db.execute(update(UserSession).values(last_seen_at=two_minutes_ago))
    db.commit()
    assert clin.get("/api/cases/case-a/review").status_code == 200
    db.expire_all()
    seen = max(db.scalars(select(UserSession.last_seen_at)))
    seen = seen if seen.tzinfo else seen.replace(tzinfo=dt.UTC)
    assert seen > two_minutes_ago + dt.timedelta(seconds=60)


def test_a_case_outside_the_users_reach_is_404_without_an_audit_event(
    world: World, login: LoginFn, db: Session
) -> None:
    for user in ("coord", "clin", "pat"):
        answer = login(user).get("/api/cases/case-b/review")
        assert answer.status_code == 404
        assert answer.json()["detail"] == "not found"
    assert login("pat").get("/api/cases/case-a/review").status_code == 200
    assert review_reads_of(db, "case-b") == 0


def test_kept_texts_stay_within_their_byte_budget_oldest_out_first() -> None:
    from sqlalchemy.dialects import sqlite

    def no_connection() -> None:
        raise AssertionError("not used")

    reads = ReviewReads(no_connection, sqlite.dialect(), cache_bytes=250)  # type: ignore[arg-type]
    for version in (1, 2, 3):
        kept = reads.remember(7, version, "basis", b"x" * 100, case_id="c7")
        assert 100 < kept.size < 125  # the text and its gzip form both count
    assert reads.text(7, 1, "basis") is None
    for version in (2, 3):
        kept = reads.text(7, version, "basis")
        assert kept is not None and gzip.decompress(kept.gzipped) == kept.plain == b"x" * 100
    assert reads.text(7, 3, "other basis") is None
    reads.remember(8, 1, "basis", b"y" * 300, case_id="c8")  # larger than the whole budget: not kept
    assert reads.text(8, 1, "basis") is None


def test_the_review_is_gzip_compressed_for_clients_that_accept_it(world: World, login: LoginFn) -> None:
    clin = login("clin")
    plain = clin.get("/api/cases/case-a/review", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert plain.headers["vary"] == "Accept-Encoding"
    for _ in range(2):  # the general path, then the kept text
        packed = clin.get("/api/cases/case-a/review", headers={"Accept-Encoding": "br;q=1.0, gzip;q=0.5"})
        assert packed.headers["content-encoding"] == "gzip"
        assert int(packed.headers["content-length"]) < len(plain.content) / 4
        assert packed.content == plain.content  # as decoded by the client
    refused = clin.get("/api/cases/case-a/review", headers={"Accept-Encoding": "gzip;q=0, *"})
    assert "content-encoding" not in refused.headers
    assert refused.content == plain.content


def test_the_lookup_engine_is_bounded_in_time_on_a_database_server(db_engine: Engine) -> None:
    """The review lookup holds up a batch of reviews: on PostgreSQL its connections are autocommit (no
    transaction to end afterwards) and a statement is cut off after two seconds; SQLite (in-process)
    reads through the records engine itself."""
    lookups = make_lookup_engine(db_engine)
    reads = ReviewReads(lookups.raw_connection, lookups.dialect)
    minute = dt.timedelta(minutes=1)
    assert reads.lookup("no such token", "case-a", idle=minute, absolute=minute) is None
    if db_engine.dialect.name == "sqlite":
        assert lookups is db_engine
        return
    connection = lookups.raw_connection()
    try:
        driver: Any = connection.dbapi_connection
        assert driver.autocommit is True
        cursor = driver.cursor()
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "2s"
        cursor.close()
    finally:
        connection.close()
        lookups.dispose()


def test_one_batch_answers_each_ask_as_its_own_lookup_would(
    world: World, login: LoginFn, app: FastAPI
) -> None:
    """Several asks in one lookup (more than one statement's worth, with repeats): each gets what a
    lookup of its own would give — the reader and case, a reader without a case (not visible), or
    nobody (unknown or ended session)."""
    clin = login("clin").cookies["her2nav_session"]
    pat = login("pat").cookies["her2nav_session"]
    ended = login("coord")
    ended_token = ended.cookies["her2nav_session"]
    assert ended.delete("/api/session").status_code == 204
    reads: ReviewReads = app.state.review_reads
    minute = dt.timedelta(minutes=30)
    pattern = [
        (clin, "case-a"),
        (clin, "case-b"),
        (pat, "case-a"),
        ("no such token", "case-a"),
        (ended_token, "case-a"),
        (pat, "no-such-case"),
    ]
    asks = pattern * 15  # 90 asks, 6 distinct: repeats are checked once
    batched = reads.lookup_many(asks, idle=minute, absolute=minute)
    alone = [reads.lookup(token, case, idle=minute, absolute=minute) for token, case in pattern]
    assert batched == alone * 15
    found = [(r.username, r.case_pk is not None) if r else None for r in alone]
    assert found == [("clin", True), ("clin", False), ("pat", True), None, None, ("pat", False)]


def test_many_distinct_asks_are_checked_in_several_statements(
    world: World, login: LoginFn, app: FastAPI
) -> None:
    from her2nav.records.review_reads import LOOKUPS_PER_STATEMENT

    tokens = [login("clin").cookies["her2nav_session"] for _ in range(3)]
    reads: ReviewReads = app.state.review_reads
    minute = dt.timedelta(minutes=30)
    asks = [(token, f"case-{n}") for token in tokens for n in range(LOOKUPS_PER_STATEMENT)]
    asks += [(tokens[0], "case-a")]
    readers = reads.lookup_many(asks, idle=minute, absolute=minute)
    assert len(readers) == len(asks) > 2 * LOOKUPS_PER_STATEMENT
    assert all(r is not None and r.username == "clin" for r in readers)
    assert [r.case_pk is not None for r in readers if r] == [n == "case-a" for _, n in asks]


def test_a_kept_review_is_refused_when_its_audit_event_cannot_be_stored(
    world: World, login: LoginFn, app: FastAPI, db: Session, monkeypatch: Any
) -> None:
    clin = login("clin")
    assert clin.get("/api/cases/case-a/review").status_code == 200  # now kept in memory

    def broken(*args: Any, **kwargs: Any) -> None:
        raise OSError("disk full")

    # SQLite inserts the events in the transaction of the lookup; a database server in the checking
    # statement
    monkeypatch.setattr(app.state.audit_writer, "insert", broken)
    monkeypatch.setattr(app.state.review_reads, "_confirm", broken)
    answer = clin.get("/api/cases/case-a/review")
    assert answer.status_code == 503
    assert "could not record" in answer.json()["detail"]
    assert "disk full" in answer.json()["detail"]
    assert clin.get("/api/cases/case-b/review").status_code == 404  # others are answered as before
    monkeypatch.undo()
    assert clin.get("/api/cases/case-a/review").status_code == 200
    assert review_reads_of(db, "case-a") == 2


def test_a_review_whose_batch_is_stuck_is_refused_in_time(
    world: World, login: LoginFn, app: FastAPI, monkeypatch: Any
) -> None:
    import threading
    import time

    from her2nav.web.api import review

    clin = login("clin")
    assert clin.get("/api/cases/case-a/review").status_code == 200
    reads: ReviewReads = app.state.review_reads
    served = reads.serve
    finished = threading.Event()

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.5)
        try:
            return served(*args, **kwargs)
        finally:
            finished.set()

    monkeypatch.setattr(reads, "serve", slow)
    monkeypatch.setattr(review, "WAIT_SECONDS", 0.05)
    app.state.review_batches = review.review_batches(app)  # batches with the short deadline
    answer = clin.get("/api/cases/case-a/review")
    assert answer.status_code == 503
    assert answer.json()["detail"] == "the review could not be checked and recorded in time"
    assert finished.wait(5)  # the late batch ends before the test's database goes away


def test_a_kept_review_is_never_served_to_someone_outside_its_case(
    world: World, login: LoginFn, db: Session
) -> None:
    """The text of case-b is kept once its owner has read it; the others still get 404 for it, and
    only the owner's reads are in the audit trail."""
    admin = login("admin")
    for _ in range(2):
        assert admin.get("/api/cases/case-b/review").status_code == 200
    for user in ("coord", "clin", "pat"):
        assert login(user).get("/api/cases/case-b/review").status_code == 404
    assert review_reads_of(db, "case-b") == 2


def test_on_a_database_server_a_kept_review_is_checked_and_recorded_by_one_statement(
    world: World, login: LoginFn, app: FastAPI, db: Session, db_engine: Engine, monkeypatch: Any
) -> None:
    if db_engine.dialect.name == "sqlite":
        return  # SQLite checks, then stores the events (one lookup, one transaction)
    reads: ReviewReads = app.state.review_reads
    confirmed: list[int] = []
    confirm = reads._confirm

    def counting(*args: Any, **kwargs: Any) -> Any:
        found = confirm(*args, **kwargs)
        confirmed.append(len(found))
        return found

    monkeypatch.setattr(reads, "_confirm", counting)
    clin = login("clin")
    assert clin.get("/api/cases/case-a/review").status_code == 200  # general path: nothing kept yet
    assert clin.get("/api/cases/case-a/review").status_code == 200  # kept text, confirmed
    assert confirmed[-1] == 1
    events = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "review_read").order_by(AuditEvent.id)
    ).all()
    assert [(e.username, e.detail, e.client) for e in events] == [
        ("clin", {"snapshot": False}, "testclient"),  # the first read made the snapshot
        ("clin", {"snapshot": True}, "testclient"),
    ]


def test_batches_are_padded_to_a_few_statement_sizes_compiled_at_start(db_engine: Engine) -> None:
    from her2nav.records.review_reads import LOOKUPS_PER_STATEMENT, STATEMENT_SIZES, padded_size

    assert [padded_size(n) for n in (1, 2, 3, 5, 9, 17, 32)] == [1, 2, 4, 8, 16, 32, 32]
    assert STATEMENT_SIZES[-1] == LOOKUPS_PER_STATEMENT
    lookups = make_lookup_engine(db_engine)
    reads = ReviewReads(lookups.raw_connection, lookups.dialect)
    reads.prepare()
    assert sorted(reads._statements) == list(STATEMENT_SIZES)
    assert sorted(reads._confirms) == ([] if db_engine.dialect.name == "sqlite" else list(STATEMENT_SIZES))
    if db_engine.dialect.name != "sqlite":
        lookups.dispose()
