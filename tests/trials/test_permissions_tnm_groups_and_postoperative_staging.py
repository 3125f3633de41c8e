"""Three more readings from the closed studies' criteria (bench/trials_outside.py --closed-as-open;
issue 15 classes 1 and 2): what a patient "may have previously received" is a permission, even with
its wash-out after it; stages listed as TNM groups without spread ("T3N0M0") ask for no distant
metastases; and staging "on the basis of overall postoperative findings" asks for the operation done.
Sentences written for these tests after the registry wording of NCT01522768, NCT00343239 and
NCT03006705."""

from __future__ import annotations

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status
from tests.trials.test_operations_done_and_stages_of_unnamed_tumours import ADJUVANT_GIVEN

MAY_HAVE_HAD = (
    "May have previously received lapatinib as part of a regimen in the perioperative or metastatic setting "
    "with evidence of progression of disease. Washout period for lapatinib of 14 days."
)


def test_a_patient_who_never_had_the_agent_meets_a_permission_to_have_had_it() -> None:
    assert status(MAY_HAVE_HAD, "inclusion") == "met"


def test_a_conditional_permission_is_not_read_as_a_plain_one() -> None:
    text = "Patients may have previously received trastuzumab only if the tumour is HER2 positive."
    assert status(text, "inclusion", biomarkers=[]) != "met"


TNM_GROUPS = (
    "Selected Stage IIB (T3N0M0), Stage IIIA (T2aN2M0, T2bN2M0, T3N1M0, T4N0M0), Stage IIIB (T3N2M0) and "
    "selected Stage IV (all T4, NM0) gastric adenocarcinoma."
)


def test_a_metastatic_patient_fails_stages_listed_as_tnm_groups_without_spread() -> None:
    assert status(TNM_GROUPS, "inclusion") == "not_met"


def test_a_disease_item_listing_m1_groups_too_does_not_ask_for_m0() -> None:
    disease = [
        r
        for r in interpret("Gastric adenocarcinoma, T3N0M0 or T4N1M1.", "inclusion")
        if r["type"] == "disease"
    ]
    assert disease and not any(r.get("m0") for r in disease)


POSTOPERATIVE = (
    "Gastric carcinoma according to the stage classification of AJCC/UICC TNM Classification, 7th Edition "
    "on the basis of overall postoperative findings"
)


def test_a_metastatic_patient_fails_staging_on_postoperative_findings() -> None:
    assert status(POSTOPERATIVE, "inclusion") == "not_met"


def test_a_resectable_patient_meets_it_only_once_the_operation_is_done() -> None:
    # untreated and resectable: not yet operated on (twenty-second session); after adjuvant therapy, open
    assert status(POSTOPERATIVE, "inclusion", diagnosis__setting="resectable") == "not_met"
    after = {"diagnosis__setting": "resectable", "treatments": ADJUVANT_GIVEN}
    assert status(POSTOPERATIVE, "inclusion", **after) == "unknown"
