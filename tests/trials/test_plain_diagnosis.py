"""A plain "diagnosis of X" names every form of X (issue 15, class 6, held-out class h): a qualified
alternative after it ("or clinically significant X") widens the item, it does not narrow the first
part, so a recorded X excludes. A sentence letting some patients with X in keeps it open, and an
instruction on how to screen for X names no patient. Sentences written for these tests."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status


@pytest.mark.parametrize(
    "text",
    [
        "Diagnosis of an autoimmune disease, or any clinically significant autoimmune disorder.",
        "Patients diagnosed with autoimmune disease or with a clinically relevant autoimmune condition.",
    ],
)
def test_a_plain_diagnosis_of_autoimmune_disease_excludes_a_patient_who_has_one(text: str) -> None:
    assert status(text, "exclusion", patient__conditions=["autoimmune_disease"]) == "not_met"
    assert status(text, "exclusion") == "met"


def test_an_active_autoimmune_disease_is_still_only_some_forms() -> None:
    text = "Active autoimmune disease that needed systemic treatment within the last 2 years."
    assert status(text, "exclusion", patient__conditions=["autoimmune_disease"]) == "unknown"


def test_a_sentence_letting_some_patients_with_the_condition_in_keeps_it_open() -> None:
    text = (
        "Known to be living with HIV. However, those on effective antiretroviral therapy with an "
        "undetectable viral load are eligible."
    )
    assert status(text, "exclusion", patient__conditions=["hiv"]) == "unknown"


def test_an_instruction_on_how_to_screen_for_a_condition_names_no_patient() -> None:
    text = "Note: testing for hepatitis C follows the site's usual practice."
    assert not [r for r in interpret(text, "exclusion") if r["type"] == "condition"]


def test_a_sentence_letting_in_patients_with_one_condition_leaves_the_other_plain() -> None:
    text = (
        "Hepatitis B (surface antigen positive) or hepatitis C (RNA detectable). Those with hepatitis C "
        "cured by antiviral treatment are eligible."
    )
    assert status(text, "exclusion", patient__conditions=["hepatitis_b"]) == "not_met"
    assert status(text, "exclusion", patient__conditions=["hepatitis_c"]) == "unknown"
