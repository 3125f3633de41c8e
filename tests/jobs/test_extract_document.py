"""OCR and extraction on the real queue (issues 19 and 16), over SQLite and PostgreSQL: an uploaded
scanned PDF is read by the app's embedded worker, its OCR progress advancing page by page on the job and
on the document; a corrupt file fails at once with its reason; a crash is retried and dead-lettered;
and a ``her2nav worker`` SIGKILLed mid-OCR leaves the document to the next worker, whose run stores the
suggestions once."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from her2nav.coordination.models import JobRecord
from her2nav.jobs import state
from her2nav.jobs.documents import extraction_key, submit_extraction
from her2nav.jobs.runtime import Jobs
from her2nav.records.documents import extraction
from her2nav.records.documents import files as documents
from her2nav.records.store.db import session_factory
from her2nav.records.store.models import CaseRecord, Document, Suggestion, User, utcnow
from her2nav.settings import Settings
from her2nav.web.app import create_app
from tests.jobs.conftest import JobDb
from tests.jobs.test_worker_process import HER2NAV, ROOT, environment, until
from tests.records.factories import PASSWORD, make_case, make_user
from tests.records.scans import scanned_pdf


@pytest.fixture
def sessions(job_db: JobDb) -> sessionmaker[Session]:
    return session_factory(job_db.engine)


@pytest.fixture
def settings(tmp_path: Path, job_db: JobDb) -> Settings:
    return Settings(
        mode="test",
        var_dir=tmp_path,
        database_url=job_db.url,
        queue_url=f"sqlite:///{tmp_path / 'queue.sqlite'}",
        queue_name=f"x-{uuid.uuid4().hex[:8]}",
        embedded_worker=True,
        job_retry_seconds=0.2,
        job_max_attempts=2,
        job_time_limit_seconds=120,
    )


@pytest.fixture
def case_id(sessions: sessionmaker[Session]) -> str:
    """A coordinator (named as the case) and their case without biomarkers."""
    name = f"x-{uuid.uuid4().hex[:10]}"
    with sessions() as db:
        owner = make_user(db, name, "coordinator")
        make_case(db, owner, name, biomarkers=[])
        db.commit()
    return name


@pytest.fixture
def client(settings: Settings, job_db: JobDb, case_id: str) -> Iterator[TestClient]:
    with TestClient(create_app(settings, engine=job_db.engine)) as client:
        answer = client.post("/api/session", json={"username": case_id, "password": PASSWORD})
        client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
        yield client


def upload(client: TestClient, case_id: str, name: str, data: bytes) -> dict[str, Any]:
    answer = client.post(f"/api/cases/{case_id}/documents", files={"file": (name, data)})
    assert answer.status_code == 201, answer.text
    out: dict[str, Any] = answer.json()
    return out


def listed(client: TestClient, case_id: str, doc_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(
        d for d in client.get(f"/api/cases/{case_id}/documents").json() if d["id"] == doc_id
    )
    return found


def job_of(sessions: sessionmaker[Session], key: str) -> JobRecord | None:
    with sessions() as db:
        return state.get(db, key)


def stored_once(sessions: sessionmaker[Session], public_id: str) -> Counter[tuple[str, int]]:
    """How often each (field, span start) of the document's suggestions is stored."""
    with sessions() as db:
        doc = db.scalar(select(Document).where(Document.public_id == public_id))
        assert doc is not None
        rows = db.scalars(select(Suggestion).where(Suggestion.document_pk == doc.id))
        return Counter((s.field, s.span_start) for s in rows)


def test_an_uploaded_scan_is_read_on_the_queue_page_by_page_and_its_suggestions_stored_once(
    client: TestClient, case_id: str, sessions: sessionmaker[Session]
) -> None:
    doc = upload(client, case_id, "scan.pdf", scanned_pdf())
    assert (doc["extraction_status"], doc["pages_done"]) == ("queued", None)
    key = extraction_key(doc["id"], doc["sha256"])
    pages: list[int] = []
    messages: list[str] = []
    deadline = time.monotonic() + 120
    while (now := listed(client, case_id, doc["id"]))["extraction_status"] in ("queued", "running"):
        assert time.monotonic() < deadline, now
        row = job_of(sessions, key)
        if now["pages_done"] is not None and now["pages_done"] not in pages:
            pages.append(now["pages_done"])
        if row is not None and row.message and row.message not in messages:
            messages.append(row.message)
        time.sleep(0.05)
    assert now["extraction_status"] == "done", now
    assert now["pages_total"] == 4 and pages == sorted(pages) and len(pages) >= 2, pages
    ocr_messages = [m for m in messages if m.startswith("OCR page")]
    assert ocr_messages and set(ocr_messages) <= {f"OCR page {n} of 4" for n in range(1, 5)}, messages
    done = until(lambda: (row := job_of(sessions, key)) is not None and row.status == "done" and row)
    assert (done.attempts, done.progress) == (1, 100)
    counts = stored_once(sessions, doc["id"])
    assert ("her2_ihc" in {field for field, _ in counts}) and set(counts.values()) == {1}, counts
    listing = client.get(f"/api/documents/{doc['id']}/suggestions").json()
    assert (listing["pages"], listing["ocr"], listing["pages_done"]) == (4, True, 4)


