"""Does the criteria parser store the same thing before and after a speed change?

Parses the eligibility text of every real record in ../shared/data/trials/{her2-gastric,hk-sample}
and a few thousand perturbed copies of them (built as ``bench/trials.py`` builds its distinct-text
registry, same seed), and records what import stores for each text (``parsing.parsed_criteria``:
the criteria JSON and the index values) in a JSON file; a second run compares against such a file
and names every text whose stored form differs. Also prints the parse CPU time and ms per text.

    .venv/bin/python bench/parse_identity.py record /tmp/parse-before.json [--copies 3000]
    ... change the code ...
    .venv/bin/python bench/parse_identity.py compare /tmp/parse-before.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts(copies: int, seed: int = 7) -> list[tuple[str, str]]:
    """(name, eligibility text): the real texts first, then ``copies`` perturbed ones."""
    sys.path.insert(0, str(ROOT / "bench"))
    from trials import _templates, perturb

    rng = random.Random(seed)
    templates = _templates()
    out: list[tuple[str, str]] = []
    for record in templates:
        proto = record["protocolSection"]
        if text := proto.get("eligibilityModule", {}).get("eligibilityCriteria"):
            out.append((proto["identificationModule"]["nctId"], text))
    for i in range(copies):
        nct, text = out[i % len(out)]
        out.append((f"{nct}/perturbed-{i}", perturb(text, rng)))
    return out


def stored(pairs: list[tuple[str, str]]) -> tuple[dict[str, str], float]:
    """Name → the stored form of its text (JSON), and the CPU seconds the parsing took."""
    sys.path.insert(0, str(ROOT))
    from her2nav.trials.registry.parsing import parsed_criteria

    out: dict[str, str] = {}
    cpu = time.process_time()
    for name, text in pairs:
        parsed_criteria.cache_clear()  # every text parsed, none taken from the memo
        out[name] = json.dumps(asdict(parsed_criteria(text)), ensure_ascii=False, sort_keys=True)
    return out, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--copies", type=int, default=3000, help="perturbed texts beside the real ones")
    args = parser.parse_args()
    pairs = texts(args.copies)
    result, cpu = stored(pairs)
    print(f"{len(pairs)} texts parsed in {cpu:.2f} CPU s ({cpu * 1000 / len(pairs):.3f} ms per text)")
    if args.mode == "record":
        args.file.write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"recorded in {args.file}")
        return
    before = json.loads(args.file.read_text(encoding="utf-8"))
    differ = [name for name in before.keys() | result.keys() if before.get(name) != result.get(name)]
    by_record = Counter(name.split("/", 1)[0] for name in differ)  # a perturbed text names its source
    for record, count in sorted(by_record.items()):
        print(f"differs: {record} ({count} texts: the record and its perturbed copies)")
    print(f"{len(differ)} of {len(before)} texts differ" if differ else f"identical: {len(before)} texts")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
