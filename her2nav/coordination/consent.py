"""Consent per purpose: recording it (a flow) and the check that every release of a case's data to
someone outside (an export, a report or a packet sent out) goes through: ``require_release_consent``.

The latest row for a purpose and recipient is in force from ``given_on`` until ``withdrawn_on``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.case.errors import CaseError, Problem
from her2nav.coordination.errors import ConsentMissing
from her2nav.coordination.models import PURPOSES, Consent
from her2nav.records.access import audit
from her2nav.records.cases import casestore
from her2nav.records.cases.flows import write
from her2nav.records.store.models import CaseRecord, Patient, User

PURPOSE_WORDS = {
    "case_review": "case review",
    "share_with": "sharing with",
    "cross_border_transfer": "cross-border transfer (the data leaves the country of residence)",
}


@dataclass(frozen=True)
class ConsentIn:
    purpose: str
    recipient: str | None = None
    given_on: dt.date | None = None
    withdrawn_on: dt.date | None = None


def _same_recipient(a: str | None, b: str | None) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def _check(consent: ConsentIn) -> None:
    problems = []
    if consent.purpose not in PURPOSES:
        problems.append(Problem("purpose", f"must be one of {', '.join(PURPOSES)}"))
    if consent.purpose == "share_with" and not (consent.recipient or "").strip():
        problems.append(Problem("recipient", "names the hospital or trial team the case is shared with"))
    if consent.given_on is None and consent.withdrawn_on is None:
        problems.append(Problem("given_on", "give given_on (consent given) or withdrawn_on (withdrawn)"))
    if consent.given_on and consent.withdrawn_on and consent.withdrawn_on < consent.given_on:
        problems.append(Problem("withdrawn_on", "is before given_on"))
    if problems:
        raise CaseError(problems)


def record_consent(
    *, session: Session, record: CaseRecord, user: User, consent: ConsentIn, client: str | None
) -> Consent:
    """Record consent given, or its withdrawal (a row with ``withdrawn_on``; the earlier grant stays
    in the history). A withdrawal without ``given_on`` keeps the date the consent was given."""
    _check(consent)
    with write(session):
        given_on = consent.given_on
        if given_on is None:
            current = _latest(session, record.id, consent.purpose, consent.recipient)
            given_on = current.given_on if current is not None else None
        row = Consent(
            case_pk=record.id,
            purpose=consent.purpose,
            recipient=(consent.recipient or "").strip() or None,
            given_on=given_on,
            withdrawn_on=consent.withdrawn_on,
            recorded_by=user.id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            action="consent_withdrawn" if consent.withdrawn_on else "consent_given",
            user=user,
            case_pk=record.id,
            target=str(row.id),
            after_hash=casestore.content_hash(
                {"purpose": row.purpose, "recipient": row.recipient, "given_on": str(given_on)}
            ),
            client=client,
            detail={"purpose": row.purpose},
        )
    return row


def consents(session: Session, case_pk: int) -> list[Consent]:
    return list(session.scalars(select(Consent).where(Consent.case_pk == case_pk).order_by(Consent.id)))


def _latest(session: Session, case_pk: int, purpose: str, recipient: str | None) -> Consent | None:
    rows = session.scalars(
        select(Consent)
        .where(Consent.case_pk == case_pk, Consent.purpose == purpose)
        .order_by(Consent.id.desc())
    )
    return next((r for r in rows if _same_recipient(r.recipient, recipient)), None)


def in_force(row: Consent, today: dt.date) -> bool:
    return (
        row.given_on is not None
        and row.given_on <= today
        and (row.withdrawn_on is None or row.withdrawn_on > today)
    )


def has_consent(
    session: Session, case_pk: int, purpose: str, *, recipient: str | None = None, today: dt.date
) -> bool:
    """Consent for ``purpose`` in force today; for sharing, with ``recipient`` (any recipient when
    ``recipient`` is None)."""
    if purpose == "share_with" and recipient is None:
        latest: dict[str, Consent] = {}
        for row in consents(session, case_pk):
            if row.purpose == purpose:
                latest[(row.recipient or "").strip().casefold()] = row
        return any(in_force(row, today) for row in latest.values())
    found = _latest(session, case_pk, purpose, recipient)
    return found is not None and in_force(found, today)


def require_release_consent(
    session: Session,
    record: CaseRecord,
    *,
    recipient: str | None,
    destination: str | None,
    today: dt.date | None = None,
) -> None:
    """THE consent check before a case's data goes outside: to ``recipient`` (a named hospital or
    trial team) it needs consent to share with them; to ``destination`` (a country or region code)
    other than the patient's region it needs consent to cross-border transfer. Raises
    ``ConsentMissing`` naming the first consent that is missing; callers audit the refusal."""
    today = today or dt.datetime.now(dt.UTC).date()
    if recipient is not None and not has_consent(
        session, record.id, "share_with", recipient=recipient, today=today
    ):
        raise ConsentMissing(f"sharing with {recipient.strip()}")
    if destination is not None:
        home = session.scalar(select(Patient.region).where(Patient.id == record.patient_id))
        if (home or "").upper() != destination.strip().upper() and not has_consent(
            session, record.id, "cross_border_transfer", today=today
        ):
            where = f"from {home} " if home else ""
            raise ConsentMissing(f"cross-border transfer {where}to {destination.strip().upper()}")


def check_release(
    *,
    session: Session,
    record: CaseRecord,
    user: User,
    what: str,
    recipient: str | None,
    destination: str | None,
    client: str | None,
) -> None:
    """For routes that send a case's data outside (an export, a report, a packet; ``what`` says
    which): ``require_release_consent``, and a refusal is written to the audit trail (committed)
    before ``ConsentMissing`` goes up to the caller (409 with the message naming the consent)."""
    try:
        require_release_consent(session, record, recipient=recipient, destination=destination)
    except ConsentMissing as err:
        session.rollback()
        with write(session):
            audit.record(
                session,
                action="release_refused",
                user=user,
                case_pk=record.id,
                target=what,
                client=client,
                detail={"needed": err.needed, "recipient": recipient, "destination": destination},
            )
        raise
