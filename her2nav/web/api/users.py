"""Accounts (admin only)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select

from her2nav.records.access import audit
from her2nav.records.access.accounts import AccountError, create_user
from her2nav.records.store.db import begin_write
from her2nav.records.store.models import CaseRecord, User
from her2nav.web.deps import ActorDep, DbDep, client_of, require_role
from her2nav.web.errors import problems_response
from her2nav.web.schemas import Message, NewUser, ProblemList, UserOut

router = APIRouter(prefix="/api/users", tags=["accounts"])
_ERRORS: dict[int | str, dict[str, Any]] = {401: {"model": Message}, 403: {"model": Message}}


@router.get("", response_model=list[UserOut], responses=_ERRORS)
def list_users(actor: ActorDep, db: DbDep) -> list[UserOut]:
    require_role(actor, "admin")
    users = db.scalars(select(User).order_by(User.username))
    return [UserOut(id=u.id, username=u.username, role=u.role) for u in users]


@router.post("", status_code=201, response_model=UserOut, responses={**_ERRORS, 422: {"model": ProblemList}})
def new_user(body: NewUser, actor: ActorDep, db: DbDep, request: Request) -> UserOut | JSONResponse:
    """Create an account. A patient account names its case (``case_id``)."""
    require_role(actor, "admin")
    patient_id = None
    if body.role == "patient":
        record = db.scalar(select(CaseRecord).where(CaseRecord.case_id == (body.case_id or "")))
        if record is None:
            return problems_response([("case_id", "a patient account needs the id of an existing case")])
        patient_id = record.patient_id
    begin_write(db)
    try:
        user = create_user(
            session=db, username=body.username, password=body.password, role=body.role, patient_id=patient_id
        )
    except AccountError as err:
        return problems_response([(err.field, str(err))])
    audit.record(db, action="user_created", user=actor.user, target=user.username, client=client_of(request))
    db.commit()
    return UserOut(id=user.id, username=user.username, role=user.role)
