"""Sign-in throttling: progressive delays per account, per client address and per both together,
decided atomically in the database (issue 20, items 3 and 4; OWASP Authentication Cheat Sheet, "Login
Throttling").

Every attempt is counted BEFORE its password is checked, under a row lock (``SELECT … FOR UPDATE`` on
PostgreSQL; ``BEGIN IMMEDIATE`` on SQLite), so parallel guesses cannot all pass the check before any of
them is recorded. A success clears the account's counters; the client's keeps the attempt.

There is no hard lock. After ``free`` attempts a key waits 1 s before the next one, then 2 s, 4 s, …,
up to its cap; counters start again when a key has had no attempt for the window. The account's own
cap is short (a minute), so that someone guessing from many addresses slows the real user down but
never locks them out; the cap for one address (on one account, or on all) is long."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from her2nav.records.store.db import begin_write
from her2nav.records.store.models import Base, as_utc, utcnow

# Server processes (or hosts) whose clocks differ by less than this are taken to agree; a last attempt
# further in the future than this means the clock was set back, and the counter starts again.
CLOCK_SKEW = dt.timedelta(minutes=5)


class LoginThrottle(Base):
    """One counter per key: ``account:<name>``, ``client:<address>`` or ``pair:<address> <name>``."""

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    next_allowed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class Limits:
    free: int  # attempts of one account from one address before delays start
    window: dt.timedelta  # a key with no attempt for this long starts again from nothing

    def rules(self, username: str, client: str | None) -> list[tuple[str, int, float]]:
        """(key, free attempts, longest delay in seconds) for one sign-in."""
        keys = [(f"account:{username}", 4 * self.free, 60.0)]
        if client:
            keys.append((f"pair:{client} {username}", self.free, 15 * 60.0))
            keys.append((f"client:{client}", 4 * self.free, 15 * 60.0))
        return keys


def delay_after(attempts: int, free: int, cap: float) -> float:
    """Seconds to wait after ``attempts`` attempts: none up to ``free``, then 1, 2, 4, … up to ``cap``."""
    if attempts < free:
        return 0.0
    return min(cap, 2.0 ** min(attempts - free, 30))


def _locked(session: Session, key: str, now: dt.datetime) -> LoginThrottle:
    """The key's row, created if missing, locked until the transaction ends."""
    values = {"key": key, "attempts": 0, "last_attempt_at": now, "next_allowed_at": now}
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(LoginThrottle).values(**values).on_conflict_do_nothing(index_elements=["key"]))
    row = session.scalars(
        select(LoginThrottle)
        .where(LoginThrottle.key == key)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    return row


def admit(session: Session, limits: Limits, username: str, client: str | None) -> float:
    """Count one sign-in attempt and commit it; returns 0 when its password may be checked now, or the
    seconds to wait (the attempt is then not counted)."""
    begin_write(session)
    rows = [(_locked(session, key, utcnow()), free, cap) for key, free, cap in limits.rules(username, client)]
    now = utcnow()  # read once the rows are locked: an attempt that waited for them is later, not earlier
    for row, _free, _cap in rows:
        last = as_utc(row.last_attempt_at)
        set_back = last - now > CLOCK_SKEW
        if set_back or (now - last > limits.window and as_utc(row.next_allowed_at) <= now):
            row.attempts = 0  # idle for the window, or the clock was set back: start again
            row.next_allowed_at = now
    wait = max((as_utc(row.next_allowed_at) - now).total_seconds() for row, _f, _c in rows)
    if wait > 0:
        session.commit()
        return wait
    for row, free, cap in rows:
        row.attempts += 1
        row.last_attempt_at = now
        row.next_allowed_at = now + dt.timedelta(seconds=delay_after(row.attempts, free, cap))
    session.commit()
    return 0.0


def succeeded(session: Session, limits: Limits, username: str, client: str | None) -> None:
    """The password was right: the account's counters start again, and the address's loses only this
    attempt (its failures stay, so signing in to one's own account does not reset guessing at others
    from the same address, while many people signing in rightly behind one address are never slowed
    down). Adds to the session's transaction; the caller commits."""
    now = utcnow()
    for key, free, _cap in limits.rules(username, client):
        row = _locked(session, key, now)
        row.attempts = max(0, row.attempts - 1) if key.startswith("client:") else 0
        if row.attempts < free:
            row.next_allowed_at = now


def retry_after(wait: float) -> str:
    """A Retry-After value: whole seconds, at least 1."""
    return str(max(1, math.ceil(wait)))
