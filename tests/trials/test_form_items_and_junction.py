"""Rules read from the twelfth blind set (TN; sentences written for these tests): registry forms run
together on one line, the junction and the stomach told apart, studies of resectable cancer that
exclude advanced disease, inclusions that ask for a condition's or a treatment's absence, and items
that ask nothing."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_any_setting_and_stage import PERIOPERATIVE
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status


# ---------------------------------------------------------------- forms on one line
def test_a_one_line_form_with_grade_ranges_is_still_split_at_its_semicolons() -> None:
    record = (
        "Inclusion Criteria: Performance status (ECOG): 0 - 1; Histological type of tumour: adenocarcinoma; "
        "Differentiation grade: G1 - G3; Tumour localisation: body of the stomach, antrum, pylorus; Patient "
        "willing to take part. Exclusion Criteria: M1 (distant metastases); ECOG 2 - 4; Refusal to take part."
    )
    kinds = [c.kind for c in parse_criteria(record)]
    assert kinds == ["inclusion"] * 5 + ["exclusion"] * 3


def test_an_ecog_range_in_an_exclusion_excludes_from_its_lower_bound() -> None:
    assert status("ECOG 2 - 4", "exclusion") == "met"  # ECOG 1 passes
    assert status("ECOG 2 - 4", "exclusion", patient__ecog=2) == "not_met"


def test_a_performance_status_that_lost_its_dash_is_read_as_a_range() -> None:
    assert interpret("who performance status 01", "inclusion") == [{"type": "ecog", "max": 1}]


def test_m1_with_distant_metastases_in_brackets_excludes_a_metastatic_case_only() -> None:
    assert status("M1 (distant metastases)", "exclusion") == "not_met"
    assert status("M1 (distant metastases)", "exclusion", diagnosis__setting="resectable") == "met"


def test_retroperitoneal_nodes_named_as_distant_spread_are_not_peritoneal_metastases() -> None:
    text = "Distant metastases (including retroperitoneal lymph nodes)"
    assert status(text, "exclusion") == "not_met"


def test_metastases_listed_by_organ_then_any_other_distant_site_exclude_every_metastatic_case() -> None:
    text = "Disease seen on staging: - Metastases in liver, lung, bone or other distant metastases."
    assert status(text, "exclusion") == "not_met"
    assert status(text, "exclusion", diagnosis__setting="resectable") == "met"


def test_a_list_of_organs_a_tumour_may_reach_asks_for_no_site() -> None:
    found = interpret("tumour extension: oesophagus, diaphragm, spleen, liver", "inclusion")
    assert [r for r in found if r["type"] == "disease"] == []


def test_a_histology_heading_asks_for_the_histology_alone() -> None:
    assert status("Histological type of tumour: adenocarcinoma", "inclusion") == "met"
    text = "Histological type of tumour: adenocarcinoma"
    assert status(text, "inclusion", diagnosis__histology="squamous_cell_carcinoma") == "not_met"


# ---------------------------------------------------------------- junction and stomach
def test_a_gastric_primary_is_not_an_oesophageal_or_junction_tumour() -> None:
    text = "Histologically confirmed adenocarcinoma of the oesophagus or oesophago-gastric junction"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", diagnosis__site="gej") == "met"


def test_a_junction_study_naming_siewert_type_three_leaves_a_gastric_primary_open() -> None:
    text = "Adenocarcinoma of the gastro-oesophageal junction (Siewert type II or III)"
    assert status(text, "inclusion") == "unknown"


def test_cardiac_function_is_not_the_cardia() -> None:
    text = "Adequate cardiac function, as needed for cancer therapy and major surgery"
    assert not [r for r in interpret(text.lower(), "inclusion") if r["type"] == "disease"]


def test_a_cardio_oesophageal_junction_is_the_junction_not_the_oesophagus() -> None:
    text = "Tumour location: cardio-oesophageal junction, body or antrum of the stomach"
    assert status(text, "inclusion", diagnosis__site="esophagus") == "not_met"


def test_a_clause_for_patients_with_another_tumour_asks_for_no_tumour() -> None:
    text = "For patients with hepatocellular carcinoma, the Child-Pugh class must be A."
    assert not [r for r in interpret(text.lower(), "inclusion") if r["type"] == "disease"]


# ---------------------------------------------------------------- resectable-disease studies
def test_not_eligible_for_curative_surgery_is_advanced_disease() -> None:
    text = "Adenocarcinoma of the oesophagus not eligible for surgery or chemoradiation with curative intent"
    assert status(text, "inclusion", diagnosis__site="esophagus") == "met"
    resectable = status(text, "inclusion", diagnosis__site="esophagus", diagnosis__setting="resectable")
    assert resectable == "not_met"


def test_eligible_for_curative_surgery_asks_for_resectable_disease() -> None:
    text = "Fit for surgery with curative intent"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", diagnosis__setting="resectable") == "met"


def test_an_exclusion_of_inoperable_disease_excludes_every_advanced_case() -> None:
    text = "Locally advanced inoperable disease (clinical assessment)"
    assert status(text, "exclusion") == "not_met"
    assert status(text, "exclusion", diagnosis__setting="resectable") == "met"


def test_failure_after_at_most_two_regimens_needs_at_least_one() -> None:
    text = "Failure after no more than 2 prior chemotherapy regimens"
    assert status(text, "inclusion") == "not_met"  # never treated
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


# ---------------------------------------------------------------- absence asked in an inclusion
def test_an_inclusion_asking_for_no_prior_chemotherapy_in_any_setting_counts_perioperative_courses() -> None:
    text = "Absence of previous chemotherapeutic or radiation treatment for oncological disease"
    assert status(text, "inclusion") == "unknown"  # no case records radiotherapy (twelfth session)
    assert status(text, "inclusion", treatments=PERIOPERATIVE) == "not_met"


def test_an_exclusion_of_prior_chemo_in_short_form_excludes_every_course() -> None:
    assert status("Prior chemo or radio therapy", "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status("Prior chemo or radio therapy", "exclusion") == "unknown"  # radiotherapy: not recorded


def test_an_inclusion_asking_for_no_active_lung_disease_reads_the_condition_list() -> None:
    text = "No evidence of clinically active interstitial lung disease (stable scarring allowed)"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", patient__conditions=["interstitial_lung_disease"]) == "unknown"


# ---------------------------------------------------------------- items that ask nothing
def test_items_that_ask_nothing_do_not_apply() -> None:
    for text in (
        "HER2-positive and HER2-negative patients, and all known molecular subgroups are eligible.",
        "Any T, N and M",
        "Diagnostic laparoscopy is not mandated and can be performed as clinically indicated.",
        "Staging laparoscopy performed at the investigator's discretion for bulky tumours.",
        "See Disease Characteristics",
    ):
        found = judge(text, "inclusion")
        assert (found["status"], found["reason"][:14]) == ("met", "does not apply"), text


def test_refusing_to_take_part_is_a_consent_exclusion_and_a_misspelt_consent_is_consent() -> None:
    assert interpret("refusal of the patient to participate in the study.", "exclusion") == [
        {"type": "consent", "negated": True}
    ]
    assert interpret("signed written informed concent", "inclusion") == [{"type": "consent"}]


def test_a_class_of_lung_disease_given_with_one_example_stays_open_without_the_example() -> None:
    text = "Severe pulmonary disease e.g. pulmonary fibrosis"
    assert status(text, "exclusion") == "unknown"
    assert status(text, "exclusion", patient__conditions=["interstitial_lung_disease"]) == "not_met"


def test_another_histology_named_in_brackets_excludes_only_that_histology() -> None:
    text = "Histologically confirmed operable oesophageal cancer (squamous cell carcinoma)"
    assert status(text, "exclusion", diagnosis__site="esophagus", diagnosis__setting="resectable") == "met"
    squamous = {"site": "esophagus", "histology": "squamous_cell_carcinoma", "setting": "resectable"}
    assert status(text, "exclusion", diagnosis=squamous) == "not_met"


def test_an_item_for_patients_with_brain_metastases_defined_elsewhere_applies_only_to_them() -> None:
    text = "Patients with stable brain metastases as defined in exclusion criteria"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", patient__conditions=["brain_metastases"]) == "unknown"
