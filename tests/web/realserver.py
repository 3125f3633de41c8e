"""A real ``her2nav serve`` process on loopback, on SQLite or a scratch PostgreSQL database, with one
coordinator (``coord``), one case (``case-a``) and that case's patient (``pat``)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from her2nav.records.store.db import make_engine, session_factory
from her2nav.records.store.maintenance import upgrade_database
from her2nav.settings import Settings
from tests.records.factories import PASSWORD, make_case, make_user
from tests.records.fixtures import POSTGRES_URL

HER2NAV = str(Path(sys.executable).with_name("her2nav"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def scratch_postgres(name: str) -> str:
    """An empty PostgreSQL database of its own (the test database's server, another database)."""
    import psycopg

    assert POSTGRES_URL
    plain = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return POSTGRES_URL.rsplit("/", 1)[0] + "/" + name


def seed(settings: Settings) -> None:
    """Migrate, then add ``coord`` with ``case-a`` and its patient ``pat``."""
    upgrade_database(settings)
    engine = make_engine(settings.effective_database_url)
    with session_factory(engine)() as db:
        coord = make_user(db, "coord", "coordinator")
        record = make_case(db, coord, "case-a")
        make_user(db, "pat", "patient", patient_of=record)
        db.commit()
    engine.dispose()


class Server:
    def __init__(self, settings: Settings, *, workers: int = 1, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("HER2NAV_")}
        self.env["HER2NAV_VAR_DIR"] = str(settings.var_dir)
        self.env["HER2NAV_MAX_UPLOAD_BYTES"] = str(settings.max_upload_bytes)
        if settings.database_url:
            self.env["HER2NAV_DATABASE_URL"] = settings.database_url
        if "HER2NAV_REGISTRY_URL" in os.environ:
            self.env["HER2NAV_REGISTRY_URL"] = os.environ["HER2NAV_REGISTRY_URL"]
        self.env.update(env or {})
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [HER2NAV, "serve", "--port", str(self.port), "--workers", str(self.workers)]
        self.process = subprocess.Popen(command, env=self.env, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/api/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError("the server did not start")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> float:
        """Send ``sig`` and wait for the process to end; returns the seconds it took."""
        assert self.process is not None
        began = time.monotonic()
        self.process.send_signal(sig)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
            return float("inf")
        return time.monotonic() - began

    def client(self, username: str = "coord", *, timeout: float = 10) -> httpx.Client:
        """A signed-in client (the CSRF header set)."""
        client = httpx.Client(base_url=self.base, timeout=timeout)
        answer = client.post("/api/session", json={"username": username, "password": PASSWORD})
        assert answer.status_code == 200, answer.text
        client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
        return client
