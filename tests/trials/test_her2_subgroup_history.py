"""Treatment history asked of one HER2 subgroup only (issue 15, class 1): "for HER2-positive patients,
failed first-line trastuzumab". A patient outside the subgroup is outside the clause (met, "does not
apply"); inside it, the history is judged. Extends the ``applies_if`` requirement. Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

LEAD_IN = "For HER2-positive participants, progression on first-line trastuzumab-based therapy."
MUST_HAVE = "Patients with a HER2-positive tumour must have been exposed to trastuzumab."
NEGATIVE = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
AWAITING = [{"kind": "her2_ihc", "score": "2+", "criteria": "gastric", "tested_on": "2026-01-10"}]
CHEMO_ONLY: list[dict[str, Any]] = [{**FIRST_LINE_ENDED[0], "agents": ["capecitabine", "oxaliplatin"]}]


@pytest.mark.parametrize("text", [LEAD_IN, MUST_HAVE])
def test_the_clause_is_read_as_applying_to_her2_positive_patients(text: str) -> None:
    (req,) = interpret(text, "inclusion")
    assert req["type"] == "applies_if"
    assert req["when"] == {"type": "her2", "status": "positive"}
    assert {"type": "prior_therapy", "group": "trastuzumab"} in req["then"]


@pytest.mark.parametrize("text", [LEAD_IN, MUST_HAVE])
def test_a_her2_negative_patient_is_outside_the_clause(text: str) -> None:
    found = judge(text, "inclusion", biomarkers=NEGATIVE, treatments=CHEMO_ONLY)
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply")


@pytest.mark.parametrize("text", [LEAD_IN, MUST_HAVE])
def test_a_her2_positive_patient_without_trastuzumab_fails_it(text: str) -> None:
    assert status(text, "inclusion", treatments=CHEMO_ONLY) == "not_met"


@pytest.mark.parametrize("text", [LEAD_IN, MUST_HAVE])
def test_a_her2_positive_patient_who_had_trastuzumab_meets_it(text: str) -> None:
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_patient_whose_her2_is_not_settled_is_unknown() -> None:
    assert status(MUST_HAVE, "inclusion", biomarkers=AWAITING, treatments=CHEMO_ONLY) == "unknown"


def test_a_her2_positive_population_with_another_requirement_is_not_a_subgroup() -> None:
    text = "Patients with HER2-positive gastric cancer must have measurable disease."
    assert {"type": "her2", "status": "positive"} in interpret(text, "inclusion")
    assert status(text, "inclusion", biomarkers=NEGATIVE) == "not_met"
