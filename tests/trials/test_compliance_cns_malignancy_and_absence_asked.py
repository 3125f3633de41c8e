"""Readings prompted by the eighty-eighth, ninetieth and ninety-first blind sets (WM, WO, WP; issue 15,
classes 6 and 8) in the twenty-ninth session: adhering to the protocol is an undertaking given at
consent (convention C1), an active CNS malignancy is spread to the brain, an inclusion asking for a
condition's absence may name its subject first ("Patient must not have …"), and a sentence on testing
does not narrow the condition it follows ("No HIV testing is required unless …"). Sentences written
for these tests after the records' forms (NTX-1088, NCT05378425; NCT04511039; VVD-159642, NCT06804824;
ComboMATCH, NCT05638295)."""

from __future__ import annotations

from tests.trials.test_criterion_rules import status


def test_adhering_to_the_visit_schedule_is_an_undertaking_given_at_consent() -> None:
    text = "The patient can adhere to the study visit schedule and other protocol requirements"
    assert status(text, "inclusion") == "met"


def test_being_unwilling_to_follow_the_protocol_is_a_refusal_the_case_does_not_show() -> None:
    assert status("Unwilling or unable to follow protocol requirements", "exclusion") == "met"


def test_an_active_cns_malignancy_is_open_for_brain_metastases_and_absent_without_them() -> None:
    text = "Active central nervous system (CNS) malignancies."
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "unknown"


def test_a_patient_who_must_not_have_lung_disease_fails_with_it_and_passes_without() -> None:
    text = "Patient must not have any history of non-infectious interstitial lung disease (ILD)"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", patient__conditions=["interstitial_lung_disease"]) == "not_met"


def test_a_sentence_on_hiv_testing_does_not_narrow_the_hiv_it_excludes() -> None:
    text = "Known positive status for HIV. No HIV testing is required unless mandated by local authority."
    assert status(text, "exclusion", patient__conditions=["hiv"]) == "not_met"
