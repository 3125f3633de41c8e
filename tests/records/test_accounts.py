from __future__ import annotations

import datetime as dt

import pytest
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


def _age(db: Session, token: str, *, created: dt.timedelta, seen: dt.timedelta) -> None:
    row = db.get_one(UserSession, accounts.token_id(token))
    now = dt.datetime.now(dt.UTC)
    row.created_at = now - created
    row.last_seen_at = now - seen
    db.flush()


@pytest.mark.parametrize(
    ("created", "seen", "alive"),
    [
        (dt.timedelta(hours=1), dt.timedelta(minutes=5), True),
        (dt.timedelta(hours=1), dt.timedelta(minutes=31), False),
        (dt.timedelta(hours=13), dt.timedelta(minutes=1), False),
    ],
)
def test_sessions_end_after_the_idle_or_absolute_timeout(
    db: Session, created: dt.timedelta, seen: dt.timedelta, alive: bool
) -> None:
    user = make_user(db, "ann", "clinician")
    new = accounts.start_session(session=db, user=user)
    _age(db, new.token, created=created, seen=seen)
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
