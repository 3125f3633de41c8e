from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy.orm import Session

from her2nav.records.access import accounts
from her2nav.records.store.models import UserSession
from tests.records.factories import PASSWORD, make_user

IDLE = dt.timedelta(minutes=30)
ABSOLUTE = dt.timedelta(hours=12)


def test_passwords_are_stored_as_argon2id_hashes(db: Session) -> None:
    user = make_user(db, "ann", "clinician")
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_a_wrong_password_or_unknown_user_is_refused(db: Session) -> None:
    make_user(db, "ann", "clinician")
    assert accounts.check_password(session=db, username="ann", password="wrong password!") is None
    assert accounts.check_password(session=db, username="nobody", password=PASSWORD) is None
    assert accounts.check_password(session=db, username="ann", password=PASSWORD) is not None


def test_each_login_gets_a_new_session_id_and_only_its_hash_is_stored(db: Session) -> None:
    user = make_user(db, "ann", "clinician")
    first = accounts.start_session(session=db, user=user)
    second = accounts.start_session(session=db, user=user)
    assert first.token != second.token
    assert db.get(UserSession, first.token) is None
    assert db.get(UserSession, accounts.token_id(first.token)) is not None


SIGN_IN = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("last_use", "check", "alive"),
    [
        (dt.timedelta(minutes=55), dt.timedelta(hours=1), True),
        (dt.timedelta(minutes=29), dt.timedelta(hours=1), False),
        (dt.timedelta(minutes=30), dt.timedelta(minutes=60), True),
        (dt.timedelta(minutes=30), dt.timedelta(minutes=60, seconds=1), False),
        (dt.timedelta(hours=11, minutes=59), dt.timedelta(hours=12), True),
        (dt.timedelta(hours=12), dt.timedelta(hours=12, seconds=1), False),
    ],
)
def test_sessions_end_after_the_idle_or_absolute_timeout(
    db: Session, last_use: dt.timedelta, check: dt.timedelta, alive: bool
) -> None:
    """Signed in at SIGN_IN, last used ``last_use`` later, checked ``check`` after signing in."""
    user = make_user(db, "ann", "clinician")
    with time_machine.travel(SIGN_IN, tick=False) as clock:
        new = accounts.start_session(session=db, user=user)
        clock.shift(last_use)
        accounts.touch(session=db, row=db.get_one(UserSession, accounts.token_id(new.token)))
        clock.move_to(SIGN_IN + check)
        found = accounts.live_session(session=db, token=new.token, idle=IDLE, absolute=ABSOLUTE)
    assert (found is not None) is alive


def test_a_password_change_ends_every_session_of_the_user(db: Session) -> None:
    user = make_user(db, "ann", "clinician")
    tokens = [accounts.start_session(session=db, user=user).token for _ in range(3)]
    accounts.change_password(session=db, user=user, current=PASSWORD, new="another long password")
    for token in tokens:
        assert accounts.live_session(session=db, token=token, idle=IDLE, absolute=ABSOLUTE) is None
    assert accounts.check_password(session=db, username="ann", password="another long password") is not None


def test_a_short_password_is_refused_naming_the_field(db: Session) -> None:
    with pytest.raises(accounts.AccountError) as err:
        make_user_with(db, "short")
    assert err.value.field == "password"


def make_user_with(db: Session, password: str) -> None:
    accounts.create_user(session=db, username="bob", password=password, role="clinician")
