"""GET /api/cases/{case_id}/report and GET /api/cases/{case_id}/packet (CONTRACT §8).

The same path as every case URL: the signed-in user, the one access check (``VisibleCase``: 404 for a
case the user may not see), the served review (cache, snapshot or computed), and an audit event
committed before the answer leaves: ``report_exported`` (language, format, audience) or
``packet_exported`` (who receives it, the files, the packet's SHA-256). Rendering is the reports layer;
this module only gathers its inputs from the records and translates to HTTP.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.orm import Session

from her2nav.records.access import audience
from her2nav.records.cases import casestore
from her2nav.records.cases.reviews import ReviewCache
from her2nav.records.store.models import CaseRecord, Document, User
from her2nav.reports.packet import PacketFile, build_packet, sha256
from her2nav.reports.render import html_to_pdf, render_html
from her2nav.reports.view import ReportMeta
from her2nav.settings import Settings
from her2nav.web.api.cases import ERRORS
from her2nav.web.deps import ActorDep, DbDep, ReadAuditDep, SettingsDep, VisibleCase
from her2nav.web.schemas import ProblemList

router = APIRouter(prefix="/api/cases", tags=["reports"])

Lang = Literal["en", "zh"]
Format = Literal["pdf", "html"]
Audience = Literal["clinician", "family"]
MEDIA = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}


def _inputs(
    request: Request, record: CaseRecord, db: Session, user: User
) -> tuple[Any, dict[str, Any], list[object], ReportMeta, list[Document]]:
    reviews: ReviewCache = request.app.state.reviews
    served = reviews.review(session=db, record=record)
    stored: list[object] = [served.snapshot] if served.snapshot is not None else []
    documents = audience.visible_documents(db, user, record)  # a patient's packet: family documents only
    meta = ReportMeta(
        prepared_by=user.username,
        registry=(served.basis or "not read").partition("+")[2] or None,
        documents={d.public_id: d.filename for d in documents},
    )
    return casestore.stored_case(db, record), json.loads(served.text), stored, meta, documents


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get(
    "/{case_id}/report",
    responses={
        **ERRORS,
        200: {"content": {"application/pdf": {}, "text/html": {}}},
        422: {"model": ProblemList},
    },
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
) -> Response:
    """The case review report (decision support, never a verdict) as PDF or HTML."""
    case, review, stored, meta, _ = _inputs(request, record, db, actor.user)
    html = render_html(case, review, lang=lang, audience=audience, meta=meta)
    body = html.encode("utf-8") if format == "html" else html_to_pdf(html)
    detail = {"lang": lang, "format": format, "audience": audience}
    read_audit("report_exported", case_pk=record.id, after_hash=sha256(body), detail=detail, store=stored)
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
    responses={**ERRORS, 200: {"content": {"application/zip": {}}}, 422: {"model": ProblemList}},
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
    recipient: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """The referral packet: report PDFs, the case (CONTRACT §1 JSON), the review, the source documents
    and a manifest with the SHA-256 of every file."""
    case, review, stored, meta, documents = _inputs(request, record, db, actor.user)
    langs: list[Lang] = list(dict.fromkeys(lang or ["en", "zh"]))
    files = [
        PacketFile(
            f"report-{code}-{audience}.pdf",
            html_to_pdf(render_html(case, review, lang=code, audience=audience, meta=meta)),
        )
        for code in langs
    ]
    case_json = json.dumps(casestore.canonical(case), ensure_ascii=False, indent=2)
    files.append(PacketFile("case.json", case_json.encode("utf-8")))
    files.append(PacketFile("review.json", json.dumps(review, ensure_ascii=False, indent=2).encode("utf-8")))
    files += _document_files(documents, settings)
    about = {"case_id": record.case_id, "prepared_by": actor.user.username, "recipient": recipient}
    packet = build_packet(files, about=about)
    detail = {"recipient": recipient, "files": [f.path for f in files], "langs": langs}
    read_audit("packet_exported", case_pk=record.id, after_hash=sha256(packet), detail=detail, store=stored)
    return Response(packet, media_type="application/zip", headers=_attachment(f"{record.case_id}-packet.zip"))
