"""Sentences of one criterion that say different things (issue 15, classes 1, 6 and 7): a subgroup
named last, a permission for a biomarker subgroup, a sentence that lets some patients in, a negation
that belongs to one sentence, a stability period that is not a wash-out, a form narrower than the
recorded condition. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

LOW = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
PMMR = [*LOW, {"kind": "mmr", "result": "proficient", "tested_on": "2026-01-10"}]
DMMR = [*LOW, {"kind": "mmr", "result": "deficient", "tested_on": "2026-01-10"}]
TDXD_LINE: list[dict[str, Any]] = [
    {**FIRST_LINE_ENDED[0], "agents": ["trastuzumab_deruxtecan"], "line": 1},
]


@pytest.mark.parametrize(
    "text",
    [
        "Progression on first-line trastuzumab therapy for HER2 positive patients",
        "Patients with HER2/neu-positive tumour must have been exposed to Herceptin.",
    ],
)
def test_a_her2_subgroup_named_last_or_as_her2_neu_asks_nothing_of_a_her2_low_patient(text: str) -> None:
    found = judge(text, "inclusion", biomarkers=LOW)
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply")
    assert status(text, "inclusion") == "not_met"  # HER2 3+, no trastuzumab
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_permission_for_msi_high_patients_asks_nothing_of_a_proficient_one() -> None:
    text = "Participants with known MSI-H or dMMR tumours may enrol as long as they meet the PD-L1 criterion."
    found = judge(text, "inclusion", biomarkers=PMMR)
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply")
    assert status(text, "inclusion", biomarkers=DMMR) == "unknown"


def test_a_negation_reaches_only_the_agents_of_its_own_sentence() -> None:
    text = (
        "Patients must have progressed on at least 1 line of anti-HER2 therapy. "
        "Prior treatment with DS8201a is not allowed."
    )
    groups = {r["group"]: r.get("negated", False) for r in interpret(text, "inclusion") if "group" in r}
    assert groups == {"her2_directed": False, "trastuzumab_deruxtecan": True}
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(text, "inclusion", treatments=TDXD_LINE) == "not_met"


def test_anti_her2_standard_of_care_wording_names_the_her2_positive_subgroup() -> None:
    text = (
        "For tumours where anti-HER2 therapy is standard of care, patients must have progressed on "
        "anti-HER2 therapy."
    )
    assert status(text, "inclusion", biomarkers=LOW) == "met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_prior_agent_is_read_when_a_later_sentence_is_about_toxicities() -> None:
    text = "Prior treatment with an exatecan-based ADC. Has unresolved toxicities from previous therapy."
    assert {"type": "prior_therapy", "group": "topoisomerase_i_adc"} in interpret(text, "exclusion")
    assert status(text, "exclusion", treatments=TDXD_LINE) == "not_met"


def test_a_later_sentence_that_qualifies_the_same_agent_leaves_it_unread() -> None:
    text = (
        "Prior CLDN18.2-targeted therapy is not eligible for dose escalation cohorts. However, prior "
        "CLDN18.2-targeted therapy more than 28 days before the first dose is eligible for expansion."
    )
    assert not [r for r in interpret(text, "exclusion") if r["type"] == "prior_therapy"]


def test_a_sentence_that_lets_patients_in_names_no_exclusion() -> None:
    text = (
        "Active or suspected autoimmune disease. Patients previously exposed to anti-PD-1 therapy who "
        "had a treated skin rash should not be excluded."
    )
    reqs = interpret(text, "exclusion")
    assert not [r for r in reqs if r["type"] == "prior_therapy"]
    nivolumab = [{**FIRST_LINE_ENDED[0], "agents": ["nivolumab", "capecitabine", "oxaliplatin"]}]
    assert status(text, "exclusion", treatments=nivolumab) == "met"


def test_a_stable_period_of_a_toxicity_is_neither_a_wash_out_nor_its_grade() -> None:
    text = (
        "Has unresolved toxicities from previous anticancer therapy not yet resolved to grade ≤1. "
        "Chronic, stable grade 2 toxicities (no worsening to >grade 2 for at least 3 months prior to "
        "randomization) are allowed."
    )
    reqs = interpret(text, "exclusion")
    assert not [r for r in reqs if r["type"] == "washout"]
    assert {"type": "toxicity", "min_grade": 2} in reqs


def test_leptomeningeal_disease_alone_is_not_settled_by_recorded_brain_metastases() -> None:
    text = "Has evidence of any leptomeningeal disease"
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "unknown"
    assert status(text, "exclusion") == "met"
    assert status("History of brain metastases", "exclusion", patient__conditions=["brain_metastases"]) == (
        "not_met"
    )


def test_an_inclusion_item_ending_in_are_excluded_asks_for_the_population_to_be_absent() -> None:
    text = "Has gastric adenocarcinoma that is known to be HER2-positive are excluded."
    assert interpret(text, "inclusion") == [{"type": "her2", "status": "positive", "negated": True}]
    assert status(text, "inclusion", biomarkers=LOW) == "met"
    assert status(text, "inclusion") == "not_met"  # HER2 3+


def test_another_tumours_cohort_bullet_with_qualifiers_does_not_apply() -> None:
    text = "Pancreatic Ductal Adenocarcinoma (PDAC) - Excludes neuroendocrine or acinar carcinoma"
    found = judge(text, "inclusion")
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply")


def test_a_history_listed_as_a_form_of_a_qualified_condition_stays_qualified() -> None:
    text = "History of grade 3 or 4 interstitial lung disease including a history of pneumonitis"
    assert status(text, "exclusion", patient__conditions=["interstitial_lung_disease"]) == "unknown"


def test_heart_failure_is_a_cardiac_disease_but_not_necessarily_an_uncontrolled_one() -> None:
    failing = {"patient__conditions": ["heart_failure"]}
    assert (
        status("Cardiac disease, pulmonary disease, or hepatic disease", "exclusion", **failing) == "not_met"
    )
    assert status("Uncontrolled cardiac disease", "exclusion", **failing) == "unknown"


def test_a_permission_led_by_who_has_asks_nothing_of_a_patient_without_the_condition() -> None:
    text = "Who has history of hepatitis C virus infection are eligible if HCV viral load is undetectable."
    found = judge(text, "exclusion")
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply")


def test_a_cardiac_condition_defined_by_the_protocol_is_not_settled_by_heart_failure() -> None:
    text = "Cardiac conditions as defined by the protocol"
    assert status(text, "exclusion", patient__conditions=["heart_failure"]) == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Diagnosis of HIV or other immunodeficiency disorders.",
        "Has a history of autoimmune disease or inflammatory disease",
        "CNS metastases or CNS pathology as defined by the protocol",
    ],
)
def test_a_composite_exclusion_with_a_part_no_case_records_stays_open(text: str) -> None:
    found = judge(text, "exclusion")
    assert found["status"] == "unknown"


def test_hiv_named_in_full_is_not_another_immunodeficiency() -> None:
    text = "Known human immunodeficiency virus (HIV) infection"
    assert not [r for r in interpret(text, "exclusion") if r["type"] == "open_parts"]
    assert status(text, "exclusion") == "met"
