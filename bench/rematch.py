"""New-trial alerts at scale: N open cases (default 10,000) re-matched against the installed trial
registry after a sync, as the daily ``trial_alerts`` job does (``coordination.alerts.rematch`` with
``review.trials_for``). Prints the time and peak memory of three runs: the first re-match (every case
records what it is offered), a re-match after one new trial is imported (its alerts), and one with
nothing new (no alert).

Usage: .venv/bin/python bench/rematch.py [--cases 10000] [--database-url URL]
Default database: a scratch SQLite file; the registry is a scratch copy of the shipped snapshot."""

from __future__ import annotations

import argparse
import copy
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def seed(sessions: Any, count: int) -> None:
    import yaml

    from her2nav.case.errors import CaseError
    from her2nav.case.load import case_from_data
    from her2nav.records.access.accounts import create_user
    from her2nav.records.cases import casestore, service

    templates = []
    for path in sorted((ROOT / "her2nav" / "records" / "demo").glob("*.case.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        try:
            case_from_data(data)
        except CaseError:
            continue
        templates.append(data)
    with sessions() as db:
        owner = create_user(session=db, username="bench-coordinator", password="x" * 16, role="coordinator")
        db.commit()
        for start in range(0, count, 500):
            for number in range(start, min(start + 500, count)):
                data = copy.deepcopy(templates[number % len(templates)])
                data["case_id"] = f"bench-{number:05d}"
                data["patient"]["age"] = 40 + number % 40
                record = casestore.insert_case(db, case_from_data(data), created_by=owner.id)
                service.assign(session=db, record=record, user=owner, relation="coordinator")
            db.commit()


def timed(label: str, sessions: Any, count: int) -> None:
    from her2nav.coordination.alerts import rematch
    from her2nav.review import trials_for
    from her2nav.trials.matching.for_review import installed_registry

    before = current_rss_mb()
    started = time.perf_counter()
    report = rematch(sessions, trials_for, registry_state=installed_registry().fingerprint())
    seconds = time.perf_counter() - started
    print(
        f"{label:<34} {report.cases:>6} cases ({report.unchanged} unchanged)  {seconds:7.1f} s  "
        f"{report.cases / seconds:7.1f} cases/s  {report.alerts:>5} alerts  "
        f"RSS {before:.0f} -> {current_rss_mb():.0f} MB (peak {peak_rss_mb():.0f} MB)"
    )
    assert report.cases == count, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="her2nav-rematch-"))
    os.environ["HER2NAV_REGISTRY_URL"] = f"sqlite:///{scratch / 'registry.sqlite'}"

    from her2nav.records.store.db import make_engine, session_factory
    from her2nav.records.store.maintenance import upgrade_database
    from her2nav.settings import Settings
    from her2nav.trials.matching.for_review import installed_registry
    from her2nav.trials.registry.importer import import_paths
    from tests.trials.records import site, study_record, write_records

    settings = Settings(
        mode="test", var_dir=scratch, database_url=args.database_url, sqlite_synchronous="NORMAL"
    )
    upgrade_database(settings)
    sessions = session_factory(make_engine(settings.effective_database_url, sqlite_synchronous="NORMAL"))
    started = time.perf_counter()
    seed(sessions, args.cases)
    registry = installed_registry()
    stored = time.perf_counter() - started
    print(f"{args.cases} open cases stored in {stored:.1f} s; registry: {registry.count()} studies")
    print(f"database: {settings.effective_database_url.split('@')[-1]}; RSS {current_rss_mb():.0f} MB")
    timed("first re-match (records offers)", sessions, args.cases)
    folder = write_records(
        scratch / "new",
        study_record(
            "NCT09999991",
            title="Trastuzumab and chemotherapy for HER2-positive gastric cancer",
            conditions=["Gastric Cancer", "HER2-positive Gastric Cancer"],
            interventions=["Trastuzumab"],
            sites=[site("United Kingdom", "London", "RECRUITING"), site("China", "Shanghai", "RECRUITING")],
        ),
    )
    started = time.perf_counter()
    import_paths(registry, [folder])
    print(f"one new trial imported in {time.perf_counter() - started:.2f} s")
    timed("re-match after the sync (alerts)", sessions, args.cases)
    timed("re-match, nothing new", sessions, args.cases)


if __name__ == "__main__":
    main()
