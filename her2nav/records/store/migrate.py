"""Alembic configuration built in code, so the migrations ship inside the package."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

FILE_TEMPLATE = "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s"


def alembic_config(url: str, *, connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "her2nav:migrations")
    config.set_main_option("file_template", FILE_TEMPLATE)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(url: str, *, connection: Connection | None = None, revision: str = "head") -> None:
    command.upgrade(alembic_config(url, connection=connection), revision)


class SchemaMismatch(Exception):
    """The database's schema revision is not the one this version of the code needs."""

    def __init__(self, current: str | None, needed: str, *, known: bool) -> None:
        at = f"revision {current}" if current else "no revision (an empty database)"
        if known:
            advice = "run 'her2nav db upgrade'"
        else:
            advice = "it was made by a newer her2nav; run that version, or restore a backup"
        super().__init__(f"database is at {at}, this version needs {needed}: {advice}")


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("")).get_current_head()
    assert head is not None, "the package ships its migrations"
    return head


def ensure_current(url: str, connection: Connection) -> None:
    """The embedded default (SQLite) needs no set-up: it is migrated to the code's revision here.
    Any other database is migrated only on purpose (`her2nav db upgrade`), so a PostgreSQL schema
    that is behind, ahead or empty raises ``SchemaMismatch`` naming both revisions."""
    current = MigrationContext.configure(connection).get_current_revision()
    needed = head_revision()
    if current == needed:
        return
    scripts = ScriptDirectory.from_config(alembic_config(""))
    known = current is None or current in {s.revision for s in scripts.walk_revisions()}
    if connection.dialect.name == "sqlite" and known:
        upgrade(url, connection=connection)
        return
    raise SchemaMismatch(current, needed, known=known)
