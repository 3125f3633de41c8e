"""Trial registry benchmark: import rate, peak memory and match latency at 1k, 10k and 100k studies.

The registries are built from the real shared records (44 HER2/gastric + 147 Hong Kong studies)
repeated with new NCT ids and shuffled site lists, written as zip archives in the bulk-download layout.
Three variants per size:

- distinct texts: every copy's eligibility text is perturbed (bullet order shuffled within each
  section, numbers shifted, a numbered note appended to about half the criteria), so no two records
  and almost no two criteria share a text and import's parse memo cannot hide the parsing cost;
- repeated texts: the 191 real texts as they are (the memo parses each once);
- hk-sample, distinct: for information, distinct texts made from the Hong Kong sample alone, a slice of
  a real registry in which 18 of 147 studies are ones import interprets (in the two folders together
  61 of 191 are: the first variant is the costly case the target is held to).

Each import runs in a fresh process (so that peak RSS belongs to that import alone). Matching runs on
the distinct-text registry: every example case, as the review asks (eligible/possibly eligible, top
20) and as ``her2nav trials match --limit 20`` asks (all verdicts, top 20); the exhaustive full listing
(every candidate judged) only up to 10,000 studies. Each figure comes with the CPU time it took (per
study for an import, parse workers included; per match) and the machine's load averages, and each
match with its database queries: on a shared machine those are steadier than wall-clock time. Not run
by ``make test``. Each match also shows how many studies the shortlist judged (criteria read) and
a digest of the entries it returned (the same digest before and after a speed change means the same
output).

``--registry FILE`` keeps the distinct-text registry of a single size in FILE (SQLite) and, when FILE
already exists, skips building and importing and only times matching on it (the 100k import takes
minutes; repeated match timings do not need it again).

    .venv/bin/python bench/trials.py [--sizes 1000,10000,100000] [--repeats 20] [--registry FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/data/trials")
CASES = ROOT / "tests" / "trials" / "cases"
EXHAUSTIVE_UP_TO = 10_000
_NOTES = ("per protocol", "as assessed by the investigator", "at screening", "per local guidelines")


# The records each registry is built from: both shared folders (a third of the studies are gastric or
# HER2-directed, open treatment trials that import interprets: the costly case), or the Hong Kong
# sample alone (a slice of a real registry: 18 of its 147 studies are interpreted).
MIXES = {"all": ("her2-gastric", "hk-sample"), "hk-sample": ("hk-sample",)}


def _templates(mix: str = "all") -> list[dict[str, Any]]:
    paths = [p for folder in MIXES[mix] for p in sorted((SHARED / folder).glob("NCT*.json"))]
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


_ITEM = re.compile(r"(\* |- |• |\d{1,2}\. )")


def perturb(text: str, rng: random.Random) -> str:
    """The same kind of eligibility text with other numbers, another bullet order and extra words:
    each run of top-level bullets (with their sub-bullets) is shuffled as a block."""
    out: list[str] = []
    items: list[list[str]] = []

    def flush() -> None:
        rng.shuffle(items)
        for item in items:
            first = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + rng.randint(-2, 2)), item[0])
            if rng.random() < 0.5:
                first += f" ({rng.choice(_NOTES)}, note {rng.randint(1, 999)})"
            out.extend([first, *item[1:]])
        items.clear()

    for line in text.splitlines():
        if _ITEM.match(line):
            items.append([line])
        elif items and (line.startswith((" ", "\t")) or not line.strip()):
            items[-1].append(line)
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def build_archive(size: int, folder: Path, *, distinct: bool, seed: int = 7, mix: str = "all") -> Path:
    """A zip of ``size`` per-study JSON files: real records, new ids, shuffled sites."""
    rng = random.Random(seed)
    templates = _templates(mix)
    countries = sorted(
        {
            loc.get("country")
            for t in templates
            for loc in t["protocolSection"].get("contactsLocationsModule", {}).get("locations", [])
            if loc.get("country")
        }
    )
    path = folder / f"registry-{size}-{mix}-{'distinct' if distinct else 'repeated'}.zip"
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
            elig = proto.get("eligibilityModule", {})
            if distinct and elig.get("eligibilityCriteria"):
                elig["eligibilityCriteria"] = perturb(elig["eligibilityCriteria"], rng)
            archive.writestr(f"{nct}.json", json.dumps(record))
    return path


def _this_tree() -> None:
    """Import her2nav from the tree this script is in (a clone measured against another), not from
    wherever the environment installed it."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def _import_child(url: str, archive: str, out: Any) -> None:
    _this_tree()
    from her2nav.trials.registry.importer import import_paths
    from her2nav.trials.registry.store import Registry

    registry = Registry(url)
    start, cpu = time.perf_counter(), _cpu_seconds()
    report = import_paths(registry, [Path(archive)])
    elapsed = time.perf_counter() - start
    cpu_ms = (_cpu_seconds() - cpu) * 1000 / max(1, report.written)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # largest parse worker
    out.send((report.written, elapsed, peak_mb, worker_mb, cpu_ms))


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the parse workers), user + system: on a
    shared machine, CPU per study is steadier than the wall-clock rate."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


