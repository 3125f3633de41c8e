"""Two readings from the earlier blind sets' worst disagreements (issue 15, classes 8 and 9; twenty-ninth
session). A stage said after "diagnosis of" (the WC reviewer's dangerous pass on NCT06726148): "confirmed
diagnosis of locally advanced or metastatic cancer with a CCNE1 amplification" asks advanced disease, as
"confirmed locally advanced or metastatic cancer" does. A note that some treatments are not open to
patients under 18 sets no upper age (NCI-MATCH, NCT02693535; the WD reviewer). Sentences written for
these tests."""

from __future__ import annotations

from tests.trials.test_criterion_rules import status

TEXT = "Confirmed diagnosis of locally advanced or metastatic cancer with a CCNE1 amplification"


def test_a_resectable_case_fails_a_diagnosis_of_advanced_cancer() -> None:
    assert status(TEXT, "inclusion", diagnosis__setting="resectable") == "not_met"


def test_a_metastatic_case_meets_a_diagnosis_of_advanced_cancer() -> None:
    assert status(TEXT, "inclusion") != "not_met"


def test_a_diagnosis_of_unresectable_cancer_is_advanced_disease_too() -> None:
    text = "Diagnosis of unresectable cancer"
    assert status(text, "inclusion", diagnosis__setting="resectable") == "not_met"


def test_a_note_on_treatments_closed_to_minors_sets_no_upper_age() -> None:
    text = "12 years of age or older (*Restrictions apply. Some drugs are not available for patients <18)"
    assert status(text, "inclusion") == "met"
    assert status(text.replace("12 years", "70 years"), "inclusion", patient__age=64) == "not_met"
