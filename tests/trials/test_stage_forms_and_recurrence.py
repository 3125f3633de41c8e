"""Rules read from the twelfth blind set a second time (TN; sentences written for these tests): stages
written as form items, a recurrence excluded, items that list what every case may have, local
treatments listed before chemotherapy, and a lead-in the splitter used to drop."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

RECURRED = {"diagnosis__setting": "recurrent", "diagnosis__recurred_on": "2026-06-01"}


# ---------------------------------------------------------------- stages as form items
def test_a_clinical_stage_iii_form_item_fails_a_metastatic_case_and_stays_open_before_surgery() -> None:
    text = "Clinical stage: clinical TNM (cTNM) stage III"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", diagnosis__setting="resectable") == "unknown"


def test_a_clinical_stage_that_reaches_stage_iv_asks_for_no_absence_of_metastases() -> None:
    assert status("Clinical stage: cTNM stage III or IV", "inclusion") != "not_met"


def test_a_list_of_clinical_t_categories_alone_is_disease_without_distant_spread() -> None:
    text = "Tumour spread: cT3, cT4a, cT4b (except invasion of the aorta or the coeliac trunk)"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", diagnosis__setting="resectable") == "unknown"


def test_stage_letters_typed_in_cyrillic_are_read_as_latin() -> None:
    cyrillic_c = "\u0441"  # looks like the Latin c
    assert interpret(f"{cyrillic_c}M0", "inclusion") == interpret("cM0", "inclusion")
    assert status(f"{cyrillic_c}M0", "inclusion") == "not_met"


def test_a_word_written_wholly_in_cyrillic_is_left_as_it_is() -> None:
    assert interpret("рак желудка", "inclusion") == []


def test_locally_advanced_or_localised_disease_fails_a_metastatic_case() -> None:
    text = "Locally advanced unresectable cancer, or localised cancer in a patient who declines an operation"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", diagnosis__setting="locally_advanced_unresectable") == "unknown"


def test_locally_advanced_unresectable_disease_alone_still_takes_a_metastatic_case() -> None:
    assert status("Locally advanced unresectable or metastatic gastric cancer", "inclusion") == "met"


# ---------------------------------------------------------------- a recurrence excluded
def test_an_exclusion_of_a_relapse_excludes_a_recurrent_case_only() -> None:
    assert status("Relapse of stomach cancer", "exclusion", **RECURRED) == "not_met"
    found = judge("Relapse of stomach cancer", "exclusion")
    assert found["status"] == "met"
    assert "as first diagnosed" in found["reason"]


def test_recurrent_or_metastatic_disease_is_not_read_as_a_recurrence_alone() -> None:
    assert {"type": "recurrence"} not in interpret("Recurrent or metastatic disease", "exclusion")


# ---------------------------------------------------------------- items every case meets
def test_a_list_of_organs_the_tumour_may_reach_is_a_permission() -> None:
    found = judge("Tumour extension: oesophagus, diaphragm, spleen, left lobe of the liver;", "inclusion")
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply")


def test_an_extension_heading_that_names_t_categories_is_not_a_permission() -> None:
    assert interpret("Tumour invasion: T4b only", "inclusion") != [{"type": "permission"}]


def test_a_grade_range_from_g0_to_g4_takes_every_grade_but_g1_to_g3_does_not() -> None:
    assert status("Differentiation grade: G0 - G4;", "inclusion") == "met"
    assert status("Differentiation grade: G1 - G3", "inclusion") == "unknown"


# ---------------------------------------------------------------- local treatments before chemotherapy
def test_chemotherapy_named_after_local_treatments_for_the_present_disease_excludes_a_treated_case() -> None:
    text = (
        "Prior treatment with a self-expanding metal stent (SEMS), radiotherapy or chemotherapy for the "
        "present disease"
    )
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    found = judge(text, "exclusion")
    assert found["status"] == "unknown"
    assert "stent" in found["reason"] and "radiotherapy" in found["reason"]


def test_prior_chemotherapy_for_metastatic_disease_is_left_to_the_line_rules() -> None:
    assert interpret("Prior radiotherapy or chemotherapy for metastatic disease", "exclusion") == []


# ---------------------------------------------------------------- a lead-in under a header
_NCI_LAYOUT = """DISEASE CHARACTERISTICS:
Histologically confirmed oesophageal cancer or gastro-oesophageal junction tumour of these subtypes:
- Adenocarcinoma
- Squamous cell cancer
- Measurable disease by CT scan
PATIENT CHARACTERISTICS:
- WHO performance status 0-2
"""


def test_an_inclusion_lead_in_right_under_a_header_is_kept_and_asks_for_its_tumour() -> None:
    first = parse_criteria(_NCI_LAYOUT)[0]
    assert first.text.startswith("Histologically confirmed oesophageal cancer")
    assert {r.get("type") for r in first.requirements} == {"disease"}
    assert status(first.text, "inclusion") == "not_met"  # a gastric primary


def test_an_exclusion_lead_in_with_any_of_the_following_is_dropped_for_its_items() -> None:
    record = """Exclusion Criteria:
- Prior gastrectomy.
Patients with disease in any of these places on staging scans as follows:
- Metastases in the liver, lung, bone or other distant metastases.
"""
    texts = [c.text for c in parse_criteria(record)]
    assert texts == ["Prior gastrectomy.", "Metastases in the liver, lung, bone or other distant metastases."]
