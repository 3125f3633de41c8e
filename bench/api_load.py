"""Load on the records API: GET /api/cases/{id}/review and GET /api/health at 32 concurrent
connections, against a server in its own process on loopback, on SQLite and on PostgreSQL.

Target (judged on PostgreSQL, 2 server workers): review throughput at least a quarter of health
throughput measured in the same run, review p99 under 100 ms. The review takes the same plain path as
every case URL (session, access check, cached review, audit row committed in the request). Each of the
32 connections is a different user (a coordinator with a session of their own) reading their own case,
so no two concurrent reviews share a session check. The target is judged on plain (uncompressed)
responses; the review is also measured gzip-encoded, as httpx, browsers and ``curl --compressed`` ask
for it, with the client decoding every body (on this machine that decoding competes with the server
for the same two cores). The load comes from a minimal keep-alive HTTP/1.1
client in a spawned process (an httpx client cost more CPU per request than the server's health
endpoint, so it measured itself).
Usage: .venv/bin/python bench/api_load.py [--requests 3000] [--postgres-url URL | --no-postgres]
PostgreSQL uses a scratch database ``her2nav_bench`` (dropped and re-created) on the given server."""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

import httpx

from her2nav.records.store.db import make_engine, session_factory
from her2nav.records.store.maintenance import upgrade_database
from her2nav.settings import Settings

CONNECTIONS = 32
TARGET_RATIO = 0.25  # review / health throughput
PASSWORD = "bench password 1234"
CASE_ID = "bench-case-{:02d}"  # one case per connection
USERNAME = "bench-{:02d}"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare(settings: Settings) -> None:
    from her2nav.case.load import load_case
    from her2nav.records.access.accounts import create_user
    from her2nav.records.cases import service

    upgrade_database(settings)
    engine = make_engine(settings.effective_database_url)
    example = next(
        (Path(__file__).resolve().parent.parent / "her2nav" / "records" / "demo").glob("e01*.yaml")
    )
    with session_factory(engine)() as db, db.begin():
        for n in range(CONNECTIONS):
            case = load_case(example).model_copy(update={"case_id": CASE_ID.format(n)})
            user = create_user(session=db, username=USERNAME.format(n), password=PASSWORD, role="coordinator")
            service.create_case(session=db, case=case, user=user)
    engine.dispose()


def scratch_postgres(admin_url: str) -> str:
    import psycopg

    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS her2nav_bench")
        conn.execute("CREATE DATABASE her2nav_bench")
    return admin_url.rsplit("/", 1)[0] + "/her2nav_bench"


