"""Sign in and out, who am I, change password."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, HTTPException, Request, Response

from her2nav.records.access import audit, throttle
from her2nav.records.access.accounts import (
    AccountError,
    change_password,
    check_password,
    end_session,
    start_session,
)
from her2nav.records.store.db import begin_write
from her2nav.web.deps import (
    CSRF_HEADER,
    SESSION_COOKIE,
    ActorDep,
    DbDep,
    SettingsDep,
    client_of,
    served_over_https,
)
from her2nav.web.errors import problems_response
from her2nav.web.schemas import Login, Message, PasswordChange, ProblemList, SessionOut

router = APIRouter(prefix="/api/session", tags=["session"])


@router.post(
    "",
    response_model=SessionOut,
    responses={401: {"model": Message}, 429: {"model": Message}, 422: {"model": ProblemList}},
)
def log_in(body: Login, request: Request, response: Response, db: DbDep, settings: SettingsDep) -> SessionOut:
    """Sign in. Sets the session cookie; send the returned csrf_token as X-CSRF-Token on every change.
    Repeated failures slow further attempts down (429 with Retry-After); there is no hard lock."""
    client = client_of(request)
    username = body.username
    limits = throttle.Limits(
        free=settings.login_max_failures, window=dt.timedelta(seconds=settings.login_window_seconds)
    )
    wait = throttle.admit(db, limits, username, client)
    if wait > 0:
        begin_write(db)
        audit.record(db, action="login_throttled", username=username, client=client)
        db.commit()
        raise HTTPException(
            status_code=429,
            detail="too many failed sign-ins; wait and try again",
            headers={"Retry-After": throttle.retry_after(wait)},
        )
    user = check_password(session=db, username=username, password=body.password)
    begin_write(db)
    if user is None:
        audit.record(db, action="login_failed", username=username, client=client)
        db.commit()
        raise HTTPException(status_code=401, detail="wrong username or password")
    throttle.succeeded(db, limits, username, client)
    new = start_session(session=db, user=user)
    audit.record(db, action="login", user=user, client=client)
    db.commit()
    response.set_cookie(
        SESSION_COOKIE,
        new.token,
        max_age=settings.session_absolute_seconds,
        httponly=True,
        secure=settings.secure_cookies or served_over_https(request),
        samesite="strict",
        path="/",
    )
    return SessionOut(username=user.username, role=user.role, csrf_token=new.csrf_token)


@router.get("", response_model=SessionOut, responses={401: {"model": Message}})
def who_am_i(actor: ActorDep) -> SessionOut:
    return SessionOut(username=actor.user.username, role=actor.user.role, csrf_token=actor.session.csrf_token)


@router.delete("", status_code=204, responses={401: {"model": Message}, 403: {"model": Message}})
def log_out(actor: ActorDep, request: Request, db: DbDep) -> Response:
    begin_write(db)
    end_session(session=db, token=actor.token)
    audit.record(db, action="logout", user=actor.user, client=client_of(request))
    db.commit()
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post(
    "/password",
    status_code=204,
    responses={401: {"model": Message}, 403: {"model": Message}, 422: {"model": ProblemList}},
)
def new_password(body: PasswordChange, actor: ActorDep, request: Request, db: DbDep) -> Response:
    """Change your password. Every session of yours ends, this one included: sign in again."""
    begin_write(db)
    try:
        change_password(session=db, user=actor.user, current=body.current_password, new=body.new_password)
    except AccountError as err:
        return problems_response([(err.field, str(err))])
    audit.record(db, action="password_changed", user=actor.user, client=client_of(request))
    db.commit()
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


__all__ = ["CSRF_HEADER", "router"]
