"""In-app notifications (task reminders, new-trial alerts) of the signed-in user: the list page and
marking one read; the case's background jobs (the part of the case page that follows their progress);
and, for admins, the dead-letter page with a retry button. The same queries and calls as
``api/coordination_jobs.py``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from her2nav.coordination import notify
from her2nav.jobs import state
from her2nav.web.deps import DbDep, SettingsDep
from her2nav.web.pages import coordwords as cw
from her2nav.web.pages.base import PageActor, PageError, form_actor, page_case, render
from her2nav.web.pages.coordview import STAFF, case_jobs

router = APIRouter()
KEY = Annotated[str, Path(min_length=1, max_length=200)]


@router.get("/notifications")
def notifications_page(request: Request, actor: PageActor, db: DbDep) -> Response:
    rows = notify.for_user(db, actor.user.id)
    db.rollback()
    return render(request, "notifications.html", {"notices": rows}, actor=actor)


def _read(request: Request, form: FormData, notice_id: int, db: Session, settings: Any) -> Response:
    actor = form_actor(request, db, settings, form)
    if not notify.mark_read(session=db, user=actor.user, notification_id=notice_id):
        raise PageError(404, "not found")
    return RedirectResponse("/notifications", status_code=303)


@router.post("/notifications/{notice_id}/read")
async def mark_read(
    notice_id: Annotated[int, Path(ge=1, le=2**31 - 1)], request: Request, db: DbDep, settings: SettingsDep
) -> Response:
    form = await request.form()
    return await run_in_threadpool(_read, request, form, notice_id, db, settings)


@router.get("/cases/{case_id}/jobs")
def jobs_part(case_id: str, request: Request, actor: PageActor, db: DbDep) -> Response:
    """The case's jobs with their progress: the part the case page asks for again while one runs."""
    record = page_case(actor, db, case_id)
    if actor.user.role not in STAFF:
        raise PageError(404, "not found")
    context = {"record": record, **case_jobs(db, record.id), "cw": cw}
    db.rollback()
    return render(request, "coord_jobs.html", context, actor=actor)


@router.get("/jobs/dead")
def dead_letters(request: Request, actor: PageActor, db: DbDep) -> Response:
    if actor.user.role != "admin":
        raise PageError(403, "the list of failed jobs is for admins")
    rows = state.dead(db)
    db.rollback()
    retried = request.query_params.get("retried")
    return render(request, "dead_jobs.html", {"jobs": rows, "retried": retried, "cw": cw}, actor=actor)


def _retry(request: Request, form: FormData, key: str, db: Session, settings: Any) -> Response:
    actor = form_actor(request, db, settings, form)
    if actor.user.role != "admin":
        raise PageError(403, "the list of failed jobs is for admins")
    from her2nav.jobs.runtime import Jobs

    jobs: Any = getattr(request.app.state, "jobs", None) or Jobs(request.app.state.settings)
    request.app.state.jobs = jobs
    db.rollback()
    if not jobs.retry_dead(key):
        raise PageError(404, "not found")
    return RedirectResponse("/jobs/dead?retried=1", status_code=303)


@router.post("/jobs/dead/{key}/retry")
async def retry(key: KEY, request: Request, db: DbDep, settings: SettingsDep) -> Response:
    form = await request.form()
    return await run_in_threadpool(_retry, request, form, key, db, settings)
