"""Prior-therapy exclusions that list several agents by brand names, abbreviations and development
codes (issue 15, class 3): every listed agent is checked; a patient who had any of them is excluded;
a listed name the knowledge base does not hold leaves the exclusion unknown and names it. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.knowledge.agents import vocabulary
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

LIST_BY_BRANDS = (
    "Has already been treated with nal-IRI (Onivyde), or TAS-102 (Lonsurf), or ramucirumab therapy."
)


def _later_line(*agents: str) -> list[dict[str, Any]]:
    second = {**FIRST_LINE_ENDED[0], "line": 2, "agents": list(agents), "started_on": "2026-05-25"}
    return [*FIRST_LINE_ENDED, {**second, "ended_on": "2026-05-30"}]


@pytest.mark.parametrize(
    ("name", "agent"),
    [
        ("nal-IRI", "irinotecan_liposome"),
        ("Onivyde", "irinotecan_liposome"),
        ("TAS-102", "trifluridine_tipiracil"),
        ("Lonsurf", "trifluridine_tipiracil"),
        ("Herceptin", "trastuzumab"),
        ("Enhertu", "trastuzumab_deruxtecan"),
        ("Cyramza", "ramucirumab"),
    ],
)
def test_brand_names_and_abbreviations_resolve_to_the_agent(name: str, agent: str) -> None:
    assert vocabulary().resolve(name) == (agent,)


def test_liposomal_irinotecan_counts_as_irinotecan_but_not_the_other_way_round() -> None:
    assert "irinotecan_liposome" in vocabulary().ids_in_group("irinotecan")
    assert "irinotecan" not in vocabulary().ids_in_group("irinotecan_liposome")


@pytest.mark.parametrize("agent", ["ramucirumab", "irinotecan_liposome", "trifluridine_tipiracil"])
def test_a_patient_who_had_any_listed_agent_is_excluded(agent: str) -> None:
    assert status(LIST_BY_BRANDS, "exclusion", treatments=_later_line(agent, "paclitaxel")) == "not_met"


def test_a_patient_who_had_none_of_the_listed_agents_passes() -> None:
    assert status(LIST_BY_BRANDS, "exclusion", treatments=_later_line("paclitaxel")) == "met"


def test_plain_irinotecan_does_not_meet_an_exclusion_of_the_liposomal_form() -> None:
    assert status(LIST_BY_BRANDS, "exclusion", treatments=_later_line("irinotecan")) == "met"


def test_an_agent_named_before_the_word_therapy_is_kept_in_the_list() -> None:
    groups = {r.get("group") for r in interpret("Prior docetaxel or ramucirumab therapy.", "exclusion")}
    assert groups == {"docetaxel", "ramucirumab"}


def test_an_agent_after_and_or_is_kept_in_the_list() -> None:
    assert status(
        "Prior trastuzumab and/or pertuzumab.", "exclusion", treatments=_later_line("pertuzumab")
    ) == ("not_met")


def test_an_unknown_agent_name_leaves_the_exclusion_unknown_and_is_named() -> None:
    text = "Prior treatment with zolbetuximab or with ABC-1234 or with sacituzumab govitecan."
    found = judge(text, "exclusion", treatments=_later_line("paclitaxel"))
    assert found["status"] == "unknown"
    assert "abc-1234" in str(found) and "govitecan" in str(found)


def test_an_unknown_agent_name_does_not_hide_a_known_agent_the_patient_had() -> None:
    text = "Prior treatment with zolbetuximab or with ABC-1234."
    assert status(text, "exclusion", treatments=_later_line("zolbetuximab")) == "not_met"


def test_a_trial_registry_number_is_not_taken_for_an_agent_code() -> None:
    assert interpret("Prior ramucirumab given in NCT01234567.", "exclusion") == [
        {"type": "prior_therapy", "group": "ramucirumab"}
    ]


def test_an_agent_code_that_is_not_listed_as_a_prior_agent_asks_nothing() -> None:
    text = "Previous bowel resection that would prevent absorption of XYZ-9876."
    assert interpret(text, "exclusion") == []


def test_medicines_that_interact_with_a_listed_agent_are_not_exposure_to_it() -> None:
    text = (
        "Taking any medicine that is a strong inhibitor or inducer of CYP3A4 and/or trastuzumab deruxtecan."
    )
    assert interpret(text, "exclusion") == []
