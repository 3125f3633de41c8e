"""Start-up housekeeping: bring the schema up to date (or say why it is not)."""

from __future__ import annotations

from her2nav.records.store.db import make_engine
from her2nav.records.store.migrate import ensure_current, upgrade
from her2nav.settings import Settings


def upgrade_database(settings: Settings) -> None:
    url = settings.effective_database_url
    engine = make_engine(url, sqlite_synchronous=settings.sqlite_synchronous)
    with engine.begin() as conn:
        upgrade(url, connection=conn)
    engine.dispose()


def prepare_database(settings: Settings) -> None:
    """Before a command uses the database: SQLite is migrated; another database must already be at the
    code's revision (raises ``migrate.SchemaMismatch`` with the one line to show)."""
    url = settings.effective_database_url
    engine = make_engine(url, sqlite_synchronous=settings.sqlite_synchronous)
    try:
        with engine.begin() as conn:
            ensure_current(url, conn)
    finally:
        engine.dispose()
