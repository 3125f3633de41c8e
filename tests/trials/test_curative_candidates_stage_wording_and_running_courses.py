"""Readings from the twenty-first session's look at verdicts that still disagreed (issue 15 classes 1, 3
and 4): a stage "…, are eligible for the study" is the stage asked, not a permission; being "a candidate
for a curative surgical approach" or "for neoadjuvant chemotherapy" asks for disease that can be resected;
"no other more conventional forms of therapy available" asks that no standard option is left; and a
permission's wash-out ("allowed if delivered at least 4 weeks prior to the enrollment") counts the course
running now. Sentences written for these tests after the registry wording of NCT05567835, NCT00054457 and
NCT03740256."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ONGOING, status

RESECTABLE = {"diagnosis__setting": "resectable"}


def test_a_stage_worded_as_who_is_eligible_is_the_stage_asked() -> None:
    text = "Stage cT2 or higher, any N and M0, are eligible for the study."
    assert interpret(text, "inclusion") != [{"type": "permission"}]
    assert status(text, "inclusion") == "not_met"  # the case is metastatic
    assert status("Stage cT2 or higher, any N and M0 are eligible.", "inclusion") == "not_met"


def test_a_population_worded_as_eligible_stays_a_permission() -> None:
    assert status("Patients with treated brain metastases are eligible.", "inclusion") == "met"


def test_a_candidate_for_curative_surgery_or_neoadjuvant_chemotherapy_has_resectable_disease() -> None:
    for text in (
        "Must be a candidate for curative surgical approach.",
        "Must be a candidate for neoadjuvant chemotherapy.",
    ):
        assert status(text, "inclusion") == "not_met", text  # metastatic
        assert status(text, "inclusion", **RESECTABLE) == "met", text


def test_no_other_conventional_therapy_asks_that_no_standard_option_is_left() -> None:
    text = (
        "No other more conventional forms of therapy available with a reasonable chance of cure or "
        "significant palliation"
    )
    assert interpret(text, "inclusion") == [{"type": "standard_exhausted"}]
    assert status(text, "inclusion") == "not_met"  # untreated HER2-positive: first-line options remain


def test_a_permission_s_wash_out_counts_the_course_running_now() -> None:
    text = "Prior HER2 targeted therapy is allowed if delivered at least 4 weeks prior to the enrollment."
    on_trastuzumab: list[dict[str, Any]] = [
        {**FIRST_LINE_ONGOING[0], "agents": ["trastuzumab", "capecitabine", "oxaliplatin"]}
    ]
    assert status(text, "inclusion", treatments=on_trastuzumab) == "not_met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ONGOING) == "met"  # no HER2 therapy: n/a
