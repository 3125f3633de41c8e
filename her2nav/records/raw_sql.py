"""SQLAlchemy statements compiled once and run on a DB-API cursor (the hottest paths only).

SQLAlchemy builds the SQL for the database in use (placeholders, quoting, casts); the hot path then
hands the driver the finished text and the values, without going through an engine connection for
every request. Values the statement fixes itself (role names, relations) are written into the SQL as
literals, so that each execution passes only what varies.

On PostgreSQL the statement is compiled with numbered placeholders ($1, $2, …) and run on psycopg's
raw cursor, which sends it as it is: psycopg's ordinary cursor rewrites a query with named
placeholders before each execution, and caches that rewrite only for statements shorter than 4 KB,
which batched statements are not."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.sql import ClauseElement, visitors
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter


def _with_literal_constants(statement: ClauseElement, variables: set[str]) -> ClauseElement:
    """``statement`` with every parameter not in ``variables`` rendered as a literal, and the
    variables left without a value (they are given at each execution)."""

    def replace(element: Any, **_kw: Any) -> Any:
        if not isinstance(element, BindParameter):
            return None
        copy = element._clone()
        if element.key in variables:
            copy.value, copy.required = None, False
        else:
            copy.literal_execute = True
        return copy

    replaced = visitors.replacement_traverse(statement, {}, replace)
    assert isinstance(replaced, ClauseElement)
    return replaced


def _numbered(dialect: Dialect) -> Dialect:
    """A dialect like ``dialect`` that writes $1, $2, … placeholders."""
    make: Callable[..., Dialect] = type(dialect)
    return make(paramstyle="numeric_dollar")


@dataclass(frozen=True)
class Prepared:
    """A statement compiled for one dialect: its SQL, the order of its parameters (positional
    placeholders; None for named ones), what the column types do to a value before the driver
    sees it (dates as text on SQLite, JSON as text) and whether it runs on psycopg's raw cursor."""

    sql: str
    positions: tuple[str, ...] | None
    processors: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    raw_cursor: bool = False

    @staticmethod
    def of(statement: ClauseElement, dialect: Dialect, variables: Iterable[str]) -> Prepared:
        """``variables``: the names of the parameters given at each execution; every other parameter
        keeps the value the statement was built with, written into the SQL (SQLAlchemy refuses one
        that has no value)."""
        names = set(variables)
        raw_cursor = dialect.name == "postgresql" and dialect.driver == "psycopg"
        compiled = _with_literal_constants(statement, names).compile(
            dialect=_numbered(dialect) if raw_cursor else dialect,
            compile_kwargs={"render_postcompile": True},
        )
        assert isinstance(compiled, SQLCompiler)
        positions = tuple(compiled.positiontup or ()) if compiled.positional else None
        processors: dict[str, Callable[[Any], Any]] = {
            name: process
            for name, process in compiled._bind_processors.items()
            if name in names and callable(process)  # (tuple types have a sequence: none here)
        }
        return Prepared(str(compiled), positions, processors, raw_cursor)

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        if self.processors:
            values = {
                name: (self.processors[name](value) if name in self.processors else value)
                for name, value in values.items()
            }
        if self.positions is not None:
            return [values[name] for name in self.positions]
        return values

    def _cursor(self, connection: Any) -> Any:
        if self.raw_cursor:
            import psycopg

            return psycopg.RawCursor(connection.driver_connection)
        return connection.cursor()

    def execute(self, connection: Any, values: Mapping[str, Any]) -> None:
        """Run on ``connection`` (SQLAlchemy's pooled wrapper of a DB-API connection: its ``cursor()``,
        and its ``driver_connection`` for psycopg's raw cursor) with ``values``."""
        cursor = self._cursor(connection)
        try:
            cursor.execute(self.sql, self.parameters(values))
        finally:
            cursor.close()

    def fetch_all(self, connection: Any, values: Mapping[str, Any]) -> list[Any]:
        """``execute``, then every row."""
        cursor = self._cursor(connection)
        try:
            cursor.execute(self.sql, self.parameters(values))
            return list(cursor.fetchall())
        finally:
            cursor.close()
