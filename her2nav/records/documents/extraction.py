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
the server starts (not in test mode, where a test starts it itself).

Limits (issue 20, item 6): each run is checked against a page and pixel cap and runs in a child
process with a time limit (``jobs.py``). The queue is fair: workers take documents in turn from each
uploader, so one person's pile of uploads cannot hold back another's report."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.documents.jobs import (
    JobInterrupted,
    JobLimits,
    JobRefused,
    preflight,
    run_limited,
    stop_all,
)
from her2nav.records.documents.suggestions import store_findings
from her2nav.records.store.db import write_transaction
from her2nav.records.store.models import Document, utcnow

log = logging.getLogger(__name__)
UNFINISHED = ("queued", "running")


def run_extraction(
    factory: sessionmaker[Session], folder: Path, document_pk: int, limits: JobLimits | None = None
) -> str:
    """Extract one stored document within ``limits`` and store its suggestions; returns the final
    status."""
    limits = limits or JobLimits()
    with write_transaction(factory) as session:
        doc = session.get(Document, document_pk)
        if doc is None or doc.extraction_status not in UNFINISHED:
            return doc.extraction_status if doc else "missing"
        doc.extraction_status = "running"
        storage_name, media_type, filename = doc.storage_name, doc.media_type, doc.filename
    error: str | None = None
    result = None
    path = folder / storage_name
    try:
        preflight(path.read_bytes(), media_type, limits)
        result = run_limited(path, media_type, filename, limits)
    except JobInterrupted:
        return "running"  # the server is stopping: left running, so the next start does it again
    except JobRefused as err:
        error = str(err)
    except OSError as err:
        error = f"the stored file cannot be read: {err.strerror or err}"
    except Exception as err:  # a bug must fail this run, never the worker
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
    """Worker threads taking documents in turn from each uploader (round robin)."""

    def __init__(
        self, factory: Callable[[], sessionmaker[Session]], folder: Path, limits: JobLimits | None = None
    ) -> None:
        self._factory = factory  # read at run time (tests swap the app's session factory)
        self._folder = folder
        self.limits = limits or JobLimits()
        self._threads: list[threading.Thread] = []
        self._waiting: dict[int | None, deque[int]] = {}  # uploader → their documents, oldest first
        self._turns: deque[int | None] = deque()  # uploaders with documents waiting, next first
        self._known: set[int] = set()  # waiting or running in this process (one run per document)
        self._running = 0
        self._stopping = False
        self._changed = threading.Condition()

    @property
    def started(self) -> bool:
        return bool(self._threads)

    def start(self, *, workers: int = 2) -> int:
        """Start the workers and re-queue documents left queued or running; returns how many."""
        with self._changed:
            if not self._threads:
                self._stopping = False
                for n in range(workers):
                    thread = threading.Thread(target=self._work, name=f"her2nav-extract-{n}", daemon=True)
                    self._threads.append(thread)
                    thread.start()
        with self._factory()() as session:
            pending = list(
                session.execute(
                    select(Document.id, Document.uploaded_by)
                    .where(Document.extraction_status.in_(UNFINISHED))
                    .order_by(Document.id)
                )
            )
        for pk, uploader in pending:
            self.submit(pk, uploader=uploader)
        return len(pending)

    def submit(self, document_pk: int, *, uploader: int | None = None) -> None:
        with self._changed:
            if not self._threads or document_pk in self._known:
                return  # stays queued in the database (picked up by start()), or already waiting
            self._known.add(document_pk)
            if uploader not in self._waiting:
                self._waiting[uploader] = deque()
                self._turns.append(uploader)
            self._waiting[uploader].append(document_pk)
            self._changed.notify()

    def _next(self) -> int | None:
        """The next document, from the uploader whose turn it is; None when stopping."""
        with self._changed:
            while not self._turns and not self._stopping:
                self._changed.wait()
            if self._stopping:
                return None
            uploader = self._turns.popleft()
            mine = self._waiting[uploader]
            document_pk = mine.popleft()
            if mine:
                self._turns.append(uploader)  # back of the line
            else:
                del self._waiting[uploader]
            self._running += 1
            return document_pk

    def _work(self) -> None:
        while (document_pk := self._next()) is not None:
            try:
                run_extraction(self._factory(), self._folder, document_pk, self.limits)
            except Exception:
                log.exception("extraction of document %s could not be stored", document_pk)
            finally:
                with self._changed:
                    self._running -= 1
                    self._known.discard(document_pk)
                    self._changed.notify_all()

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Wait until nothing is waiting or running; False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._turns and not self._running, timeout=timeout)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop taking documents, kill running extractions (they stay ``running`` in the database and
        are done again at the next start) and wait a little for the workers."""
        with self._changed:
            threads, self._threads = self._threads, []
            self._stopping = True
            self._waiting.clear()
            self._turns.clear()
            self._known.clear()
            self._changed.notify_all()
        stop_all()
        for thread in threads:
            thread.join(timeout)
