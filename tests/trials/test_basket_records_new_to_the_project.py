"""Readings prompted by the seventy-fourth to seventy-eighth blind sets (VY, VZ, WA, WB, WC; issue 15):
records of early-phase basket and peritoneal studies new to the project. Sentences written for these
tests after them."""

from __future__ import annotations

from typing import Any

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.joined_cohorts import OPEN_COHORTS
from her2nav.trials.criteria.rules import interpret
from her2nav.trials.matching.judge import judge_criterion
from her2nav.trials.matching.patient import facts_for
from tests.trials.test_criterion_rules import _case, status


def _course(agents: list[str], started: str, ended: str | None, stop: str = "progression") -> dict[str, Any]:
    course: dict[str, Any] = {"line": 1, "setting": "palliative", "agents": agents, "started_on": started}
    return (
        {**course, "ended_on": ended, "stop_reason": stop} if ended else {**course, "stop_reason": "ongoing"}
    )


CHEMOTHERAPY = _course(["capecitabine", "oxaliplatin"], "2025-10-01", "2026-03-01")
PEMBROLIZUMAB_LATELY = _course(["pembrolizumab", "capecitabine", "oxaliplatin"], "2025-10-01", "2026-05-20")
PEMBROLIZUMAB_LONG_AGO = _course(["pembrolizumab", "capecitabine", "oxaliplatin"], "2025-10-01", "2026-02-01")
NIVOLUMAB_LATELY = _course(["nivolumab", "capecitabine", "oxaliplatin"], "2025-10-01", "2026-05-20")

JOINED = """Inclusion Criteria:

1. Tumor type:

   * Participants in Part C must have one of the following metastatic solid tumors.

     * CRC and must have received no more than 2 prior chemotherapy regimens for advanced disease.
     * GC or GEJ and must have received prior platinum and fluoropyrimidine-based chemotherapy.
     * SCLC and must have received platinum-based therapy and no more than 3 prior lines of therapy.
2. ECOG 0 or 1

Exclusion Criteria:

* Prior treatment with irinotecan."""


def _judged(text: str, kind: str, requirements: list[dict[str, Any]], **changes: Any) -> str:
    facts = facts_for(case_from_data(_case(**changes)))
    return str(judge_criterion({"text": text, "kind": kind, "requirements": requirements}, facts)["status"])


def test_an_item_joining_several_tumour_cohorts_conditions_stays_open_for_treated_and_untreated() -> None:
    joined = parse_criteria(JOINED)[0]
    assert joined.requirements == [OPEN_COHORTS]
    for treatments in ([], [CHEMOTHERAPY]):
        assert _judged(joined.text, "inclusion", joined.requirements, treatments=treatments) == "unknown"


def test_sub_items_of_one_kind_of_tumour_are_still_read_together() -> None:
    text = JOINED.replace("CRC and", "GEJ adenocarcinoma and").replace(
        "SCLC and", "Oesophageal adenocarcinoma and"
    )
    assert parse_criteria(text)[0].requirements != [OPEN_COHORTS]


def test_completed_chemotherapy_of_a_stated_duration_fails_without_any_and_stays_open_with_some() -> None:
    text = (
        "Patients with histologically confirmed gastric cancer with peritoneal metastases only, who have "
        "completed prior systemic chemotherapy for a minimum of 3 to 6 months duration."
    )
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=[CHEMOTHERAPY]) == "unknown"


def test_prior_systemic_chemotherapy_asked_for_is_met_by_any_course() -> None:
    text = "Participants must have received prior systemic chemotherapy."
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=[CHEMOTHERAPY]) == "met"


def test_a_first_line_without_visceral_progression_is_a_first_line_held() -> None:
    text = "Must have received first line systemic treatment without visceral metastatic progression"
    assert {r["type"] for r in interpret(text, "inclusion")} == {"first_line_held"}
    assert status(text, "inclusion") == "not_met"


def test_a_wash_out_before_the_studys_first_dose_is_timed_from_the_agent_named_first() -> None:
    text = (
        "Prior pembrolizumab <21 days before the first dose of combination therapy of pembrolizumab and "
        "XY-12345"
    )
    assert interpret(text, "exclusion") == [{"type": "washout", "days": 21, "scope": "pembrolizumab"}]
    assert status(text, "exclusion", treatments=[PEMBROLIZUMAB_LONG_AGO]) == "met"
    assert status(text, "exclusion", treatments=[PEMBROLIZUMAB_LATELY]) == "not_met"


def test_a_wash_out_from_immunotherapy_other_than_one_agent_lets_that_agent_in() -> None:
    text = "Received an immunotherapy other than pembrolizumab in the last 4 weeks prior to the first dose"
    assert status(text, "exclusion", treatments=[PEMBROLIZUMAB_LATELY]) == "met"
    assert status(text, "exclusion", treatments=[NIVOLUMAB_LATELY]) == "not_met"


def test_a_risk_when_receiving_the_studys_drug_is_not_an_exclusion_of_those_who_had_it() -> None:
    text = (
        "Any immune-related medical condition that would put participants at greater risk when receiving "
        "pembrolizumab"
    )
    assert not [r for r in interpret(text, "exclusion") if r["type"] == "prior_therapy"]


def test_recurrent_or_persistent_disease_is_not_an_untreated_first_presentation() -> None:
    text = "Patients must have recurrent or persistent disease"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=[CHEMOTHERAPY]) == "met"


def test_a_common_lead_in_over_joined_tumour_cohorts_is_still_read() -> None:
    text = """Inclusion Criteria:

* Patients with metastatic MSI-H or dMMR solid tumors who progressed after prior standard therapy.

  * CRC and must have received no more than 2 prior chemotherapy regimens.
  * GC or GEJ and must have received prior platinum and fluoropyrimidine-based chemotherapy.

Exclusion Criteria:

* Prior treatment with irinotecan."""
    joined = parse_criteria(text)[0]
    assert {"type": "msi_high"} in joined.requirements
    assert joined.requirements[-1] == OPEN_COHORTS
    # neither CRC's "no more than 2 regimens" nor the junction's platinum is asked of every patient
    assert not [r for r in joined.requirements if r["type"] == "prior_therapy" or "max" in r]
