"""The communications log (messages to and from hospitals, trial teams and the family), appointments
(local time with its zone) and travel plans: one flow each, audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.case.errors import CaseError, Problem
from her2nav.coordination.models import CHANNELS, Appointment, Communication, Travel
from her2nav.coordination.tasks import document_pks
from her2nav.records.access import audit
from her2nav.records.cases import casestore
from her2nav.records.cases.flows import write
from her2nav.records.store.models import CaseRecord, User, as_utc, utcnow


@dataclass
class CommunicationIn:
    channel: str
    counterpart: str
    summary: str
    occurred_at: dt.datetime | None = None
    follow_up_on: dt.date | None = None
    documents: list[str] = field(default_factory=list)


@dataclass
class AppointmentIn:
    place: str
    starts_at: dt.datetime
    what_to_bring: str | None = None
    address: str | None = None
    time_zone: str | None = None  # an IANA zone; default: the offset starts_at was given with


@dataclass
class TravelIn:
    city: str
    departs_on: dt.date
    returns_on: dt.date | None = None
    accommodation: str | None = None
    interpreter: str | None = None


def _added(
    session: Session,
    user: User,
    record: CaseRecord,
    action: str,
    row_id: int,
    content: object,
    client: str | None,
) -> None:
    audit.record(
        session,
        action=action,
        user=user,
        case_pk=record.id,
        target=str(row_id),
        after_hash=casestore.content_hash({"content": str(content)}),
        client=client,
    )


def add_communication(
    *, session: Session, record: CaseRecord, user: User, item: CommunicationIn, client: str | None
) -> Communication:
    if item.channel not in CHANNELS:
        raise CaseError([Problem("channel", f"must be one of {', '.join(CHANNELS)}")])
    occurred = item.occurred_at or utcnow()
    if occurred.tzinfo is None:
        raise CaseError([Problem("occurred_at", "needs a time zone offset (e.g. +08:00 or Z)")])
    with write(session):
        row = Communication(
            case_pk=record.id,
            channel=item.channel,
            counterpart=item.counterpart.strip(),
            summary=item.summary.strip(),
            occurred_at=occurred.astimezone(dt.UTC),
            follow_up_on=item.follow_up_on,
            documents=document_pks(session, record, item.documents, "documents"),
            recorded_by=user.id,
        )
        session.add(row)
        session.flush()
        _added(session, user, record, "communication_added", row.id, (row.channel, row.summary), client)
    return row


def zone_of(item: AppointmentIn) -> str:
    """The zone the appointment is kept in: a named zone, or the offset it was given with."""
    if item.starts_at.tzinfo is None:
        raise CaseError([Problem("starts_at", "needs a time zone offset (e.g. 2027-01-05T09:30+08:00)")])
    if item.time_zone:
        try:
            ZoneInfo(item.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise CaseError([Problem("time_zone", "is not a known time zone (e.g. Asia/Shanghai)")]) from None
        return item.time_zone
    offset = item.starts_at.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_time(row: Appointment) -> dt.datetime:
    """The appointment's start in its own zone (what the family sees)."""
    moment = as_utc(row.starts_at)
    if row.time_zone[:1] in "+-":
        hours, minutes = row.time_zone[1:].split(":")
        delta = dt.timedelta(hours=int(hours), minutes=int(minutes))
        return moment.astimezone(dt.timezone(-delta if row.time_zone[0] == "-" else delta))
    return moment.astimezone(ZoneInfo(row.time_zone))


def add_appointment(
    *, session: Session, record: CaseRecord, user: User, item: AppointmentIn, client: str | None
) -> Appointment:
    zone = zone_of(item)
    with write(session):
        row = Appointment(
            case_pk=record.id,
            place=item.place.strip(),
            address=item.address,
            starts_at=item.starts_at.astimezone(dt.UTC),
            time_zone=zone,
            what_to_bring=item.what_to_bring,
            created_by=user.id,
        )
        session.add(row)
        session.flush()
        _added(session, user, record, "appointment_added", row.id, (row.place, row.starts_at), client)
    return row


def add_travel(
    *, session: Session, record: CaseRecord, user: User, item: TravelIn, client: str | None
) -> Travel:
    if item.returns_on is not None and item.returns_on < item.departs_on:
        raise CaseError([Problem("returns_on", "is before departs_on")])
    with write(session):
        row = Travel(
            case_pk=record.id,
            city=item.city.strip(),
            departs_on=item.departs_on,
            returns_on=item.returns_on,
            accommodation=item.accommodation,
            interpreter=item.interpreter,
            created_by=user.id,
        )
        session.add(row)
        session.flush()
        _added(session, user, record, "travel_added", row.id, (row.city, row.departs_on), client)
    return row


def communications(session: Session, case_pk: int) -> list[Communication]:
    query = select(Communication).where(Communication.case_pk == case_pk)
    return list(session.scalars(query.order_by(Communication.occurred_at, Communication.id)))


def appointments(session: Session, case_pk: int) -> list[Appointment]:
    query = select(Appointment).where(Appointment.case_pk == case_pk)
    return list(session.scalars(query.order_by(Appointment.starts_at, Appointment.id)))


def travel(session: Session, case_pk: int) -> list[Travel]:
    query = select(Travel).where(Travel.case_pk == case_pk)
    return list(session.scalars(query.order_by(Travel.departs_on, Travel.id)))
