"""Two readings from the twenty-third session's blind sets (VM, VN; issue 15 classes 6 and 8).
"Has concurrent active hepatitis B and hepatitis C infection" excludes a co-infection: a patient with
one of the two passes it (every reviewer who judged it, in six sets). "Has one of the following
cancers:" leads in to a list of tumour types judged item by item: the lead-in asks nothing itself.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import judge, status

CO_INFECTION = (
    "Has concurrent active hepatitis B (HBsAg positive or detectable HBV DNA) and hepatitis C (anti-HCV"
    " antibody positive with detectable HCV RNA) infection"
)


@pytest.mark.parametrize("one", [["hepatitis_b"], ["hepatitis_c"], []])
def test_one_hepatitis_or_none_is_no_co_infection(one: list[str]) -> None:
    assert status(CO_INFECTION, "exclusion", patient__conditions=one) == "met"


def test_both_hepatitis_infections_leave_it_to_whether_they_are_active() -> None:
    found = judge(CO_INFECTION, "exclusion", patient__conditions=["hepatitis_b", "hepatitis_c"])
    assert found["status"] == "unknown"


def test_hepatitis_b_or_hepatitis_c_without_concurrent_stays_either_one() -> None:
    text = "Known active hepatitis B or hepatitis C infection"
    assert status(text, "exclusion", patient__conditions=["hepatitis_c"]) != "met"


@pytest.mark.parametrize(
    "text", ["Has one of the following cancers:", "Patients with any of the following tumour types:"]
)
def test_a_lead_in_to_a_list_of_tumour_types_asks_nothing_itself(text: str) -> None:
    assert interpret(text.lower(), "inclusion") == [{"type": "definition", "about": "lead_in"}]
    found = judge(text, "inclusion")
    assert found["status"] == "met" and "lead-in" in found["reason"]


def test_a_list_given_inline_after_the_lead_in_is_still_read() -> None:
    text = "Has one of the following cancers: biliary tract cancer or pancreatic cancer"
    assert {"type": "definition", "about": "lead_in"} not in interpret(text.lower(), "inclusion")
