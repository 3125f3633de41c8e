"""``Jobs``: submit jobs by key, run them with retries, backoff, a time limit and progress, and put
back on the queue whatever a killed worker left unfinished.

The time limit (``job_time_limit_seconds``, one attempt): a process worker (``her2nav worker``,
the default kind) stops the attempt with SIGALRM (huey raises ``TaskTimeout`` in it). Thread workers
(the embedded worker, ``--kind thread``) cannot stop a thread, so here an attempt past the limit is
stopped at its next progress report, and one that reports nothing keeps its thread but loses the job:
its lease (limit + grace, never extended) lapses, ``recover`` (every minute) queues the job again or
dead-letters it, and the late attempt's own finish or failure is ignored.

Submitting writes the job's row first and enqueues its key after the commit, so nothing is lost if
the process dies in between (``recover`` finds a queued job that no worker took). Running claims the
row with a lease longer than the time limit; a worker killed mid-job leaves the lease to lapse and the
job runs again (its handler's effects carry the key, so they happen once)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from typing import Any

from huey import crontab  # type: ignore[import-untyped]
from huey.api import TaskWrapper  # type: ignore[import-untyped]
from huey.exceptions import TaskTimeout  # type: ignore[import-untyped]
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from her2nav.jobs import state
from her2nav.jobs.queue import build_huey
from her2nav.jobs.registry import HANDLERS, JobContext, UnknownJob
from her2nav.records.store.db import make_engine, session_factory
from her2nav.settings import Settings

log = logging.getLogger("her2nav.jobs")
LEASE_GRACE = dt.timedelta(seconds=30)  # at most, beyond the time limit, before a running job counts as lost
STALE_QUEUED = dt.timedelta(minutes=10)  # a queued job untouched this long is enqueued again
RUN_JOB = "her2nav.run_job"


class Jobs:
    def __init__(self, settings: Settings, *, sessions: sessionmaker[Session] | None = None) -> None:
        self.settings = settings
        self.huey = build_huey(settings)
        self._sessions = sessions
        self._engine: Engine | None = None
        self._pid = os.getpid()
        limit = settings.job_time_limit_seconds
        self.lease = dt.timedelta(seconds=limit) + min(LEASE_GRACE, dt.timedelta(seconds=limit))
        self.run_task: TaskWrapper = self.huey.task(name=RUN_JOB, timeout=limit)(self.run)
        self.huey.periodic_task(crontab(minute="*"), name="her2nav.recover")(self.recover)
        self.periodic: dict[str, Any] = {}

    # -- database --------------------------------------------------------------------------------

    def sessions(self) -> sessionmaker[Session]:
        """Sessions on this process's own engine (a forked worker must not share its parent's
        connections)."""
        if self._sessions is not None and os.getpid() == self._pid:
            return self._sessions
        if self._engine is None or os.getpid() != self._pid:
            self._engine = make_engine(
                self.settings.effective_database_url, sqlite_synchronous=self.settings.sqlite_synchronous
            )
            self._pid = os.getpid()
            self._sessions = session_factory(self._engine)
        assert self._sessions is not None
        return self._sessions

    # -- submitting ------------------------------------------------------------------------------

    def submit(
        self,
        name: str,
        params: dict[str, Any] | None = None,
        *,
        key: str,
        case_pk: int | None = None,
        priority: int = 0,
    ) -> bool:
        """Add the job ``key`` and enqueue it; a key that exists adds nothing (returns False). Of the
        jobs waiting, higher ``priority`` runs first (both transports order by it; retries and
        recovered jobs go back at 0)."""
        with self.sessions()() as session:
            added = state.create(session, key=key, name=name, params=params or {}, case_pk=case_pk)
        if added:
            self.run_task(key, priority=priority)
        return added

    def enqueue(self, key: str, delay: float | None = None) -> None:
        if delay:
            self.run_task.schedule(args=(key,), delay=delay)
        else:
            self.run_task(key)

    # -- running ---------------------------------------------------------------------------------

    def run(self, key: str) -> None:
        """One attempt of the job ``key`` (the huey task): a no-op when it is finished or taken."""
        sessions = self.sessions()
        with sessions() as session:
            claimed = state.claim(session, key, self.lease)
        if claimed is None:
            return

        started = time.monotonic()
        limit = self.settings.job_time_limit_seconds

        def report(percent: int, message: str | None = None) -> None:
            """Progress, and the time limit where the worker cannot impose it (threads): an attempt
            past it is stopped here. The lease is never extended beyond the one taken at the claim."""
            spent = time.monotonic() - started
            if spent > limit:
                raise TaskTimeout(f"over the time limit of {limit:g} s (stopped at a progress report)")
            with sessions() as session:
                state.progress(session, key, percent, message, self.lease - dt.timedelta(seconds=spent))

        context = JobContext(
            key=key,
            name=claimed.name,
            params=claimed.params,
            attempt=claimed.attempt,
            settings=self.settings,
            sessions=sessions,
            progress=report,
            submit=self.submit,
        )
        try:
            work = HANDLERS.get(claimed.name)
            if work is None:
                raise UnknownJob(claimed.name)
            work(context)
        except Exception as err:  # every failure is recorded on the job, then retried or dead-lettered
            why = f"{type(err).__name__}: {err}"
            log.warning("job %s attempt %d failed: %s", key, claimed.attempt, why)
            with sessions() as session:
                attempt = state.fail(session, key, why, self.settings.job_max_attempts, claimed.attempt)
            if attempt is not None:
                self.enqueue(key, delay=self.backoff(attempt))
            return
        with sessions() as session:
            state.finish(session, key, claimed.attempt)

    def backoff(self, attempt: int) -> float:
        """Seconds before the next attempt: the base, doubled after each failed attempt."""
        return float(self.settings.job_retry_seconds * 2 ** (attempt - 1))

    def recover(self) -> int:
        """Enqueue again what killed workers left running and queued jobs whose message was lost."""
        with self.sessions()() as session:
            keys = state.expired(
                session, stale_queued=STALE_QUEUED, max_attempts=self.settings.job_max_attempts
            )
        for key in keys:
            self.run_task(key)
        if keys:
            log.info("re-enqueued %d unfinished jobs", len(keys))
        return len(keys)

    def retry_dead(self, key: str) -> bool:
        with self.sessions()() as session:
            revived = state.revive(session, key)
        if revived:
            self.run_task(key)
        return revived

    def schedule_daily(self, name: str, hour: int, func: Any) -> None:
        """A periodic task of the worker's scheduler (e.g. the registry sync at ``hour`` UTC)."""
        self.periodic[name] = self.huey.periodic_task(crontab(minute="0", hour=str(hour)), name=name)(func)

    def schedule_hourly(self, name: str, func: Any) -> None:
        self.periodic[name] = self.huey.periodic_task(crontab(minute="5"), name=name)(func)
