"""Two readings from the thirty-second to thirty-fourth blind sets (UI-UK, issue 15): an exclusion of
people with a condition who also have something more ("HIV-infected participants with a history of
Kaposi's sarcoma") names only some of them; and a trial taking "either HER2 positive or negative"
patients asks for a HER2 result of any value, not for a positive one."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import judge, status

KAPOSI = (
    "HIV-infected participants with a history of Kaposi's sarcoma and/or Multicentric Castleman's Disease"
)
NEGATIVE = [{"kind": "her2_ihc", "score": "0", "criteria": "gastric", "tested_on": "2026-01-10"}]


def test_a_patient_with_hiv_is_not_excluded_by_an_item_about_hiv_with_kaposi_sarcoma() -> None:
    found = judge(KAPOSI, "exclusion", patient__conditions=["hiv"])
    assert found["status"] == "unknown"


def test_a_patient_without_hiv_passes_the_item_about_hiv_with_kaposi_sarcoma() -> None:
    assert status(KAPOSI, "exclusion") == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Hepatitis B carriers with detectable HBV DNA.",
        "Patients with HIV who have a CD4 count below 350 cells/uL.",
        "Known human immunodeficiency virus (HIV) infection who are not on antiretroviral therapy.",
    ],
)
def test_people_with_a_condition_and_something_more_are_a_qualified_condition(text: str) -> None:
    (found,) = interpret(text, "exclusion")
    assert found["type"] == "condition" and found["qualified"] is True


@pytest.mark.parametrize("text", ["Patients with HIV.", "Known HIV infection.", "History of hepatitis B."])
def test_a_plainly_named_condition_still_excludes_everyone_with_it(text: str) -> None:
    (found,) = interpret(text, "exclusion")
    assert found["qualified"] is False


EITHER = "For Dose Expansion, patients will be enrolled to either HER2 positive or negative cohorts."


def test_either_her2_positive_or_negative_asks_for_a_result_of_any_value() -> None:
    assert interpret(EITHER, "inclusion") == [{"type": "her2_known"}]
    assert interpret("HER2-positive or HER2-negative disease.", "inclusion") == [{"type": "her2_known"}]


def test_a_her2_negative_patient_meets_either_her2_positive_or_negative() -> None:
    assert status(EITHER, "inclusion", biomarkers=NEGATIVE) == "met"


def test_an_untested_patient_is_not_decided_by_either_her2_positive_or_negative() -> None:
    assert status(EITHER, "inclusion", biomarkers=[]) == "unknown"


def test_her2_negative_in_one_substudy_and_positive_in_another_is_not_read_as_any_result() -> None:
    text = (
        "HER2-negative in Sub-study 1 or HER2-positive in Sub-study 2; "
        "no specific requirements for Sub-study 3"
    )
    assert all(r["type"] != "her2_known" for r in interpret(text, "inclusion"))
