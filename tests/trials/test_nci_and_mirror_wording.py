"""Wordings of the ninth blind set (issue 15: tests/trials/heldout8, reviewer TJ, records read from NCI
trial pages and registry mirrors: trimodality, later-line, HER2 ADC and MSI-H studies). Each test
names the rule; the sentences are written for these tests; AS_OF is 2026-06-01."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

OESOPHAGUS = {"site": "esophagus", "histology": "adenocarcinoma", "setting": "locally_advanced_unresectable"}


def _reqs(text: str, kind: str = "inclusion") -> list[dict[str, Any]]:
    return interpret(text, kind)


# ------------------------------------------------------------ stage
def test_no_metastatic_disease_in_an_inclusion_asks_for_none_and_fails_a_metastatic_patient() -> None:
    assert _reqs("No metastatic disease") == [{"type": "distant_metastases", "only": True, "negated": True}]
    assert status("No metastatic disease", "inclusion") == "not_met"


def test_t_and_n_categories_written_with_a_comma_still_mean_no_distant_spread() -> None:
    text = "Stage T1, N1-2 or T2-3, N0-2 disease by chest, abdominal, or pelvic CT scan"
    assert _reqs(text) == [
        {"type": "distant_metastases", "only": False, "negated": True},
        {"type": "recurrence", "negated": True, "primary_staged": True},  # a primary before treatment
    ]


def test_a_part_of_the_oesophagus_left_out_is_open_for_oesophageal_tumours_only() -> None:
    text = "No cervical esophageal or proximal esophageal (15-24 cm) carcinoma"
    assert status(text, "inclusion") == "met"  # a gastric primary
    assert status(text, "inclusion", diagnosis=OESOPHAGUS) == "unknown"


def test_disease_with_no_previous_anticancer_treatment_is_advanced_and_untreated() -> None:
    text = (
        "Documented locally advanced or metastatic disease with no previous systemic anti-cancer treatment "
        "in these settings and not suitable for complete surgical resection"
    )
    assert _reqs(text) == [
        {"type": "prior_lines", "max": 0},
        {"type": "disease", "sites": [], "advanced": True},
    ]
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"


# ------------------------------------------------------------ age
OVER_75 = (
    "≥18 and ≤75 years old, The patient over 75 years of age is eligible only if all the following "
    "conditions are met: G8 questionnaire score above 14"
)


def test_an_upper_age_with_conditions_for_older_patients_passes_younger_ones() -> None:
    assert status(OVER_75, "inclusion") == "met"


def test_an_older_patient_is_left_to_the_conditions_set_for_older_patients() -> None:
    found = judge(OVER_75, "inclusion", patient__age=79)
    assert found["status"] == "unknown"
    assert "over 75" in found["reason"]


# ------------------------------------------------------------ lines and prior therapy
def test_progression_within_months_of_a_first_line_dose_is_a_line_given_not_a_wash_out() -> None:
    text = (
        "Phase II only: Documented disease progression during or within 6 months of the last dose of "
        "first-line platinum and fluoropyrimidine doublet. Neoadjuvant treatment is counted as one line. "
        "OR Phase III only: progression after a first-line platinum-containing therapy; neoadjuvant "
        "platinum containing therapy is counted as first-line therapy if progression occurs <12 months"
    )
    found = _reqs(text)
    assert {"type": "prior_lines", "min": 1} in found
    assert not any(r["type"] == "washout" or "max" in r for r in found)


def test_an_anti_her2_partner_written_with_a_plus_minus_sign_is_not_asked() -> None:
    text = (
        "Documented tumor progression during or after at least one prior line of platinum-based "
        "chemotherapy ± anti-HER2 (trastuzumab or equivalent) therapy."
    )
    assert (
        status(
            text, "inclusion", treatments=[{**FIRST_LINE_ENDED[0], "agents": ["capecitabine", "oxaliplatin"]}]
        )
        == "met"
    )


def test_a_willingness_asked_of_patients_who_had_a_therapy_does_not_apply_to_the_others() -> None:
    text = (
        "Cohort 1 patients, who have received prior anti-HER2 therapy, are willing to undergo fresh tissue "
        "biopsy to confirm HER2 status."
    )
    chemo_only = [{**FIRST_LINE_ENDED[0], "agents": ["capecitabine", "oxaliplatin"]}]
    assert judge(text, "inclusion", treatments=chemo_only)["reason"].startswith("does not apply")
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "unknown"


# ------------------------------------------------------------ reproductive items
def test_patients_in_reproductive_age_are_women_and_men() -> None:
    text = (
        "Patients in reproductive age must be willing to use contraception (e.g. tubal ligation, vasectomy)"
    )
    assert _reqs(text) == [{"type": "reproductive", "who": "both", "undertaking": True}]


def test_the_t_and_n_categories_a_study_leaves_out_say_nothing_of_distant_spread() -> None:
    assert _reqs("No T1,N0 or T4 disease") == []


def test_non_metastatic_disease_of_an_earlier_adjuvant_course_is_not_the_studys_stage() -> None:
    text = (
        "If patient received adjuvant therapy for non-metastatic disease, this therapy should be completed "
        "more than 6 months before the diagnosis of metastatic or recurrent disease"
    )
    assert not any(r["type"] == "distant_metastases" for r in _reqs(text))


def test_a_junction_tumour_against_an_oesophageal_study_is_left_to_the_study_team() -> None:
    text = "Pathologically confirmed primary adenocarcinoma of the esophagus"
    gej = {"site": "gej", "histology": "adenocarcinoma", "setting": "metastatic"}
    assert status(text, "inclusion", diagnosis=gej) == "unknown"
    assert status(text, "inclusion") == "not_met"  # a gastric primary


def test_non_metastatic_written_with_a_space_is_still_no_distant_spread() -> None:
    assert {"type": "distant_metastases", "only": False, "negated": True} in _reqs(
        "Non metastatic gastric cancer"
    )


def test_a_part_of_the_oesophagus_left_out_does_not_concern_a_junction_tumour() -> None:
    text = "No cervical esophageal or proximal esophageal (15-24 cm) carcinoma"
    gej = {"site": "gej", "histology": "adenocarcinoma", "setting": "metastatic"}
    assert judge(text, "inclusion", diagnosis=gej)["reason"].startswith("does not apply")


def test_an_extension_of_the_tumour_that_is_allowed_asks_nothing() -> None:
    assert _reqs("Involvement of the stomach up to 5 cm allowed") == [{"type": "permission"}]
    assert _reqs("Only ECOG 0-1 allowed") == [{"type": "ecog", "max": 1}]


def test_a_list_of_other_pathological_diagnoses_does_not_exclude_an_adenocarcinoma() -> None:
    text = "Patients with the following pathological diagnosis: squamous cell carcinoma, neuroendocrin"
    assert status(text, "exclusion") == "met"
    squamous = {"site": "esophagus", "histology": "squamous_cell_carcinoma", "setting": "metastatic"}
    assert status(text, "exclusion", diagnosis=squamous) == "not_met"


# ------------------------------------------------------------ the tenth set (TK)
RESECTABLE = {"site": "stomach", "histology": "adenocarcinoma", "setting": "resectable"}


def test_a_line_of_therapy_the_study_treats_in_is_for_advanced_disease() -> None:
    text = "Indication for first or second-line systemic treatment"
    assert status(text, "inclusion") == "met"  # untreated metastatic disease
    found = judge(text, "inclusion", diagnosis=RESECTABLE)
    assert (found["status"], "advanced disease" in found["reason"]) == ("not_met", True)


def test_what_the_first_line_should_have_held_does_not_make_a_second_line_study_first_line() -> None:
    text = (
        "Second line treatment for recurrent or metastatic gastric adenocarcinoma. First-line therapy should "
        "include platinum and fluoropyrimidine"
    )
    assert {"type": "prior_lines", "palliative": True, "min": 1, "max": 1} in _reqs(text)
    assert status(text, "inclusion") == "not_met"  # untreated


def test_where_the_bulk_of_the_tumour_must_lie_names_the_sites_not_where_it_extends() -> None:
    text = (
        "If the tumor extends below the gastroesophageal (GE) junction into the proximal stomach, the bulk "
        "of the tumor must involve the esophagus or GE junction."
    )
    assert _reqs(text) == [{"type": "disease", "sites": ["gej", "esophagus"], "by_centre": True}]
    # the case's site is where the tumour's centre lies (AJCC 8th): a gastric primary's bulk is gastric
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", diagnosis__site="gej") == "met"


ARMS = (
    "Arm A: never received systemic anti-tumor drug therapy before, with HER2 negative and PD-L1 CPS≥5; "
    "Arm B: failed to prior systemic anti-tumor therapy (at least 2 lines);"
)


def test_an_item_holding_two_arms_criteria_is_met_through_either_arm() -> None:
    her2_zero = [{"kind": "her2_ihc", "score": "0", "criteria": "gastric", "tested_on": "2026-01-10"}]
    cps = [{"kind": "pdl1_cps", "value": 8, "tested_on": "2026-01-10"}]
    assert status(ARMS, "inclusion", biomarkers=her2_zero + cps) == "met"  # untreated: arm A


def test_an_item_holding_two_arms_criteria_fails_a_patient_who_fits_neither() -> None:
    assert status(ARMS, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"  # one line: neither arm
