"""Extraction off the request thread: a small in-process worker pool.

An upload stores the file and its row (``extraction_status = queued``) and hands the document to the
queue. A worker marks it ``running``, runs ``extract_bytes`` (OCR can take seconds per page), then
stores the suggestions and ``done`` — or ``failed`` with the reason — in one transaction, so a run
never leaves half its suggestions behind.

Restart: ``start`` re-queues every document still ``queued`` or ``running`` (a run cut off by a stop
or crash is simply done again). With several server processes, each re-queues at its start; the
final transaction locks the row and stores nothing when another run already finished it, so a
document gets one set of suggestions (at worst the work is done twice).

Until ``start`` is called, ``submit`` only leaves the row queued: the web app starts the queue when
the server starts (not in test mode, where a test starts it itself)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.documents.suggestions import store_findings
from her2nav.records.store.db import write_transaction
from her2nav.records.store.models import Document, utcnow

log = logging.getLogger(__name__)
UNFINISHED = ("queued", "running")


def run_extraction(factory: sessionmaker[Session], folder: Path, document_pk: int) -> str:
    """Extract one stored document and store its suggestions; returns the final status."""
    from her2nav.extract.run import UnreadableInput, extract_bytes

    with write_transaction(factory) as session:
        doc = session.get(Document, document_pk)
        if doc is None or doc.extraction_status not in UNFINISHED:
            return doc.extraction_status if doc else "missing"
        doc.extraction_status = "running"
        storage_name, media_type, filename = doc.storage_name, doc.media_type, doc.filename
    error: str | None = None
    result = None
    try:
        result = extract_bytes((folder / storage_name).read_bytes(), media_type, source=filename)
    except UnreadableInput as err:
        error = str(err) or "the document could not be read"
    except OSError as err:
        error = f"the stored file cannot be read: {err.strerror or err}"
    except Exception as err:  # a bug in a rule must fail this run, never the worker
        log.exception("extraction of document %s failed", document_pk)
        error = f"extraction failed unexpectedly ({type(err).__name__})"
    with write_transaction(factory) as session:
        doc = session.get_one(Document, document_pk, with_for_update=True)
        if doc.extraction_status == "done":
            return "done"  # another process re-queued it at its start and finished first: keep one set
        doc.extracted_at = utcnow()
        if result is None:
            doc.extraction_status, doc.extraction_error = "failed", error
        else:
            store_findings(session, doc, result.findings)
            doc.extraction_status, doc.extraction_error = "done", None
            doc.extraction_pages, doc.extraction_ocr = result.pages, result.ocr
        return doc.extraction_status


class ExtractionQueue:
    def __init__(self, factory: Callable[[], sessionmaker[Session]], folder: Path) -> None:
        self._factory = factory  # read at run time (tests swap the app's session factory)
        self._folder = folder
        self._pool: ThreadPoolExecutor | None = None
        self._futures: set[Future[str]] = set()
        self._in_flight: set[int] = set()  # one run per document at a time in this process
        self._lock = threading.Lock()

    @property
    def started(self) -> bool:
        return self._pool is not None

    def start(self, *, workers: int = 2) -> int:
        """Start the workers and re-queue documents left queued or running; returns how many."""
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="her2nav-extract")
        with self._factory()() as session:
            pending = list(
                session.scalars(
                    select(Document.id)
                    .where(Document.extraction_status.in_(UNFINISHED))
                    .order_by(Document.id)
                )
            )
        for pk in pending:
            self.submit(pk)
        return len(pending)

    def submit(self, document_pk: int) -> None:
        with self._lock:
            if self._pool is None or document_pk in self._in_flight:
                return  # stays queued in the database (picked up by start()), or already running
            self._in_flight.add(document_pk)
            future = self._pool.submit(run_extraction, self._factory(), self._folder, document_pk)
            self._futures.add(future)
        future.add_done_callback(lambda done: self._forget(done, document_pk))

    def _forget(self, future: Future[str], document_pk: int) -> None:
        with self._lock:
            self._futures.discard(future)
            self._in_flight.discard(document_pk)

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Wait until every submitted run has finished; False on timeout."""
        with self._lock:
            running = set(self._futures)
        _done, not_done = wait(running, timeout=timeout)
        return not not_done

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
