"""Page speed with 5,000 cases on PostgreSQL: the worklist (GET /cases, every sort, filters, search and
pages) and the case page (GET /cases/{id}) as one coordinator who owns every case, against
``her2nav serve`` in its own process on loopback, one request at a time (a navigator's clicks).

Target (issue 17): p95 under 200 ms for both. The 5,000 cases are the demo's example cases under new
ids; each has a stored review snapshot of its current version, as a case has once it has been opened or
listed (the snapshot rows are copied inside the database from one review per example). The worklist's
first view in a fresh server process reads the briefs of all snapshots once (reported as "cold"); the
figures after it are the steady state.
Usage: .venv/bin/python bench/pages.py [--cases 5000] [--requests 200] [--postgres-url URL]
PostgreSQL uses a scratch database ``her2nav_bench_pages`` (dropped and re-created)."""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import select, text

from her2nav.case.load import load_case
from her2nav.records.access.accounts import create_user
from her2nav.records.cases import service
from her2nav.records.cases.reviews import review_for
from her2nav.records.store.db import make_engine, session_factory
from her2nav.records.store.maintenance import upgrade_database
from her2nav.records.store.models import CaseRecord, ReviewSnapshot
from her2nav.settings import Settings

PASSWORD = "bench password 1234"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
DEMO = Path(__file__).resolve().parent.parent / "her2nav" / "records" / "demo"
TARGET_MS = 200.0


def scratch_postgres(admin_url: str) -> str:
    import psycopg

    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS her2nav_bench_pages WITH (FORCE)")
        conn.execute("CREATE DATABASE her2nav_bench_pages")
    return admin_url.rsplit("/", 1)[0] + "/her2nav_bench_pages"


def prepare(settings: Settings, count: int) -> list[str]:
    """``count`` cases owned by ``bench``, each with a current review snapshot; returns their ids."""
    upgrade_database(settings)
    engine = make_engine(settings.effective_database_url)
    examples = [load_case(p) for p in sorted(DEMO.glob("*.yaml"))]
    ids = [f"bench-{n:05d}" for n in range(count)]
    began = time.perf_counter()
    with session_factory(engine)() as db, db.begin():
        user = create_user(session=db, username="bench", password=PASSWORD, role="coordinator")
        for n, case_id in enumerate(ids):
            case = examples[n % len(examples)].model_copy(update={"case_id": case_id})
            service.create_case(session=db, case=case, user=user)
    with session_factory(engine)() as db, db.begin():
        for template in ids[: len(examples)]:
            record = db.scalars(select(CaseRecord).where(CaseRecord.case_id == template)).one()
            review = review_for(session=db, record=record)
            assert review.snapshot is not None, "the trial registry could not be read"
            db.add(review.snapshot)
    with engine.begin() as conn:  # the other cases share their example's review, copied in the database
        conn.execute(
            text(
                """INSERT INTO review_snapshots
                   (case_pk, case_version, input_hash, knowledge_version, review, review_text, created_at)
                   SELECT c.id, c.version, s.input_hash, s.knowledge_version, s.review, s.review_text, now()
                   FROM cases c JOIN review_snapshots s
                     ON s.case_pk = (SELECT id FROM cases WHERE case_id =
                        'bench-' || lpad(((CAST(substr(c.case_id, 7) AS integer)) % :n)::text, 5, '0'))
                   WHERE CAST(substr(c.case_id, 7) AS integer) >= :n"""
            ),
            {"n": len(examples)},
        )
        stored = conn.execute(select(ReviewSnapshot.id).limit(1)).first()
        assert stored is not None
    print(f"prepared {count} cases with review snapshots in {time.perf_counter() - began:.0f} s")
    engine.dispose()
    return ids


def start_server(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    her2nav = str(Path(sys.executable).with_name("her2nav"))
    process = subprocess.Popen(
        [her2nav, "serve", "--port", str(port), "--workers", "1"], env=env, stdout=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def timed(client: httpx.Client, path: str) -> float:
    began = time.perf_counter()
    answer = client.get(path)
    took = (time.perf_counter() - began) * 1000
    if answer.status_code != 200:
        raise SystemExit(f"GET {path} answered {answer.status_code}")
    return took


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def worklist_paths(rng: random.Random, total: int) -> list[str]:
    sorts = ["-updated", "case", "her2", "-gaps", "best", "owner", "line", "region"]
    filters = ["", "&her2=positive", "&gaps=yes", "&region=GB", "&q=bench-04", "&her2=negative&region=CN"]
    pages = max(1, total // 50)
    return [
        f"/cases?sort={rng.choice(sorts)}{rng.choice(filters)}&page={rng.randint(1, pages)}"
        for _ in range(400)
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--postgres-url", default=os.environ.get("HER2NAV_BENCH_POSTGRES_URL", DEFAULT_PG))
    args = parser.parse_args()
    url = scratch_postgres(args.postgres_url)
    rng = random.Random(17)
    with tempfile.TemporaryDirectory(prefix="her2nav-bench-pages-") as tmp:
        settings = Settings(mode="development", var_dir=Path(tmp), database_url=url)
        ids = prepare(settings, args.cases)
        env = {k: v for k, v in os.environ.items() if not k.startswith("HER2NAV_")}
        env.update({"HER2NAV_VAR_DIR": tmp, "HER2NAV_DATABASE_URL": url})
        process, base = start_server(env)
        try:
            with httpx.Client(base_url=base, timeout=60) as client:
                client.post("/login", data={"username": "bench", "password": PASSWORD, "next": "/cases"})
                cold = timed(client, "/cases")
                paths = worklist_paths(rng, args.cases)
                for path in paths[:10]:  # warm-up
                    timed(client, path)
                worklist = [timed(client, path) for path in paths[10 : 10 + args.requests]]
                opened = rng.sample(ids, args.requests)
                cases = [timed(client, f"/cases/{case_id}") for case_id in opened]
                again = [timed(client, f"/cases/{case_id}") for case_id in opened[:50]]
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(f"PostgreSQL, {args.cases} cases, one coordinator who owns them all, one request at a time")
    print(f"worklist first view in a fresh process (reads every brief): {cold:.0f} ms")
    for name, values in (
        ("worklist", worklist),
        ("case page, first open", cases),
        ("case page, again", again),
    ):
        print(
            f"{name:<22} n={len(values):<4} p50 {statistics.median(values):6.1f} ms   "
            f"p95 {p95(values):6.1f} ms   max {max(values):6.1f} ms"
        )
    ok = p95(worklist) < TARGET_MS and p95(cases) < TARGET_MS
    print(f"target p95 < {TARGET_MS:.0f} ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
