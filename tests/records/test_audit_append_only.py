from __future__ import annotations

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from her2nav.records.access import audit


def _one_event(db: Session) -> None:
    audit.record(db, action="login_failed", username="someone", client="127.0.0.1")
    db.commit()


@pytest.mark.parametrize("statement", ["UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"])
def test_the_database_refuses_to_change_or_delete_audit_events(
    db: Session, connection: Connection, statement: str
) -> None:
    _one_event(db)
    with pytest.raises(DBAPIError, match="append-only"), connection.begin_nested():
        connection.execute(text(statement))
    assert connection.scalar(text("SELECT count(*) FROM audit_events WHERE action = 'login_failed'")) >= 1
