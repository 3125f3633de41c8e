"""Golden review output: the exact JSON ``build_review`` gives for the shared example cases (copied
under golden/cases) and for 200 seeded random cases (inputs stored beside the outputs).

Regenerate ONLY after an intended change of rules or knowledge (then read the diff of the example
reviews): ``.venv/bin/python -m tests.recommend.golden``. A speed-up must leave these files unchanged.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from her2nav.case.load import case_from_data, load_case
from her2nav.review import build_review

HERE = Path(__file__).resolve().parent / "golden"
CASES = HERE / "cases"
REVIEWS = HERE / "reviews"
RANDOM_CASES = HERE / "random-cases.jsonl.gz"
RANDOM_REVIEWS = HERE / "random-reviews.jsonl.gz"
RANDOM_COUNT = 200
RANDOM_SEED = 7


def example_cases() -> list[Path]:
    return sorted(CASES.glob("*.case.yaml"))


def review_path(case: Path) -> Path:
    return REVIEWS / case.name.replace(".case.yaml", ".review.json")


def example_json(case: Path) -> str:
    """What ``her2nav review CASE --json`` prints (indented)."""
    return build_review(load_case(case)).to_json(indent=2) + "\n"


def read_lines(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()


def random_json(case: dict[str, Any]) -> str:
    return build_review(case_from_data(case)).to_json()


def write() -> None:
    from tests.recommend.casegen import random_cases

    REVIEWS.mkdir(exist_ok=True)
    for case in example_cases():
        review_path(case).write_text(example_json(case), encoding="utf-8")
    cases = random_cases(RANDOM_COUNT, RANDOM_SEED)
    # mtime=0 keeps the gzip bytes stable between regenerations
    with gzip.GzipFile(RANDOM_CASES, "wb", mtime=0) as fh:
        fh.write("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases).encode())
    with gzip.GzipFile(RANDOM_REVIEWS, "wb", mtime=0) as fh:
        fh.write("".join(random_json(c) + "\n" for c in cases).encode())


if __name__ == "__main__":
    write()
