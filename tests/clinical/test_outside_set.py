"""The outside clinical set: every case the engine answers as a gastric oncologist would, except the
ones listed in known_failures.txt (each a defect still open, with what fails). A listed case that
starts to pass fails this test too, so that the list only ever shrinks on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clinical.expectations import failures, outside_cases, run

KNOWN = Path(__file__).with_name("known_failures.txt")


def known_failures() -> set[str]:
    if not KNOWN.exists():
        return set()
    lines = KNOWN.read_text(encoding="utf-8").splitlines()
    return {line.split()[0] for line in lines if line.strip() and not line.startswith("#")}


CASES = outside_cases()


@pytest.mark.skipif(not CASES, reason="the outside set is not in this checkout")
@pytest.mark.parametrize(("case_file", "expect"), CASES, ids=[c.name.split(".")[0] for c, _ in CASES])
def test_the_engine_answers_the_outside_case_as_a_specialist_would(case_file: Path, expect: dict) -> None:
    name = case_file.name.split(".")[0]
    found = failures(run(case_file), expect)
    if name in known_failures():
        assert found, f"{name} now passes: remove it from {KNOWN.name}"
    else:
        assert not found, "\n".join(found)
