"""Notifications: in-app (a row per user, by key) and e-mail through SMTP.

``notify`` adds the in-app notification inside the caller's transaction, once per key. ``send_email``
then mails it to the user's address, if they gave one, and marks it sent; the Message-ID is made from
the key, so should a worker die between sending and marking, the mail sent again carries the same
Message-ID and mail clients show it once."""

from __future__ import annotations

import hashlib
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from her2nav.coordination.messages import Message
from her2nav.coordination.models import Contact, Notification
from her2nav.records.access import audit
from her2nav.records.cases.flows import write
from her2nav.records.store.db import begin_write
from her2nav.records.store.models import User, utcnow
from her2nav.settings import Settings

LANGUAGES = ("en", "zh")


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int
    sender: str
    starttls: bool = False
    username: str | None = None
    password: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Smtp | None:
        if not settings.smtp_host:
            return None
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.smtp_from,
            starttls=settings.smtp_starttls,
            username=settings.smtp_username,
            password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
        )


def contact(session: Session, user_id: int) -> Contact | None:
    return session.get(Contact, user_id)


def language_of(session: Session, user_id: int) -> str:
    found = contact(session, user_id)
    return found.language if found else "en"


def set_contact(
    *, session: Session, user: User, email: str | None, language: str, client: str | None
) -> Contact:
    """The signed-in user's e-mail address and language for notifications (audited)."""
    with write(session):
        row = session.get(Contact, user.id, with_for_update=True)
        if row is None:
            row = Contact(user_id=user.id)
            session.add(row)
        row.email, row.language = email, language
        audit.record(
            session, action="contact_changed", user=user, client=client, detail={"language": language}
        )
    return row


def notify(
    session: Session, *, key: str, user_id: int, case_pk: int | None, kind: str, message: Message
) -> Notification | None:
    """Add an in-app notification once per ``key`` (in the caller's transaction); None when it exists."""
    if session.scalar(select(Notification.id).where(Notification.key == key)) is not None:
        return None
    row = Notification(
        key=key, user_id=user_id, case_pk=case_pk, kind=kind, subject=message.subject, body=message.body
    )
    session.add(row)
    session.flush()
    return row


def message_id(key: str) -> str:
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@her2nav>"


def send_email(session: Session, smtp: Smtp | None, key: str) -> bool:
    """Mail the notification ``key`` to its user, once; True when a message was handed to SMTP. No
    database lock is held while the SMTP server answers."""
    row = session.scalar(select(Notification).where(Notification.key == key))
    address = contact(session, row.user_id) if row is not None else None
    session.rollback()
    if smtp is None or row is None or row.emailed_at is not None or address is None or not address.email:
        return False
    mail = EmailMessage()
    mail["From"] = smtp.sender
    mail["To"] = address.email
    mail["Subject"] = row.subject
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = message_id(key)
    mail.set_content(row.body + "\n\n-- \nher2nav\n")
    with smtplib.SMTP(smtp.host, smtp.port, timeout=30) as client:
        if smtp.starttls:
            client.starttls()
        if smtp.username and smtp.password:
            client.login(smtp.username, smtp.password)
        client.send_message(mail)
    begin_write(session)
    session.execute(
        update(Notification)
        .where(Notification.key == key, Notification.emailed_at.is_(None))
        .values(emailed_at=utcnow())
    )
    session.commit()
    return True


def for_user(
    session: Session, user_id: int, *, unread_only: bool = False, limit: int = 100
) -> list[Notification]:
    query = select(Notification).where(Notification.user_id == user_id)
    if unread_only:
        query = query.where(Notification.read_at.is_(None))
    return list(session.scalars(query.order_by(Notification.id.desc()).limit(limit)))


def mark_read(*, session: Session, user: User, notification_id: int) -> bool:
    with write(session):
        row = session.scalar(
            select(Notification).where(Notification.id == notification_id, Notification.user_id == user.id)
        )
        if row is None:
            return False
        if row.read_at is None:
            row.read_at = utcnow()
    return True