def test_a_corrupt_file_fails_with_its_reason_and_is_not_retried(
    client: TestClient, case_id: str, sessions: sessionmaker[Session]
) -> None:
    doc = upload(client, case_id, "broken.pdf", b"%PDF-1.7\n" + b"\x00\x13 not a pdf " * 200)
    key = extraction_key(doc["id"], doc["sha256"])
    done = until(lambda: (row := job_of(sessions, key)) is not None and row.status == "done" and row)
    assert done.attempts == 1 and done.error is None
    now = listed(client, case_id, doc["id"])
    assert now["extraction_status"] == "failed"
    assert (now["extraction_error"] or "").startswith("PDF cannot be read"), now
    with sessions() as db:
        assert key not in [r.key for r in state.dead(db)]


def test_an_extraction_that_crashes_is_retried_then_dead_lettered_and_the_document_failed(
    client: TestClient, case_id: str, sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("tesseract segfaulted")

    monkeypatch.setattr(extraction, "run_limited", crash)  # the worker threads run in this process
    doc = upload(client, case_id, "report.txt", b"HER2 (4B5): 3+ (positive), gastric criteria.\n")
    key = extraction_key(doc["id"], doc["sha256"])
    dead = until(lambda: (row := job_of(sessions, key)) is not None and row.status == "dead" and row)
    assert dead.attempts == 2 and "tesseract segfaulted" in (dead.error or "")
    now = listed(client, case_id, doc["id"])
    assert now["extraction_status"] == "failed"
    assert now["extraction_error"] == "extraction failed after 2 attempts: tesseract segfaulted"


def store_document(
    settings: Settings, sessions: sessionmaker[Session], case_id: str, data: bytes
) -> tuple[str, int, str]:
    """What an upload stores (the file, then the row, ``queued``): (public id, row, SHA-256)."""
    stored = documents.store(io.BytesIO(data), settings.effective_documents_dir, max_bytes=10**7)
    with sessions() as db:
        case = db.scalar(select(CaseRecord).where(CaseRecord.case_id == case_id))
        owner = db.scalar(select(User).where(User.username == case_id))
        assert case is not None and owner is not None
        doc = Document(
            public_id=uuid.uuid4().hex[:24],
            case_pk=case.id,
            filename="scan.pdf",
            media_type=stored.media_type,
            size=stored.size,
            sha256=stored.sha256,
            storage_name=stored.storage_name,
            uploaded_by=owner.id,
        )
        db.add(doc)
        db.commit()
        return doc.public_id, doc.id, stored.sha256


def test_a_worker_killed_mid_ocr_leaves_the_document_to_the_next_which_stores_it_once(
    settings: Settings, sessions: sessionmaker[Session], case_id: str, tmp_path: Path
) -> None:
    public_id, document_pk, sha256 = store_document(settings, sessions, case_id, scanned_pdf())
    key = extraction_key(public_id, sha256)
    assert submit_extraction(Jobs(settings, sessions=sessions), public_id=public_id, sha256=sha256)

    def pages_done() -> int:
        with sessions() as db:
            return db.get_one(Document, document_pk).extraction_pages_done or 0

    with start_worker(settings, tmp_path, "first") as first:
        until(lambda: pages_done() >= 1, seconds=120)  # mid-OCR: a page is done, the rest are not
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
    assert stored_once(sessions, public_id) == Counter()
    with sessions() as db:  # the dead worker's lease runs out (what the time limit would do)
        db.execute(update(JobRecord).where(JobRecord.key == key).values(lease_until=utcnow()))
        db.commit()
    with start_worker(settings, tmp_path, "second"):  # its start re-enqueues the lapsed job
        done = until(lambda: (row := job_of(sessions, key)) is not None and row.status == "done" and row, 120)
    assert done.attempts == 2
    counts = stored_once(sessions, public_id)
    assert "her2_ihc" in {field for field, _ in counts} and set(counts.values()) == {1}, counts
    with sessions() as db:
        assert db.get_one(Document, document_pk).extraction_status == "done"


class start_worker:
    """``her2nav worker`` in a process group of its own; killed on leaving the block."""

    def __init__(self, settings: Settings, folder: Path, name: str) -> None:
        self.args = [HER2NAV, "worker", "--workers", "1"]
        self.env = {**environment(settings), "HER2NAV_JOB_TIME_LIMIT_SECONDS": "120"}
        self.log = folder / f"worker-{name}.log"

    def __enter__(self) -> subprocess.Popen[bytes]:
        self.process = subprocess.Popen(
            self.args,
            env=self.env,
            cwd=ROOT,
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self.process

    def __exit__(self, *_exc: object) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
