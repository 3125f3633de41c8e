"""The coordination forms of the case page: move the stage, add a task and mark it done or cancelled,
log a message, record an appointment, a travel plan and consent. Each post goes through the flow the
API calls (``her2nav.coordination``); a saved change goes back to the case page (post, redirect, get),
a refused one shows the case page again with the typed values and the problem beside its field (a
stage move lacking what it rests on: what is missing, in the page's language)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from her2nav.case.errors import CaseError
from her2nav.coordination import consent, log, stages, tasks
from her2nav.coordination.errors import MissingRequirements
from her2nav.coordination.models import Task
from her2nav.records.store.models import CaseRecord
from her2nav.reports.words import Words
from her2nav.web.deps import Actor, DbDep, SettingsDep, client_of
from her2nav.web.pages import coordwords as cw
from her2nav.web.pages.base import PageError, choose_language, form_actor, page_case, render
from her2nav.web.pages.case import DONE_NOTICES, show_case
from her2nav.web.pages.coordview import MANAGERS, STAFF, Forms, coordination
from her2nav.web.pages.formspec import field_errors

router = APIRouter()
# Where each form lives on the case page.
ANCHORS = {
    "stage": "coord-stage",
    "task": "coord-tasks",
    "communication": "coord-messages",
    "appointment": "coord-visits",
    "travel": "coord-visits",
    "consent": "coord-consents",
}

# The fields each form shows (a problem with any other is said for the whole form).
FIELDS = {
    "stage": ("stage", "reason"),
    "task": ("type", "title", "due_on", "owner"),
    "communication": ("channel", "counterpart", "summary", "follow_up_on"),
    "appointment": ("place", "address", "starts_at", "time_zone", "what_to_bring"),
    "travel": ("city", "departs_on", "returns_on", "accommodation", "interpreter"),
    "consent": ("purpose", "recipient", "given_on"),
}


class Invalid(Exception):
    """Fields the page could not read (a date that is not one, a required field left blank)."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(errors)
        self.errors = errors


class Reader:
    """Reads a posted form's fields, collecting the problems of the ones it cannot read."""

    def __init__(self, form: FormData) -> None:
        self.form = form
        self.errors: dict[str, str] = {}

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = str(self.form.get(name) or "").strip()
        if required and not value:
            self.errors[name] = cw.REQUIRED
        return value or None

    def date(self, name: str, *, required: bool = False) -> dt.date | None:
        raw = self.text(name, required=required)
        if raw is None:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            self.errors[name] = cw.NOT_A_DATE
            return None

    def local_moment(self, name: str, zone_field: str) -> tuple[dt.datetime | None, str | None]:
        """A wall-clock time typed for a place and that place's zone (IANA) → an aware moment."""
        raw, zone = self.text(name, required=True), self.text(zone_field, required=True)
        if raw is None or zone is None:
            return None, zone
        try:
            wall = dt.datetime.fromisoformat(raw)
        except ValueError:
            self.errors[name] = cw.NOT_A_TIME
            return None, zone
        try:
            return wall.replace(tzinfo=ZoneInfo(zone)) if wall.tzinfo is None else wall, zone
        except (ZoneInfoNotFoundError, ValueError):
            self.errors[zone_field] = "is not a known time zone (e.g. Asia/Shanghai)"
            return None, zone

    def done(self) -> None:
        if self.errors:
            raise Invalid(dict(self.errors))


def _typed(form: FormData) -> dict[str, str]:
    return {k: str(v) for k, v in form.multi_items() if k not in ("csrf_token", "form_page")}


def _said(request: Request, which: str, errors: dict[str, str]) -> dict[str, str]:
    """Problems by field of the form, in the page's language; a problem with a field the form does
    not show is said for the whole form (under ``""``)."""
    words = Words(choose_language(request))
    said: dict[str, str] = {}
    for name, problem in errors.items():
        key = name if name in FIELDS[which] else ""
        text = cw.problem_words(problem, words)
        said[key] = f"{said[key]}; {text}" if key in said else text
    return said


def _answer(
    request: Request,
    actor: Actor,
    db: Session,
    record: CaseRecord,
    which: str,
    *,
    forms: Forms | None = None,
    status: int = 200,
) -> Response:
    """Asked by the page's script (``HX-Request``): the coordination area alone, to put in place of
    the one shown. Else the whole case page (refused) or back to it (saved: post, redirect, get)."""
    notice = DONE_NOTICES[which] if forms is None else None
    db.rollback()
    if request.headers.get("hx-request") == "true":
        area = coordination(db, record, actor.user, forms, lang=choose_language(request))
        context = {"record": record, **area, "notice": notice}
        db.rollback()
        return render(request, "coordination.html", context, actor=actor, status=status)
    if forms is None:
        target = f"/cases/{quote(record.case_id)}?done={which}#{ANCHORS[which]}"
        return RedirectResponse(target, status_code=303)
    return show_case(request, actor, db, record, forms=forms, status=status)


Change = Callable[[Session, CaseRecord, Actor, FormData, str | None], Any]


