"""The app's handle on the job queue: the routes submit jobs through it (an upload's extraction).

One ``Jobs`` per app, made on first use on the app's own sessions, so that a job's row is written in
the same database the request uses; the embedded worker (``app.embedded_worker``) runs this same one."""

from __future__ import annotations

import threading

from fastapi import FastAPI

from her2nav.jobs.runtime import Jobs

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
