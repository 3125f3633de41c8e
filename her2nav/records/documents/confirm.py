"""Deciding an extracted finding: accept, edit or reject. Only an accepted or edited result changes the
case, through the same steps as every other change (``cases.flows``: next version, history, audit)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from her2nav.case.errors import CaseError, Problem
from her2nav.records.access import audit
from her2nav.records.cases.errors import Conflict
from her2nav.records.cases.flows import current_document, lock_at_version, store_change, write
from her2nav.records.documents import suggestions as sugg
from her2nav.records.store.models import CaseRecord, Document, Suggestion, User, utcnow


def decide_suggestion(
    *,
    session: Session,
    suggestion: Suggestion,
    record: CaseRecord,
    user: User,
    verdict: str,
    corrected: Any = None,
    tested_on: dt.date | None = None,
    expected: int | None = None,
    client: str | None,
    confirm_other_organ: bool = False,
) -> None:
    """Accept, edit or reject an extracted finding. Only an accepted or edited result changes the case,
    through the same path as every other change (next version, history, audit). A finding from a report
    about another organ (a breast HER2 score) enters a gastric case only with ``confirm_other_organ``."""
    pending = suggestion.status == "pending"
    if pending and verdict != "rejected" and not confirm_other_organ and other_organ(suggestion):
        raise Conflict(
            f"this finding comes from a {suggestion.organ} report, not a gastric, junction or oesophageal "
            "one; accept it only with confirm_other_organ set to true, or reject it"
        )
    value = suggestion.value
    if verdict == "edited":
        value, problem = sugg.check_value(suggestion.field, corrected)
        if problem:
            raise CaseError([Problem("value", problem)])
    with write(session):
        _decide(session, suggestion, record, user, verdict, value, tested_on, expected, client)


UPPER_GI = frozenset({"gastric", "stomach", "gej", "esophagus", "oesophagus", "oesophageal", "esophageal"})


def other_organ(suggestion: Suggestion) -> bool:
    """Does the finding come from a report about an organ other than the upper GI tract?"""
    return suggestion.organ is not None and suggestion.organ.lower() not in UPPER_GI


def _decide(
    session: Session,
    s: Suggestion,
    record: CaseRecord,
    user: User,
    verdict: str,
    value: Any,
    tested_on: dt.date | None,
    expected: int | None,
    client: str | None,
) -> None:
    session.refresh(s, with_for_update=True)
    if s.status != "pending":
        raise Conflict(f"this suggestion was already {s.status}")
    if verdict != "rejected" and s.assertion != "present":
        raise Conflict(
            f"the report gives this finding as {s.assertion}, not as a result; reject it or "
            "enter the result on the case yourself"
        )
    lock_at_version(session, record, expected)
    s.status, s.decided_by, s.decided_at = verdict, user.id, utcnow()
    s.decided_value = value if verdict == "edited" else None
    document = current_document(session, record)
    changes_case = False
    if verdict == "rejected":
        s.outcome = "rejected: nothing added to the case"
    elif s.field in sugg.BIOMARKER_FIELDS:
        doc = session.get_one(Document, s.document_pk)
        entry = sugg.biomarker_entry(s, value, sugg.for_document(session, doc))
        if tested_on is not None:
            entry["tested_on"] = tested_on.isoformat()
        entry["provenance"] = sugg.provenance(s, doc.public_id, user.username)
        document["biomarkers"] = [*document.get("biomarkers", []), entry]
        s.biomarker_entry = entry
        s.outcome = f"added to the case as a {entry['kind']} result"
        changes_case = True
    elif s.field in sugg.CASE_FIELDS:
        change = sugg.case_field_change(s.field, value, document["diagnosis"])
        if change is None:
            s.outcome = f"confirmed: the case already says {s.field} {document['diagnosis'][s.field]!r}"
        else:
            document["diagnosis"] = {**document["diagnosis"], **change}
            s.outcome = f"case diagnosis.{s.field} set to {change[s.field]!r}"
            changes_case = True
    else:
        s.outcome = "recorded on the suggestion only (no case field holds it)"
    if changes_case:
        s.case_version = record.version + 1
        store_change(session, record, user, document, f"suggestion_{verdict}", client)
        return
    audit.record(
        session,
        action=f"suggestion_{s.status}",
        user=user,
        case_pk=record.id,
        target=str(s.id),
        client=client,
        detail={"field": s.field, "outcome": s.outcome},
    )
