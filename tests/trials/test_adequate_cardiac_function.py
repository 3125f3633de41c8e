""" "Adequate cardiac function" with no number (issue 15 class 6, a hedged qualifier): heart failure on
record is not adequate cardiac function, nor is an ejection fraction below the knowledge base's floor;
with neither recorded it stays open (twenty-second session: TY's reviewer on NCT00343239, TH's on a
flattened organ-function list), and so is adequate organ function that names the heart among the organs
(twenty-third session: VM, VQ). An ejection fraction the item names is read as before."""

from __future__ import annotations

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import judge, status

HEART_FAILURE = {"patient__conditions": ["heart_failure"], "patient__lvef_percent": 45}


def test_a_reduced_ejection_fraction_is_not_adequate_cardiac_function() -> None:
    found = judge("Adequate cardiac function", "inclusion", **HEART_FAILURE)
    assert found["status"] == "not_met"
    assert "45" in found["reason"]


def test_a_normal_or_unrecorded_ejection_fraction_leaves_the_work_up_open() -> None:
    found = judge("Adequate cardiac function", "inclusion", patient__lvef_percent=60)
    assert found["status"] == "unknown"
    assert "cardiac work-up" in found["reason"]
    assert status("Adequate cardiac function", "inclusion") == "unknown"  # no LVEF recorded


def test_an_item_run_into_the_next_keeps_both_readings() -> None:
    text = "Adequate cardiac function No prior chemotherapy for gastric cancer"
    assert status(text, "inclusion", **HEART_FAILURE) == "not_met"
    assert status(text, "inclusion") == "unknown"  # untreated, no LVEF recorded


def test_an_ejection_fraction_named_is_the_cut_off() -> None:
    text = "Adequate cardiac function. For all patients, an ejection fraction of > 50% is required."
    assert interpret(text, "inclusion") == [{"type": "lvef", "op": ">", "value": 50}]


ORGANS_WITH_HEART = "Has protocol-defined adequate organ function, including cardiac and renal function"


def test_adequate_organ_function_that_names_the_heart_fails_a_reduced_ejection_fraction() -> None:
    # twenty-third session: the VM and VQ reviewers on DESTINY-PanTumor02 and DESTINY-Gastric03
    assert status(ORGANS_WITH_HEART, "inclusion", **HEART_FAILURE) == "not_met"
    assert status(ORGANS_WITH_HEART, "inclusion", patient__lvef_percent=60) == "unknown"


def test_adequate_organ_function_without_the_heart_does_not_read_the_ejection_fraction() -> None:
    text = "Adequate organ function, including renal and hepatic function"
    assert status(text, "inclusion", **HEART_FAILURE) == "unknown"
