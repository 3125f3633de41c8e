"""Report rendering, for the synchronous report route and on the queue (``render_report``).

A rendered report is a file under ``Settings.effective_reports_dir`` (``var/reports`` by default: not
the documents folder, whose sweep moves aside every file no document row points to). Its job key names
everything the file depends on, so asking twice renders once:

    report:<case row>:v<case version>:<lang>:<audience>:<format>:<view>:<review basis>

``view`` is ``staff`` or ``family`` (a patient's report lists only the documents shared with the
family); the review basis is a short hash of the knowledge version and the trial registry's
fingerprint (a re-imported registry is a new report). The file is written to a temporary name and
renamed, so a reader never sees half a report; a second run of the same job finds it and stops."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from sqlalchemy.orm import Session

from her2nav.case.models import Case
from her2nav.i18n import Language
from her2nav.jobs.registry import JobContext, handler
from her2nav.records.access import audience as shown
from her2nav.records.cases import casestore
from her2nav.records.cases.reviews import Review, review_basis, review_for
from her2nav.records.store.models import CaseRecord, Document, User
from her2nav.reports.render import html_to_pdf, render_html
from her2nav.reports.view import Audience, ReportMeta
from her2nav.settings import Settings

Format = Literal["pdf", "html"]
MEDIA = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}


@dataclass
class ReportInputs:
    case: Case
    review: dict[str, Any]
    stored: list[object]  # a review snapshot to store with the audit event, if the review made one
    meta: ReportMeta
    documents: list[Document]


def report_inputs(session: Session, record: CaseRecord, user: User, served: Review) -> ReportInputs:
    """What a report of ``record`` is made of, as ``user`` sees the case (a patient: family documents)."""
    documents = shown.visible_documents(session, user, record)
    meta = ReportMeta(
        prepared_by=user.username,
        registry=(served.basis or "not read").partition("+")[2] or None,
        documents={d.public_id: d.filename for d in documents},
    )
    stored: list[object] = [served.snapshot] if served.snapshot is not None else []
    case = casestore.stored_case(session, record)
    return ReportInputs(case, json.loads(served.text), stored, meta, documents)


def render(inputs: ReportInputs, *, lang: Language, audience: Audience, format: Format) -> bytes:
    html = render_html(inputs.case, inputs.review, lang=lang, audience=audience, meta=inputs.meta)
    return html.encode("utf-8") if format == "html" else html_to_pdf(html)


def view_of(user: User) -> str:
    return "staff" if shown.sees_staff_items(user) else "family"


def report_key(record: CaseRecord, user: User, *, lang: str, audience: str, format: str) -> str:
    basis, _problem = review_basis()
    rests_on = hashlib.sha256((basis or "no-registry").encode()).hexdigest()[:12]
    parts = (f"v{record.version}", lang, audience, format, view_of(user), rests_on)
    return f"report:{record.id}:" + ":".join(parts)


def report_path(settings: Settings, key: str, format: str) -> Path:
    """Where the job ``key`` leaves its file (a hash of the key: no separators from the key reach it)."""
    return settings.effective_reports_dir / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.{format}"


def _write_whole(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


@handler("render_report")
def render_report(ctx: JobContext) -> None:
    """Render the report the job's key names and store it; params: case_pk, version, lang, audience,
    format, user_id (who asked: the cover's "prepared by" and the documents they may see)."""
    params = ctx.params
    path = report_path(ctx.settings, ctx.key, params["format"])
    if path.is_file():
        ctx.progress(100, "already rendered")
        return
    with ctx.sessions() as session:
        record = session.get(CaseRecord, int(params["case_pk"]))
        user = session.get(User, int(params["user_id"]))
        if record is None or user is None:
            raise LookupError("the case or the user who asked for the report no longer exists")
        if record.version != int(params["version"]):
            ctx.progress(100, f"not rendered: the case is now at version {record.version}; ask again")
            return
        ctx.progress(10, "reviewing the case")
        inputs = report_inputs(session, record, user, review_for(session=session, record=record))
    ctx.progress(40, "laying out the report")
    body = render(
        inputs,
        lang=cast(Language, params["lang"]),
        audience=cast(Audience, params["audience"]),
        format=cast(Format, params["format"]),
    )
    _write_whole(path, body)
    ctx.progress(100, "rendered")