Timed = tuple[float, float, int, float, float, float, str]


def _timed(run: Any, repeats: int, counters: dict[str, int]) -> Timed:
    """(p50 ms, p99 ms, entries listed, CPU p50 ms, database queries and studies judged per match,
    digest of the entries)."""
    entries = run()  # warm-up (imports, caches)
    digest = hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()[:12]
    times, cpus = [], []
    counters.update(queries=0, judged=0)
    for _ in range(repeats):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        times.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    per_match = {name: value / repeats for name, value in counters.items()}
    p50, cpu_p50 = statistics.median(times), statistics.median(cpus)
    return p50, p99, len(entries), cpu_p50, per_match["queries"], per_match["judged"], digest


def _match_child(url: str, repeats: int, exhaustive: bool, out: Any) -> None:
    _this_tree()
    from sqlalchemy import event

    from her2nav.case.load import load_case
    from her2nav.trials.matching.match import match_case
    from her2nav.trials.registry.store import Registry

    registry = Registry(url)
    counters = {"queries": 0, "judged": 0}
    load_criteria = registry.load_criteria

    def counted(*_: Any) -> None:
        counters["queries"] += 1

    def judged(ids: list[str]) -> Any:  # the studies whose criteria the shortlist reads to judge them
        counters["judged"] += len(ids)
        return load_criteria(ids)

    event.listen(registry.engine, "before_cursor_execute", counted)
    registry.load_criteria = judged  # type: ignore[method-assign]
    results = {}
    for path in sorted(CASES.glob("e0[!7]*.case.yaml")):
        case = load_case(path)
        name = path.name.split(".")[0][:30]
        modes: dict[str, Any] = {
            "review top 20": lambda c=case: match_case(c, registry, include_ineligible=False, limit=20),
            "all verdicts top 20": lambda c=case: match_case(c, registry, limit=20),
        }
        if exhaustive:
            modes["all verdicts, no limit"] = lambda c=case: match_case(c, registry)
        for mode, run in modes.items():
            times = repeats if mode.endswith("20") else min(repeats, 3)
            results[f"{name} {mode}"] = _timed(run, times, counters)
    out.send(results)


def _in_child(target: Any, *args: Any) -> Any:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(*args, child))
    proc.start()
    value = parent.recv()
    proc.join()
    return value


def _load() -> str:
    """The machine's load averages (1, 5, 15 min): timings on a shared machine mean little without."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _import(size: int, folder: Path, distinct: bool, url: str, mix: str = "all") -> None:
    label = "distinct texts" if distinct else "repeated texts (191)"
    label = label if mix == "all" else f"{mix}, distinct"
    archive = build_archive(size, folder, distinct=distinct, mix=mix)
    written, elapsed, peak, worker, cpu_ms = _in_child(_import_child, url, str(archive))
    print(
        f"  import, {label:<21} {written / elapsed:8,.0f} studies/s "
        f"({elapsed:6.1f} s, {cpu_ms:.2f} CPU ms per study), peak RSS {peak:,.0f} MB "
        f"(+ each parse worker ≤ {worker:,.0f} MB), load {_load()}"
    )
    archive.unlink()


def _match(size: int, url: str, args: argparse.Namespace) -> None:
    repeats = args.repeats if size < 100_000 else args.repeats_100k
    exhaustive = size <= EXHAUSTIVE_UP_TO
    note = "" if exhaustive else "; exhaustive full listing skipped above 10,000"
    print(f"  match on the distinct-text registry ({repeats} repeats per case{note}):")
    results = _in_child(_match_child, url, repeats, exhaustive)
    for name, (p50, p99, count, cpu, queries, judged, digest) in results.items():
        print(
            f"    {name:<52} p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  CPU p50 {cpu:6.1f} ms  "
            f"{queries:4.0f} queries  {judged:6.0f} judged  ({count} listed, {digest})"
        )
    print(f"  load {_load()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--repeats-100k", type=int, default=5, help="match repeats at ≥ 100,000 studies")
    parser.add_argument(
        "--registry", type=Path, help="keep the distinct-text registry here (one size); reuse it if present"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.registry is not None:
            if len(sizes) != 1:
                parser.error("--registry keeps one registry: give one size")
            url = f"sqlite:///{args.registry.resolve()}"
            print(f"\n{sizes[0]:>7} studies ({args.registry})")
            if not args.registry.exists():
                _import(sizes[0], folder, True, url)
            _match(sizes[0], url, args)
            return
        for size in sizes:
            print(f"\n{size:>7} studies")
            for distinct in (True, False):
                url = f"sqlite:///{folder / f'registry-{size}-{distinct}.sqlite'}"
                _import(size, folder, distinct, url)
                if distinct:
                    _match(size, url, args)
                Path(url.removeprefix("sqlite:///")).unlink()
            url = f"sqlite:///{folder / f'registry-{size}-hk.sqlite'}"
            _import(size, folder, True, url, mix="hk-sample")  # for information: a real registry's mix
            Path(url.removeprefix("sqlite:///")).unlink()


if __name__ == "__main__":
    main()
