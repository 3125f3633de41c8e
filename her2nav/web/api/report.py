"""Reports and packets of a case, rendered now or on the job queue.

Rendered now (CONTRACT §8, paths and parameters unchanged):

- ``GET /api/cases/{id}/report?lang=en|zh&format=pdf|html&audience=clinician|family``
  ``[&recipient=…&destination=…]``
- ``GET /api/cases/{id}/packet?lang=en&lang=zh&audience=…[&recipient=&destination=]``

Rendered on the queue (for the case page's "prepare report" button):

- ``POST /api/cases/{id}/report-jobs?lang=&format=&audience=`` → 202 ``{key, status, progress, message,
  error, status_url, file_url}``; the same report asked again (same case version, language, format,
  audience, view and review basis) is the same job, rendered once.
- ``GET /api/cases/{id}/report-jobs/{key}`` → that job's status (the same fields); ``file_url`` is set
  once the file is there. ``GET /api/cases/{id}/jobs`` lists every job of the case with its progress.
- ``GET /api/cases/{id}/report-jobs/{key}/file[?recipient=&destination=]`` → the file (409 while it is
  being rendered, 410 when the job failed or the case changed before it ran).

Every path takes the same access check as every case URL (``VisibleCase``: 404 for a case the user may
not see) and is audited: ``report_requested``, ``report_exported`` / ``packet_exported`` (committed
before the answer leaves, with who it went to). Consent (``coordination.consent``): with a
``recipient`` (a named hospital or trial team) or a ``destination`` (a country code), the release needs
consent to share with them or to cross-border transfer, checked when the file is handed out: 409
naming the consent missing, the refusal audited as ``release_refused``. A packet without a recipient
keeps working (CONTRACT §8: the care team's own copy); one sent outside should name where it goes.
Rendering is ``jobs.reports``; this module gathers its inputs and translates to HTTP."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from her2nav.coordination import consent
from her2nav.coordination.models import JobRecord
from her2nav.jobs import state
from her2nav.jobs.reports import MEDIA, ReportInputs, render, report_inputs, report_key, report_path
from her2nav.records.cases import casestore
from her2nav.records.cases.reviews import ReviewCache
from her2nav.records.store.models import CaseRecord, Document, User
from her2nav.reports.packet import PacketFile, build_packet, sha256
from her2nav.settings import Settings
from her2nav.web.api.cases import ERRORS
from her2nav.web.deps import ActorDep, DbDep, ReadAuditDep, SettingsDep, VisibleCase, client_of, not_found
from her2nav.web.jobs import app_jobs
from her2nav.web.schemas import Message, ProblemList

router = APIRouter(prefix="/api/cases", tags=["reports"])

Lang = Literal["en", "zh"]
Format = Literal["pdf", "html"]
Audience = Literal["clinician", "family"]
Recipient = Annotated[
    str | None, Query(max_length=200, description="the hospital or trial team it is sent to, if outside")
]
Destination = Annotated[
    str | None, Query(pattern="^[A-Za-z]{2}$", description="the country it goes to (ISO code), if abroad")
]
RELEASE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    409: {"model": Message},
    422: {"model": ProblemList},
}


def _inputs(request: Request, record: CaseRecord, db: Session, user: User) -> ReportInputs:
    reviews: ReviewCache = request.app.state.reviews
    return report_inputs(db, record, user, reviews.review(session=db, record=record))


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _release(
    request: Request,
    db: Session,
    record: CaseRecord,
    user: User,
    what: str,
    to: str | None,
    where: str | None,
) -> dict[str, str | None]:
    """The consent check when the file leaves for someone outside; what the audit records of it."""
    if to is None and where is None:
        return {}
    consent.check_release(
        session=db,
        record=record,
        user=user,
        what=what,
        recipient=to,
        destination=where,
        client=client_of(request),
    )
    return {"recipient": to, "destination": where.upper() if where else None}


@router.get(
    "/{case_id}/report",
    responses={**RELEASE_ERRORS, 200: {"content": {"application/pdf": {}, "text/html": {}}}},
    response_class=Response,
)
def case_report(
    request: Request,
    record: VisibleCase,
    db: DbDep,
    actor: ActorDep,
    read_audit: ReadAuditDep,
    lang: Annotated[Lang, Query()] = "en",
    format: Annotated[Format, Query()] = "pdf",
    audience: Annotated[Audience, Query()] = "clinician",
    recipient: Recipient = None,
    destination: Destination = None,
) -> Response:
    """The case review report (decision support, never a verdict) as PDF or HTML. Sent to a
    ``recipient`` or a ``destination`` abroad, it needs the consent for that (409 naming it)."""
    sent = _release(request, db, record, actor.user, "report", recipient, destination)
    inputs = _inputs(request, record, db, actor.user)
    body = render(inputs, lang=lang, audience=audience, format=format)
    detail = {"lang": lang, "format": format, "audience": audience, **sent}
    read_audit(
        "report_exported", case_pk=record.id, after_hash=sha256(body), detail=detail, store=inputs.stored
    )
    headers = _attachment(f"{record.case_id}-{audience}-{lang}.pdf") if format == "pdf" else {}
    return Response(body, media_type=MEDIA[format], headers=headers)


def _document_files(documents: list[Document], settings: Settings) -> list[PacketFile]:
    """The case's stored documents, each under documents/ with its id (names may repeat)."""
    files = []
    for doc in documents:
        path = settings.effective_documents_dir / doc.storage_name
        if path.is_file():
            files.append(PacketFile(f"documents/{doc.public_id}-{doc.filename}", path.read_bytes()))
    return files


