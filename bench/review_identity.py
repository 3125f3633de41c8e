"""Is the review JSON the same before and after a change that must not alter behaviour?

Records the review (with trials from the installed registry) of every case file kept in the
repository and in ../shared/examples, plus seeded random cases, as JSON files in a folder; a second
run compares against such a folder and lists every case whose review differs, byte for byte.

    .venv/bin/python bench/review_identity.py record /tmp/reviews-before
    ... change the code ...
    .venv/bin/python bench/review_identity.py compare /tmp/reviews-before

Cases without an ``as_of`` are reviewed as of today, so record and compare on the same day.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CASE_FOLDERS = [ROOT / "tests", ROOT.parent / "shared" / "examples"]
RANDOM_CASES = 300


def case_files() -> Iterator[Path]:
    for folder in CASE_FOLDERS:
        if folder.is_dir():
            yield from sorted(folder.rglob("*.case.yaml"))


def name_of(path: Path) -> str:
    """The same name for a file in any clone: relative to the repository, or to the folder beside it."""
    return str(path.relative_to(ROOT if path.is_relative_to(ROOT) else ROOT.parent))


def inputs() -> Iterator[tuple[str, Any]]:
    """(name, case) for every valid case: files first, then the seeded random ones."""
    sys.path.insert(0, str(ROOT))
    from her2nav.case.errors import CaseError
    from her2nav.case.load import case_from_data, load_case
    from tests.recommend.casegen import random_cases

    for path in case_files():
        try:
            yield name_of(path), load_case(path)
        except CaseError:
            continue  # an invalid example: its error lines are tested elsewhere
    for data in random_cases(RANDOM_CASES, seed=13):
        yield f"random/{data['case_id']}", case_from_data(data)


def review_json(case: Any) -> str:
    from her2nav.review import review_with_trials

    return review_with_trials(case).to_json(indent=1)


def file_for(folder: Path, name: str) -> Path:
    return folder / (hashlib.sha256(name.encode()).hexdigest()[:16] + ".json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    seen = differ = missing = 0
    for name, case in inputs():
        seen += 1
        text = review_json(case)
        target = file_for(folder, name)
        if args.mode == "record":
            target.write_text(json.dumps({"case": name, "review": text}), encoding="utf-8")
            continue
        if not target.exists():
            missing += 1
            print(f"not recorded before: {name}")
        elif json.loads(target.read_text(encoding="utf-8"))["review"] != text:
            differ += 1
            print(f"differs: {name}")
    if args.mode == "record":
        print(f"recorded {seen} reviews in {folder}")
        return 0
    print(f"{seen} reviews: {seen - differ - missing} identical, {differ} differ, {missing} not recorded")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
