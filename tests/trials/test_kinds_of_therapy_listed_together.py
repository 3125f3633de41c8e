"""Readings of kinds of therapy listed together under one "prior" ("prior immunotherapy, targeted therapy
or chemotherapy"; issue 15, class 3). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status


def _line(agents: list[str]) -> dict[str, Any]:
    return {
        "line": 1,
        "agents": agents,
        "started_on": "2025-01-10",
        "ended_on": "2025-09-01",
        "stop_reason": "progression",
    }


CHEMOTHERAPY = _line(["capecitabine", "oxaliplatin"])
WITH_TRASTUZUMAB = _line(["capecitabine", "oxaliplatin", "trastuzumab"])
WITH_NIVOLUMAB = _line(["capecitabine", "oxaliplatin", "nivolumab"])


def _groups(text: str, kind: str) -> set[str]:
    return {r["group"] for r in interpret(text, kind) if r["type"] == "prior_therapy"}


def test_chemotherapy_named_after_immunotherapy_is_prior_chemotherapy_too() -> None:
    text = "Prior immunotherapy or chemotherapy for gastric cancer"
    assert _groups(text, "exclusion") == {"pd1", "chemotherapy"}
    assert status(text, "exclusion", treatments=[CHEMOTHERAPY]) == "not_met"
    assert status(text, "exclusion") == "met"


def test_no_immunotherapy_or_chemotherapy_for_any_reason_fails_after_chemotherapy() -> None:
    text = "No prior immunotherapy or chemotherapy for any reason"
    assert status(text, "inclusion", treatments=[CHEMOTHERAPY]) == "not_met"
    assert status(text, "inclusion") == "met"


def test_targeted_therapy_in_a_bracket_of_kinds_a_failed_therapy_may_have_been_is_not_asked_for() -> None:
    text = "Failed in previous standard therapy ( surgery, chemotherapy, radiotherapy, and targeted therapy)"
    assert "targeted" not in _groups(text, "inclusion")


def test_no_current_chemotherapy_or_targeted_therapy_asks_for_no_targeted_therapy_before() -> None:
    text = "Receiving no form of chemotherapy, targeted therapy or other study medication;"
    assert "targeted" not in _groups(text, "inclusion")


def test_a_wash_out_from_kinds_listed_together_is_not_an_exclusion_of_every_course() -> None:
    text = "Prior immunotherapy or chemotherapy within 4 weeks before the first dose"
    assert "chemotherapy" not in _groups(text, "exclusion")
