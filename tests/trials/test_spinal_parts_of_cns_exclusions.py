"""'Spinal cord compression or clinically active CNS metastases', 'active brain, leptomeningeal, or
paraspinal metastases': the case records brain metastases (CONTRACT §1 conditions), never the spine, so
a patient without brain metastases has passed only part of the exclusion (issue 15, class 7; the
thirty-sixth and thirty-seventh blind sets, UM and UN)."""

from __future__ import annotations

import pytest

from tests.trials.test_criterion_rules import judge, status

SPINAL = (
    "Has spinal cord compression or clinically active central nervous system metastases, defined as "
    "untreated and symptomatic, or requiring therapy with corticosteroids or anticonvulsants."
)
PARASPINAL = "Active brain, leptomeningeal, or paraspinal metastases, except for asymptomatic metastases."


@pytest.mark.parametrize("text", [SPINAL, PARASPINAL])
def test_a_patient_without_brain_metastases_still_has_the_spinal_part_open(text: str) -> None:
    found = judge(text, "exclusion")
    assert found["status"] == "unknown"
    assert "spinal" in found["reason"]


def test_brain_metastases_alone_are_still_decided_by_the_recorded_condition() -> None:
    assert status("Known brain metastases.", "exclusion") == "met"
    assert status("Known brain metastases.", "exclusion", patient__conditions=["brain_metastases"]) == (
        "not_met"
    )
