"""Cases: list, create/import, read, change (If-Match), export, review, audit trail."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Query, Request, Response
from sqlalchemy.orm import Session

from her2nav.case.load import case_from_data
from her2nav.coordination import consent
from her2nav.records.access import audit
from her2nav.records.cases import casestore, flows, service
from her2nav.records.store.models import CaseRecord
from her2nav.web.deps import (
    Actor,
    ActorDep,
    DbDep,
    ReadAuditDep,
    VisibleCase,
    client_of,
    parse_if_match,
    require_role,
)
from her2nav.web.schemas import AuditEventOut, CaseOut, CaseSummary, Message, ProblemList

router = APIRouter(prefix="/api/cases", tags=["cases"])
# Every 422 has the one shape of web/errors.py (declared, so the schema does not show FastAPI's own).
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Message},
    404: {"model": Message},
    422: {"model": ProblemList},
}
# Row ids and offsets are 32-bit INTEGER columns on both databases: larger values are refused as input.
MAX_ROW_NUMBER = 2**31 - 1
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    403: {"model": Message},
    412: {"model": Message},
    428: {"model": Message},
    422: {"model": ProblemList},
}
CaseBody = Annotated[dict[str, Any], Body(description="a case file in CONTRACT §1 form, as JSON")]


def etag(record: CaseRecord) -> str:
    return f'"{record.version}"'


def case_out(db: Session, record: CaseRecord, response: Response) -> CaseOut:
    response.headers["ETag"] = etag(record)
    document = casestore.canonical(casestore.stored_case(db, record))
    return CaseOut(
        case_id=record.case_id,
        version=record.version,
        created_at=record.created_at,
        updated_at=record.updated_at,
        case=document,
    )


@router.get(
    "", response_model=list[CaseSummary], responses={401: {"model": Message}, 422: {"model": ProblemList}}
)
def list_cases(
    actor: ActorDep,
    db: DbDep,
    read_audit: ReadAuditDep,
    limit: Annotated[int, Query(le=MAX_ROW_NUMBER)] = 200,
    offset: Annotated[int, Query(le=MAX_ROW_NUMBER)] = 0,
) -> list[CaseSummary]:
    """The cases you may see (the listing is recorded in the audit trail)."""
    limit, offset = max(1, min(limit, 1000)), max(0, offset)
    rows = service.list_cases(session=db, user=actor.user, limit=limit, offset=offset)
    read_audit("cases_listed", case_pk=None, detail={"count": len(rows), "limit": limit, "offset": offset})
    return [
        CaseSummary(
            case_id=r.case_id,
            version=r.version,
            site=r.site,
            setting=r.setting,
            as_of=r.as_of,
            updated_at=r.updated_at,
        )
        for r in rows
    ]


def _create(body: dict[str, Any], actor: Actor, db: Session, request: Request, response: Response) -> Any:
    require_role(actor, *service.WRITERS)
    case = case_from_data(body)
    record = flows.create_case(session=db, case=case, user=actor.user, client=client_of(request))
    response.status_code = 201
    response.headers["Location"] = f"/api/cases/{record.case_id}"
    return case_out(db, record, response)


_CREATE = {
    "status_code": 201,
    "response_model": CaseOut,
    "responses": {**WRITE_ERRORS, 409: {"model": Message}},
}


@router.post("", **_CREATE)  # type: ignore[arg-type]
def create_case(body: CaseBody, actor: ActorDep, db: DbDep, request: Request, response: Response) -> Any:
    """Create a case from a CONTRACT §1 case (JSON). The ``case_id`` is a service-wide identifier:
    409 means it is taken, by any case, including one you cannot see. Choose pseudonymous ids; never
    put a name, hospital number or birth date in one."""
    return _create(body, actor, db, request, response)


@router.post("/import", **_CREATE)  # type: ignore[arg-type]
def import_case(body: CaseBody, actor: ActorDep, db: DbDep, request: Request, response: Response) -> Any:
    """Import a CONTRACT §1 case file sent as JSON (the format ``export`` gives back)."""
    return _create(body, actor, db, request, response)


@router.get("/{case_id}", response_model=CaseOut, responses=ERRORS)
def read_case(record: VisibleCase, db: DbDep, read_audit: ReadAuditDep, response: Response) -> CaseOut:
    out = case_out(db, record, response)
    read_audit("case_read", case_pk=record.id)
    return out


@router.patch("/{case_id}", response_model=CaseOut, responses=WRITE_ERRORS)
def change_case(
    record: VisibleCase,
    actor: ActorDep,
    db: DbDep,
    request: Request,
    response: Response,
    patch: Annotated[dict[str, Any], Body(description="JSON merge patch (RFC 7396) on the §1 case")],
    if_match: Annotated[str | None, Header()] = None,
) -> Any:
    """Change a case. Send ``If-Match`` with the version you read (ETag); 412 when it is stale."""
    require_role(actor, *service.WRITERS)
    expected = parse_if_match(if_match)
    flows.change_case(
        session=db, record=record, user=actor.user, patch=patch, expected=expected, client=client_of(request)
    )
    return case_out(db, record, response)


@router.get("/{case_id}/export", response_model=dict[str, Any], responses={**ERRORS, 409: {"model": Message}})
def export_case(
    record: VisibleCase,
    actor: ActorDep,
    db: DbDep,
    read_audit: ReadAuditDep,
    request: Request,
    recipient: Annotated[
        str | None, Query(max_length=200, description="who it is sent to, if outside")
    ] = None,
    destination: Annotated[
        str | None, Query(pattern="^[A-Za-z]{2}$", description="country it goes to")
    ] = None,
) -> dict[str, Any]:
    """The case in CONTRACT §1 form; importing it gives the same case back. Sent to a ``recipient``
    it needs consent to share with them, to a ``destination`` abroad consent to cross-border transfer
    (409 naming the consent missing; the refusal is audited)."""
    consent.check_release(
        session=db,
        record=record,
        user=actor.user,
        what="export",
        recipient=recipient,
        destination=destination,
        client=client_of(request),
    )
    document = casestore.canonical(casestore.stored_case(db, record))
    sent = {"recipient": recipient, "destination": destination} if recipient or destination else None
    read_audit("case_exported", case_pk=record.id, after_hash=casestore.content_hash(document), detail=sent)
    return document


_NEXT_PAGE = {
    "Link": {
        "description": 'on a full page, the older events: `<…/audit?before=ID&limit=N>; rel="next"`',
        "schema": {"type": "string"},
    }
}


@router.get(
    "/{case_id}/audit",
    response_model=list[AuditEventOut],
    responses={**ERRORS, 200: {"headers": _NEXT_PAGE}, 403: {"model": Message}},
)
def case_audit(
    record: VisibleCase,
    actor: ActorDep,
    db: DbDep,
    read_audit: ReadAuditDep,
    response: Response,
    before: Annotated[
        int | None, Query(ge=1, le=MAX_ROW_NUMBER, description="only events older than this event id")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=audit.MAX_PAGE, description="events per page")] = audit.PAGE_SIZE,
) -> list[AuditEventOut]:
    """Who did what to this case, newest first, one page at a time (admins and the case's coordinators).
    Follow the ``Link`` header (``before`` = the last id of this page) for older events; reading the
    trail is itself recorded (``audit_read``)."""
    require_role(actor, "admin", "coordinator")
    events = audit.page(db, record.id, before=before, limit=limit)
    if len(events) == limit:
        older = f"/api/cases/{record.case_id}/audit?before={events[-1].id}&limit={limit}"
        response.headers["Link"] = f'<{older}>; rel="next"'
    out = [
        AuditEventOut(
            id=e.id,
            at=e.created_at,
            username=e.username,
            action=e.action,
            target=e.target,
            before_hash=e.before_hash,
            after_hash=e.after_hash,
            detail=e.detail,
        )
        for e in events
    ]
    read_audit("audit_read", case_pk=record.id, detail={"before": before, "limit": limit, "count": len(out)})
    return out