@router.get(
    "/{case_id}/packet",
    responses={**RELEASE_ERRORS, 200: {"content": {"application/zip": {}}}},
    response_class=Response,
)
def case_packet(
    request: Request,
    record: VisibleCase,
    db: DbDep,
    actor: ActorDep,
    settings: SettingsDep,
    read_audit: ReadAuditDep,
    lang: Annotated[list[Lang] | None, Query()] = None,
    audience: Annotated[Audience, Query()] = "clinician",
    recipient: Recipient = None,
    destination: Destination = None,
) -> Response:
    """The referral packet: report PDFs, the case (CONTRACT §1 JSON), the review, the source documents
    and a manifest with the SHA-256 of every file. A packet for someone outside names its
    ``recipient`` (and ``destination`` when abroad): the consent for that is checked (409 naming it)."""
    _release(request, db, record, actor.user, "packet", recipient, destination)
    inputs = _inputs(request, record, db, actor.user)
    langs: list[Lang] = list(dict.fromkeys(lang or ["en", "zh"]))
    files = [
        PacketFile(
            f"report-{code}-{audience}.pdf", render(inputs, lang=code, audience=audience, format="pdf")
        )
        for code in langs
    ]
    case_json = json.dumps(casestore.canonical(inputs.case), ensure_ascii=False, indent=2)
    files.append(PacketFile("case.json", case_json.encode("utf-8")))
    review_json = json.dumps(inputs.review, ensure_ascii=False, indent=2)
    files.append(PacketFile("review.json", review_json.encode("utf-8")))
    files += _document_files(inputs.documents, settings)
    about = {"case_id": record.case_id, "prepared_by": actor.user.username, "recipient": recipient}
    packet = build_packet(files, about=about)
    detail = {
        "recipient": recipient,
        "destination": destination.upper() if destination else None,
        "files": [f.path for f in files],
        "langs": langs,
    }
    read_audit(
        "packet_exported", case_pk=record.id, after_hash=sha256(packet), detail=detail, store=inputs.stored
    )
    return Response(packet, media_type="application/zip", headers=_attachment(f"{record.case_id}-packet.zip"))


# -- on the queue ----------------------------------------------------------------------------------

JobKey = Annotated[str, Path(min_length=1, max_length=200)]


class ReportJobOut(BaseModel):
    key: str
    status: str  # queued, running, done, dead
    progress: int  # percent
    message: str | None
    error: str | None
    status_url: str
    file_url: str | None  # set once the file can be downloaded


