"""Readings found once the closed studies' criteria were scored too (bench/trials_outside.py
--closed-as-open; issue 15 classes 2 and 3): a clinical stage written numerals first, every approved
therapy used, exactly one line before, relapsed or refractory disease, a tumour reaching a little into
the cardia, and "no previous anti-tumour treatment" closing a disease item. Sentences written for these
tests after the registry wording of NCT05714878, NCT03696771, NCT02005484, NCT02178956, NCT02713984,
NCT01404156 and NCT05149807."""

from __future__ import annotations

from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

SECOND_LINE_ENDED = [
    *FIRST_LINE_ENDED,
    {
        "line": 2,
        "setting": "palliative",
        "agents": ["paclitaxel", "ramucirumab"],
        "started_on": "2026-05-25",
        "ended_on": "2026-05-31",
        "stop_reason": "toxicity",
    },
]

CLINICAL_I_TO_III = "Pathologically confirmed gastric cancer, clinical I-III TNM stage (AJCC 8th edition);"


def test_a_metastatic_patient_does_not_meet_a_clinical_stage_written_numerals_first() -> None:
    assert status(CLINICAL_I_TO_III, "inclusion") == "not_met"


def test_a_resectable_patient_meets_a_clinical_stage_written_numerals_first() -> None:
    assert status(CLINICAL_I_TO_III, "inclusion", diagnosis__setting="resectable") == "met"


ALL_APPROVED = (
    "Advanced/metastatic cancer with measurable disease as determined by RECIST v.1.1 who have progressed "
    "or are intolerant to all approved therapies known to confer clinical benefit."
)


def test_a_patient_with_approved_options_left_does_not_meet_all_approved_therapies_used() -> None:
    found = status(ALL_APPROVED, "inclusion", diagnosis__measurable_disease=True, treatments=FIRST_LINE_ENDED)
    assert found == "not_met"


ONE_PRIOR_BASED = (
    "disease progression under or after 1 prior platinum-based or 5-fluoropyrimidine-based chemotherapy "
    "for metastatic disease;"
)
ONE_REGIMEN = (
    "Failed treatment with one regimen containing at least a platinum/fluoropyrimidine doublet for "
    "unresectable or metastatic disease."
)


def test_progression_after_one_prior_chemotherapy_is_met_after_one_line() -> None:
    assert status(ONE_PRIOR_BASED, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_progression_after_one_prior_chemotherapy_is_not_met_after_two_lines() -> None:
    assert status(ONE_PRIOR_BASED, "inclusion", treatments=SECOND_LINE_ENDED) == "not_met"


def test_failure_of_one_regimen_holding_at_least_a_doublet_is_not_met_after_two_lines() -> None:
    assert status(ONE_REGIMEN, "inclusion", treatments=SECOND_LINE_ENDED) == "not_met"


def test_at_least_one_prior_regimen_still_takes_two_lines() -> None:
    text = "Disease progression after at least 1 prior platinum-based chemotherapy for metastatic disease."
    assert status(text, "inclusion", treatments=SECOND_LINE_ENDED) == "met"


RELAPSED_OR_REFRACTORY = "Relapsed or refractory HER2 positive cancer."


def test_untreated_disease_as_first_diagnosed_is_neither_relapsed_nor_refractory() -> None:
    assert status(RELAPSED_OR_REFRACTORY, "inclusion") == "not_met"


def test_a_line_given_makes_the_disease_refractory() -> None:
    assert status(RELAPSED_OR_REFRACTORY, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_recurrence_after_curative_treatment_is_relapsed_disease() -> None:
    assert status(RELAPSED_OR_REFRACTORY, "inclusion", diagnosis__setting="recurrent") == "met"


def test_relapsed_or_refractory_to_an_agent_asks_for_the_agent_not_a_recurrence() -> None:
    text = "Relapsed or refractory to trastuzumab."
    assert status(text, "inclusion", diagnosis__setting="recurrent") == "not_met"


INTO_THE_CARDIA = (
    "proximal portion of the tumor at least 20 cm from the incisors on endoscopy, and extend no greater than "
    "2 cm into the gastric cardia"
)


def test_a_gastric_primary_is_no_tumour_reaching_a_little_into_the_cardia() -> None:
    assert status(INTO_THE_CARDIA, "inclusion") == "not_met"


def test_how_far_a_junction_tumour_reaches_into_the_cardia_stays_open() -> None:
    assert status(INTO_THE_CARDIA, "inclusion", diagnosis__site="gej") == "unknown"


NO_PREVIOUS_TREATMENT = (
    "Pathologically diagnosed with GC or GEJC, histologically confirmed to be adenocarcinoma, and have no "
    "previous anti-tumor treatments for GC or GEJC."
)


def test_a_treated_patient_fails_no_previous_treatment_closing_a_disease_item() -> None:
    assert status(NO_PREVIOUS_TREATMENT, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_an_untreated_patient_meets_no_previous_treatment_closing_a_disease_item() -> None:
    assert status(NO_PREVIOUS_TREATMENT, "inclusion") == "met"
