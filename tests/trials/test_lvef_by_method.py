"""A cardiac function cut-off that depends on the method (issue 15, class 9, held-out class g): a case
LVEF that one method's cut-off passes and the other's fails stays open while the method is not
recorded; above both it is met, below both not met. Sentences written for these tests."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status

BY_METHOD = "Ejection fraction of 55% or more on echocardiography, or ≥ 50% on a MUGA scan (LVEF ≥ 50%)."
TWO_METHODS = "LVEF ≥ 55% measured by echocardiogram, or LVEF ≥ 50% measured by multigated acquisition scan."


@pytest.mark.parametrize(("lvef", "expected"), [(52, "unknown"), (58, "met"), (55, "met"), (47, "not_met")])
def test_an_lvef_between_the_cut_offs_of_two_methods_stays_open(lvef: int, expected: str) -> None:
    assert status(TWO_METHODS, "inclusion", patient__lvef_percent=lvef) == expected


def test_the_same_cut_offs_read_as_an_exclusion_turn_round() -> None:
    text = "Left ventricular ejection fraction < 50% by echocardiography or < 45% by MUGA."
    assert status(text, "exclusion", patient__lvef_percent=47) == "unknown"
    assert status(text, "exclusion", patient__lvef_percent=42) == "not_met"
    assert status(text, "exclusion", patient__lvef_percent=60) == "met"


def test_one_cut_off_for_either_method_is_a_plain_cut_off() -> None:
    found = interpret("LVEF ≥ 50% by echocardiogram or MUGA scan.", "inclusion")
    assert found == [{"type": "lvef", "op": ">=", "value": 50}]
    assert (
        status("LVEF ≥ 50% by echocardiogram or MUGA scan.", "inclusion", patient__lvef_percent=52) == "met"
    )


def test_a_change_from_baseline_is_not_a_second_method_cut_off() -> None:
    text = "LVEF ≥ 50% by echocardiogram or MUGA, and no fall of 10% or more from baseline."
    assert interpret(text, "inclusion") == [{"type": "lvef", "op": ">=", "value": 50}]


def test_the_cut_offs_by_method_are_kept_with_the_requirement() -> None:
    assert {"type": "lvef", "op": ">=", "value": 55, "by_method": [50, 55]} in interpret(
        TWO_METHODS, "inclusion"
    )
    assert [r.get("by_method") for r in interpret(BY_METHOD, "inclusion")] == [[50, 55]]
