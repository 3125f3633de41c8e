from __future__ import annotations

import re
from importlib import resources

from sqlalchemy import Engine, inspect

EXPECTED = {
    "users",
    "sessions",
    "patients",
    "cases",
    "case_assignments",
    "biomarker_results",
    "treatment_lines",
    "documents",
    "notes",
    "review_snapshots",
    "audit_events",
}


def test_a_fresh_database_built_by_the_migrations_has_every_table(db_engine: Engine) -> None:
    assert set(inspect(db_engine).get_table_names()) >= EXPECTED


def test_revision_files_are_date_prefixed() -> None:
    folder = resources.files("her2nav.migrations") / "versions"
    names = [e.name for e in folder.iterdir() if e.name.endswith(".py") and e.name != "__init__.py"]
    assert names
    assert all(re.match(r"^\d{4}_\d{2}_\d{2}_", n) for n in names), names
