"""Who sees which note and document of a case they may see: THE place that decides (issue 20, item 7).

A note or document carries an audience: ``staff`` (the default: coordinators, clinicians, admins) or
``family`` (shared with the patient's account too). The patient role sees only ``family`` items; staff
see everything of the cases they may see. The case itself is decided by ``cases.service.may_see``;
these helpers apply on top of it, so callers pass a case the user already sees.

Every API list, download and suggestion of a document goes through here, and so must any page that
shows notes or documents (``visible_notes``, ``visible_documents``, ``may_see_document``)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from her2nav.records.access import audit
from her2nav.records.store.db import begin_write
from her2nav.records.store.models import AUDIENCES, CaseRecord, Document, Note, User

FAMILY_ROLES = ("patient",)  # roles that see only what was shared with the family


class UnknownAudience(ValueError):
    def __init__(self, audience: str) -> None:
        super().__init__(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")


def sees_staff_items(user: User) -> bool:
    return user.role not in FAMILY_ROLES


def _shown(user: User, column: InstrumentedAttribute[str]) -> ColumnElement[bool]:
    return true() if sees_staff_items(user) else column == "family"


def notes_query(user: User, record: CaseRecord) -> Select[Note, str]:
    """The notes of ``record`` that ``user`` may read, oldest first, with their author's username."""
    return (
        select(Note, User.username)
        .join(User, User.id == Note.author_id)
        .where(Note.case_pk == record.id, _shown(user, Note.audience))
        .order_by(Note.id)
    )


def visible_notes(session: Session, user: User, record: CaseRecord) -> list[tuple[Note, str]]:
    return [(row[0], row[1]) for row in session.execute(notes_query(user, record))]


def visible_documents(session: Session, user: User, record: CaseRecord) -> list[Document]:
    """The documents of ``record`` that ``user`` may list and download, oldest first."""
    query = select(Document).where(Document.case_pk == record.id, _shown(user, Document.audience))
    return list(session.scalars(query.order_by(Document.id)))


def may_see_document(user: User, doc: Document) -> bool:
    """For a document of a case ``user`` sees: whether they may see this document (and its findings)."""
    return sees_staff_items(user) or doc.audience == "family"


def check(audience: str) -> str:
    if audience not in AUDIENCES:
        raise UnknownAudience(audience)
    return audience


def share(
    session: Session,
    *,
    item: Note | Document,
    record: CaseRecord,
    user: User,
    audience: str,
    client: str | None,
) -> bool:
    """Set who sees a note or document, with an audit event naming the audience before and after, in
    one transaction. Returns whether anything changed (setting the same audience records nothing)."""
    check(audience)
    begin_write(session)
    try:
        session.refresh(item, with_for_update=True)
        before = item.audience
        if before == audience:
            session.rollback()
            return False
        item.audience = audience
        what, target = ("note", str(item.id)) if isinstance(item, Note) else ("document", item.public_id)
        audit.record(
            session,
            action=f"{what}_shared",
            user=user,
            case_pk=record.id,
            target=target,
            detail={"audience": audience, "was": before},
            client=client,
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return True
