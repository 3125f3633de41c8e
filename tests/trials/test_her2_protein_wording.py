"""Issue 15 class 5 (HER2 wording), from the tenth blind set (TL): "HER2/neu protein negative and PD-L1
positive" (KEYNOTE-062) names the status of the HER2 protein; the word "protein" between the marker and
its status had left the item unread. Sentences written for these tests."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status

HER2_POSITIVE = [{"kind": "her2_ihc", "score": "3+", "criteria": "gastric", "tested_on": "2026-01-10"}]
HER2_ZERO = [{"kind": "her2_ihc", "score": "0", "criteria": "gastric", "tested_on": "2026-01-10"}]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("HER2/neu protein negative tumour", "negative"),
        ("Tumour HER2 protein-negative by immunohistochemistry", "negative"),
        ("HER2/neu protein positive adenocarcinoma", "positive"),
        ("HER2 protein overexpression in the tumour", "positive"),
    ],
)
def test_the_status_of_the_her2_protein_is_the_her2_status(text: str, wanted: str) -> None:
    assert {"type": "her2", "status": wanted} in interpret(text.lower(), "inclusion")


def test_a_her2_positive_patient_does_not_meet_a_protein_negative_item() -> None:
    text = "HER2/neu protein negative and PD-L1 positive"
    assert status(text, "inclusion", biomarkers=HER2_POSITIVE) == "not_met"
    assert status(text, "inclusion", biomarkers=HER2_ZERO) != "not_met"
