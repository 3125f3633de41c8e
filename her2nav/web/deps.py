"""Dependencies: the database session, the signed-in user, and case access in ONE place.

Every URL under ``/api/cases/{case_id}`` takes ``VisibleCase``; documents are reached through the case
they belong to with the same rule. A case the caller may not see answers 404, exactly as a case that
does not exist."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Path, Request
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from her2nav.records.access import audience, audit
from her2nav.records.access.accounts import live_session, needs_touch, touch
from her2nav.records.access.audit import AuditUnavailable
from her2nav.records.cases import service
from her2nav.records.store.db import begin_write, release
from her2nav.records.store.models import CaseRecord, Document, User, UserSession
from her2nav.settings import Settings
from her2nav.web import refusals
from her2nav.web.clients import client_of as client_of  # re-exported: routers import it from deps
from her2nav.web.clients import served_over_https as served_over_https

SESSION_COOKIE = "her2nav_session"
CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
SIGN_IN_FIRST = "sign in first (POST /api/session)"
SESSION_ENDED = "the session has ended; sign in again"


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_db(request: Request) -> AsyncIterator[Session]:
    """The request's session. Each dependency that reads with it ends its transaction before it returns
    (``release``), so that no request holds a pooled connection while it waits for a worker thread:
    under load those waits made every thread wait for a connection and the server lock up (issue 20).
    Opening the session costs no I/O; closing it does only when a transaction is still open."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    session = factory()
    try:
        yield session
    finally:
        if session.in_transaction():
            await run_in_threadpool(session.close)
        else:
            session.close()


SettingsDep = Annotated[Settings, Depends(get_settings)]
DbDep = Annotated[Session, Depends(get_db)]


@dataclass
class Actor:
    user: User
    session: UserSession
    token: str


def not_found() -> HTTPException:
    return HTTPException(status_code=404, detail="not found")


def session_token(request: Request) -> str:
    """The session cookie's token; 401 when there is none."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise HTTPException(status_code=401, detail=SIGN_IN_FIRST)
    return token


def current_actor(request: Request, db: DbDep, settings: SettingsDep) -> Actor:
    token = session_token(request)
    found = live_session(
        session=db,
        token=token,
        idle=dt.timedelta(seconds=settings.session_idle_seconds),
        absolute=dt.timedelta(seconds=settings.session_absolute_seconds),
    )
    if found is None:
        release(db)
        raise HTTPException(status_code=401, detail=SESSION_ENDED)
    row, user = found
    refusals.remember(request, user.id, user.username)  # a refusal from here on is audited
    if needs_touch(row):
        begin_write(db)
        touch(session=db, row=row)
    release(db)
    if request.method not in _SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER, "")
        if not secrets.compare_digest(sent.encode(), row.csrf_token.encode()):
            raise HTTPException(status_code=403, detail=f"missing or wrong {CSRF_HEADER} header")
    return Actor(user=user, session=row, token=token)


ActorDep = Annotated[Actor, Depends(current_actor)]


CaseIdPath = Annotated[str, Path(min_length=1, max_length=64)]


def visible_case(actor: ActorDep, db: DbDep, case_id: CaseIdPath) -> CaseRecord:
    """THE access check for every case URL: outsiders get 404."""
    record = service.find_visible_case(session=db, user=actor.user, case_id=case_id)
    release(db)
    if record is None:
        raise not_found()
    return record


VisibleCase = Annotated[CaseRecord, Depends(visible_case)]


def visible_document(
    actor: ActorDep, db: DbDep, document_id: Annotated[str, Path(min_length=1, max_length=64)]
) -> tuple[Document, CaseRecord]:
    """A document is visible when its case is (same rule as ``visible_case``) and its audience includes
    the user (``records.access.audience``: a patient sees only documents shared with family)."""
    from sqlalchemy import select

    try:
        doc = db.scalar(select(Document).where(Document.public_id == document_id))
        record = db.get(CaseRecord, doc.case_pk) if doc is not None else None
        if (
            doc is None
            or record is None
            or service.find_visible_case(session=db, user=actor.user, case_id=record.case_id) is None
            or not audience.may_see_document(actor.user, doc)
        ):
            raise not_found()
    finally:
        release(db)
    return doc, record


VisibleDocument = Annotated[tuple[Document, CaseRecord], Depends(visible_document)]


@dataclass
class ReadAudit:
    """Records a read of patient data by the signed-in user in the request's own transaction; call it
    before answering: it returns once the event is committed, and raises ``AuditUnavailable`` (503) if
    it cannot be, so that nothing is answered unrecorded."""

    actor: Actor
    client: str | None
    db: Session

    def __call__(
        self,
        action: str,
        *,
        case_pk: int | None,
        target: str | None = None,
        after_hash: str | None = None,
        detail: dict[str, Any] | None = None,
        store: Sequence[object] = (),
    ) -> None:
        """``store``: rows that the read produced (e.g. a review snapshot), committed with its event."""
        try:
            begin_write(self.db)
            self.db.add_all(store)
            audit.record(
                self.db,
                action=action,
                user=self.actor.user,
                case_pk=case_pk,
                target=target,
                after_hash=after_hash,
                client=self.client,
                detail=detail,
            )
            self.db.commit()
        except SQLAlchemyError as err:
            self.db.rollback()
            reason = getattr(err, "orig", None) or err
            raise AuditUnavailable(f"the audit trail could not record this read ({reason})") from err


def read_audit(request: Request, actor: ActorDep, db: DbDep) -> ReadAudit:
    return ReadAudit(actor, client_of(request), db)


ReadAuditDep = Annotated[ReadAudit, Depends(read_audit)]


def require_role(actor: Actor, *roles: str) -> None:
    if actor.user.role not in roles:
        raise HTTPException(status_code=403, detail=f"this needs one of the roles: {', '.join(roles)}")


def parse_if_match(value: str | None) -> int:
    """``If-Match: "3"`` (or 3, W/"3") → 3; 428 when missing, 412 when unreadable."""
    if value is None:
        raise HTTPException(status_code=428, detail="If-Match with the case version is required")
    text = value.strip()
    if text.startswith("W/"):
        text = text[2:]
    text = text.strip('"')
    # ASCII digits only ("²".isdigit() is true, and int() of 5,000 digits raises), within the column.
    if not _VERSION.fullmatch(text) or int(text) > MAX_VERSION:
        raise HTTPException(status_code=412, detail="If-Match does not name a case version")
    return int(text)


_VERSION = re.compile(r"[0-9]{1,10}")
MAX_VERSION = 2**31 - 1  # a 32-bit INTEGER column on both databases
