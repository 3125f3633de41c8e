"""Exceptions by kind of molecule in a prior-therapy exclusion (issue 15, class 3, held-out class b): a
patient whose only prior agent of the class is of the excepted modality is not excluded; an agent of
another modality still excludes. The modality of each agent is agents.yaml data. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.knowledge.agents import vocabulary
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status


def _second_line(*agents: str) -> list[dict[str, Any]]:
    later = {**FIRST_LINE_ENDED[0], "line": 2, "agents": list(agents), "started_on": "2026-05-23"}
    return [*FIRST_LINE_ENDED, {**later, "ended_on": "2026-05-26"}]


HER2_BUT_ANTIBODIES = (
    "Earlier exposure to any HER2-directed agent, with the exception of anti-HER2 monoclonal antibodies."
)


def test_every_agent_has_a_modality_in_the_knowledge_base() -> None:
    assert all(agent.modality is not None for agent in vocabulary().by_id.values())
    assert vocabulary().get("zanidatamab").modality == "bispecific"


def test_a_patient_whose_only_her2_agent_is_a_monoclonal_antibody_is_not_excluded() -> None:
    assert status(HER2_BUT_ANTIBODIES, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


@pytest.mark.parametrize("agent", ["trastuzumab_deruxtecan", "zanidatamab"])
def test_a_her2_agent_of_another_modality_still_excludes(agent: str) -> None:
    assert status(HER2_BUT_ANTIBODIES, "exclusion", treatments=_second_line(agent)) == "not_met"


def test_an_exception_for_antibody_drug_conjugates_leaves_out_the_adc_only() -> None:
    text = "Prior HER2-targeted therapy other than antibody-drug conjugates."
    assert (
        status(text, "exclusion", treatments=[{**FIRST_LINE_ENDED[0], "agents": ["trastuzumab_deruxtecan"]}])
        == "met"
    )
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_an_example_in_brackets_after_the_exception_is_not_read_as_the_excluded_agent() -> None:
    text = "Prior CLDN18.2-directed therapy, except anti-CLDN18.2 monoclonal antibodies (e.g., zolbetuximab)."
    zolbetuximab = [{**FIRST_LINE_ENDED[0], "agents": ["zolbetuximab", "capecitabine", "oxaliplatin"]}]
    assert status(text, "exclusion", treatments=zolbetuximab) == "met"
