"""Refused attempts in the audit trail (issue 20, item 8; ASVS 16.3.2).

A signed-in user answered 403 (not their role, or no CSRF token) or 404 (a case, document or suggestion
outside their reach, or none at all) on an API URL leaves an ``access_refused`` event: who, from where,
the method, path and status, and the id they aimed at. When that id names an existing case (or a
document or suggestion of one), the event joins that case's trail, so its coordinators see the attempt;
the caller's answer is the same either way. Recording a refusal never changes the refusal: if the
event cannot be stored, that is logged and the answer still goes out."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from her2nav.records.access import audit
from her2nav.records.store.db import begin_write
from her2nav.web.clients import client_of

log = logging.getLogger(__name__)
RECORDED = (403, 404)
_TARGET = re.compile(r"^/api/(cases|documents|suggestions)/([^/]+)")


@dataclass(frozen=True)
class Caller:
    """The signed-in user of a request, kept on ``request.state`` by the session check."""

    user_id: int
    username: str


def remember(request: Request, user_id: int, username: str) -> None:
    request.state.caller = Caller(user_id, username)


async def record(request: Request, status: int) -> None:
    caller: Caller | None = getattr(request.state, "caller", None)
    if status not in RECORDED or caller is None or not request.url.path.startswith("/api/"):
        return
    await run_in_threadpool(
        _store, request.app.state.session_factory, caller, request, status, client_of(request)
    )


def _store(
    factory: sessionmaker[Session], caller: Caller, request: Request, status: int, client: str | None
) -> None:
    path = request.url.path
    aimed = _TARGET.match(path)
    key = aimed.group(2)[:64] if aimed else None
    try:
        with factory() as db:
            begin_write(db)
            case_pk = audit.case_pk_of(db, aimed.group(1), aimed.group(2)) if aimed else None
            audit.record(
                db,
                action="access_refused",
                user_id=caller.user_id,
                username=caller.username,
                case_pk=case_pk,
                target=key,
                client=client,
                detail={"status": status, "method": request.method, "path": path[:300]},
            )
            db.commit()
    except SQLAlchemyError as err:
        log.warning("a refused %s %s by %s was not recorded: %s", request.method, path, caller.username, err)
