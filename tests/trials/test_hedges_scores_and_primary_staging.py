"""Rules read from the disagreements left on the older blind sets (TN to TS; sentences written for
these tests): hedges that narrow nothing ("chronic", "known or suspected"), a HER2 score named after
the marker ("HER2 3+ (IHC)") and IHC 3+ asked alone, the stage said in an item's first clause, an
exclusion of unresectable or metastatic disease, and clinical staging of a primary, which a recurrence
is not."""

from __future__ import annotations

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status

TWO_PLUS_AMPLIFIED = [
    {"kind": "her2_ihc", "score": "2+", "criteria": "gastric", "tested_on": "2026-01-10"},
    {"kind": "her2_ish", "result": "amplified", "tested_on": "2026-01-12"},
]
RECURRENT = {
    "site": "stomach",
    "histology": "adenocarcinoma",
    "setting": "recurrent",
    "recurred_on": "2026-04-01",
}


def test_known_or_suspected_brain_metastases_exclude_a_patient_who_has_them() -> None:
    text = "Known or clinically suspected brain metastases."
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "not_met"
    assert status(text, "exclusion") == "met"


def test_a_chronic_infection_named_by_example_excludes_recorded_hepatitis_b() -> None:
    text = "Known chronic infectious disease, such as AIDS or hepatitis"
    assert status(text, "exclusion", patient__conditions=["hepatitis_b"]) == "not_met"


def test_active_still_narrows_a_chronic_hepatitis() -> None:
    text = "Chronic active hepatitis B infection"
    assert status(text, "exclusion", patient__conditions=["hepatitis_b"]) == "unknown"


def test_an_instruction_to_image_suspected_metastases_names_no_patient_with_them() -> None:
    text = "Patients with suspected brain metastases at screening should have an MRI of the brain."
    assert not any(r.get("type") == "condition" for r in interpret(text, "exclusion"))


def test_hiv_drugs_in_a_list_of_medicines_are_no_hiv_infection() -> None:
    text = "Medications known to slow lidocaine metabolism (amiodarone, verapamil, HIV drugs)"
    assert not any(r.get("condition") == "hiv" for r in interpret(text, "exclusion"))


def test_a_her2_score_named_after_the_marker_is_read() -> None:
    text = (
        "Detection of a carcinoma with HER2 3+ (IHC) or HER2 2+ (IHC) with amplification proven by "
        "fluorescence in situ hybridization (FISH)"
    )
    assert interpret(text, "inclusion") == [{"type": "her2", "status": "positive"}]
    assert status(text, "inclusion", biomarkers=TWO_PLUS_AMPLIFIED) == "met"
    low = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
    assert status(text, "inclusion", biomarkers=low) == "not_met"


def test_ihc_3_plus_asked_alone_is_not_met_by_a_2_plus_amplified_tumour() -> None:
    text = "Metastatic solid tumours that are HER2 IHC 3+"
    assert {"type": "her2", "status": "ihc_3"} in interpret(text, "inclusion")
    assert status("HER2 IHC 3+", "inclusion") == "met"  # the default case is IHC 3+
    assert status("HER2 IHC 3+", "inclusion", biomarkers=TWO_PLUS_AMPLIFIED) == "not_met"
    # a definition that takes 2+ with ISH amplification is the gastric one
    assert status("HER2 IHC 3+ or IHC 2+/ISH+", "inclusion", biomarkers=TWO_PLUS_AMPLIFIED) == "met"


def test_two_scores_with_one_plus_among_them_ask_for_any_expression() -> None:
    assert interpret("HER2 IHC 1+, 2+ or 3+", "inclusion") == [
        {"type": "her2", "status": "ihc_1_plus_or_more"}
    ]
    assert interpret("HER2 3+ or HER2 2+", "inclusion") == [{"type": "her2", "status": "ihc_2_3"}]


def test_the_stage_in_an_items_first_clause_is_read_beside_its_measurable_lesion() -> None:
    text = "Relapse or metastatic diseases, at least one measurable lesion according to RECIST 1.1"
    assert status(text, "inclusion", diagnosis__setting="resectable") == "not_met"
    assert {"type": "disease", "sites": [], "advanced": True} in interpret(text, "inclusion")
    with_lesion = "Locally advanced or metastatic disease with at least one measurable lesion"
    assert {"type": "disease", "sites": [], "advanced": True} in interpret(with_lesion, "inclusion")


def test_an_exclusion_of_unresectable_or_distant_disease_excludes_every_advanced_case() -> None:
    text = "Patients with unresectable locally advanced disease or distant metastasis."
    assert status(text, "exclusion") == "not_met"
    assert status(text, "exclusion", diagnosis=RECURRENT) == "not_met"
    assert status(text, "exclusion", diagnosis__setting="resectable") == "met"


def test_clinical_staging_of_a_primary_fails_a_recurrence() -> None:
    for text in (
        "cT ≥ 2, any cN, M0",
        "Pre-treatment stage cT2-3, N0-3, M0.",
        "Patients with cStage III by CT",
    ):
        assert status(text, "inclusion", diagnosis=RECURRENT) == "not_met", text
        assert status(text, "inclusion", diagnosis__setting="resectable") != "not_met", text


def test_no_distant_metastases_alone_leaves_a_recurrence_open() -> None:
    # a recurrence may be local or distant: the outside reviewers split on the bare item
    assert status("no distant metastases (M0)", "inclusion", diagnosis=RECURRENT) == "unknown"


def test_pathological_staging_after_surgery_is_not_a_primary_before_treatment() -> None:
    assert not any(r["type"] == "recurrence" for r in interpret("ypT1-4 N0-3 after surgery", "inclusion"))
