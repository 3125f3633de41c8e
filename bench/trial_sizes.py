"""How large are the review JSON and `her2nav trials match --json` for each contract example?

Installs the shipped registry snapshot into a scratch SQLite file (the installed registry is left
alone), then for every valid case in ../shared/examples prints the size of the review JSON as
`her2nav review CASE --json` prints it (indented) and as the API serves it (compact), the part of the
indented one that is `trials`, the number of trials listed, and the size of the full match listing
(`her2nav trials match CASE --json`). Target (issue 15): every review JSON < 40 KB (judged on the
indented form; exit status 1 when one is over).

    .venv/bin/python bench/trial_sizes.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT.parent / "shared" / "examples"
TARGET_BYTES = 40 * 1024
AIM_BYTES = 36 * 1024  # the aim: a margin under the target


def _kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


def measure() -> list[dict[str, Any]]:
    from her2nav.case.errors import CaseError
    from her2nav.case.load import load_case
    from her2nav.review import review_with_trials
    from her2nav.trials.matching.for_review import installed_registry
    from her2nav.trials.matching.match import match_case

    rows = []
    for path in sorted(EXAMPLES.glob("*.case.yaml")):
        try:
            case = load_case(path)
        except CaseError:
            continue  # an invalid example: no review
        review = review_with_trials(case)
        text = review.to_json(indent=2)
        compact = review.to_json()
        rest = json.dumps({**review.data, "trials": []}, ensure_ascii=False, indent=2)
        sections = {
            k: len(json.dumps({k: review.data[k]}, ensure_ascii=False, indent=2).encode())
            for k in ("options", "excluded")
        }
        entries = match_case(case, installed_registry())
        listing = json.dumps(entries, ensure_ascii=False, indent=2)
        rows.append(
            {
                "case": path.name.removesuffix(".case.yaml"),
                "review_bytes": len(text.encode()),
                "review_compact_bytes": len(compact.encode()),
                "trials_bytes": len(text.encode()) - len(rest.encode()),
                "options_bytes": sections["options"],
                "excluded_bytes": sections["excluded"],
                "trials": len(review.data["trials"]),
                "match_bytes": len(listing.encode()),
                "match_entries": len(entries),
            }
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["HER2NAV_REGISTRY_URL"] = f"sqlite:///{Path(scratch) / 'registry.sqlite'}"
        rows = measure()
    print(
        f"{'case':<44} {'review B':>9} {'compact':>9} {'options':>9} {'excluded':>9} {'trials':>9} {'n':>3} "
        f"{'match --json':>12} {'n':>3}"
    )
    for r in rows:
        flag = "" if r["review_bytes"] < TARGET_BYTES else "  over target"
        print(
            f"{r['case']:<44} {r['review_bytes']:>9,} {_kb(r['review_compact_bytes']):>9} "
            f"{_kb(r['options_bytes']):>9} {_kb(r['excluded_bytes']):>9} "
            f"{_kb(r['trials_bytes']):>9} {r['trials']:>3} {_kb(r['match_bytes']):>12} "
            f"{r['match_entries']:>3}{flag}"
        )
    worst = max(r["review_bytes"] for r in rows)
    print(f"largest review JSON {worst:,} bytes (target < {TARGET_BYTES:,}, aim <= {AIM_BYTES:,})")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0 if worst < TARGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
