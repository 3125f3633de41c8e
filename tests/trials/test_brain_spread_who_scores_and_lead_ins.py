"""Readings prompted by the sixty-eighth to seventieth blind sets (VS, VT, VU; issue 15): records the
project had not held, with their registries' own wording. Sentences written for these tests after it."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status

BRAIN = ["brain_metastases"]


def test_a_recurrence_that_reached_the_brain_has_distant_metastases() -> None:
    text = "No evidence of distant metastatic disease."
    assert status(text, "inclusion", diagnosis__setting="recurrent") == "unknown"
    assert status(text, "inclusion", diagnosis__setting="recurrent", patient__conditions=BRAIN) == "not_met"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No distance metastasis, eligible for D2 lymphadenectomy.", "inclusion"),
        ("Existence of distance metastasis during surgery (M1).", "exclusion"),
        (
            "Clinical or biopsy-proven distant metastatic disease (AJCC 8th edition stage TanyNanyM1).",
            "exclusion",
        ),
    ],
)
def test_distant_spread_in_a_registrys_own_words_fails_metastatic_disease(text: str, kind: str) -> None:
    assert status(text, kind) == "not_met"


def test_distant_spread_with_its_stage_in_brackets_asks_nothing_else() -> None:
    text = "Clinical or biopsy-proven distant metastatic disease (AJCC 8th edition stage TanyNanyM1)."
    assert status(text, "exclusion", diagnosis__setting="locally_advanced_unresectable") == "met"


def test_a_bare_who_score_is_the_performance_status() -> None:
    assert status("WHO < 2", "inclusion", patient__ecog=1) == "met"
    assert status("WHO < 2", "inclusion", patient__ecog=2) == "not_met"
    assert not interpret("WHO classification: adenocarcinoma", "inclusion")


def test_both_sexes_named_let_everyone_in() -> None:
    assert status("Female and male", "inclusion", patient__sex="female") == "met"


def test_a_lead_in_to_the_exclusions_asks_nothing_itself() -> None:
    text = "Subjects presenting with any of the following will not be included in the study"
    assert status(text, "exclusion") == "met"


def test_surgery_planned_after_neoadjuvant_therapy_is_a_study_of_resectable_disease() -> None:
    text = "Patients who plan surgery after neoadjuvant chemotherapy based on clinical staging criteria"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", diagnosis__setting="resectable") == "met"
