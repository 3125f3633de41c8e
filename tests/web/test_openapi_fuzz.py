"""schemathesis against /openapi.json with a signed-in admin session: no 5xx and no response that
breaks the published schema. Runs on its own SQLite database (built by the migrations)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from her2nav.records.access import accounts
from her2nav.records.cases import service
from her2nav.records.store.db import make_engine, session_factory
from her2nav.records.store.maintenance import upgrade_database
from her2nav.settings import Settings
from her2nav.web.app import create_app
from tests.records.factories import PASSWORD, make_case, make_user

pytestmark = pytest.mark.slow
EXAMPLES_PER_OPERATION = 50
SENT: list[int] = []


def _app_with_data() -> Any:
    accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    folder = Path(tempfile.mkdtemp(prefix="her2nav-fuzz-"))
    config = Settings(mode="test", var_dir=folder, max_upload_bytes=64 * 1024, sqlite_synchronous="NORMAL")
    upgrade_database(config)
    engine = make_engine(config.effective_database_url, sqlite_synchronous="NORMAL")
    with session_factory(engine)() as db:
        admin = make_user(db, "admin", "admin")
        clin = make_user(db, "clin", "clinician")
        record = make_case(db, admin, "case-a")
        service.assign(session=db, record=record, user=clin, relation="reviewer")
        db.commit()
    return create_app(config, engine=engine)


APP = _app_with_data()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


def _admin_headers() -> dict[str, str]:
    client = TestClient(APP)
    answer = client.post("/api/session", json={"username": "admin", "password": PASSWORD})
    return {
        "Cookie": f"her2nav_session={client.cookies.get('her2nav_session')}",
        "X-CSRF-Token": answer.json()["csrf_token"],
    }


HEADERS = _admin_headers()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_api_never_fails_and_keeps_to_its_schema(case: Any) -> None:
    SENT.append(1)
    case.call_and_validate(
        headers=HEADERS,
        checks=[not_a_server_error, response_schema_conformance, status_code_conformance],
    )


def test_the_fuzzing_sent_at_least_a_thousand_requests() -> None:
    if not SENT:
        pytest.skip("the fuzz test did not run in this session")
    assert len(SENT) >= 1000
