"""Permission clauses read as requirements (issue 15, held-out review class 3: false exclusions): a
clause that widens eligibility for patients who had one kind of therapy asks nothing of those who did
not, and stays open for those who did. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Patients already treated with trastuzumab are eligible provided it ended 4 weeks ago.",
            "inclusion",
        ),
        ("Prior trastuzumab is acceptable if the last infusion was over 6 months before day 1.", "exclusion"),
    ],
)
def test_a_conditional_permission_for_prior_therapy_does_not_apply_to_a_patient_who_never_had_it(
    text: str, kind: str
) -> None:
    found = judge(text, kind)
    assert (found["status"], found["reason"][:15]) == ("met", "does not apply:")
    assert status(text, kind, treatments=FIRST_LINE_ENDED) == "unknown"


def test_an_unconditional_permission_ending_in_a_full_stop_asks_nothing() -> None:
    text = "Participants with prior HER2-targeted treatment may be enrolled."
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_clause_that_forbids_prior_therapy_is_not_a_permission() -> None:
    text = "Patients previously treated with trastuzumab are not eligible unless it was given adjuvantly."
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_patients_who_may_also_be_enrolled_under_a_definition_that_follows_are_a_permission() -> None:
    text = (
        "Patients with intolerance to second-line treatment may also be enrolled after full evaluation by "
        "the investigator. The definition of intolerance is as follows: any Grade ≥ 3 toxicity that has not "
        "recovered to Grade 1 after 14 days of best supportive care."
    )
    found = judge(text, "inclusion", treatments=FIRST_LINE_ENDED)
    assert (found["status"], found["reason"].startswith("does not apply")) == ("met", True)
