"""GET /cases/{case_id}: the case page for staff, the plain-language view for a patient or family.

Both show the report's view of the case (``reports.view.build_view``: the same headline, options in
region order, gap actions and charts as the PDF), laid out for the screen. The review comes from the
review cache or a stored snapshot, and its read is audited as on the API."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.access import audit
from her2nav.records.cases import casestore
from her2nav.records.cases.reviews import ReviewCache
from her2nav.records.cases.worklist import remember
from her2nav.records.store.models import CaseRecord, Document
from her2nav.reports.view import ReportMeta, build_view
from her2nav.reports.words import Words
from her2nav.web.deps import Actor, DbDep, ReadAudit, client_of
from her2nav.web.pages.base import Formats, PageActor, choose_language, page_case, render
from her2nav.web.pages.coordview import Forms, coordination, family_plans
from her2nav.web.pages.labels import STATUS_LABELS
from her2nav.web.pages.trail import trail
from her2nav.web.pages.worklist import summaries

router = APIRouter()
STAFF = ("admin", "coordinator", "clinician")
WRITERS = ("admin", "coordinator")
TRAIL_SHOWN = 30

# The page that closes each gap: (what, detail). Message ids of the link texts are in LINK_TEXT.
GAP_LINKS: dict[str, tuple[str, str | None]] = {
    "HER2_UNTESTED": ("biomarker", "her2_ihc"),
    "HER2_ISH_REQUIRED": ("biomarker", "her2_ish"),
    "HER2_RETEST_RECOMMENDED": ("upload", None),
    "HER2_RESCORE_GASTRIC_CRITERIA": ("biomarker", "her2_ihc"),
    "PDL1_CPS_UNKNOWN": ("biomarker", "pdl1_cps"),
    "CLDN18_UNKNOWN": ("biomarker", "cldn18_2"),
    "MMR_UNKNOWN": ("biomarker", "mmr"),
    "LVEF_UNKNOWN": ("patient", "lvef_percent"),
    "ECOG_UNKNOWN": ("patient", "ecog"),
    "TREATMENT_SETTING_UNKNOWN": ("treatment", None),
}


def N_(message: str) -> str:
    return message


# What the page says after a coordination form was saved (``?done=...``).
DONE_NOTICES = {
    "stage": N_("The stage was changed."),
    "task": N_("The task was saved."),
    "communication": N_("The message was logged."),
    "appointment": N_("The appointment was saved."),
    "travel": N_("The travel plan was saved."),
    "consent": N_("The consent was recorded."),
}
LINK_TEXT = (N_("Add the result"), N_("Record it"), N_("Add a treatment line"), N_("Upload a report"))


def gap_link(case_id: str, code: str) -> tuple[str, str]:
    """(URL, link text message id) of the action that closes the gap; else upload a report."""
    what, detail = GAP_LINKS.get(code, ("upload", None))
    base = f"/cases/{quote(case_id)}"
    if what == "biomarker":
        return f"{base}/biomarkers/new?kind={detail}", "Add the result"
    if what == "patient":
        return f"{base}/patient#{detail}", "Record it"
    if what == "treatment":
        return f"{base}/treatments", "Add a treatment line"
    return f"{base}#upload", "Upload a report"


def reviewed(request: Request, db: Session, actor: Actor, record: CaseRecord) -> dict[str, Any]:
    """The case's review (cache, snapshot or computed), its read audited with any new snapshot."""
    reviews: ReviewCache = request.app.state.reviews
    review = reviews.review(session=db, record=record)
    stored = [review.snapshot] if review.snapshot is not None else []
    ReadAudit(actor, client_of(request), db)(
        "review_read",
        case_pk=record.id,
        # staff pages also show the coordination area (tasks, messages, consents, timeline)
        detail={"snapshot": review.from_snapshot, "page": True, "coordination": actor.user.role in STAFF},
        store=stored,
    )
    data: dict[str, Any] = json.loads(review.text)
    remember(summaries(request), record, review.basis, data)
    return data


def _documents(db: Session, record: CaseRecord) -> list[Document]:
    return list(db.scalars(select(Document).where(Document.case_pk == record.id).order_by(Document.id)))


@router.get("/cases/{case_id}")
def case_page(case_id: str, request: Request, actor: PageActor, db: DbDep) -> Response:
    record = page_case(actor, db, case_id)
    notice = DONE_NOTICES.get(request.query_params.get("done", ""))
    return show_case(request, actor, db, record, notice=notice)


def show_case(
    request: Request,
    actor: Actor,
    db: Session,
    record: CaseRecord,
    *,
    forms: Forms | None = None,
    notice: str | None = None,
    status: int = 200,
) -> Response:
    """The case page (staff) or the family view, with the coordination area; a coordination form that
    was refused comes back with its typed values and errors (``forms``) and its status."""
    review = reviewed(request, db, actor, record)
    case = casestore.stored_case(db, record)
    documents = _documents(db, record)
    lang = choose_language(request)
    meta = ReportMeta(
        patient_label=record.case_id,
        prepared_by=actor.user.username,
        prepared_on=dt.date.today(),
        documents={d.public_id: d.filename for d in documents},
    )
    family = actor.user.role == "patient"
    view = build_view(case, review, lang=lang, audience="family" if family else "clinician", meta=meta)
    events = audit.for_case(db, record.id) if actor.user.role in ("admin", "coordinator") else []
    plans = family_plans(db, record) if family else coordination(db, record, actor.user, forms, lang=lang)
    db.rollback()
    view.pop("_", None)
    context = {
        **view,
        "record": record,
        "case": case,
        "documents": documents,
        "trail": trail(events[-TRAIL_SHOWN:], Words(lang), Formats(lang)),
        "trail_total": len(events),
        "gap_links": {g["code"]: gap_link(record.case_id, g["code"]) for g in view["gaps"]},
        "status_labels": STATUS_LABELS,
        "may_edit": actor.user.role in WRITERS,
        "may_upload": actor.user.role in STAFF,
        "patient": case.patient,
        "diagnosis": case.diagnosis,
        "notice": notice,
        **plans,
    }
    return render(request, "family.html" if family else "case.html", context, actor=actor, status=status)