def _report_job(db: Session, record: CaseRecord, key: str) -> JobRecord:
    row = state.get(db, key)
    if row is None or row.case_pk != record.id or row.name != "render_report":
        raise not_found()
    return row


def _job_out(row: JobRecord, record: CaseRecord, settings: Settings) -> ReportJobOut:
    url = f"/api/cases/{record.case_id}/report-jobs/{row.key}"
    ready = row.status == "done" and report_path(settings, row.key, row.params["format"]).is_file()
    return ReportJobOut(
        key=row.key,
        status=row.status,
        progress=row.progress,
        message=row.message,
        error=row.error,
        status_url=url,
        file_url=f"{url}/file" if ready else None,
    )


@router.post("/{case_id}/report-jobs", status_code=202, response_model=ReportJobOut, responses=RELEASE_ERRORS)
def request_report(
    request: Request,
    record: VisibleCase,
    db: DbDep,
    actor: ActorDep,
    settings: SettingsDep,
    read_audit: ReadAuditDep,
    lang: Annotated[Lang, Query()] = "en",
    format: Annotated[Format, Query()] = "pdf",
    audience: Annotated[Audience, Query()] = "clinician",
) -> ReportJobOut:
    """Render the report on the job queue; poll ``status_url``, then download ``file_url``. Asking
    again for the same report (nothing changed) answers the same job."""
    key = report_key(record, actor.user, lang=lang, audience=audience, format=format)
    params = {
        "case_pk": record.id,
        "version": record.version,
        "lang": lang,
        "format": format,
        "audience": audience,
        "user_id": actor.user.id,
    }
    detail = {"job": key, "lang": lang, "format": format, "audience": audience}
    read_audit("report_requested", case_pk=record.id, detail=detail)
    db.rollback()
    app_jobs(request.app).submit("render_report", params, key=key, case_pk=record.id)
    return _job_out(_report_job(db, record, key), record, settings)


@router.get("/{case_id}/report-jobs/{key}", response_model=ReportJobOut, responses=ERRORS)
def report_job(record: VisibleCase, db: DbDep, settings: SettingsDep, key: JobKey) -> ReportJobOut:
    """A report job's status and progress; ``file_url`` once the report can be downloaded."""
    return _job_out(_report_job(db, record, key), record, settings)


@router.get(
    "/{case_id}/report-jobs/{key}/file",
    responses={
        **RELEASE_ERRORS,
        410: {"model": Message},
        200: {"content": {"application/pdf": {}, "text/html": {}}},
    },
    response_class=Response,
)
def report_file(
    request: Request,
    record: VisibleCase,
    db: DbDep,
    actor: ActorDep,
    settings: SettingsDep,
    read_audit: ReadAuditDep,
    key: JobKey,
    recipient: Recipient = None,
    destination: Destination = None,
) -> Response:
    """The rendered report. Sent to a ``recipient`` or a ``destination`` abroad, it needs the consent
    for that at the time of download (409 naming it)."""
    row = _report_job(db, record, key)
    params = dict(row.params)
    path = report_path(settings, key, params["format"])
    if row.status == "dead" or (row.status == "done" and not path.is_file()):
        raise HTTPException(
            status_code=410, detail=f"no report: {row.error or row.message or 'not rendered'}"
        )
    if row.status != "done":
        raise HTTPException(
            status_code=409, detail=f"the report is being rendered ({row.progress}%); try again"
        )
    sent = _release(request, db, record, actor.user, "report", recipient, destination)
    body = path.read_bytes()
    fields = ("lang", "format", "audience")
    detail = {"job": key, **{f: params[f] for f in fields}, **sent}
    read_audit("report_exported", case_pk=record.id, after_hash=sha256(body), detail=detail)
    name = f"{record.case_id}-{params['audience']}-{params['lang']}.{params['format']}"
    headers = _attachment(name) if params["format"] == "pdf" else {}
    return Response(body, media_type=MEDIA[params["format"]], headers=headers)
