"""Two readings from the twenty-third session's blind sets (VM, VN; issue 15 classes 6 and 8).
"Has concurrent active hepatitis B and hepatitis C infection" excludes a co-infection: a patient with
one of the two passes it (every reviewer who judged it, in six sets). "Has one of the following
cancers:" leads in to a list of tumour types: it asks for one of them, so a patient none of them takes
fails it (UN, VC), and alone it asks nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from her2nav.trials.matching.judge import judge_criterion
from her2nav.trials.matching.patient import facts_for
from tests.trials.test_criterion_rules import _case, judge, status

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


BASKET = (
    "Inclusion Criteria:\n"
    "* Has one of the following cancers:\n"
    "* Unresectable or metastatic pancreatic cancer\n"
    "* Advanced biliary tract cancer\n"
    "* Locally advanced unresectable or metastatic gastric or oesophageal adenocarcinoma\n"
    "* Has received prior therapy for the cancer\n"
)


@pytest.mark.parametrize(("setting", "wanted"), [("metastatic", "met"), ("resectable", "not_met")])
def test_a_lead_in_before_tumour_cohorts_asks_for_one_of_them(setting: str, wanted: str) -> None:
    lead_in = parse_criteria(BASKET)[0]
    assert lead_in.text == "Has one of the following cancers:"
    facts = facts_for(case_from_data(_case(diagnosis__setting=setting)))
    crit = {"text": lead_in.text, "kind": lead_in.kind, "requirements": lead_in.requirements}
    assert judge_criterion(crit, facts)["status"] == wanted
