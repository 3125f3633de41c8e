"""Bringing a registry stored by an older version up to date when it is opened: columns added since
(filled from what is stored), and index columns computed again when the score weights changed."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, bindparam, delete, inspect, select, update

from her2nav.trials.registry.index import WEIGHTS
from her2nav.trials.registry.parsing import index_for
from her2nav.trials.registry.study import open_countries
from her2nav.trials.registry.tables import INDEX_COLUMNS, PLAIN_COLUMNS, meta_table, studies

WEIGHTS_KEY = "index_weights"  # registry_meta: the score weights the stored bounds were computed with


def upgrade(engine: Engine) -> None:
    _add_index_columns(engine)
    _reindex_on_new_weights(engine)


def open_countries_of(stored: str | None, sites: list[dict[str, Any]] | str, status: str | None) -> list[str]:
    """The stored column, or (a row stored before it existed) the same list read from the sites."""
    if stored is not None:
        return list(json.loads(stored))
    return open_countries(json.loads(sites) if isinstance(sites, str) else sites, status)


def _add_index_columns(engine: Engine) -> None:
    """A registry created before the index columns existed gets them, filled from stored criteria."""
    have = {c["name"] for c in inspect(engine).get_columns(studies.name)}
    plain = [name for name in PLAIN_COLUMNS if name not in have]
    if plain:
        with engine.begin() as conn:
            for name in plain:
                kind = studies.c[name].type.compile(dialect=engine.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {studies.name} ADD COLUMN {name} {kind}")
    missing = [name for name in INDEX_COLUMNS if name not in have]
    if not missing:
        with engine.begin() as conn:  # an index added since (columns already there)
            for index in studies.indexes:
                index.create(conn, checkfirst=True)
        return
    with engine.begin() as conn:
        for name in missing:
            kind = studies.c[name].type.compile(dialect=engine.dialect)
            conn.exec_driver_sql(f"ALTER TABLE {studies.name} ADD COLUMN {name} {kind}")
        for index in studies.indexes:
            index.create(conn, checkfirst=True)
        rows = conn.execute(select(studies.c.nct_id, studies.c.overall_status, studies.c.criteria)).all()
        values = [
            {"key": r.nct_id, **index_for(json.loads(r.criteria), r.overall_status).columns()} for r in rows
        ]
        if values:
            stmt = update(studies).where(studies.c.nct_id == bindparam("key"))
            conn.execute(stmt, values)


def _reindex_on_new_weights(engine: Engine) -> None:
    """Stored bounds rest on the score weights (index.WEIGHTS): when those changed since they were
    computed, every study's index columns (and its open countries) are computed again, once."""
    with engine.connect() as conn:
        stored = conn.execute(select(meta_table.c.value).where(meta_table.c.key == WEIGHTS_KEY)).scalar()
    if stored == WEIGHTS:
        return
    with engine.begin() as conn:
        cols = (studies.c.nct_id, studies.c.overall_status, studies.c.criteria, studies.c.sites)
        values = [
            {
                "key": r.nct_id,
                **index_for(json.loads(r.criteria), r.overall_status).columns(),
                "open_countries": json.dumps(open_countries_of(None, r.sites, r.overall_status)),
            }
            for r in conn.execute(select(*cols))
        ]
        if values:
            conn.execute(update(studies).where(studies.c.nct_id == bindparam("key")), values)
        conn.execute(delete(meta_table).where(meta_table.c.key == WEIGHTS_KEY))
        conn.execute(meta_table.insert().values(key=WEIGHTS_KEY, value=WEIGHTS))