def start_server(env: dict[str, str], workers: int = 1) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    her2nav = str(Path(sys.executable).with_name("her2nav"))
    process = subprocess.Popen(
        [her2nav, "serve", "--port", str(port), "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


async def _one_connection(host: str, port: int, request: bytes, count: int, latencies: list[float]) -> int:
    """``count`` requests one after another on one keep-alive connection; returns the failures.
    A minimal HTTP/1.1 client: the load generator must cost far less than the server it measures.
    A gzip-encoded body is decoded, as any client that asks for gzip must."""
    reader, writer = await asyncio.open_connection(host, port, limit=1 << 20)
    failures = 0
    try:
        for _ in range(count):
            start = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length, packed = 0, False
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"content-encoding":
                    packed = value.strip() == b"gzip"
            body = await reader.readexactly(length)
            if packed:
                body = zlib.decompress(body, wbits=31)
            latencies.append((time.perf_counter() - start) * 1000)
            if not head.startswith(b"HTTP/1.1 200") or not body:
                failures += 1
    finally:
        writer.close()
    return failures


async def run_load(
    base: str, paths: list[str], cookies: list[str], total: int, encoding: str = "gzip"
) -> tuple[float, list[float], int]:
    """``total`` requests over CONNECTIONS keep-alive connections, connection n asking for ``paths[n]``
    with ``cookies[n]``; (seconds, latencies in ms, failures)."""
    host, port = base.removeprefix("http://").split(":")
    requests = [
        (
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: {encoding}\r\n"
            f"Cookie: her2nav_session={cookie}\r\n\r\n"
        ).encode()
        for path, cookie in zip(paths, cookies, strict=True)
    ]
    latencies: list[float] = []
    began = time.perf_counter()
    failures = await asyncio.gather(
        *(_one_connection(host, int(port), request, total // CONNECTIONS, latencies) for request in requests)
    )
    return time.perf_counter() - began, latencies, sum(failures)


def _load_child(base: str, paths: list[str], cookies: list[str], total: int, encoding: str, out: Any) -> None:
    out.send(asyncio.run(run_load(base, paths, cookies, total, encoding)))


def run_in_child(
    base: str, paths: list[str], cookies: list[str], total: int, encoding: str
) -> tuple[float, list[float], int]:
    """The measured load runs in a process of its own (not the one that started the server)."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_load_child, args=(base, paths, cookies, total, encoding, child))
    process.start()
    result: tuple[float, list[float], int] = parent.recv()
    process.join()
    return result


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def bench_backend(
    name: str, settings: Settings, env: dict[str, str], total: int, workers: int = 1
) -> dict[str, float]:
    prepare(settings)
    process, base = start_server(env, workers)
    try:
        cookies = []
        for n in range(CONNECTIONS):
            login = httpx.post(
                f"{base}/api/session", json={"username": USERNAME.format(n), "password": PASSWORD}
            )
            cookies.append(login.cookies["her2nav_session"])
        results: dict[str, float] = {}
        review_paths = [f"/api/cases/{CASE_ID.format(n)}/review" for n in range(CONNECTIONS)]
        loads = (
            ("health", ["/api/health"] * CONNECTIONS, "identity"),
            ("review", review_paths, "identity"),
            ("review_gzip", review_paths, "gzip"),
        )
        for label, paths, encoding in loads:
            path = paths[0] if label == "health" else "/api/cases/{id}/review"
            asyncio.run(run_load(base, paths, cookies, CONNECTIONS * 10, encoding))  # warm up
            elapsed, lat, failures = run_in_child(base, paths, cookies, total, encoding)
            rps = len(lat) / elapsed
            results[label] = rps
            print(
                f"{name:<12} GET {path:<24} {encoding:<8} {rps:8.0f} req/s   p50 {p(lat, 50):6.1f} ms   "
                f"p99 {p(lat, 99):6.1f} ms   failures {failures}"
            )
            results[f"{label}_p99"] = p(lat, 99)
        return results
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=32_000, help="requests per endpoint and backend")
    parser.add_argument("--postgres-url", default=os.environ.get("HER2NAV_BENCH_POSTGRES_URL", DEFAULT_PG))
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument(
        "--sqlite-synchronous", choices=["FULL", "NORMAL"], default="FULL", help="SQLite durability setting"
    )
    args = parser.parse_args()
    print(
        f"{CONNECTIONS} concurrent connections, {args.requests} requests per endpoint, "
        f"{args.workers} server worker process(es)"
    )
    backends: list[tuple[str, Settings, dict[str, str]]] = []
    with tempfile.TemporaryDirectory(prefix="her2nav-bench-") as folder:
        base_env = {k: v for k, v in os.environ.items() if not k.startswith("HER2NAV_")}
        sqlite_settings = Settings(var_dir=Path(folder) / "sqlite", database_url=None)
        sqlite_env = {
            **base_env,
            "HER2NAV_VAR_DIR": str(sqlite_settings.var_dir),
            "HER2NAV_SQLITE_SYNCHRONOUS": args.sqlite_synchronous,
        }
        backends.append((f"sqlite-{args.sqlite_synchronous.lower()}", sqlite_settings, sqlite_env))
        if not args.no_postgres:
            url = scratch_postgres(args.postgres_url)
            pg_dir = Path(folder) / "pg"
            backends.append(
                (
                    "postgresql",
                    Settings(var_dir=pg_dir, database_url=url),
                    {**base_env, "HER2NAV_VAR_DIR": str(pg_dir), "HER2NAV_DATABASE_URL": url},
                )
            )
        for name, settings, env in backends:
            r = bench_backend(name, settings, env, args.requests, args.workers)
            ratio = r["review"] / r["health"]
            verdict = "meets" if ratio >= TARGET_RATIO and r["review_p99"] < 100 else "MISSES"
            print(
                f"{name:<12} review/health throughput {ratio:.2f} (target ≥ {TARGET_RATIO:.2f}), review p99 "
                f"{r['review_p99']:.1f} ms (target < 100): {verdict} the target "
                f"(gzip, decoded by the client: ratio {r['review_gzip'] / r['health']:.2f}, "
                f"p99 {r['review_gzip_p99']:.1f} ms)"
            )


if __name__ == "__main__":
    main()
