"""schemathesis against /openapi.json with a signed-in admin session: no 5xx and no response that
breaks the published schema. Runs on its own SQLite database (built by the migrations).

Each operation gets a fresh admin session made in the database, so that fuzzing the sign-out or
failed sign-ins (which rate-limit the test client) never leaves later operations answering 401."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from argon2 import PasswordHasher
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance
from sqlalchemy import Engine, select

from her2nav.records.access import accounts
from her2nav.records.cases import service
from her2nav.records.store.db import make_engine, session_factory
from her2nav.records.store.maintenance import upgrade_database
from her2nav.records.store.models import User
from her2nav.settings import Settings
from her2nav.web.app import create_app
from tests.records.factories import make_case, make_user

pytestmark = pytest.mark.slow
EXAMPLES_PER_OPERATION = 50
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]

# Product bugs this fuzz found once every operation kept a live session (before, everything after
# the fuzzed sign-out answered 401). Not strict: schemathesis feeds ids seen in earlier answers into
# later operations, so which suggestion operation meets the huge id depends on what ran before (and
# schemathesis 4.32's pytest plugin crashes on a strict XPASS). Remove an entry with its fix.
KNOWN_FAILURES: dict[str, str] = {}  # operation label → why it is expected to fail (none today)


def _app_with_data() -> tuple[Engine, Any]:
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
    return engine, create_app(config, engine=engine)


ENGINE, APP = _app_with_data()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture
def admin_headers() -> dict[str, str]:
    """Headers of a new admin session; one per operation (the fixture is shared by its examples)."""
    with session_factory(ENGINE)() as db:
        admin = db.scalars(select(User).where(User.username == "admin")).one()
        new = accounts.start_session(session=db, user=admin)
        db.commit()
    return {"Cookie": f"her2nav_session={new.token}", "X-CSRF-Token": new.csrf_token}


@pytest.fixture
def known_failure(request: pytest.FixtureRequest) -> None:
    """Marks the operation's test as an expected failure when KNOWN_FAILURES names it."""
    label = request.node.name.partition("[")[2].removesuffix("]")
    if label in KNOWN_FAILURES:
        request.node.add_marker(pytest.mark.xfail(reason=KNOWN_FAILURES[label], strict=False))


def _signs_in_or_out(case: Any) -> bool:
    return bool(case.operation.path.startswith("/api/session"))


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, suppress_health_check=list(HealthCheck))
def test_the_api_never_fails_and_keeps_to_its_schema(
    case: Any, admin_headers: dict[str, str], known_failure: None
) -> None:
    answer = case.call_and_validate(headers=admin_headers, checks=CHECKS)
    if not _signs_in_or_out(case):
        assert answer.status_code != 401, f"{case.operation.label} refused the signed-in admin"


def test_the_fuzzing_budget_is_at_least_a_thousand_requests() -> None:
    operations = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), "the published schema has an operation the fuzz cannot read"
        operations.append(result.ok().label)
    assert len(operations) * EXAMPLES_PER_OPERATION >= 1000
    assert set(KNOWN_FAILURES) <= set(operations)


def test_an_operation_with_a_rich_body_is_sent_its_whole_budget(admin_headers: dict[str, str]) -> None:
    """The budget above is what is sent: Hypothesis does not stop early on an operation with a body."""
    sent: list[int] = []
    edit = schema["/api/cases/{case_id}"]["PATCH"]

    @given(case=edit.as_strategy())
    @settings(max_examples=EXAMPLES_PER_OPERATION, suppress_health_check=list(HealthCheck))
    def fuzz(case: Any) -> None:
        sent.append(case.call_and_validate(headers=admin_headers, checks=CHECKS).status_code)

    fuzz()
    assert len(sent) >= EXAMPLES_PER_OPERATION
    assert 401 not in sent