def _post(
    request: Request,
    form: FormData,
    case_id: str,
    which: str,
    roles: tuple[str, ...],
    change: Change,
    db: Session,
    settings: Any,
) -> Response:
    actor = form_actor(request, db, settings, form)
    record = page_case(actor, db, case_id)
    if actor.user.role not in roles:
        raise PageError(403, "your account cannot change this")
    try:
        change(db, record, actor, form, client_of(request))
    except (Invalid, CaseError) as err:
        errors = err.errors if isinstance(err, Invalid) else field_errors(err)
        forms = Forms(values={which: _typed(form)}, errors={which: _said(request, which, errors)})
        return _answer(request, actor, db, record, which, forms=forms, status=422)
    except MissingRequirements as err:
        said = {"": cw.missing_words(err, Words(choose_language(request)))}
        forms = Forms(values={which: _typed(form)}, errors={which: said})
        return _answer(request, actor, db, record, which, forms=forms, status=409)
    return _answer(request, actor, db, record, which)


def _route(path: str, which: str, roles: tuple[str, ...], change: Change) -> None:
    async def handler(case_id: str, request: Request, db: DbDep, settings: SettingsDep) -> Response:
        form = await request.form()
        return await run_in_threadpool(_post, request, form, case_id, which, roles, change, db, settings)

    def back(case_id: str) -> Response:
        """A form's address opened (a reload after a refusal, a language change): its place on the
        case page."""
        return RedirectResponse(f"/cases/{quote(case_id)}#{ANCHORS[which]}", status_code=303)

    handler.__name__ = f"post_{which}_{path.rsplit('/', 1)[-1]}"
    back.__name__ = f"get_{which}_{path.rsplit('/', 1)[-1]}"
    router.post("/cases/{case_id}/" + path)(handler)
    router.get("/cases/{case_id}/" + path)(back)


# --- the changes, one flow each --------------------------------------------------------------------


def _move(db: Session, record: CaseRecord, actor: Actor, form: FormData, client: str | None) -> None:
    read = Reader(form)
    stage, reason = read.text("stage", required=True), read.text("reason")
    read.done()
    assert stage is not None
    stages.move(session=db, record=record, user=actor.user, stage=stage, reason=reason, client=client)


def _add_task(db: Session, record: CaseRecord, actor: Actor, form: FormData, client: str | None) -> None:
    read = Reader(form)
    item = tasks.TaskIn(
        type=read.text("type", required=True) or "",
        title=read.text("title", required=True) or "",
        due_on=read.date("due_on"),
        owner=read.text("owner"),
        documents=[str(d) for d in form.getlist("documents")],
    )
    read.done()
    tasks.create_task(session=db, record=record, user=actor.user, task=item, client=client)


def _task_status(db: Session, record: CaseRecord, actor: Actor, form: FormData, client: str | None) -> None:
    try:
        task = db.get(Task, int(str(form.get("task") or "0")))
    except ValueError:
        task = None
    if task is None or task.case_pk != record.id:
        raise PageError(404, "not found")
    status = str(form.get("status") or "")
    tasks.change_task(
        session=db, record=record, task=task, user=actor.user, changes={"status": status}, client=client
    )


def _communicate(db: Session, record: CaseRecord, actor: Actor, form: FormData, client: str | None) -> None:
    read = Reader(form)
    item = log.CommunicationIn(
        channel=read.text("channel", required=True) or "",
        counterpart=read.text("counterpart", required=True) or "",
        summary=read.text("summary", required=True) or "",
        follow_up_on=read.date("follow_up_on"),
    )
    read.done()
    log.add_communication(session=db, record=record, user=actor.user, item=item, client=client)


def _appoint(db: Session, record: CaseRecord, actor: Actor, form: FormData, client: str | None) -> None:
    read = Reader(form)
    place = read.text("place", required=True)
    starts_at, zone = read.local_moment("starts_at", "time_zone")
    item_bring, address = read.text("what_to_bring"), read.text("address")
    read.done()
    assert place is not None and starts_at is not None
    item = log.AppointmentIn(
        place=place, starts_at=starts_at, what_to_bring=item_bring, address=address, time_zone=zone
    )
    log.add_appointment(session=db, record=record, user=actor.user, item=item, client=client)


def _travel(db: Session, record: CaseRecord, actor: Actor, form: FormData, client: str | None) -> None:
    read = Reader(form)
    city, departs_on = read.text("city", required=True), read.date("departs_on", required=True)
    item = log.TravelIn(
        city=city or "",
        departs_on=departs_on or dt.date.min,
        returns_on=read.date("returns_on"),
        accommodation=read.text("accommodation"),
        interpreter=read.text("interpreter"),
    )
    read.done()
    log.add_travel(session=db, record=record, user=actor.user, item=item, client=client)


def _consent(db: Session, record: CaseRecord, actor: Actor, form: FormData, client: str | None) -> None:
    read = Reader(form)
    item = consent.ConsentIn(
        purpose=read.text("purpose", required=True) or "",
        recipient=read.text("recipient"),
        given_on=read.date("given_on"),
        withdrawn_on=read.date("withdrawn_on"),
    )
    read.done()
    consent.record_consent(session=db, record=record, user=actor.user, consent=item, client=client)


_route("stage", "stage", MANAGERS, _move)
_route("tasks", "task", STAFF, _add_task)
_route("tasks/status", "task", STAFF, _task_status)
_route("communications", "communication", STAFF, _communicate)
_route("appointments", "appointment", STAFF, _appoint)
_route("travel", "travel", STAFF, _travel)
_route("consents", "consent", MANAGERS, _consent)
