"""Statements compiled once for the hot paths: constants written into the SQL, only the variables
passed, column types applied to the values, numbered placeholders and the raw cursor on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, Select, bindparam, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql import psycopg
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import Session

from her2nav.records.accounts import create_user
from her2nav.records.models import AuditEvent, User
from her2nav.records.raw_sql import Prepared


def by_role_and_name() -> Select[Any]:
    return select(User.username).where(User.role == "coordinator", User.username == bindparam("name"))


def test_constants_are_literals_and_only_the_variables_are_parameters() -> None:
    prepared = Prepared.of(by_role_and_name(), sqlite.dialect(), ["name"])
    assert "users.role = 'coordinator'" in prepared.sql
    assert prepared.positions == ("name",)
    assert prepared.parameters({"name": "ana"}) == ["ana"]
    assert not prepared.raw_cursor


def test_postgresql_gets_numbered_placeholders_for_the_raw_cursor() -> None:
    statement = select(User.id).where(User.username == bindparam("a"), User.role == bindparam("b"))
    prepared = Prepared.of(statement, psycopg.dialect(), ["a", "b"])
    assert "$1" in prepared.sql and "$2" in prepared.sql and "%(" not in prepared.sql
    assert prepared.raw_cursor
    assert prepared.parameters({"b": "admin", "a": "ana"}) == ["ana", "admin"]


def test_a_parameter_that_is_neither_variable_nor_constant_is_refused() -> None:
    statement = select(User.id).where(User.username == bindparam("name"))
    with pytest.raises(InvalidRequestError, match="bind parameter 'name'"):
        Prepared.of(statement, sqlite.dialect(), [])


def test_column_types_prepare_the_values_as_the_orm_does() -> None:
    statement = select(AuditEvent.id).where(
        AuditEvent.created_at == bindparam("at", type_=AuditEvent.created_at.type)
    )
    prepared = Prepared.of(statement, sqlite.dialect(), ["at"])
    moment = dt.datetime(2026, 11, 24, 5, 6, 7)
    assert prepared.parameters({"at": moment}) == ["2026-11-24 05:06:07.000000"]


def test_it_runs_on_the_database(db_engine: Engine, connection: Connection) -> None:
    with Session(bind=connection, join_transaction_mode="create_savepoint") as session:
        create_user(session=session, username="raw-sql-ana", password="a long password 1", role="coordinator")
        create_user(session=session, username="raw-sql-bo", password="a long password 2", role="clinician")
        session.flush()
        prepared = Prepared.of(by_role_and_name(), db_engine.dialect, ["name"])
        driver = session.connection().connection
        assert prepared.fetch_all(driver, {"name": "raw-sql-ana"}) == [("raw-sql-ana",)]
        assert prepared.fetch_all(driver, {"name": "raw-sql-bo"}) == []  # a clinician: the constant holds
