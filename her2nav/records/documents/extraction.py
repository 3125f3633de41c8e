"""Extracting one stored document: the records flow the job queue runs (``jobs/documents.py``).

An upload stores the file and its row (``extraction_status = queued``); the web layer then submits
the ``extract_document`` job. ``run_extraction`` marks the row ``running``, runs ``extract_bytes`` in
a child process under the page, pixel and time limits (``jobs.py``; OCR can take seconds per page),
records each OCR'd page on the row (``extraction_pages_done`` of ``extraction_pages_total``), then
stores the suggestions and ``done`` — or ``failed`` with the reason — in one transaction, so a run
never leaves half its suggestions behind.

A run may happen more than once for one document (a worker killed mid-job, a retry): a row left
``running`` is simply read again, and the final transaction locks the row and stores nothing when
another run already finished it, so a document gets one set of suggestions.

Outcomes: a document that is refused by a limit or cannot be read is ``failed`` with the reason
(final: reading it again gives the same answer). An extraction that crashed (``JobCrashed``) or a
stop (``JobInterrupted``) leaves the row ``running`` and raises, so that the queue tries again;
``give_up`` records the reason once the queue has no attempt left."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.documents.jobs import JobLimits, JobRefused, PageProgress, preflight, run_limited
from her2nav.records.documents.suggestions import store_findings
from her2nav.records.store.db import write_transaction
from her2nav.records.store.models import Document, utcnow

log = logging.getLogger(__name__)
UNFINISHED = ("queued", "running")
FINISHED = ("done", "failed")


def find_document(factory: sessionmaker[Session], reference: str | int) -> int | None:
    """The row number of a document named by its public id (or its row number)."""
    with factory() as session:
        if isinstance(reference, int):
            return reference if session.get(Document, reference) is not None else None
        return session.scalar(select(Document.id).where(Document.public_id == reference))


def waiting_ahead(factory: sessionmaker[Session], reference: str) -> int:
    """How many of the same uploader's documents, uploaded before this one, are still waiting or
    being read: the queue takes a document's turn from it, so that one person's pile of uploads does
    not hold back another's report (issue 20, item 6)."""
    with factory() as session:
        doc = session.scalar(select(Document).where(Document.public_id == reference))
        if doc is None:
            return 0
        return int(
            session.scalar(
                select(func.count(Document.id)).where(
                    Document.uploaded_by == doc.uploaded_by,
                    Document.extraction_status.in_(UNFINISHED),
                    Document.id < doc.id,
                )
            )
            or 0
        )


def _record_page(factory: sessionmaker[Session], document_pk: int, done: int, total: int) -> None:
    with write_transaction(factory) as session:
        doc = session.get(Document, document_pk)
        if doc is not None and doc.extraction_status == "running":
            doc.extraction_pages_done, doc.extraction_pages_total = done, total


def run_extraction(
    factory: sessionmaker[Session],
    folder: Path,
    document_pk: int,
    limits: JobLimits | None = None,
    progress: PageProgress | None = None,
) -> str:
    """Extract one stored document within ``limits`` and store its suggestions; returns the final
    status. ``progress(done, total)`` follows each OCR'd page, after the row records it. Raises
    ``JobCrashed`` or ``JobInterrupted`` (the row stays ``running``) for the queue to retry."""
    limits = limits or JobLimits()
    with write_transaction(factory) as session:
        doc = session.get(Document, document_pk)
        if doc is None or doc.extraction_status not in UNFINISHED:
            return doc.extraction_status if doc else "missing"
        doc.extraction_status = "running"
        doc.extraction_pages_done = doc.extraction_pages_total = None
        storage_name, media_type, filename = doc.storage_name, doc.media_type, doc.filename

    def page_done(done: int, total: int) -> None:
        _record_page(factory, document_pk, done, total)
        if progress is not None:
            progress(done, total)

    error: str | None = None
    result = None
    path = folder / storage_name
    try:
        preflight(path.read_bytes(), media_type, limits)
        result = run_limited(path, media_type, filename, limits, page_done)
    except JobRefused as err:
        error = str(err)
    except OSError as err:
        error = f"the stored file cannot be read: {err.strerror or err}"
    with write_transaction(factory) as session:
        doc = session.get_one(Document, document_pk, with_for_update=True)
        if doc.extraction_status in FINISHED:
            return doc.extraction_status  # another run finished first: keep its one set
        doc.extracted_at = utcnow()
        if result is None:
            doc.extraction_status, doc.extraction_error = "failed", error
        else:
            store_findings(session, doc, result.findings)
            doc.extraction_status, doc.extraction_error = "done", None
            doc.extraction_pages, doc.extraction_ocr = result.pages, result.ocr
        return doc.extraction_status


def give_up(factory: sessionmaker[Session], document_pk: int, reason: str) -> None:
    """The queue's last attempt failed: the document is ``failed`` with the reason (unless a run
    finished it meanwhile)."""
    with write_transaction(factory) as session:
        doc = session.get(Document, document_pk, with_for_update=True)
        if doc is None or doc.extraction_status in FINISHED:
            return
        doc.extraction_status, doc.extraction_error, doc.extracted_at = "failed", reason, utcnow()
    log.warning("extraction of document %s given up: %s", document_pk, reason)


def unfinished(factory: sessionmaker[Session]) -> list[tuple[int, str, str]]:
    """Documents still ``queued`` or ``running``: (row, public id, SHA-256), oldest first."""
    with factory() as session:
        rows = session.execute(
            select(Document.id, Document.public_id, Document.sha256)
            .where(Document.extraction_status.in_(UNFINISHED))
            .order_by(Document.id)
        )
        return [(pk, public_id, sha) for pk, public_id, sha in rows]
