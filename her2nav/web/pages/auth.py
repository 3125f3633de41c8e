"""Signing in and out on pages, and the language setting. Signing in is the API's own sign-in
(``api.session.log_in``: the same throttle, audit events and session cookie); only the answer differs."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from her2nav.i18n import LANGUAGES
from her2nav.records.access.accounts import live_session
from her2nav.records.store.db import release
from her2nav.settings import Settings
from her2nav.web.api import session as session_api
from her2nav.web.deps import SESSION_COOKIE, DbDep, SettingsDep, served_over_https
from her2nav.web.pages.base import LANG_COOKIE, form_actor, render, safe_next
from her2nav.web.schemas import Login

router = APIRouter()
YEAR = 365 * 24 * 3600


def _signed_in(request: Request, db: DbDep, settings: Settings) -> bool:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return False
    found = live_session(
        session=db,
        token=token,
        idle=dt.timedelta(seconds=settings.session_idle_seconds),
        absolute=dt.timedelta(seconds=settings.session_absolute_seconds),
    )
    release(db)
    return found is not None


@router.get("/")
def home(request: Request, db: DbDep, settings: SettingsDep) -> Response:
    """The worklist once signed in, else the sign-in page (CONTRACT §9)."""
    return RedirectResponse("/cases" if _signed_in(request, db, settings) else "/login", status_code=303)


@router.get("/login")
def login_page(
    request: Request, db: DbDep, settings: SettingsDep, next: Annotated[str, Query()] = "/cases"
) -> Response:
    if _signed_in(request, db, settings):
        return RedirectResponse(safe_next(next), status_code=303)
    expired = bool(request.cookies.get(SESSION_COOKIE))
    return render(request, "login.html", {"next": safe_next(next), "expired": expired, "error": None})


def _log_in(request: Request, form: FormData, db: DbDep, settings: Settings) -> Response:
    target = safe_next(str(form.get("next") or "/cases"))
    username = str(form.get("username") or "").strip()
    context = {"next": target, "expired": False, "username": username}
    try:
        body = Login(username=username, password=str(form.get("password") or ""))
    except ValidationError:
        return render(request, "login.html", {**context, "error": "empty"}, status=422)
    response = RedirectResponse(target, status_code=303)
    try:
        session_api.log_in(body, request, response, db, settings)
    except HTTPException as err:
        error = "throttled" if err.status_code == 429 else "wrong"
        answer = render(request, "login.html", {**context, "error": error}, status=err.status_code)
        if err.headers and "Retry-After" in err.headers:
            answer.headers["Retry-After"] = err.headers["Retry-After"]
        return answer
    return response


@router.post("/login")
async def login(request: Request, db: DbDep, settings: SettingsDep) -> Response:
    form = await request.form()
    return await run_in_threadpool(_log_in, request, form, db, settings)


def _log_out(request: Request, form: FormData, db: DbDep, settings: Settings) -> Response:
    actor = form_actor(request, db, settings, form)
    session_api.log_out(actor, request, db)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/logout")
async def logout(request: Request, db: DbDep, settings: SettingsDep) -> Response:
    form = await request.form()
    return await run_in_threadpool(_log_out, request, form, db, settings)


@router.post("/language")
async def language(request: Request) -> Response:
    """The user's language setting (a cookie of this browser), then back to the page."""
    form = await request.form()
    chosen = str(form.get("lang") or "")
    response = RedirectResponse(safe_next(str(form.get("back") or "/")), status_code=303)
    if chosen in LANGUAGES:
        response.set_cookie(
            LANG_COOKIE,
            chosen,
            max_age=YEAR,
            httponly=True,
            samesite="lax",
            secure=served_over_https(request),
            path="/",
        )
    return response
