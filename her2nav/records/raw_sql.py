"""SQLAlchemy statements compiled once and run on a DB-API cursor (the hottest read path only).

SQLAlchemy builds the SQL for the database in use (placeholders, quoting, constants such as role
names); the hot path then hands the driver the finished text and a parameter list, without going
through an engine connection for every request."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler


@dataclass(frozen=True)
class Prepared:
    """A statement compiled for one dialect: its SQL, the order of its parameters (positional
    drivers such as sqlite3; None for named ones such as psycopg) and the values it fixes itself."""

    sql: str
    positions: tuple[str, ...] | None
    constants: dict[str, Any]

    @staticmethod
    def of(statement: ClauseElement, dialect: Dialect, variables: Iterable[str]) -> Prepared:
        """``variables``: the names of the parameters given at each execution; any other parameter
        keeps the value the statement was built with."""
        compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        assert isinstance(compiled, SQLCompiler)
        blank = dict.fromkeys(variables)
        constants = {k: v for k, v in (compiled.construct_params(blank) or {}).items() if k not in blank}
        positions = tuple(compiled.positiontup or ()) if compiled.positional else None
        return Prepared(str(compiled), positions, constants)

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        merged = {**self.constants, **values}
        if self.positions is not None:
            return [merged[name] for name in self.positions]
        return merged

    def fetch_all(self, connection: Any, values: Mapping[str, Any]) -> list[Any]:
        """Run on a DB-API ``connection`` with ``values``; every row."""
        cursor = connection.cursor()
        try:
            cursor.execute(self.sql, self.parameters(values))
            return list(cursor.fetchall())
        finally:
            cursor.close()
