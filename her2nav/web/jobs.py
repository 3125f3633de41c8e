"""The app's handle on the job queue: the routes submit jobs through it (an upload's extraction), and
read a document's extraction as its job left it.

One ``Jobs`` per app, made on first use on the app's own sessions, so that a job's row is written in
the same database the request uses; the embedded worker (``app.embedded_worker``) runs this same one."""

from __future__ import annotations

import threading

from fastapi import FastAPI
from sqlalchemy.orm import Session

from her2nav.jobs import state
from her2nav.jobs.documents import extraction_key
from her2nav.jobs.runtime import Jobs
from her2nav.records.store.models import Document

_lock = threading.Lock()


def app_jobs(app: FastAPI) -> Jobs:
    jobs: Jobs | None = getattr(app.state, "jobs", None)
    if jobs is not None:
        return jobs
    with _lock:
        jobs = getattr(app.state, "jobs", None)
        if jobs is None:
            from her2nav.jobs.worker import build_jobs

            jobs = build_jobs(app.state.settings, sessions=app.state.session_factory)
            app.state.jobs = jobs
        return jobs


def extraction_state(db: Session, doc: Document) -> tuple[str, str | None]:
    """The document's extraction status and error as shown: a document still ``queued`` or
    ``running`` whose job is dead (its worker was killed during every attempt, so no run could record
    the failure on the document) is ``failed`` with the job's last error, so no page waits forever."""
    status, error = doc.extraction_status, doc.extraction_error
    if status not in ("queued", "running"):
        return status, error
    job = state.get(db, extraction_key(doc.public_id, doc.sha256))
    if job is not None and job.status == "dead":
        return "failed", f"the extraction job stopped for good: {job.error or 'no reason recorded'}"
    return status, error
