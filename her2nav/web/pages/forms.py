"""Edit forms: a new case, patient details, diagnosis, a biomarker result, a treatment line. Each post
goes through the flow the API uses (``cases.flows``); problems come back beside their fields in the
model's words. A change made meanwhile by someone else is not overwritten: the form says who changed
the case and when, shows what is stored now beside what was typed, and keeps every typed value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from her2nav.case.errors import CaseError
from her2nav.case.load import case_from_data
from her2nav.records.access import audit
from her2nav.records.cases import flows
from her2nav.records.cases.errors import CaseExists, StaleVersion
from her2nav.records.store.models import CaseRecord
from her2nav.reports import texts
from her2nav.web.deps import Actor, DbDep, SettingsDep, client_of
from her2nav.web.pages import formspec as spec
from her2nav.web.pages.base import PageActor, PageError, form_actor, page_case, render
from her2nav.web.pages.formspec import Field, FormState

router = APIRouter()
WRITERS = ("admin", "coordinator")
NEW_CASE = (
    Field("case_id", spec.N_("Case id (letters, digits, - and _)"), required=True),
    Field("as_of", spec.N_("Review date (as of)"), "date"),
    *spec.DIAGNOSIS[:4],
    *spec.PATIENT[:3],
    spec.PATIENT[4],
)
SECTIONS = {"patient": spec.PATIENT, "diagnosis": spec.DIAGNOSIS}
NEW_CASE_TITLE = spec.N_("New case")
TITLES = {"patient": spec.N_("Edit patient details"), "diagnosis": spec.N_("Edit diagnosis")}
ADD_LINE = spec.N_("Add a treatment line")
ADD_RESULT = spec.N_("Add a biomarker result")
EXISTS = spec.N_("a case with this id exists")


def _writer(actor: Actor) -> None:
    if actor.user.role not in WRITERS:
        raise PageError(403, "your account cannot change cases")


def _form(
    request: Request,
    actor: Actor,
    *,
    title: str,
    action: str,
    state: FormState,
    record: CaseRecord | None = None,
    extra: dict[str, Any] | None = None,
    status: int = 200,
) -> Response:
    context = {"title": title, "action": action, "form": state, "record": record, **(extra or {})}
    return render(request, "form.html", context, actor=actor, status=status)


def _saved(case_id: str, action: str) -> RedirectResponse:
    return RedirectResponse(f"/cases/{quote(case_id)}?saved={quote(action, safe='')}", status_code=303)


def _changes_since(db: Session, record: CaseRecord, version: int) -> list[dict[str, Any]]:
    """Who changed the case after ``version``, and when (from the audit trail)."""
    out = []
    for event in audit.for_case(db, record.id):
        changed_to = (event.detail or {}).get("version")
        if isinstance(changed_to, int) and changed_to > version:
            out.append({"who": event.username, "at": event.created_at, "action": event.action})
    return out


# --- a new case ------------------------------------------------------------------------------------


@router.get("/cases/new")
def new_case_page(request: Request, actor: PageActor) -> Response:
    _writer(actor)
    values = {f.name: "" for f in NEW_CASE} | {"as_of": dt.date.today().isoformat(), "treatment_regions": []}
    return _form(request, actor, title=NEW_CASE_TITLE, action="/cases/new", state=FormState(NEW_CASE, values))


def _create(request: Request, form: FormData, db: Session, settings: Any) -> Response:
    actor = form_actor(request, db, settings, form)
    _writer(actor)
    values, typed = spec.read(NEW_CASE, form)
    patient = {k: values[k] for k in ("age", "sex", "ecog", "region") if values[k] is not None}
    diagnosis = {k: values[k] for k in ("site", "histology", "lauren", "setting") if values[k] is not None}
    document: dict[str, Any] = {
        "case_id": values["case_id"] or "",
        "patient": patient,
        "diagnosis": diagnosis,
    }
    if values["as_of"]:
        document["as_of"] = values["as_of"]
    state = FormState(NEW_CASE, typed)
    try:
        case = case_from_data(document)
        flows.create_case(session=db, case=case, user=actor.user, client=client_of(request))
    except CaseError as err:
        state.errors = spec.field_errors(err)
    except CaseExists:
        state.errors = {"case_id": EXISTS}
    if state.errors:
        return _form(request, actor, title=NEW_CASE_TITLE, action="/cases/new", state=state, status=422)
    return _saved(case.case_id, "/cases/new")


@router.post("/cases/new")
async def new_case(request: Request, db: DbDep, settings: SettingsDep) -> Response:
    form = await request.form()
    return await run_in_threadpool(_create, request, form, db, settings)


# --- adding a biomarker result or a treatment line -------------------------------------------------


def _entry_fields(key: str, kind: str | None) -> Sequence[Field]:
    if key == "treatments":
        return spec.TREATMENT
    if kind not in spec.BIOMARKERS:
        raise PageError(404, "not found")
    return spec.BIOMARKERS[kind]


def _entry_page(
    request: Request,
    actor: Actor,
    record: CaseRecord,
    key: str,
    kind: str | None,
    state: FormState,
    status: int = 200,
) -> Response:
    base = f"/cases/{quote(record.case_id)}"
    if key == "treatments":
        action, title = f"{base}/treatments", ADD_LINE
    else:
        action, title = f"{base}/biomarkers/new?kind={kind}", ADD_RESULT
    extra = {"kinds": list(spec.BIOMARKERS), "kind": kind, "kind_labels": texts.MARKER_KIND, "entry": key}
    return _form(
        request, actor, title=title, action=action, state=state, record=record, extra=extra, status=status
    )


@router.get("/cases/{case_id}/biomarkers/new")
def biomarker_page(
    case_id: str, request: Request, actor: PageActor, db: DbDep, kind: str = "her2_ihc"
) -> Response:
    _writer(actor)
    record = page_case(actor, db, case_id)
    db.rollback()
    fields = _entry_fields("biomarkers", kind)
    return _entry_page(request, actor, record, "biomarkers", kind, FormState(fields, spec.shown(fields, {})))


@router.get("/cases/{case_id}/treatments")
def treatments_page(case_id: str, request: Request, actor: PageActor, db: DbDep) -> Response:
    _writer(actor)
    record = page_case(actor, db, case_id)
    db.rollback()
    return _entry_page(
        request, actor, record, "treatments", None, FormState(spec.TREATMENT, spec.shown(spec.TREATMENT, {}))
    )


def _add(
    request: Request, form: FormData, case_id: str, key: str, kind: str | None, db: Session, settings: Any
) -> Response:
    actor = form_actor(request, db, settings, form)
    _writer(actor)
    record = page_case(actor, db, case_id)
    fields = _entry_fields(key, kind)
    values, typed = spec.read(fields, form)
    entry = {k: v for k, v in values.items() if v is not None}
    if key == "biomarkers":
        entry = {"kind": kind, **entry}
    try:
        flows.add_entry(
            session=db,
            record=record,
            user=actor.user,
            key=key,
            entry=entry,
            expected=None,
            client=client_of(request),
        )
    except CaseError as err:
        return _entry_page(
            request, actor, record, key, kind, FormState(fields, typed, spec.field_errors(err)), 422
        )
    action = (
        f"/cases/{quote(case_id)}/treatments"
        if key == "treatments"
        else f"/cases/{quote(case_id)}/biomarkers/new?kind={kind}"
    )
    return _saved(case_id, action)


@router.post("/cases/{case_id}/biomarkers/new")
async def add_biomarker(
    case_id: str, request: Request, db: DbDep, settings: SettingsDep, kind: str = ""
) -> Response:
    form = await request.form()
    return await run_in_threadpool(_add, request, form, case_id, "biomarkers", kind, db, settings)


@router.post("/cases/{case_id}/treatments")
async def add_treatment(case_id: str, request: Request, db: DbDep, settings: SettingsDep) -> Response:
    form = await request.form()
    return await run_in_threadpool(_add, request, form, case_id, "treatments", None, db, settings)


# --- patient details and diagnosis (change at a version) -------------------------------------------


@router.get("/cases/{case_id}/{section}")
def section_page(case_id: str, section: str, request: Request, actor: PageActor, db: DbDep) -> Response:
    if section not in SECTIONS:
        raise PageError(404, "not found")
    _writer(actor)
    record = page_case(actor, db, case_id)
    stored = flows.current_document(db, record).get(section, {})
    db.rollback()
    fields = SECTIONS[section]
    state = FormState(fields, spec.shown(fields, stored))
    action = f"/cases/{quote(case_id)}/{section}"
    return _form(request, actor, title=_title(section), action=action, state=state, record=record)


def _title(section: str) -> str:
    return TITLES[section]


def _change(
    request: Request, form: FormData, case_id: str, section: str, db: Session, settings: Any
) -> Response:
    actor = form_actor(request, db, settings, form)
    _writer(actor)
    record = page_case(actor, db, case_id)
    fields = SECTIONS[section]
    values, typed = spec.read(fields, form)
    try:
        expected = int(str(form.get("version")))
    except ValueError:
        expected = record.version
    state = FormState(fields, typed)
    action = f"/cases/{quote(case_id)}/{section}"
    try:
        flows.change_case(
            session=db,
            record=record,
            user=actor.user,
            patch={section: values},
            expected=expected,
            client=client_of(request),
        )
    except CaseError as err:
        state.errors = spec.field_errors(err)
    except StaleVersion:
        stored = spec.shown(fields, flows.current_document(db, record).get(section, {}))
        state.current = {k: v for k, v in stored.items() if v != typed.get(k)}
        changes = _changes_since(db, record, expected)
        db.rollback()
        extra = {"conflict": changes, "version": record.version}
        return _form(
            request,
            actor,
            title=_title(section),
            action=action,
            state=state,
            record=record,
            extra=extra,
            status=409,
        )
    if state.errors:
        return _form(
            request,
            actor,
            title=_title(section),
            action=action,
            state=state,
            record=record,
            extra={"version": expected},
            status=422,
        )
    return _saved(case_id, action)


@router.post("/cases/{case_id}/{section}")
async def change_section(
    case_id: str, section: str, request: Request, db: DbDep, settings: SettingsDep
) -> Response:
    if section not in SECTIONS:
        raise PageError(404, "not found")
    form = await request.form()
    return await run_in_threadpool(_change, request, form, case_id, section, db, settings)
