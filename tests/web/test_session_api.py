from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from fastapi.testclient import TestClient

from tests.records.factories import PASSWORD
from tests.web.conftest import LoginFn, World


def test_health_needs_no_session(anonymous: TestClient) -> None:
    answer = anonymous.get("/api/health")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok"}


@pytest.mark.parametrize("path", ["/api/health", "/api/cases", "/api/nowhere", "/openapi.json"])
def test_every_response_carries_the_security_headers(anonymous: TestClient, path: str) -> None:
    headers = anonymous.get(path).headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["strict-transport-security"].startswith("max-age=")
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "no-store"


def test_the_openapi_description_is_served(anonymous: TestClient) -> None:
    paths = anonymous.get("/openapi.json").json()["paths"]
    for path in (
        "/api/session",
        "/api/health",
        "/api/cases",
        "/api/cases/import",
        "/api/cases/{case_id}",
        "/api/cases/{case_id}/export",
        "/api/cases/{case_id}/review",
        "/api/cases/{case_id}/documents",
        "/api/documents/{document_id}",
        "/api/cases/{case_id}/audit",
    ):
        assert path in paths


def test_login_sets_an_httponly_cookie_and_returns_a_csrf_token(world: World, anonymous: TestClient) -> None:
    answer = anonymous.post("/api/session", json={"username": "coord", "password": PASSWORD})
    assert answer.status_code == 200
    assert answer.json()["csrf_token"]
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_a_wrong_password_answers_401_and_is_audited(
    world: World, anonymous: TestClient, login: LoginFn
) -> None:
    assert anonymous.post("/api/session", json={"username": "coord", "password": "nope"}).status_code == 401
    from sqlalchemy import select

    from her2nav.records.store.models import AuditEvent

    db_factory = anonymous.app.state.session_factory  # type: ignore[attr-defined]
    with db_factory() as db:
        actions = list(db.scalars(select(AuditEvent.action).where(AuditEvent.username == "coord")))
    assert "login_failed" in actions


def test_repeated_failed_logins_are_rate_limited(world: World, anonymous: TestClient) -> None:
    for _ in range(5):
        assert (
            anonymous.post("/api/session", json={"username": "coord", "password": "nope"}).status_code == 401
        )
    locked = anonymous.post("/api/session", json={"username": "coord", "password": PASSWORD})
    assert locked.status_code == 429


def test_the_delay_lifts_once_it_has_passed_and_counting_restarts_after_the_window(
    world: World, anonymous: TestClient
) -> None:
    window = dt.timedelta(seconds=anonymous.app.state.settings.login_window_seconds)  # type: ignore[attr-defined]
    second = dt.timedelta(seconds=1)
    wrong = {"username": "coord", "password": "nope"}
    # After the fixtures' own sign-ins: a clock set before them would meet their counters.
    with time_machine.travel(dt.datetime(2030, 3, 2, 9, 0, tzinfo=dt.UTC), tick=False) as clock:
        for _ in range(5):
            anonymous.post("/api/session", json=wrong)
        assert anonymous.post("/api/session", json=wrong).status_code == 429
        clock.shift(second)
        assert anonymous.post("/api/session", json=wrong).status_code == 401  # the sixth: waits 2 s now
        clock.shift(window + second)
        for _ in range(4):
            assert anonymous.post("/api/session", json=wrong).status_code == 401


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("POST", "/api/cases/case-a/notes", {"json": {"text": "x"}}),
        ("PATCH", "/api/cases/case-a", {"json": {}, "headers": {"If-Match": "1"}}),
        ("DELETE", "/api/session", {}),
    ],
)
def test_changes_without_the_csrf_token_are_refused(
    world: World, login: LoginFn, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    client = login("coord")
    del client.headers["X-CSRF-Token"]
    assert client.request(method, path, **kwargs).status_code == 403
    client.headers["X-CSRF-Token"] = "forged"
    assert client.request(method, path, **kwargs).status_code == 403


def test_logging_out_ends_the_session(world: World, login: LoginFn) -> None:
    client = login("coord")
    token = client.cookies.get("her2nav_session")
    assert client.delete("/api/session").status_code == 204
    client.cookies.set("her2nav_session", token or "")
    assert client.get("/api/cases").status_code == 401


def test_changing_the_password_ends_every_session(world: World, login: LoginFn) -> None:
    first, second = login("coord"), login("coord")
    answer = first.post(
        "/api/session/password", json={"current_password": PASSWORD, "new_password": "a brand new password"}
    )
    assert answer.status_code == 204
    assert second.get("/api/cases").status_code == 401
    assert login("coord", "a brand new password").get("/api/cases").status_code == 200


def test_a_wrong_current_password_does_not_change_it(world: World, login: LoginFn) -> None:
    answer = login("coord").post(
        "/api/session/password",
        json={"current_password": "wrong one", "new_password": "a brand new password"},
    )
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["field"] == "current_password"
