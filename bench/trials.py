"""Trial registry benchmark: import rate, peak memory and match latency at 1k, 10k and 100k studies.

The registries are built from the real shared records (44 HER2/gastric + 147 Hong Kong studies)
repeated with new NCT ids and shuffled site lists, written as zip archives in the bulk-download layout.
Each size is imported in a fresh process (so that peak RSS belongs to that import alone), then every
example case is matched repeatedly. Not run by ``make test``.

    .venv/bin/python bench/trials.py [--sizes 1000,10000,100000] [--repeats 20]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import statistics
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

SHARED = Path("/work/shared/data/trials")
CASES = Path(__file__).parents[1] / "tests" / "trials" / "cases"


def _templates() -> list[dict[str, Any]]:
    paths = sorted((SHARED / "her2-gastric").glob("NCT*.json")) + sorted(
        (SHARED / "hk-sample").glob("NCT*.json")
    )
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def build_archive(size: int, folder: Path, seed: int = 7) -> Path:
    """A zip of ``size`` per-study JSON files: real records, new ids, shuffled sites."""
    rng = random.Random(seed)
    templates = _templates()
    countries = sorted(
        {
            loc.get("country")
            for t in templates
            for loc in t["protocolSection"].get("contactsLocationsModule", {}).get("locations", [])
            if loc.get("country")
        }
    )
    path = folder / f"registry-{size}.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for i in range(size):
            record = json.loads(json.dumps(templates[i % len(templates)]))
            proto = record["protocolSection"]
            nct = f"NCT9{i:07d}"
            proto["identificationModule"]["nctId"] = nct
            locs = proto.setdefault("contactsLocationsModule", {}).setdefault("locations", [])
            rng.shuffle(locs)
            for loc in locs[:3]:
                loc["country"] = rng.choice(countries)
            archive.writestr(f"{nct}.json", json.dumps(record))
    return path


def _import_child(url: str, archive: str, out: Any) -> None:
    from her2nav.trials.importer import import_paths
    from her2nav.trials.registry import Registry

    registry = Registry(url)
    start = time.perf_counter()
    report = import_paths(registry, [Path(archive)])
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.send((report.written, elapsed, peak_mb))


def _match_child(url: str, repeats: int, out: Any) -> None:
    from her2nav.case.load import load_case
    from her2nav.trials.match import match_case
    from her2nav.trials.registry import Registry

    registry = Registry(url)
    results = {}
    for path in sorted(CASES.glob("e0[!7]*.case.yaml")):
        case = load_case(path)
        for include in (True, False):
            match_case(case, registry, include_ineligible=include)  # warm-up (imports, caches)
            times = []
            count = 0
            for _ in range(repeats):
                start = time.perf_counter()
                count = len(match_case(case, registry, include_ineligible=include))
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
            mode = "all" if include else "shortlist"
            results[f"{path.name.split('.')[0][:34]} {mode}"] = (statistics.median(times), p99, count)
    out.send(results)


def _in_child(target: Any, *args: Any) -> Any:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(*args, child))
    proc.start()
    value = parent.recv()
    proc.join()
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            archive = build_archive(size, folder)
            url = f"sqlite:///{folder / f'registry-{size}.sqlite'}"
            written, elapsed, peak = _in_child(_import_child, url, str(archive))
            print(
                f"\n{size:>7} studies: import {written / elapsed:,.0f} studies/s "
                f"({elapsed:.1f} s), peak RSS {peak:,.0f} MB"
            )
            for name, (p50, p99, count) in _in_child(_match_child, url, args.repeats).items():
                print(f"  match {name:<42} p50 {p50:8.1f} ms  p99 {p99:8.1f} ms  ({count} trials listed)")


if __name__ == "__main__":
    main()
