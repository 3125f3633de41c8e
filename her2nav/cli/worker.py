"""``her2nav worker``: run the job queue's workers (any number, on any machine that shares the
database and, in production, the Redis queue)."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer


def _fail(message: str) -> NoReturn:
    print(message, file=sys.stderr)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    @app.command()
    def worker(
        workers: int = typer.Option(2, min=1, max=64, help="Worker processes (or threads)."),
        kind: str = typer.Option(
            "process",
            help="process (the time limit stops a job: SIGALRM) or thread (a job past the limit is "
            "stopped at its next progress report, or loses its lease and runs again).",
        ),
        imports: list[str] = typer.Option([], "--import", help="A module that registers more job handlers."),
        dead: bool = typer.Option(False, "--dead", help="List the dead-letter jobs and exit."),
        retry: str | None = typer.Option(None, help="Put a dead job (by key) back on the queue and exit."),
    ) -> None:
        """Run jobs from the queue: extraction, reminders, e-mail, registry sync and trial alerts.

        Queue: HER2NAV_QUEUE_URL (default: a SQLite file under HER2NAV_VAR_DIR; redis://host:6379/0
        in production). Retries, backoff and the time limit: HER2NAV_JOB_MAX_ATTEMPTS,
        HER2NAV_JOB_RETRY_SECONDS, HER2NAV_JOB_TIME_LIMIT_SECONDS."""
        from her2nav.cli.records import _database_ready_or_exit, _settings_or_exit
        from her2nav.jobs.queue import QueueError
        from her2nav.jobs.worker import build_jobs, run_worker
        from her2nav.settings import Settings

        if kind not in ("process", "thread"):
            _fail(f"--kind must be process or thread, not {kind!r}")
        settings = _settings_or_exit()
        assert isinstance(settings, Settings)
        _database_ready_or_exit(settings)
        try:
            jobs = build_jobs(settings, imports)
        except QueueError as err:
            _fail(str(err))
        except ModuleNotFoundError as err:
            _fail(f"--import: no module named {err.name!r}")
        if dead:
            _list_dead(jobs)
            return
        if retry is not None:
            if not jobs.retry_dead(retry):
                _fail(f"no dead job with key {retry!r}")
            print(f"queued {retry} again")
            return
        try:
            jobs.huey.storage.queue_size()  # reach the queue now, so a wrong URL is one clear line
        except Exception as err:
            _fail(f"cannot reach the queue at {settings.effective_queue_url}: {err}")
        where = settings.effective_queue_url
        print(f"her2nav worker: {workers} {kind} worker(s) on {where}", file=sys.stderr)
        if kind == "thread":
            print(
                "her2nav worker: threads cannot be stopped; a job past the time limit keeps its thread "
                "until it returns (use process workers in production)",
                file=sys.stderr,
            )
        run_worker(jobs, workers=workers, kind=kind)


def _list_dead(jobs: object) -> None:
    from her2nav.jobs import state
    from her2nav.jobs.runtime import Jobs

    assert isinstance(jobs, Jobs)
    with jobs.sessions()() as session:
        rows = state.dead(session)
    if not rows:
        print("no dead jobs")
    for row in rows:
        print(f"{row.key}\t{row.name}\t{row.attempts} attempts\t{row.error or ''}")
