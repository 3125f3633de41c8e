"""Fixtures for the trial registry tests: a real database (SQLite file; PostgreSQL too when
HER2NAV_TEST_POSTGRES_URL is set), real registry records from the shared data folder."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from her2nav.trials.registry.store import Registry
from her2nav.trials.registry.tables import metadata

SHARED = Path("/work/shared/data/trials")
SNAPSHOT = Path(__file__).parents[2] / "her2nav" / "trials" / "data" / "her2-gastric"
HERE = Path(__file__).parent


def _backends() -> list[str]:
    backends = ["sqlite"]
    if os.environ.get("HER2NAV_TEST_POSTGRES_URL"):
        backends.append("postgres")
    return backends


@pytest.fixture(params=_backends())
def registry(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Registry]:
    if request.param == "sqlite":
        yield Registry(f"sqlite:///{tmp_path / 'registry.sqlite'}")
        return
    base = os.environ["HER2NAV_TEST_POSTGRES_URL"]
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine = create_engine(base, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield Registry(base, engine=engine)
    finally:
        metadata.drop_all(engine)
        engine.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture(scope="session")
def snapshot_dir() -> Path:
    return SNAPSHOT
