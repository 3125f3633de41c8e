"""Running workers: ``her2nav worker`` (a huey consumer: worker processes, each job under the time
limit, the scheduler for periodic jobs) and the embedded worker the app starts in development
(threads in the app's own process, no signal handlers of its own).

Only process workers have the time limit imposed by huey (SIGALRM); for threads huey does nothing,
and ``Jobs.run`` stops an attempt at a progress report past the limit or lets its lease lapse
(``runtime.py``). greenlet workers are not offered (gevent is not installed)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable
from typing import Any

from huey.consumer import Consumer  # type: ignore[import-untyped]
from sqlalchemy.orm import Session, sessionmaker

from her2nav.jobs.runtime import Jobs
from her2nav.settings import Settings

BUILT_IN = ("her2nav.jobs.handlers", "her2nav.jobs.documents", "her2nav.jobs.reports")


def build_jobs(
    settings: Settings, imports: Iterable[str] = (), *, sessions: sessionmaker[Session] | None = None
) -> Jobs:
    """The queue with every handler (built-in and ``imports``: modules that register more) and the
    periodic jobs (reminders, registry sync) on its scheduler."""
    for module in (*BUILT_IN, *imports):
        importlib.import_module(module)
    jobs = Jobs(settings, sessions=sessions)
    from her2nav.jobs.handlers import schedule

    schedule(jobs)
    return jobs


def run_worker(jobs: Jobs, *, workers: int, kind: str) -> None:
    """Run a consumer until SIGINT (finish the jobs in hand) or SIGTERM (stop now; they run again)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    jobs.recover()
    consumer = jobs.huey.create_consumer(workers=workers, worker_type=kind, periodic=True, max_delay=1.0)
    consumer.run()


class EmbeddedConsumer(Consumer):  # type: ignore[misc]
    """A consumer inside another program: the program keeps its own signal handlers."""

    def _set_signal_handlers(self) -> None:
        pass


def start_embedded(jobs: Jobs, workers: int = 2) -> Any:
    """Start worker threads and the scheduler in this process; ``stop_embedded`` ends them."""
    jobs.recover()
    consumer = EmbeddedConsumer(
        jobs.huey, workers=workers, worker_type="thread", periodic=True, max_delay=1.0
    )
    consumer.start()
    return consumer


def stop_embedded(consumer: Any) -> None:
    consumer.stop(graceful=False)
