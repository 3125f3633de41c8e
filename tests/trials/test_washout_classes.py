"""Wash-outs that give several kinds of therapy their own interval in one criterion (issue 15, class
4): each interval applies to the therapies named since the one before it, read against the case's
last dose dates. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status


def _first_line_ended(on: str, *agents: str) -> list[dict[str, Any]]:
    return [
        {
            "line": 1,
            "setting": "palliative",
            "agents": list(agents or ("trastuzumab", "capecitabine", "oxaliplatin")),
            "started_on": "2026-01-20",
            "ended_on": on,
            "stop_reason": "progression",
        }
    ]


THREE_WEEKS_AGO = _first_line_ended("2026-05-11")  # as_of 2026-06-01: 21 days
TWO_MONTHS_AGO = _first_line_ended("2026-03-30")

RADIOTHERAPY_THEN_DRUGS = (
    "Palliative radiotherapy within 14 days, or cytotoxic chemotherapy, immune checkpoint inhibitors, "
    "targeted therapy or an investigational drug within 4 weeks before the first study dose."
)


def test_the_drug_interval_of_a_radiotherapy_and_drug_wash_out_applies_to_the_drugs() -> None:
    drug = [r for r in interpret(RADIOTHERAPY_THEN_DRUGS, "exclusion") if r["type"] == "washout"]
    assert drug == [{"type": "washout", "days": 28, "scope": "systemic"}]


def test_a_last_systemic_dose_three_weeks_ago_fails_a_four_week_wash_out_listed_after_radiotherapy() -> None:
    assert status(RADIOTHERAPY_THEN_DRUGS, "exclusion", treatments=THREE_WEEKS_AGO) == "not_met"


def test_a_completed_drug_wash_out_leaves_the_radiotherapy_part_open() -> None:
    assert status(RADIOTHERAPY_THEN_DRUGS, "exclusion", treatments=TWO_MONTHS_AGO) == "unknown"


def test_one_interval_after_a_list_with_radiotherapy_inside_still_times_the_drugs() -> None:
    text = (
        "Received chemotherapy, radiotherapy, immunotherapy or targeted therapy for the stomach cancer "
        "in the past 3 weeks."
    )
    found = [r for r in interpret(text, "exclusion") if r["type"] == "washout"]
    assert found == [{"type": "washout", "days": 21, "scope": "systemic"}]
    assert status(text, "exclusion", treatments=_first_line_ended("2026-05-20")) == "not_met"


def test_several_drug_classes_in_one_list_are_timed_from_any_systemic_dose() -> None:
    text = "Chemotherapy, immunotherapy or targeted agents within 28 days of the first dose."
    trastuzumab_only = _first_line_ended("2026-05-20", "trastuzumab")
    assert status(text, "exclusion", treatments=trastuzumab_only) == "not_met"


def test_each_class_with_its_own_interval_is_timed_by_its_own_interval() -> None:
    text = "Chemotherapy within 21 days, or immunotherapy within 42 days, before study treatment."
    found = interpret(text, "exclusion")
    assert {"type": "washout", "days": 21, "scope": "chemotherapy"} in found
    assert {"type": "washout", "days": 42, "scope": "immunotherapy"} in found
    chemo_four_weeks_ago = _first_line_ended("2026-05-04", "capecitabine", "oxaliplatin")
    assert status(text, "exclusion", treatments=chemo_four_weeks_ago) == "met"
    nivolumab_four_weeks_ago = _first_line_ended("2026-05-04", "nivolumab", "capecitabine")
    assert status(text, "exclusion", treatments=nivolumab_four_weeks_ago) == "not_met"


def test_an_interval_restated_in_brackets_keeps_the_words_before_the_first() -> None:
    text = (
        "Earlier adjuvant chemotherapy is allowed if the disease came back at least 6 months (183 days) "
        "after the last dose."
    )
    assert not [r for r in interpret(text, "inclusion") if r["type"] == "washout"]
