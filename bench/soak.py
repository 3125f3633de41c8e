"""Soak under overload (issue 20, item 1): ``her2nav serve`` on PostgreSQL with 2 worker processes,
N concurrent signed-in clients for T seconds, then how soon the server serves a newcomer again.

Each client is a keep-alive HTTP/1.1 connection that reads its case (9 in 10 requests) or changes it
with If-Match (1 in 10), as fast as answers come. Clients share the sessions of ``--users``
coordinators, each with a case of their own. Reported: throughput, the share of 503 answers, p50/p99
of answered requests, requests not answered within the timeout (a hang), writes acknowledged but
missing afterwards (lost), seconds from the end of the load until a fresh sign-in and a case read both
succeed, and seconds from SIGTERM to exit.

Targets: no request past its timeout, recovery < 5 s, 0 lost writes, exit on SIGTERM < 10 s.
Usage: .venv/bin/python bench/soak.py [--clients 1000] [--seconds 60] [--users 100] [--postgres-url URL]
The PostgreSQL database ``her2nav_soak`` on that server is dropped and re-created."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import select

from her2nav.records.store.db import make_engine, session_factory
from her2nav.records.store.maintenance import upgrade_database
from her2nav.records.store.models import CaseRecord
from her2nav.settings import Settings

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PASSWORD = "soak password 1234"
TIMEOUT = 10.0
HER2NAV = str(Path(sys.executable).with_name("her2nav"))


def scratch_postgres(admin_url: str) -> str:
    import psycopg

    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS her2nav_soak WITH (FORCE)")
        conn.execute("CREATE DATABASE her2nav_soak")
    return admin_url.rsplit("/", 1)[0] + "/her2nav_soak"


def prepare(settings: Settings, users: int) -> None:
    from her2nav.case.load import case_from_data
    from her2nav.records.access.accounts import create_user
    from her2nav.records.cases import service

    upgrade_database(settings)
    engine = make_engine(settings.effective_database_url)
    with session_factory(engine)() as db, db.begin():
        for n in range(users + 1):  # the last one signs in only after the load
            user = create_user(session=db, username=f"soak-{n}", password=PASSWORD, role="coordinator")
            service.create_case(session=db, case=case_from_data(_case(f"soak-case-{n}")), user=user)
    engine.dispose()


def _case(case_id: str) -> dict[str, object]:
    return {
        "case_id": case_id,
        "as_of": "2026-11-23",
        "patient": {"age": 60, "sex": "male", "ecog": 1, "region": "GB"},
        "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
        "biomarkers": [{"kind": "her2_ihc", "score": "3+", "criteria": "gastric", "tested_on": "2026-01-10"}],
        "treatments": [],
    }


@dataclass
class Tally:
    statuses: Counter[int | str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    acked_writes: Counter[str] = field(default_factory=Counter)


@dataclass
class Caller:
    cookie: str
    csrf: str
    case_id: str


def sign_in(base: str, n: int) -> Caller:
    answer = httpx.post(
        f"{base}/api/session", json={"username": f"soak-{n}", "password": PASSWORD}, timeout=60
    )
    answer.raise_for_status()
    return Caller(answer.cookies["her2nav_session"], answer.json()["csrf_token"], f"soak-case-{n}")


async def _request(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, head: bytes, body: bytes
) -> tuple[int, str]:
    """One request on a keep-alive connection: (status, ETag)."""
    writer.write(head + body)
    await writer.drain()
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed")
    status = int(status_line.split()[1])
    length = 0
    close = False
    etag = ""
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        if name.lower() == "content-length":
            length = int(value)
        elif name.lower() == "etag":
            etag = value.strip()
        elif name.lower() == "connection" and "close" in value.lower():
            close = True
    if length:
        await reader.readexactly(length)
    if close:
        raise _Closed(status)
    return status, etag


class _Closed(Exception):
    def __init__(self, status: int) -> None:
        self.status = status


async def client(
    port: int,
    caller: Caller,
    stop: float,
    tally: Tally,
    rng: random.Random,
    versions: dict[str, str],
    backoff: float,
) -> None:
    conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    common = f"Host: 127.0.0.1\r\nCookie: her2nav_session={caller.cookie}\r\n"
    while time.monotonic() < stop:
        writing = rng.random() < 0.1
        if writing:
            version = versions.get(caller.case_id, '"1"')  # stale under contention: answered 412
            body = json.dumps({"patient": {"age": rng.randint(20, 90)}}).encode()
            head = (
                f"PATCH /api/cases/{caller.case_id} HTTP/1.1\r\n{common}X-CSRF-Token: {caller.csrf}\r\n"
                f"If-Match: {version}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode()
        else:
            body = b""
            head = f"GET /api/cases/{caller.case_id} HTTP/1.1\r\n{common}\r\n".encode()
        began = time.monotonic()
        try:
            if conn is None:
                conn = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), TIMEOUT)
            status, etag = await asyncio.wait_for(_request(*conn, head, body), TIMEOUT)
        except _Closed as closed:
            status, etag = closed.status, ""
            if conn:
                conn[1].close()
            conn = None
        except TimeoutError:
            tally.statuses["timeout"] += 1
            if conn:
                conn[1].close()
            conn = None
            continue
        except (ConnectionError, OSError, ValueError, IndexError, asyncio.IncompleteReadError):
            tally.statuses["connection error"] += 1
            if conn:
                conn[1].close()
            conn = None
            await asyncio.sleep(0.05)
            continue
        tally.statuses[status] += 1
        tally.latencies.append(time.monotonic() - began)
        if status == 200 and etag:
            versions[caller.case_id] = etag
        if writing and status == 200:
            tally.acked_writes[caller.case_id] += 1
        if status == 503:
            await asyncio.sleep(rng.uniform(0.5, 1.5) * backoff)  # Retry-After is 1 s; jitter spreads retries
    if conn:
        conn[1].close()


async def load(port: int, callers: list[Caller], clients: int, seconds: float, pause: float) -> Tally:
    tally = Tally()
    stop = time.monotonic() + seconds
    rng = random.Random(20)
    versions: dict[str, str] = {}  # the last ETag seen per case
    await asyncio.gather(
        *(
            client(port, callers[n % len(callers)], stop, tally, random.Random(rng.random()), versions, pause)
            for n in range(clients)
        )
    )
    return tally


def recovery_seconds(base: str, users: int, ended: float) -> float:
    """From the end of the load until the spare account signs in and reads its case."""
    deadline = ended + 300
    while time.monotonic() < deadline:
        try:
            with httpx.Client(base_url=base, timeout=5) as fresh:
                login = {"username": f"soak-{users}", "password": PASSWORD}
                if fresh.post("/api/session", json=login).status_code != 200:
                    raise httpx.TransportError("not yet")
                if fresh.get(f"/api/cases/soak-case-{users}").status_code == 200:
                    return time.monotonic() - ended
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    return float("inf")


def lost_writes(settings: Settings, tally: Tally) -> int:
    engine = make_engine(settings.effective_database_url)
    with session_factory(engine)() as db:
        versions = {
            row.case_id: row.version for row in db.execute(select(CaseRecord.case_id, CaseRecord.version))
        }
    engine.dispose()
    return sum(max(0, 1 + acked - versions.get(case_id, 0)) for case_id, acked in tally.acked_writes.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--backoff", type=float, default=1.0, help="seconds to wait after a 503 (0.1: impatient clients)"
    )
    parser.add_argument("--postgres-url", default=os.environ.get("HER2NAV_TEST_POSTGRES_URL", DEFAULT_PG))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(var_dir=Path(tmp), database_url=scratch_postgres(args.postgres_url))
        prepare(settings, args.users)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        env = {k: v for k, v in os.environ.items() if not k.startswith("HER2NAV_")}
        env |= {"HER2NAV_VAR_DIR": tmp, "HER2NAV_DATABASE_URL": settings.effective_database_url}
        server = subprocess.Popen(
            [HER2NAV, "serve", "--port", str(port), "--workers", str(args.workers)],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(base)
            callers = [sign_in(base, n) for n in range(args.users)]
            began = time.monotonic()
            tally = asyncio.run(load(port, callers, args.clients, args.seconds, args.backoff))
            ended = time.monotonic()
            recovery = recovery_seconds(base, args.users, ended)
            lost = lost_writes(settings, tally)
        finally:
            sent = time.monotonic()
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
                stop_seconds = time.monotonic() - sent
            except subprocess.TimeoutExpired:
                server.kill()
                stop_seconds = float("inf")
    _report(args, tally, ended - began, recovery, lost, stop_seconds)


def _wait_ready(base: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/ready", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not become ready")


def _report(
    args: argparse.Namespace, tally: Tally, elapsed: float, recovery: float, lost: int, stop_seconds: float
) -> None:
    total = sum(tally.statuses.values())
    answered = sorted(tally.latencies)
    p99 = answered[min(len(answered) - 1, int(len(answered) * 0.99))] if answered else float("nan")
    shape = (
        f"{args.clients} clients, {args.users} sessions, {args.seconds:.0f} s, {args.workers} workers, "
        f"{args.backoff:g} s back-off after 503"
    )
    print(f"soak: {shape}")
    print(f"  requests      {total}  ({total / elapsed:.0f}/s)")
    print(f"  statuses      {dict(sorted(tally.statuses.items(), key=str))}")
    print(f"  503 share     {tally.statuses[503] / total:.1%}" if total else "  503 share     -")
    print(f"  latency       p50 {statistics.median(answered) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")
    print(f"  hung (>{TIMEOUT:.0f} s) {tally.statuses['timeout']}")
    print(f"  writes acked  {sum(tally.acked_writes.values())}, lost {lost}")
    print(f"  recovery      {recovery:.2f} s (fresh sign-in + case read)")
    print(f"  SIGTERM→exit  {stop_seconds:.2f} s")


if __name__ == "__main__":
    main()
