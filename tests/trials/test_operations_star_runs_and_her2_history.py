"""Rules read from the outside sets TT, TU, TV and TW (sentences written for these tests): therapy had
before an operation, fitness for the operation, starred items run together on one line, performance
status below a score, "not HER2 positive", a HER2-negative study for a tumour that was HER2-positive
before, stage and site wording, and consent given before randomisation."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, status

NEOADJUVANT = [
    {
        "setting": "neoadjuvant",
        "agents": ["oxaliplatin", "capecitabine"],
        "started_on": "2025-09-01",
        "ended_on": "2025-10-15",
        "stop_reason": "completed",
    }
]
RESECTABLE = {"site": "stomach", "histology": "adenocarcinoma", "setting": "resectable"}
HER2_LOST = [
    {"kind": "her2_ihc", "score": "3+", "criteria": "gastric", "tested_on": "2025-12-10"},
    {"kind": "her2_ihc", "score": "0", "criteria": "gastric", "tested_on": "2026-05-28"},
]


def test_an_adjuvant_study_after_neoadjuvant_chemoradiotherapy_and_surgery_fails_an_untreated_case() -> None:
    text = "Completed pre-operative chemo radiotherapy followed by surgery"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=NEOADJUVANT) == "unknown"  # radiotherapy, surgery unrecorded
    missed = "Did not receive concurrent chemoradiotherapy prior to surgery"
    assert status(missed, "exclusion") == "not_met"
    assert not any(r["type"] == "washout" for r in interpret(missed, "exclusion"))


def test_a_plan_or_a_permission_naming_neoadjuvant_therapy_asks_for_none() -> None:
    plan = "Agreed to proceed with curative operation after neoadjuvant chemotherapy"
    permission = (
        "Patients who have previously received neoadjuvant chemotherapy followed by surgery can be included"
    )
    assert interpret(plan, "inclusion") == []
    assert not any(r["type"] == "prior_therapy" for r in interpret(permission, "inclusion"))


def test_fitness_for_an_operation_stays_open_beside_the_performance_status_read() -> None:
    text = "medically fit to undergo a major surgery with planned thoracotomy (ECOG 0-1)"
    assert status(text, "inclusion", patient__ecog=0) == "unknown"
    assert status(text, "inclusion", patient__ecog=2) == "not_met"


def test_a_candidate_for_curative_resection_is_a_resectable_case() -> None:
    text = (
        "Patients* must be candidates for potential curative resection as determined by the treating surgeon"
    )
    assert status(text, "inclusion") == "not_met"  # a metastatic case
    assert status(text, "inclusion", diagnosis=RESECTABLE) == "met"


def test_a_study_that_expects_no_resection_takes_advanced_disease() -> None:
    text = "Is not expected to require tumor resection during the treatment course"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", diagnosis=RESECTABLE) == "not_met"


def test_starred_items_run_together_on_one_line_are_split() -> None:
    text = (
        "Inclusion criteria\n* Histological adenocarcinoma of the stomach. * Evidence of metastatic disease. "
        "* ECOG 0-1 * No prior systemic therapy for advanced disease.\n"
    )
    assert len(parse_criteria(text)) == 4


def test_performance_status_below_a_score_and_a_cut_window_are_read() -> None:
    assert interpret("Patients must have a performance status of < 2 Zubrod scale.", "inclusion") == [
        {"type": "ecog", "max": 1}
    ]
    cut = "Has a performance status of 0 or 1 on the ECOG Performance Scale within 3"
    assert interpret(cut, "inclusion") == [{"type": "ecog", "max": 1}]


def test_not_her2_positive_asks_for_her2_negative_disease() -> None:
    text = "Has gastroesophageal adenocarcinoma that is not HER-2/neu positive"
    assert status(text, "inclusion") == "not_met"  # the default case is IHC 3+


def test_a_her2_negative_study_leaves_open_a_tumour_that_was_positive_before() -> None:
    text = "Patients with HER2-negative disease"
    assert status(text, "inclusion", biomarkers=HER2_LOST, treatments=FIRST_LINE_ENDED) == "unknown"
    assert status(text, "inclusion", biomarkers=HER2_LOST[1:]) == "met"


def test_a_maintenance_item_whose_response_was_not_progression_needs_a_first_line() -> None:
    text = "received 4-6 cycles of XELOX as first-line chemotherapy and the response was not progression"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ONGOING) == "unknown"


def test_stage_and_site_wording_of_exclusions() -> None:
    assert status("Unsectable primary tumor or any distant metastatic disease.", "exclusion") == "not_met"
    assert (
        status("Evidence of metastatic disease to distant organs (biopsy is suggested).", "exclusion")
        == "not_met"
    )
    assert status("Tumors of squamous or other non-adenocarcinoma histology", "exclusion") == "met"
    assert (
        status("Patients with advanced inoperable or metastatic esophageal adenocarcinoma", "exclusion")
        == "not_met"
    )
    assert status("Diagnosed with cervical esophageal carcinoma", "exclusion") == "met"  # a gastric case
    assert (
        status("Diagnosed with cervical esophageal carcinoma", "exclusion", diagnosis__site="esophagus")
        == "unknown"
    )
    assert status("Diagnosed with Stage IV resectable disease", "exclusion") == "not_met"


def test_early_t_and_n_categories_run_together_fail_a_metastatic_case() -> None:
    assert (
        status("Clinical T1-2N0M0 disease, confirmed by CT or endoscopic ultrasonography.", "inclusion")
        == "not_met"
    )


def test_no_previous_therapy_for_advanced_disease_asks_nothing_of_the_stage() -> None:
    text = "No previous systemic therapy for locally advanced unresectable or metastatic gastric cancer."
    assert status(text, "inclusion", diagnosis=RESECTABLE) == "met"


def test_consent_given_before_randomisation_or_study_entry_is_consent() -> None:
    assert status("Written informed consent obtained before randomization", "inclusion") == "met"
    assert status("Patient must sign an informed consent prior to study entry.", "inclusion") == "met"


def test_prior_chemotherapy_for_cancer_and_chronologic_age_are_read() -> None:
    assert status("Prior chemotherapy for cancer,", "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert interpret("Patient must be chronologic <= 75.", "inclusion") == [
        {"type": "age", "op": "<=", "value": 75}
    ]


def test_anticipated_survival_in_an_exclusion_stays_open() -> None:
    text = "The score of KPS<60 or anticipated survival time<3 months."
    assert status(text, "exclusion", patient__ecog=0) == "unknown"
