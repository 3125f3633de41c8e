"""Accounts, argon2id password hashes and server-side sessions (stored hashed, never in clear)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from her2nav.records.store.models import ROLES, User, UserSession, as_utc, utcnow

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verifying against this keeps the time of a login for an unknown user close to that of a known one.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
MIN_PASSWORD_LENGTH = 10
TOUCH_INTERVAL = dt.timedelta(seconds=60)


class AccountError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


@dataclass(frozen=True)
class NewSession:
    token: str  # goes into the cookie; only its hash is stored
    csrf_token: str
    user: User


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password", f"must be at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def token_id(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_user(
    *, session: Session, username: str, password: str, role: str, patient_id: int | None = None
) -> User:
    if role not in ROLES:
        raise AccountError("role", f"{role!r} is not one of {', '.join(ROLES)}")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise AccountError("username", "is already taken")
    user = User(username=username, password_hash=hash_password(password), role=role, patient_id=patient_id)
    session.add(user)
    session.flush()
    return user


def check_password(*, session: Session, username: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username, User.active.is_(True)))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def start_session(*, session: Session, user: User) -> NewSession:
    """A fresh random id at every login (no fixation)."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    session.add(UserSession(id=token_id(token), user_id=user.id, csrf_token=csrf))
    session.flush()
    return NewSession(token=token, csrf_token=csrf, user=user)


def end_session(*, session: Session, token: str) -> None:
    row = session.get(UserSession, token_id(token))
    if row is not None and row.ended_at is None:
        row.ended_at = utcnow()


def end_all_sessions(*, session: Session, user_id: int) -> None:
    session.execute(
        update(UserSession)
        .where(UserSession.user_id == user_id, UserSession.ended_at.is_(None))
        .values(ended_at=utcnow())
    )


def live_session(
    *, session: Session, token: str, idle: dt.timedelta, absolute: dt.timedelta
) -> tuple[UserSession, User] | None:
    """The session and its user when the token is valid and within both timeouts (reads only)."""
    found = session.execute(
        select(UserSession, User)
        .join(User, User.id == UserSession.user_id)
        .where(UserSession.id == token_id(token), UserSession.ended_at.is_(None), User.active.is_(True))
    ).first()
    if found is None:
        return None
    row, user = found
    if not within_timeouts(row.created_at, row.last_seen_at, idle=idle, absolute=absolute):
        return None
    return row, user


def within_timeouts(
    created_at: dt.datetime, last_seen_at: dt.datetime, *, idle: dt.timedelta, absolute: dt.timedelta
) -> bool:
    """A session lives at most ``absolute`` after sign-in and ``idle`` after its last recorded use."""
    now = utcnow()
    return now - as_utc(created_at) <= absolute and now - as_utc(last_seen_at) <= idle


def needs_touch(row: UserSession) -> bool:
    """Activity is recorded at most once a minute, so that reads do not each turn into a write."""
    return utcnow() - as_utc(row.last_seen_at) > TOUCH_INTERVAL


def touch(*, session: Session, row: UserSession) -> None:
    session.execute(update(UserSession).where(UserSession.id == row.id).values(last_seen_at=utcnow()))


def change_password(*, session: Session, user: User, current: str, new: str) -> None:
    try:
        _hasher.verify(user.password_hash, current)
    except (VerificationError, InvalidHashError):
        raise AccountError("current_password", "does not match") from None
    user.password_hash = hash_password(new)
    end_all_sessions(session=session, user_id=user.id)
