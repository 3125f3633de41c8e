"""A document being read shows how far OCR has got ("Reading page 3 of 12", in the reader's language),
on the page, in the page's progress answer and in the documents API, and the page keeps asking until
the run has ended (issue 16) — or its job has died."""

from __future__ import annotations

import datetime as dt

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.jobs import state
from her2nav.jobs.documents import extraction_key
from her2nav.records.store.models import Document
from tests.web.conftest import World
from tests.web.pages.helpers import page_client

__all__ = ["World"]


def _reading(
    db: Session, public_id: str, done: int | None, total: int | None, status: str = "running"
) -> None:
    doc = db.scalar(select(Document).where(Document.public_id == public_id))
    assert doc is not None
    doc.extraction_status, doc.extraction_pages_done, doc.extraction_pages_total = status, done, total
    db.commit()


def test_a_document_being_ocrd_shows_the_page_it_is_reading_and_keeps_asking(
    app: FastAPI, world: World, db: Session
) -> None:
    doc = world.docs["case-a"]
    _reading(db, doc, 3, 12)
    client = page_client(app, "coord")
    page = client.get(f"/documents/{doc}").text
    assert "Reading page 3 of 12" in page
    assert f'hx-get="/documents/{doc}/progress" hx-trigger="every 2s"' in page
    state = client.get(f"/documents/{doc}/progress").json()
    assert state["label"] == "Reading page 3 of 12" and not state["finished"]
    assert (state["pages_done"], state["pages_total"]) == (3, 12)
    listed = client.get("/api/cases/case-a/documents").json()
    assert [(d["extraction_status"], d["pages_done"], d["pages_total"]) for d in listed] == [
        ("running", 3, 12)
    ]


def test_the_page_says_it_in_chinese_for_a_chinese_reader(app: FastAPI, world: World, db: Session) -> None:
    doc = world.docs["case-a"]
    _reading(db, doc, 3, 12)
    client = page_client(app, "coord", **{"Accept-Language": "zh-CN"})
    assert "正在读取第 3 页，共 12 页" in client.get(f"/documents/{doc}").text
    assert client.get(f"/documents/{doc}/progress").json()["label"] == "正在读取第 3 页，共 12 页"


def test_before_ocr_and_once_done_the_status_is_shown_and_the_page_stops_asking(
    app: FastAPI, world: World, db: Session
) -> None:
    doc = world.docs["case-a"]
    client = page_client(app, "coord")
    _reading(db, doc, None, None)
    assert "being read" in client.get(f"/documents/{doc}").text
    _reading(db, doc, 12, 12, status="done")
    page = client.get(f"/documents/{doc}").text
    assert "Reading page" not in page and "hx-get=" not in page
    assert client.get(f"/documents/{doc}/progress").json()["finished"] is True


def test_a_document_whose_job_died_shows_failed_with_the_jobs_error_and_the_page_stops_asking(
    app: FastAPI, world: World, db: Session
) -> None:
    doc = db.scalar(select(Document).where(Document.public_id == world.docs["case-a"]))
    assert doc is not None
    _reading(db, doc.public_id, 1, 12)
    key = extraction_key(doc.public_id, doc.sha256)
    assert state.claim(db, key, dt.timedelta(seconds=60)) is not None  # the world's upload queued it
    state.fail(db, key, "its worker stopped during every attempt", max_attempts=1)
    client = page_client(app, "coord")
    page = client.get(f"/documents/{doc.public_id}").text
    assert "the extraction job stopped for good: its worker stopped during every attempt" in page
    assert "hx-get=" not in page and "Reading page" not in page
    assert client.get(f"/documents/{doc.public_id}/progress").json()["finished"] is True
    listed = client.get("/api/cases/case-a/documents").json()
    assert [d["extraction_status"] for d in listed] == ["failed"]
    listing = client.get(f"/api/documents/{doc.public_id}/suggestions").json()
    assert listing["extraction_status"] == "failed" and "every attempt" in listing["extraction_error"]


def test_htmx_asking_for_progress_gets_the_part_again_and_a_refresh_once_the_run_has_ended(
    app: FastAPI, world: World, db: Session
) -> None:
    doc = world.docs["case-a"]
    client = page_client(app, "coord")
    _reading(db, doc, 3, 12)
    running = client.get(f"/documents/{doc}/progress", headers={"HX-Request": "true"})
    assert running.headers["content-type"].startswith("text/html")
    assert running.text.startswith('<p class="notice" role="status"') and 'id="doc-progress"' in running.text
    assert "Reading page 3 of 12" in running.text and f'hx-get="/documents/{doc}/progress"' in running.text
    assert "hx-refresh" not in running.headers
    _reading(db, doc, 12, 12, status="done")
    ended = client.get(f"/documents/{doc}/progress", headers={"HX-Request": "true"})
    assert ended.headers["hx-refresh"] == "true" and "hx-get=" not in ended.text
