"""Review output stays byte-for-byte what it was (golden files; see tests/recommend/golden.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from her2nav.case.load import case_from_data, load_case
from her2nav.review import build_review
from tests.recommend.golden import (
    RANDOM_CASES,
    RANDOM_COUNT,
    RANDOM_REVIEWS,
    example_cases,
    example_json,
    random_json,
    read_lines,
    review_path,
)


def first_difference(got: Any, want: Any, path: str = "") -> str:
    """The first place two JSON values differ, as 'options[2].access.GB.note: got … want …'."""
    if isinstance(got, dict) and isinstance(want, dict):
        if list(got) != list(want):
            return f"{path or '(top)'} keys: got {list(got)} want {list(want)}"
        for key in got:
            found = first_difference(got[key], want[key], f"{path}.{key}" if path else key)
            if found:
                return found
        return ""
    if isinstance(got, list) and isinstance(want, list):
        if len(got) != len(want):
            return f"{path} length: got {len(got)} want {len(want)}"
        for i, (a, b) in enumerate(zip(got, want, strict=True)):
            found = first_difference(a, b, f"{path}[{i}]")
            if found:
                return found
        return ""
    if got != want or type(got) is not type(want):
        return f"{path}: got {got!r} want {want!r}"
    return ""


def test_the_golden_set_holds_every_valid_example_and_200_random_cases() -> None:
    assert len(example_cases()) == 7
    assert len(read_lines(RANDOM_CASES)) == RANDOM_COUNT == len(read_lines(RANDOM_REVIEWS))


@pytest.mark.parametrize("case", example_cases(), ids=lambda p: p.name.split("-")[0])
def test_the_review_of_each_example_is_unchanged(case: Path) -> None:
    want = review_path(case).read_text(encoding="utf-8")
    got = example_json(case)
    if got != want:
        diff = first_difference(json.loads(got), json.loads(want))
        pytest.fail(f"{case.name}: {diff or 'same data, different JSON text (key order or number format)'}")
    assert build_review(load_case(case)).data == json.loads(want)


def test_the_reviews_of_200_random_cases_are_unchanged() -> None:
    cases = [json.loads(line) for line in read_lines(RANDOM_CASES)]
    wants = read_lines(RANDOM_REVIEWS)
    changed = []
    for case, want in zip(cases, wants, strict=True):
        got = random_json(case)
        if got != want:
            diff = first_difference(json.loads(got), json.loads(want))
            changed.append(f"{case['case_id']}: {diff or 'same data, different JSON text'}")
        elif build_review(case_from_data(case)).data != json.loads(want):
            changed.append(f"{case['case_id']}: .data differs from its JSON")
    assert not changed, f"{len(changed)} of {len(cases)} reviews changed; first: " + "; ".join(changed[:3])


def test_the_comparison_names_the_field_that_changed() -> None:
    got = {"options": [{"access": {"GB": {"note": "a"}}}]}
    want = {"options": [{"access": {"GB": {"note": "b"}}}]}
    assert first_difference(got, want) == "options[0].access.GB.note: got 'a' want 'b'"
    assert first_difference({"x": 1}, {"x": 1.0}) == "x: got 1 want 1.0"


def test_changing_one_review_leaves_the_next_review_of_the_same_case_untouched() -> None:
    """Memoised fragments (access per option, evidence per trial) are shared; each review owns copies."""
    case = load_case(example_cases()[0])
    first = build_review(case).data
    want = json.dumps(first, ensure_ascii=False)
    option = first["options"][0]
    option["access"]["US"]["note"] = "changed"
    option["evidence"][0]["summary"] = "changed"
    option["cautions"].append({"code": "X"})
    first["gaps"].clear()
    assert json.dumps(build_review(case).data, ensure_ascii=False) == want


_DIGEST_OF_RANDOM_REVIEWS = """
import hashlib
from tests.recommend.golden import RANDOM_CASES, random_json, read_lines
import json
digest = hashlib.sha256()
for line in read_lines(RANDOM_CASES):
    digest.update(random_json(json.loads(line)).encode())
print(digest.hexdigest())
"""


def test_reviews_do_not_depend_on_the_interpreter_hash_seed() -> None:
    """Set and dict orders built from strings change with PYTHONHASHSEED; the review text must not."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    digests = {
        subprocess.run(
            [sys.executable, "-c", _DIGEST_OF_RANDOM_REVIEWS],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
