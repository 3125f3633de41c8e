"""Every command that opens the database checks its schema first (real processes, real databases):
the embedded SQLite default is migrated on first start; PostgreSQL behind the code gets one line."""

from __future__ import annotations

import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from her2nav.records.store.migrate import head_revision, upgrade
from tests.records.fixtures import POSTGRES_URL
from tests.records.test_cli import HER2NAV, _env
from tests.web.test_crash_safety import _free_port

needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="HER2NAV_TEST_POSTGRES_URL is not set")


def _first_answer(url: str, process: subprocess.Popen[str]) -> httpx.Response | None:
    for _ in range(300):
        try:
            return httpx.get(url, timeout=1)
        except httpx.TransportError:
            if process.poll() is not None:
                return None
            time.sleep(0.1)
    return None


def test_serve_on_a_new_sqlite_file_migrates_it_and_answers(tmp_path: Path) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [HER2NAV, "serve", "--port", str(port)], env=_env(tmp_path), stderr=subprocess.PIPE, text=True
    )
    try:
        answer = _first_answer(f"http://127.0.0.1:{port}/api/cases", process)
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    assert answer is not None, stderr
    assert answer.status_code == 401  # the tables exist: the request got as far as the access check
    assert "Traceback" not in stderr
    assert (tmp_path / "her2nav.db").is_file()


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """A database of its own on the test server, dropped afterwards."""
    assert POSTGRES_URL
    name = f"her2nav_schema_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _run(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**_env(tmp_path), "HER2NAV_DATABASE_URL": url, "HER2NAV_NEW_PASSWORD": "a long enough password"}
    return subprocess.run([HER2NAV, *args], env=env, capture_output=True, text=True, timeout=60)


@needs_postgres
@pytest.mark.postgres
@pytest.mark.parametrize("command", [["serve"], ["db", "create-user", "alice"]])
def test_a_postgres_database_behind_the_code_gets_one_line_and_exit_2(
    tmp_path: Path, postgres_database: str, command: list[str]
) -> None:
    engine = create_engine(postgres_database)
    with engine.begin() as conn:
        upgrade(postgres_database, connection=conn, revision="0004")
    engine.dispose()
    done = _run(tmp_path, postgres_database, *command)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"database is at revision 0004, this version needs {head_revision()}: run 'her2nav db upgrade'\n"
    )


@needs_postgres
@pytest.mark.postgres
def test_an_empty_postgres_database_is_not_migrated_behind_the_users_back(
    tmp_path: Path, postgres_database: str
) -> None:
    done = _run(tmp_path, postgres_database, "serve")
    assert done.returncode == 2
    assert done.stderr.startswith("database is at no revision (an empty database), this version needs")
    upgraded = _run(tmp_path, postgres_database, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert _run(tmp_path, postgres_database, "db", "create-user", "alice").returncode == 0


def test_a_sqlite_database_made_by_a_newer_version_is_refused_in_words(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'her2nav.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        upgrade(url, connection=conn)
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    done = _run(tmp_path, url, "db", "create-user", "alice")
    assert done.returncode == 2
    assert done.stderr.startswith("database is at revision 9999, this version needs")
    assert "made by a newer her2nav" in done.stderr
