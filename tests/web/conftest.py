from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from her2nav.settings import Settings
from her2nav.web.app import create_app
from tests.records.factories import PASSWORD, make_case, make_user
from tests.records.fixtures import cheap_password_hashes, connection, db, db_engine, factory

__all__ = ["cheap_password_hashes", "connection", "db", "db_engine", "factory"]

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(mode="test", var_dir=tmp_path, max_upload_bytes=4096)


@pytest.fixture
def app(
    settings: Settings, db_engine: Engine, connection: Connection, factory: sessionmaker[Session]
) -> FastAPI:
    """The application on the test's transaction: everything it writes is rolled back afterwards."""
    app = create_app(settings, engine=db_engine)
    app.state.session_factory = factory
    return app


@pytest.fixture
def anonymous(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


LoginFn = Callable[[str], TestClient]


@pytest.fixture
def login(app: FastAPI) -> Iterator[LoginFn]:
    clients: list[TestClient] = []

    def _login(username: str, password: str = PASSWORD) -> TestClient:
        client = TestClient(app)
        clients.append(client)
        answer = client.post("/api/session", json={"username": username, "password": password})
        assert answer.status_code == 200, answer.text
        client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
        return client

    yield _login
    for client in clients:
        client.close()


@dataclass
class World:
    """Case ``case-a`` with its coordinator, invited clinician and patient; ``case-b`` belongs to nobody
    of them. Each case has one document."""

    docs: dict[str, str]


@pytest.fixture
def world(db: Session, login: LoginFn) -> World:
    admin = make_user(db, "admin", "admin")
    coord = make_user(db, "coord", "coordinator")
    clin = make_user(db, "clin", "clinician")
    a = make_case(db, coord, "case-a")
    make_case(db, admin, "case-b")
    from her2nav.records.cases import service

    service.assign(session=db, record=a, user=clin, relation="reviewer")
    make_user(db, "pat", "patient", patient_of=a)
    db.commit()
    admin_client = login("admin")
    docs = {}
    for case_id in ("case-a", "case-b"):
        answer = admin_client.post(
            f"/api/cases/{case_id}/documents", files={"file": ("report.png", PNG, "image/png")}
        )
        assert answer.status_code == 201, answer.text
        docs[case_id] = answer.json()["id"]
    return World(docs=docs)
