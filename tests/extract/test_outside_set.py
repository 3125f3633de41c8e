"""The outside extraction set as a ratchet: the figures on its 47 text reports may only go up.

The floor is recorded in outside_floor.txt (``bench/extract_outside.py --write-floor`` rewrites it after
an improvement). A score below its floor, or more wrong values than recorded, fails ``make test``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.outside_score import OUTSIDE, load_gold, run_text, summary

FLOOR = Path(__file__).with_name("outside_floor.txt")
SCANS_FLOOR = Path(__file__).with_name("outside_scans_floor.txt")  # held by test_outside_scans.py
HIGHER_IS_BETTER = (
    "precision",
    "recall",
    "recall_zh",
    "precision_zh",
    "her2_precision",
    "her2_recall",
)
LOWER_IS_BETTER = ("wrong_values", "wrong_dates")


def read_floor(path: Path = FLOOR) -> dict[str, float]:
    floor: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, value = line.split()[:2]
            floor[name] = float(value)
    return floor


def write_floor(figures: dict[str, float], path: Path = FLOOR, what: str = "text reports") -> None:
    lines = [f"# outside set, {what}: the floor of each figure (bench/extract_outside.py)"]
    lines += [f"{name} {figures[name]:.4f}" for name in HIGHER_IS_BETTER]
    lines += [f"{name} {int(figures[name])}" for name in LOWER_IS_BETTER]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    if not OUTSIDE.is_dir():
        pytest.skip("the outside set is not in this checkout")
    return summary(run_text(load_gold()))


@pytest.mark.parametrize("name", HIGHER_IS_BETTER)
def test_the_outside_set_scores_no_lower_than_recorded(figures: dict[str, float], name: str) -> None:
    floor = read_floor()[name]
    assert figures[name] >= floor - 1e-9, f"{name} fell to {figures[name]:.4f} (recorded {floor:.4f})"


@pytest.mark.parametrize("name", LOWER_IS_BETTER)
def test_the_outside_set_has_no_more_wrong_values_than_recorded(figures: dict[str, float], name: str) -> None:
    ceiling = read_floor()[name]
    assert figures[name] <= ceiling, f"{name} rose to {int(figures[name])} (recorded {int(ceiling)})"
