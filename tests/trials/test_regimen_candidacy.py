"""'The patient can receive <named regimen>' (issue 15, class 3, held-out class d): a patient who has
already had the whole regimen in a course that has ended is not met; otherwise whether a doctor would
give it stays open. Agents and their families come from agents.yaml. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, status

TRASTUZUMAB_CHEMO = (
    "Patients must be eligible to receive trastuzumab with fluoropyrimidine and platinum chemotherapy."
)


def _course(*agents: str, stop: str = "progression") -> list[dict[str, Any]]:
    return [{**FIRST_LINE_ENDED[0], "agents": list(agents), "stop_reason": stop}]


def test_a_patient_who_has_had_the_named_regimen_is_past_it() -> None:
    assert status(TRASTUZUMAB_CHEMO, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_an_untreated_patient_may_be_a_candidate_and_the_doctor_decides() -> None:
    assert status(TRASTUZUMAB_CHEMO, "inclusion") == "unknown"


def test_chemotherapy_without_the_named_antibody_is_not_the_regimen() -> None:
    assert (
        status(TRASTUZUMAB_CHEMO, "inclusion", treatments=_course("capecitabine", "oxaliplatin")) == "unknown"
    )


def test_a_regimen_still_running_is_not_one_the_patient_is_past() -> None:
    ongoing = [{**FIRST_LINE_ONGOING[0], "agents": ["trastuzumab", "capecitabine", "oxaliplatin"]}]
    assert status(TRASTUZUMAB_CHEMO, "inclusion", treatments=ongoing) == "unknown"


def test_regimens_named_by_shorthand_are_read_by_their_agents_families() -> None:
    text = "Candidate for treatment with FOLFOX or CAPOX together with nivolumab."
    assert (
        status(text, "inclusion", treatments=_course("nivolumab", "fluorouracil", "oxaliplatin")) == "not_met"
    )
    assert status(text, "inclusion", treatments=_course("fluorouracil", "oxaliplatin")) == "unknown"


def test_a_drug_the_vocabulary_does_not_know_leaves_the_regimen_unread() -> None:
    text = "Eligible to receive pemetrexed with a platinum agent."
    assert not [r for r in interpret(text, "inclusion") if r["type"] == "regimen_given"]


def test_being_fit_for_chemotherapy_names_no_regimen() -> None:
    assert not [
        r for r in interpret("Fit to receive chemotherapy.", "inclusion") if r["type"] == "regimen_given"
    ]
