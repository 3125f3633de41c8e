"""Readings from the thirty-eighth and thirty-ninth blind sets (UO, UP; issue 15 classes 3 and 2):
"who has progressed, is intolerant, has refused, or for whom there is no standard approved therapy"
asks for a line given or no standard option left; and a sentence for one cohort only inside a longer
criterion ("… is not permitted (Cohort 1 only).") is not read for a patient the text places in
another cohort. From the eighth (TJ): "whose advanced cancer has failed treatment or …" is a line given
that failed, beside no standard option left. Sentences written for these tests after the registry
wording."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

PROGRESSED_OR_NONE = (
    "Participant with gastric/GEJ adenocarcinoma who has progressed, is intolerant, has refused, or for "
    "whom there is no standard approved therapies that impart significant clinical benefit."
)


def test_a_patient_who_progressed_on_a_line_meets_progressed_or_no_standard_left() -> None:
    assert status(PROGRESSED_OR_NONE, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_an_untreated_resectable_patient_does_not_meet_progressed_or_no_standard_left() -> None:
    assert status(PROGRESSED_OR_NONE, "inclusion", diagnosis__setting="resectable") == "not_met"


def test_an_untreated_fit_patient_with_first_line_options_does_not_meet_it() -> None:
    assert status(PROGRESSED_OR_NONE, "inclusion") == "not_met"


FAILED_OR_NO_STANDARD = (
    "Subjects whose advanced cancer has failed treatment, or whose cancer progressed after the available "
    "standard therapy, or for whom no standard therapy exists."
)


def test_a_cancer_that_has_failed_treatment_is_a_line_given_beside_no_standard_left() -> None:
    assert status(FAILED_OR_NO_STANDARD, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(FAILED_OR_NO_STANDARD, "inclusion") == "not_met"


COHORT_TEXT = "\n".join(
    [
        "Inclusion Criteria:",
        "",
        "1. Participants with locally advanced or metastatic solid tumors who have progressed following at "
        "least 1 prior systemic treatment for metastatic disease. Prior treatment with HER2-targeted therapy "
        "is not permitted (Cohort 1 only). For participants with breast cancer (Cohort 2) or GEA (Cohort 3), "
        "prior HER2-targeted therapy is permitted and prior therapy with trastuzumab deruxtecan (T-DXd) is "
        "required.",
        "2. ECOG performance status of 0 or 1.",
        "",
        "Exclusion Criteria:",
        "",
        "1. Known HIV infection.",
    ]
)


def test_a_sentence_for_another_cohort_only_is_not_read_for_a_gastro_oesophageal_patient() -> None:
    first = parse_criteria(COHORT_TEXT)[0]
    assert not [r for r in first.requirements if r.get("group") == "her2_directed"]
    assert {"type": "prior_lines", "min": 1} in first.requirements


def test_what_the_sentence_for_the_patients_cohort_requires_is_read_apart_from_what_it_permits() -> None:
    first = parse_criteria(COHORT_TEXT)[0]
    assert {"type": "prior_therapy", "group": "trastuzumab_deruxtecan"} in first.requirements


def test_the_sentence_is_kept_when_the_text_names_no_cohort_for_the_patient() -> None:
    text = COHORT_TEXT.replace(" or GEA (Cohort 3)", "")
    first = parse_criteria(text)[0]
    assert {"type": "prior_therapy", "group": "her2_directed", "negated": True} in first.requirements


def test_radiographically_confirmed_advanced_disease_is_advanced_disease() -> None:
    text = (
        "Participant has radiographically-confirmed, locally advanced, unresectable or metastatic disease "
        "within 28 days prior to the first dose of study intervention."
    )
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", diagnosis__setting="resectable") == "not_met"


def test_a_completed_adjuvant_treatment_after_resection_is_one_the_case_records() -> None:
    text = (
        "Underwent a curative surgery with standard lymph node dissection (R0 resection) and have "
        "completed standard adjuvant treatment."
    )
    assert status(text, "inclusion", diagnosis__setting="resectable") == "not_met"
    adjuvant = [
        {
            "setting": "adjuvant",
            "agents": ["capecitabine", "oxaliplatin"],
            "started_on": "2025-06-01",
            "ended_on": "2025-12-01",
            "stop_reason": "completed",
        }
    ]
    found = status(text, "inclusion", diagnosis__setting="resectable", treatments=adjuvant)
    assert found == "unknown"  # the operation itself is not recorded


SPLIT_HEADING = "\n".join(
    [
        "Inclusion Criteria:",
        "",
        "* Participant has ECOG performance status of 0 or 1.",
        "CTDS Inclusion Criteria: ASP2138 in Combination with Pembrolizumab & CAPOX as First-line Therapy in "
        "Gastric/GEJ Cancer",
        "* Participant must not have been previously treated for metastatic disease with chemotherapy.",
        "",
        "Exclusion Criteria:",
        "",
        "* Participant has a history or complication of interstitial lung disease.",
        "CTDS Exclusion Criteria:",
        "ASP2138 in Combination with Pembrolizumab & CAPOX as First-line Therapy in Gastric/GEJ Cancer:",
        "* Participant received live-virus vaccination within 30 days prior to the first dose.",
    ]
)


def test_a_cohort_named_on_the_line_after_its_criteria_heading_scopes_the_items_under_it() -> None:
    criteria = parse_criteria(SPLIT_HEADING)
    vaccine = next(c for c in criteria if "vaccination" in c.text)
    first_line = next(c for c in criteria if "previously treated" in c.text)
    assert vaccine.cohort is not None and vaccine.cohort == first_line.cohort
    assert next(c for c in criteria if "interstitial" in c.text).cohort is None
