"""The outside set's 12 scans as a ratchet: the figures read from the scans (OCR) may only go up.

The floor is recorded in outside_scans_floor.txt (``bench/extract_outside.py --scans --write-floor``
rewrites it with the text floor). OCR takes one to five seconds a page on this machine, so the test is
marked slow; it stays in ``make test``. Speed is the bench's business, not this test's.
"""

from __future__ import annotations

import shutil

import pytest

from tests.extract.outside_score import OUTSIDE, load_gold, run_scans, summary
from tests.extract.test_outside_set import HIGHER_IS_BETTER, LOWER_IS_BETTER, SCANS_FLOOR, read_floor

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    if not OUTSIDE.is_dir():
        pytest.skip("the outside set is not in this checkout")
    if shutil.which("tesseract") is None:
        pytest.fail("tesseract is not installed: run `make system`")
    return summary(run_scans(load_gold()))


@pytest.mark.parametrize("name", HIGHER_IS_BETTER)
def test_the_outside_scans_score_no_lower_than_recorded(figures: dict[str, float], name: str) -> None:
    floor = read_floor(SCANS_FLOOR)[name]
    assert figures[name] >= floor - 1e-9, f"{name} fell to {figures[name]:.4f} (recorded {floor:.4f})"


@pytest.mark.parametrize("name", LOWER_IS_BETTER)
def test_the_outside_scans_have_no_more_wrong_values_than_recorded(
    figures: dict[str, float], name: str
) -> None:
    ceiling = read_floor(SCANS_FLOOR)[name]
    assert figures[name] <= ceiling, f"{name} rose to {int(figures[name])} (recorded {int(ceiling)})"
