"""Issue 15, size: the review JSON of every contract example, as `her2nav review CASE --json` prints it
(indented, trials from the shipped registry included), stays under 40 KB with a margin.

Sizes are deterministic (each example fixes `as_of`; the registry is the shipped snapshot), so a plain
byte count is the test. Figures per example: `.venv/bin/python bench/trial_sizes.py`."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from her2nav.cli import app

SHARED = Path(__file__).resolve().parents[2] / "shared" / "examples"
COPIES = Path(__file__).resolve().parent / "render" / "cases"  # the same cases, for clones without ../shared
EXAMPLES = SHARED if SHARED.is_dir() else COPIES
TARGET_BYTES = 40 * 1024  # issue 15
REVIEW_BYTES_MAX = 39 * 1024  # the target less a margin, so that growth shows before it is a failure


def example_cases() -> list[Path]:
    return sorted(EXAMPLES.glob("*.case.yaml"))


def review_json(case: Path) -> tuple[int, bytes]:
    result = CliRunner().invoke(app, ["review", str(case), "--json"])
    return result.exit_code, result.stdout_bytes


def test_the_copies_of_the_contract_examples_are_the_contract_examples() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this clone")
    assert {p.name: p.read_bytes() for p in SHARED.glob("*.case.yaml")} == {
        p.name: p.read_bytes() for p in COPIES.glob("*.case.yaml")
    }


@pytest.mark.parametrize("case", example_cases(), ids=lambda p: p.name.split("-")[0])
def test_the_review_json_of_each_contract_example_stays_under_40_kb_with_a_margin(case: Path) -> None:
    code, out = review_json(case)
    if code == 2:
        return  # the invalid example (e07) has no review
    assert code == 0
    assert b'"trials": [\n' in out, "the example should list trials from the shipped registry"
    assert len(out) <= REVIEW_BYTES_MAX < TARGET_BYTES, f"{case.name}: {len(out)} bytes"
