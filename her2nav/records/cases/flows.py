"""Every change to a case, as one flow each: create, change at a version, add an entry, note, assign,
decide a suggestion. A flow owns its transaction: it starts the write, checks the version, stores the
new content as the next version with its audit event, and commits; on any error it rolls back and
raises a domain error (``records.errors``) or a ``CaseError`` naming the fields. Routers translate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from her2nav.case.errors import CaseError, Problem
from her2nav.case.load import case_from_data
from her2nav.case.models import Case
from her2nav.records.access import audit
from her2nav.records.cases import casestore, service
from her2nav.records.cases.errors import Conflict, StaleVersion
from her2nav.records.documents import suggestions as sugg
from her2nav.records.store.db import begin_write
from her2nav.records.store.models import CaseRecord, Document, Note, Suggestion, User, utcnow


@contextmanager
def _write(session: Session) -> Iterator[None]:
    begin_write(session)
    try:
        yield
    except BaseException:
        session.rollback()
        raise
    session.commit()


def _lock_at_version(session: Session, record: CaseRecord, expected: int | None) -> None:
    """Lock the case row (PostgreSQL; SQLite writers are serialised) and check the caller's version."""
    session.refresh(record, with_for_update=True)
    if expected is not None and record.version != expected:
        raise StaleVersion(record.version)


def _current(session: Session, record: CaseRecord) -> dict[str, Any]:
    return casestore.canonical(casestore.stored_case(session, record))


def _store(
    session: Session,
    record: CaseRecord,
    user: User,
    document: dict[str, Any],
    action: str,
    client: str | None,
) -> None:
    """Validate the new content and store it as the next version, with its audit event."""
    if document.get("case_id") != record.case_id:
        raise CaseError([Problem("case_id", "cannot be changed (it is the case's identity)")])
    case = case_from_data(document)
    before = casestore.content_hash(_current(session, record))
    casestore.replace_content(session, record, case)
    audit.record(
        session,
        action=action,
        user=user,
        case_pk=record.id,
        before_hash=before,
        after_hash=casestore.content_hash(casestore.canonical(case)),
        client=client,
        detail={"version": record.version},
    )


def create_case(*, session: Session, case: Case, user: User, client: str | None) -> CaseRecord:
    """A new case at version 1 (``CaseExists`` when the case_id is taken)."""
    with _write(session):
        record = service.create_case(session=session, case=case, user=user)
        audit.record(
            session,
            action="case_created",
            user=user,
            case_pk=record.id,
            after_hash=casestore.content_hash(casestore.canonical(case)),
            client=client,
        )
    return record


def change_case(
    *,
    session: Session,
    record: CaseRecord,
    user: User,
    patch: dict[str, Any],
    expected: int | None,
    client: str | None,
) -> None:
    """Apply a JSON merge patch (RFC 7396) to the case as it stands at version ``expected``."""
    with _write(session):
        _lock_at_version(session, record, expected)
        document = service.merge_patch(_current(session, record), patch)
        _store(session, record, user, document, "case_changed", client)


def add_entry(
    *,
    session: Session,
    record: CaseRecord,
    user: User,
    key: str,
    entry: dict[str, Any],
    expected: int | None,
    client: str | None,
) -> None:
    """Append one biomarker result or treatment line (``key``) to the case."""
    with _write(session):
        _lock_at_version(session, record, expected)
        document = _current(session, record)
        document[key] = [*document.get(key, []), entry]
        _store(session, record, user, document, f"{key}_added", client)


def add_note(*, session: Session, record: CaseRecord, user: User, text: str, client: str | None) -> Note:
    with _write(session):
        note = Note(case_pk=record.id, author_id=user.id, text=text)
        session.add(note)
        session.flush()
        audit.record(
            session,
            action="note_added",
            user=user,
            case_pk=record.id,
            target=str(note.id),
            after_hash=casestore.content_hash({"text": text}),
            client=client,
        )
    return note


def assign(
    *, session: Session, record: CaseRecord, by: User, user: User, relation: str, client: str | None
) -> None:
    """Give ``user`` the case as its coordinator, or invite them to review it."""
    with _write(session):
        service.assign(session=session, record=record, user=user, relation=relation)
        audit.record(
            session,
            action="case_assigned",
            user=by,
            case_pk=record.id,
            target=user.username,
            detail={"relation": relation},
            client=client,
        )


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
) -> None:
    """Accept, edit or reject an extracted finding. Only an accepted or edited result changes the case,
    through the same path as every other change (next version, history, audit)."""
    value = suggestion.value
    if verdict == "edited":
        value, problem = sugg.check_value(suggestion.field, corrected)
        if problem:
            raise CaseError([Problem("value", problem)])
    with _write(session):
        _decide(session, suggestion, record, user, verdict, value, tested_on, expected, client)


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
    _lock_at_version(session, record, expected)
    s.status, s.decided_by, s.decided_at = verdict, user.id, utcnow()
    s.decided_value = value if verdict == "edited" else None
    document = _current(session, record)
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
        _store(session, record, user, document, f"suggestion_{verdict}", client)
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
