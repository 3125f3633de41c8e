"""Bad input answers in words, never 500; every answer, errors included, carries the security headers;
cookies are Secure over HTTPS; an idle timeout that cannot work is refused (issue 20, items 9, 11)."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError

from her2nav.settings import Settings
from tests.records.factories import PASSWORD
from tests.web.conftest import LoginFn, World


@pytest.mark.parametrize("if_match", ['"²"', "٣", '"' + "9" * 5000 + '"', "99999999999", '"2147483648"'])
def test_an_if_match_that_is_no_version_answers_412(world: World, login: LoginFn, if_match: str) -> None:
    answer = login("coord").patch("/api/cases/case-a", json={}, headers={"If-Match": if_match.encode()})
    assert answer.status_code == 412
    assert answer.json()["detail"] == "If-Match does not name a case version"


def test_an_unexpected_error_still_carries_the_security_headers(app: FastAPI) -> None:
    def broken() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/api/broken", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.get("/api/broken")
    assert answer.status_code == 500
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["cache-control"] == "no-store"


def test_a_refused_body_carries_the_security_headers(anonymous: TestClient) -> None:
    answer = anonymous.post(
        "/api/session", content=b"x" * 100_000, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 413
    assert answer.headers["x-frame-options"] == "DENY"


def test_the_session_cookie_is_secure_when_served_over_https_even_in_development(
    world: World, app: FastAPI
) -> None:
    assert app.state.settings.cookie_secure is None and app.state.settings.mode != "production"
    with TestClient(app, base_url="https://testserver") as client:
        answer = client.post("/api/session", json={"username": "coord", "password": PASSWORD})
    assert answer.status_code == 200
    assert "secure" in answer.headers["set-cookie"].lower()


def test_an_idle_timeout_shorter_than_the_activity_interval_is_refused() -> None:
    with pytest.raises(ValidationError, match="session_idle_seconds"):
        Settings(session_idle_seconds=30)
