"""The jobs her2nav runs on its queue, and the periodic ones its scheduler starts:

- ``task_reminder``: a task's owner is reminded before its due date (in-app and e-mail);
- ``send_email``: the e-mail of an in-app notification;
- ``trial_alerts``: the registry re-imported from its configured files or fetched from the
  ClinicalTrials.gov API v2, then every open case re-matched, owners notified of newly eligible
  trials;
- ``extract_document``: OCR and extraction of an uploaded document (``records.documents``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from her2nav.coordination import alerts, reminders
from her2nav.coordination.notify import Smtp, send_email
from her2nav.jobs.registry import JobContext, handler
from her2nav.jobs.runtime import Jobs


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


@handler("send_email")
def send_email_job(ctx: JobContext) -> None:
    with ctx.sessions() as session:
        send_email(session, Smtp.from_settings(ctx.settings), ctx.params["notification"])


@handler("task_reminder")
def task_reminder(ctx: JobContext) -> None:
    due_on = dt.date.fromisoformat(ctx.params["due_on"])
    with ctx.sessions() as session:
        key = reminders.remind(session, int(ctx.params["task_id"]), due_on)
        if key is not None:
            ctx.progress(50, "reminder added; e-mailing it")
            send_email(session, Smtp.from_settings(ctx.settings), key)


def queue_reminders(jobs: Jobs, today: dt.date | None = None) -> int:
    """Submit a reminder job for every open task due within ``reminder_days`` (once per task and
    due date: the job key is the reminder's)."""
    today = today or _today()
    with jobs.sessions()() as session:
        due = [
            (t.id, t.due_on, t.case_pk)
            for t in reminders.due_soon(session, today, jobs.settings.reminder_days)
        ]
    added = 0
    for task_id, due_on, case_pk in due:
        assert due_on is not None
        key = reminders.reminder_key(task_id, due_on)
        params = {"task_id": task_id, "due_on": due_on.isoformat()}
        added += jobs.submit("task_reminder", params, key=key, case_pk=case_pk)
    return added


@handler("trial_alerts")
def trial_alerts(ctx: JobContext) -> None:
    from her2nav.review import trials_for
    from her2nav.trials.matching.for_review import installed_registry

    source, query = ctx.params.get("source"), ctx.params.get("api_query")
    if source:
        from her2nav.trials.registry.importer import import_paths

        ctx.progress(1, f"importing {source}")
        import_paths(installed_registry(), [Path(source)])
    elif query:
        from her2nav.trials.registry.sync import sync

        url = ctx.params["api_url"]
        ctx.progress(1, f"fetching {query!r} from {url}")
        fetched = sync(  # all pages or nothing: a SyncError leaves the registry as it was (and retries)
            installed_registry(),
            query=query,
            base_url=url,
            on_page=lambda pages, studies: ctx.progress(min(4, 1 + pages), f"{studies} studies fetched"),
        )
        ctx.progress(5, f"{fetched.read} studies read, {fetched.written} written")
    ctx.progress(5, "re-matching open cases")
    fingerprint = installed_registry().fingerprint()  # read now: the import may have just changed it
    report = alerts.rematch(
        ctx.sessions,
        trials_for,
        progress=lambda p: ctx.progress(5 + p * 94 // 100, None),
        registry_state=fingerprint,
    )
    if report.registry_problem:
        raise RuntimeError(report.registry_problem)
    for key in report.notified:
        ctx.submit("send_email", {"notification": key}, key=f"email:{key}")
    ctx.progress(100, f"{report.cases} cases re-matched, {report.alerts} alerts")


def queue_registry_sync(jobs: Jobs, today: dt.date | None = None) -> bool:
    """The day's registry sync and re-match (once a day, whichever scheduler starts it first): from
    the files at ``registry_sync_path``, or the ClinicalTrials.gov API v2 (``registry_sync_api_query``
    at ``registry_sync_api_url``), or neither (the registry as installed)."""
    settings = jobs.settings
    params: dict[str, Any] = {}
    if settings.registry_sync_path:
        params = {"source": str(settings.registry_sync_path)}
    elif (settings.registry_sync_api_query or "").strip():
        params = {"api_query": settings.registry_sync_api_query, "api_url": settings.registry_sync_api_url}
    return jobs.submit("trial_alerts", params, key=f"trial-alerts:{(today or _today()).isoformat()}")


def schedule(jobs: Jobs) -> None:
    jobs.schedule_hourly("her2nav.reminders", lambda: queue_reminders(jobs))
    jobs.schedule_daily(
        "her2nav.registry_sync", jobs.settings.registry_sync_hour, lambda: queue_registry_sync(jobs)
    )
