"""Review throughput and cold start.

Prints, for 10,000 generated cases: reviews per second, p50/p99 latency of one review (parse +
validate + build + JSON), the ratio to a baseline that only parses and validates the same cases
(target <= 3x), and the cold-start time of `her2nav review CASE --json` (target < 0.3 s).

Run: .venv/bin/python bench/review.py [N]   (not part of `make test`)
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from her2nav.biomarkers.her2 import assess_her2  # noqa: E402
from her2nav.case.load import case_from_bytes  # noqa: E402
from her2nav.review import build_review  # noqa: E402
from tests.recommend.casegen import random_case  # noqa: E402

EXAMPLE = ROOT.parent / "shared" / "examples" / "e01-first-line-her2-positive-cps10.case.yaml"


def cold_start(runs: int = 5) -> tuple[float, float]:
    """Best wall-clock and best CPU (user + system) seconds of one `her2nav review` process."""
    exe = ROOT / ".venv" / "bin" / "her2nav"
    best_wall = best_cpu = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(exe), "review", str(EXAMPLE), "--json"], check=True, capture_output=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


def _time_each(items: list[Any], fn: Callable[[Any], object]) -> float:
    """Mean seconds per item."""
    start = time.process_time()
    for item in items:
        fn(item)
    return (time.process_time() - start) / len(items)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rng = random.Random(20261123)
    raws = [json.dumps(random_case(rng, i)).encode() for i in range(n)]
    build_review(case_from_bytes(raws[0]))  # warm the knowledge base cache

    start = time.process_time()  # CPU time: the machine may be shared
    for raw in raws:
        case_from_bytes(raw, json_first=True)
    baseline = time.process_time() - start

    latencies = []
    start = time.process_time()
    for raw in raws:
        t0 = time.perf_counter()
        build_review(case_from_bytes(raw, json_first=True)).to_json()
        latencies.append(time.perf_counter() - t0)
    total = time.process_time() - start

    cases = [case_from_bytes(raw, json_first=True) for raw in raws]
    her2_time = _time_each(cases, assess_her2)
    build_time = _time_each(cases, build_review)
    results = [build_review(c) for c in cases]
    json_time = _time_each(results, lambda r: r.to_json())

    latencies.sort()
    p99 = latencies[int(0.99 * (len(latencies) - 1))]
    print(f"cases: {n}")
    print(f"reviews per CPU second: {n / total:,.0f}")
    print(f"wall-clock latency p50: {statistics.median(latencies) * 1000:.2f} ms, p99: {p99 * 1000:.2f} ms")
    print(f"baseline (parse + validate only): {n / baseline:,.0f} cases per CPU second")
    print(f"ratio review / baseline: {total / baseline:.2f}x (target <= 3x)")
    print(
        f"CPU per case: parse+validate {baseline / n * 1e6:.0f} us, "
        f"HER2 assessment {her2_time * 1e6:.0f} us, "
        f"build_review (incl. HER2) {build_time * 1e6:.0f} us, to_json {json_time * 1e6:.0f} us"
    )
    wall, cpu = cold_start()
    print(f"cold start `her2nav review e01 --json` (best of 5): {wall:.3f} s wall, {cpu:.3f} s CPU")
    print("  (target < 0.3 s wall on an idle machine)")


if __name__ == "__main__":
    main()
