"""Every change to a case, as one flow each: create, change at a version, add an entry, note, assign.
Deciding an extracted finding (``documents.confirm``) is built on the same public steps.

A flow owns its transaction: it starts the write, checks the version, stores the new content as the
next version with its audit event, and commits; on any error it rolls back and raises a domain error
(``cases.errors``) or a ``CaseError`` naming the fields. Routers only translate."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.case.errors import CaseError, Problem
from her2nav.case.load import case_from_data
from her2nav.case.models import Case
from her2nav.records.access import audit
from her2nav.records.cases import casestore, service
from her2nav.records.cases.errors import CaseExists, StaleVersion
from her2nav.records.store.db import begin_write
from her2nav.records.store.models import CaseRecord, Note, User


@contextmanager
def write(session: Session) -> Iterator[None]:
    begin_write(session)
    try:
        yield
    except BaseException:
        session.rollback()
        raise
    session.commit()


def lock_at_version(session: Session, record: CaseRecord, expected: int | None) -> None:
    """Lock the case row (PostgreSQL; SQLite writers are serialised) and check the caller's version."""
    session.refresh(record, with_for_update=True)
    if expected is not None and record.version != expected:
        raise StaleVersion(record.version)


def current_document(session: Session, record: CaseRecord) -> dict[str, Any]:
    return casestore.canonical(casestore.stored_case(session, record))


def store_change(
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
    before = casestore.content_hash(current_document(session, record))
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
    """A new case at version 1 (``CaseExists`` when the case_id is taken).

    Case ids are service-wide (CONTRACT §1), so a taken id is refused whoever holds it, with the same
    answer whether or not the caller may see that case: the refusal tells a case creator that the id
    exists, and nothing else (an accepted residual, docs/security.md). Each such attempt is recorded in
    the trail of the case that holds the id (``case_id_taken``), so its coordinators can see probing."""
    try:
        with write(session):
            record = service.create_case(session=session, case=case, user=user)
            audit.record(
                session,
                action="case_created",
                user=user,
                case_pk=record.id,
                after_hash=casestore.content_hash(casestore.canonical(case)),
                client=client,
            )
    except CaseExists:
        with write(session):
            taken = session.scalar(select(CaseRecord.id).where(CaseRecord.case_id == case.case_id))
            audit.record(
                session, action="case_id_taken", user=user, case_pk=taken, target=case.case_id, client=client
            )
        raise
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
    with write(session):
        lock_at_version(session, record, expected)
        document = service.merge_patch(current_document(session, record), patch)
        store_change(session, record, user, document, "case_changed", client)


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
    with write(session):
        lock_at_version(session, record, expected)
        document = current_document(session, record)
        document[key] = [*document.get(key, []), entry]
        store_change(session, record, user, document, f"{key}_added", client)


def add_note(
    *,
    session: Session,
    record: CaseRecord,
    user: User,
    text: str,
    client: str | None,
    audience: str = "staff",
) -> Note:
    """A note for staff only unless ``audience`` is ``family`` (``access.audience``)."""
    with write(session):
        note = Note(case_pk=record.id, author_id=user.id, text=text, audience=audience)
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
            detail={"audience": audience},
        )
    return note


def assign(
    *, session: Session, record: CaseRecord, by: User, user: User, relation: str, client: str | None
) -> None:
    """Give ``user`` the case as its coordinator, or invite them to review it."""
    with write(session):
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
