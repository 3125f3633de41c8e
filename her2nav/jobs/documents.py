"""Jobs for uploaded documents: OCR and extraction (``extract_document``), run by any worker.

The upload stores the file and the row (``queued``); the web layer then calls ``submit_extraction``,
whose job key names the document and its content (``extract:<public id>:<sha256>``), so submitting
twice runs once. The handler runs the records flow (``records.documents.extraction``) with the
child process and its limits, and carries each OCR'd page to the job's progress ("OCR page 3 of 12")
and to the document row. A refused or unreadable document ends ``failed`` with its reason and the job
``done`` (no retry: it would be refused again); a crash raises, so the queue retries it with backoff
and, after the last attempt, the document is ``failed`` and the job is in the dead-letter list."""

from __future__ import annotations

from her2nav.jobs.registry import JobContext, handler
from her2nav.jobs.runtime import Jobs
from her2nav.records.documents import extraction
from her2nav.records.documents.jobs import JobInterrupted, JobLimits
from her2nav.settings import Settings

EXTRACT = "extract_document"


def extraction_key(public_id: str, sha256: str) -> str:
    return f"extract:{public_id}:{sha256}"


def submit_extraction(jobs: Jobs, *, public_id: str, sha256: str, case_pk: int | None = None) -> bool:
    """Queue the extraction of one stored document (once per document and content)."""
    key = extraction_key(public_id, sha256)
    turn = extraction.waiting_ahead(jobs.sessions(), public_id)  # one uploader's pile waits its turn
    return jobs.submit(EXTRACT, {"document": public_id}, key=key, case_pk=case_pk, priority=-turn)


def queue_unfinished(jobs: Jobs) -> int:
    """Submit the extraction of every document still ``queued`` or ``running`` that has no job yet (a
    process stopped between storing the upload and submitting it, or a document older than the queue);
    the keys make this a no-op for the others. Returns how many were added."""
    return sum(
        submit_extraction(jobs, public_id=public_id, sha256=sha)
        for _pk, public_id, sha in extraction.unfinished(jobs.sessions())
    )


def limits_of(settings: Settings) -> JobLimits:
    return JobLimits(
        max_pages=settings.extraction_max_pages,
        seconds=settings.extraction_seconds,
        max_pixels=settings.extraction_max_pixels,
    )


@handler(EXTRACT)
def extract_document(ctx: JobContext) -> None:
    """Params: ``document``, the document's public id (or its row number)."""
    reference = ctx.params["document"]
    document_pk = extraction.find_document(ctx.sessions, reference)
    if document_pk is None:
        ctx.progress(100, "the document no longer exists")
        return

    def page_done(done: int, total: int) -> None:
        ctx.progress(5 + 90 * done // max(total, 1), f"OCR page {done} of {total}")

    ctx.progress(1, "reading the document")
    folder = ctx.settings.effective_documents_dir
    try:
        status = extraction.run_extraction(
            ctx.sessions, folder, document_pk, limits_of(ctx.settings), progress=page_done
        )
    except JobInterrupted:
        raise  # the worker is stopping: the row stays running and the job runs again
    except Exception as err:
        if ctx.attempt >= ctx.settings.job_max_attempts:
            reason = f"extraction failed after {ctx.attempt} attempts: {err}"
            extraction.give_up(ctx.sessions, document_pk, reason)
        raise
    ctx.progress(100, f"extraction {status}")
