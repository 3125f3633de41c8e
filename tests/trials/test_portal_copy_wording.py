"""Wordings of real registry records the product had not seen (issue 15, eighth session: the blind
sets tests/trials/heldout6 (reviewer TH) and heldout7 (TI), records read from trial-portal copies,
many from Chinese sponsors, several of resectable or resected disease). Each test names the rule;
the sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status
from tests.trials.test_operations_done_and_stages_of_unnamed_tumours import ADJUVANT_GIVEN

NIVOLUMAB_LINE = [{**FIRST_LINE_ENDED[0], "agents": ["nivolumab", "capecitabine", "oxaliplatin"]}]
PACLITAXEL_ENDED = [
    {**FIRST_LINE_ENDED[0], "agents": ["paclitaxel"], "started_on": "2025-06-01", "ended_on": "2025-09-01"}
]
RESECTABLE = {"diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "resectable"}}
METASTATIC = {"diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"}}


def _reqs(text: str, kind: str = "inclusion") -> list[dict[str, Any]]:
    return interpret(text, kind)


# ------------------------------------------------------------ class 3: prior therapy
@pytest.mark.parametrize(
    "text",
    [
        "Failed first-line treatment with PD-(L)1 monoclonal antibody and standard chemotherapy",
        "Progressed on a PD-1/PD-L1 monoclonal antibody",
        "Prior anti-PD-1 mAb therapy",
    ],
)
def test_a_pd1_antibody_written_with_monoclonal_or_mab_is_the_pd1_class(text: str) -> None:
    assert {"type": "prior_therapy", "group": "pd1"} in _reqs(text)
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"  # trastuzumab, no PD-1
    assert status(text, "inclusion", treatments=NIVOLUMAB_LINE) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Histologically confirmed untreated gastric cancers, mainly adenocarcinoma.",
        "Metastatic gastric adenocarcinoma with no treatment previously.",
        "Advanced gastric cancer without prior systemic therapy.",
    ],
)
def test_untreated_cancer_in_other_words_is_no_prior_line(text: str) -> None:
    assert {"type": "prior_lines", "max": 0} in _reqs(text)
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_untreated_brain_metastases_are_not_untreated_cancer() -> None:
    assert not [r for r in _reqs("Untreated brain metastases are allowed.") if r["type"] == "prior_lines"]


@pytest.mark.parametrize(
    "text",
    [
        "HER2-positive solid tumours that are non-responsive or intolerant to standard therapies.",
        "Tumours refractory to standard therapy.",
        "Solid tumours refractory to or intolerable with standard treatment.",
    ],
)
def test_failure_of_or_intolerance_to_standard_therapy_needs_a_line_and_stays_open_while_options_remain(
    text: str,
) -> None:
    assert status(text, "inclusion") == "not_met"  # the tests' case is untreated
    found = judge(text, "inclusion", treatments=FIRST_LINE_ENDED)
    assert found["status"] == "unknown"
    assert "while standard options remain" in found["reason"]


def test_progression_on_frontline_standard_therapy_is_one_line() -> None:
    text = "Participants must have disease progression or intolerance to frontline standard of care."
    assert _reqs(text) == [{"type": "prior_lines", "min": 1}]
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_relapse_after_standard_therapy_or_no_options_left_leave_the_stage_alone_open() -> None:
    text = (
        "HER2-positive or HER2-low solid tumours that are unresectable, metastatic, or have relapsed "
        "after standard therapies, are intolerant to standard therapies, or lack effective treatment options."
    )
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "unknown"  # options remain
    assert status(text, "inclusion") == "unknown"  # untreated: does metastatic disease alone qualify?


@pytest.mark.parametrize(
    ("text", "agents", "after_trastuzumab_capox"),
    [
        (
            "Failure of prior chemotherapy (at least one irinotecan- or cisplatin-based).",
            ("irinotecan", "cisplatin"),
            "not_met",
        ),
        ("Prior treatment with cisplatin or oxaliplatin", ("cisplatin", "oxaliplatin"), "met"),
        ("Prior trastuzumab, pertuzumab or lapatinib", ("trastuzumab", "pertuzumab", "lapatinib"), "met"),
    ],
)
def test_agents_joined_by_or_are_alternatives(
    text: str, agents: tuple[str, ...], after_trastuzumab_capox: str
) -> None:
    options = [r for r in _reqs(text) if r["type"] == "any_of"]
    assert [o[0]["group"] for o in options[0]["options"]] == list(agents)
    assert not [r for r in _reqs(text) if r["type"] == "prior_therapy"]  # none asked on its own
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == after_trastuzumab_capox


def test_agents_joined_by_and_are_still_all_asked() -> None:
    reqs = _reqs("Prior trastuzumab and capecitabine")
    assert {"type": "prior_therapy", "group": "trastuzumab"} in reqs
    assert {"type": "prior_therapy", "group": "capecitabine"} in reqs


def test_cisplatin_based_names_cisplatin_not_every_platinum() -> None:
    groups = {r["group"] for r in _reqs("Prior cisplatin-based chemotherapy") if r["type"] == "prior_therapy"}
    assert groups == {"cisplatin"}


def test_an_exclusion_opening_with_no_prior_excludes_those_who_had_it() -> None:
    text = "No prior use of EGFR-targeting drugs, such as trastuzumab, lapatinib or other TKIs."
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(text, "exclusion") == "met"


def test_previous_chemotherapy_for_advanced_disease_excludes_a_treated_patient() -> None:
    text = (
        "Previous chemotherapy for advanced/metastatic disease (the total dose of cisplatin should be "
        "less than 300 mg/m2)."
    )
    assert _reqs(text, "exclusion") == [{"type": "prior_lines", "min": 1}]
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_a_misspelt_agent_is_not_an_unknown_agent() -> None:
    text = "Adjuvant therapy with oxaplatin is not allowed; prior chemotherapy for metastatic disease."
    assert not [r for r in _reqs(text, "exclusion") if r["type"] == "open_parts"]


def test_other_checkpoint_inhibitors_in_addition_to_a_pd1_antibody_spare_that_antibody() -> None:
    text = (
        "In addition to anti-PD-(L)1 monoclonal antibody, prior exposure to other immune checkpoint "
        "inhibitors or immune cell therapy."
    )
    assert status(text, "exclusion", treatments=NIVOLUMAB_LINE) == "met"


# ------------------------------------------------------------ class 4: wash-outs
def test_a_wash_out_of_one_family_looks_at_that_family_only() -> None:
    text = "Previous systemic treatment with taxane within 6 months before randomization"
    assert _reqs(text, "exclusion") == [{"type": "washout", "days": 180, "scope": "taxane"}]
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"  # no taxane
    assert status(text, "exclusion", treatments=PACLITAXEL_ENDED) == "met"  # 9 months ago
    recent = [{**PACLITAXEL_ENDED[0], "ended_on": "2026-05-01"}]
    assert status(text, "exclusion", treatments=recent) == "not_met"


def test_progression_timed_from_an_agent_is_no_wash_out_of_it() -> None:
    reqs = _reqs("Refractory to trastuzumab, i.e. progression within 3 months of starting it.", "exclusion")
    assert not [r for r in reqs if r["type"] == "washout"]


# ------------------------------------------------------------ stage and histology
@pytest.mark.parametrize(
    "text",
    [
        "The attending physician will evaluate the eligibility for a R0 resection.",
        "Complete surgical resection of the primary tumor must be achievable",
    ],
)
def test_curative_surgery_planned_asks_for_resectable_disease(text: str) -> None:
    assert status(text, "inclusion", **METASTATIC) == "not_met"
    assert status(text, "inclusion", **RESECTABLE) == "met"


def test_curative_surgery_planned_beside_good_cardiac_function_leaves_the_heart_open() -> None:
    text = "Have good cardiac function and can be treated with radical resection."
    assert status(text, "inclusion", **METASTATIC) == "not_met"
    found = judge(text, "inclusion", **RESECTABLE)  # test_adequate_cardiac_function.py
    assert found["status"] == "unknown"
    assert "cardiac work-up" in found["reason"]


def test_surgery_ruled_out_is_not_resectable_disease() -> None:
    assert not [r for r in _reqs("Patients not amenable to curative resection") if r.get("advanced") is False]


def test_no_distant_metastasis_in_an_inclusion_rules_out_metastatic_disease() -> None:
    text = "Staged as T3 or more, node positive and no distant metastasis."
    assert status(text, "inclusion", **METASTATIC) == "not_met"
    assert status(text, "inclusion", **RESECTABLE) == "unknown"  # T and N stage are not recorded
    assert status("No distant metastases (M0).", "inclusion", **RESECTABLE) == "met"


def test_a_mixed_tumour_with_other_components_than_adenocarcinoma_is_a_histology_exclusion() -> None:
    text = (
        "Mixed gastric or gastroesophageal junction cancer containing other pathological components "
        "than adenocarcinoma"
    )
    assert _reqs(text, "exclusion") == [{"type": "disease", "sites": [], "histology": "other"}]
    gej = {"diagnosis": {"site": "gej", "histology": "adenocarcinoma", "setting": "metastatic"}}
    assert status(text, "exclusion", **gej) == "met"


# ------------------------------------------------------------ biomarker spellings
def test_a_cps_with_its_name_in_brackets_is_read() -> None:
    assert _reqs("Participants must have PD-L1 CPS (Combined Positive Score) ≥ 1.") == [
        {"type": "pdl1_cps", "op": ">=", "value": 1.0}
    ]


def test_cdln_is_read_as_claudin_18() -> None:
    assert _reqs("Positive CDLN 18.2 expression") == [{"type": "cldn18_2", "op": ">=", "value": None}]


def test_an_ihc_score_called_a_mutation_is_an_ihc_score() -> None:
    text = (
        "HER2-positive tumours by IHC and: HER2 mutation of at least 3+ (+++) or; HER2 mutation of at "
        "least 2+ and FISH positive."
    )
    assert _reqs(text) == [{"type": "her2", "status": "positive"}]


# ------------------------------------------------------------ studies of resectable or resected disease
LOCALLY_ADVANCED = {
    "diagnosis": {
        "site": "stomach",
        "histology": "adenocarcinoma",
        "setting": "locally_advanced_unresectable",
    }
}


@pytest.mark.parametrize(
    "text",
    [
        "Locally advanced adenocarcinoma of the stomach confirmed by pathology.",
        "Judged on CT as T3-4a N+ or T4b N any gastric cancer (AJCC 8th edition).",
        "Patients with cStage III gastric adenocarcinoma by CT and laparoscopy.",
    ],
)
def test_locally_advanced_or_a_stage_below_iv_rules_out_metastatic_disease_only(text: str) -> None:
    assert status(text, "inclusion", **METASTATIC) == "not_met"
    assert status(text, "inclusion", **LOCALLY_ADVANCED) == "unknown"  # the rest of the stage is open


def test_locally_advanced_or_metastatic_is_still_advanced_disease() -> None:
    assert status("Locally advanced or metastatic gastric cancer", "inclusion", **METASTATIC) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "D2 radical gastrectomy for gastric cancer",
        "Postoperative pathology confirmed pT3-4 N any M0 gastric adenocarcinoma",
        "Patients after radical resection of the primary tumour",
    ],
)
def test_a_curative_resection_already_done_is_the_adjuvant_setting(text: str) -> None:
    assert status(text, "inclusion", **METASTATIC) == "not_met"
    # no case field records the operation: an untreated resectable tumour is not yet operated on
    # (twenty-second session); after adjuvant therapy the operation stays open
    assert status(text, "inclusion", **RESECTABLE) == "not_met"
    assert status(text, "inclusion", **RESECTABLE, treatments=ADJUVANT_GIVEN) == "unknown"


def test_a_recurrence_after_resection_is_not_the_adjuvant_setting() -> None:
    assert not [r for r in _reqs("Recurrence after radical gastrectomy") if r.get("advanced") is False]


@pytest.mark.parametrize(
    "text",
    ["Patients must undergo radical surgery.", "Resection for curative purpose can be performed."],
)
def test_surgery_to_come_asks_for_resectable_disease(text: str) -> None:
    assert status(text, "inclusion", **METASTATIC) == "not_met"


def test_peritoneal_dissemination_or_distant_metastasis_excludes_metastatic_disease_only() -> None:
    text = "Patients with peritoneal dissemination or distant metastasis."
    assert status(text, "exclusion", **METASTATIC) == "not_met"
    assert status(text, "exclusion", **RESECTABLE) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "The pathology is other types besides adenocarcinoma, such as squamous cell carcinoma.",
        "Patients with adenosquamous cell carcinoma, squamous cell carcinoma, or GI stromal tumor.",
    ],
)
def test_other_histologies_listed_do_not_exclude_an_adenocarcinoma(text: str) -> None:
    assert status(text, "exclusion") == "met"


def test_a_clause_letting_every_her2_status_in_leaves_the_rest_of_the_item_asked() -> None:
    text = "Patients with cStage III gastric adenocarcinoma (regardless of HER-2 expression)."
    assert status(text, "inclusion", **METASTATIC) == "not_met"
    reqs = _reqs("Gastric adenocarcinoma patients are eligible regardless of HER2 status.")
    assert not [r for r in reqs if r["type"] == "her2"]
    assert status("Patients are eligible regardless of HER2 status.", "inclusion") == "met"


def test_a_document_reference_number_is_not_an_ecog_score() -> None:
    assert _reqs("The ECOG PS score (see Annex 4 for details) is 0-1;") == [{"type": "ecog", "max": 1}]


def test_days_from_prior_surgery_are_not_an_age() -> None:
    text = "At least 28 days from prior major surgery before the first infusion."
    assert not [r for r in _reqs(text) if r["type"] == "age"]


def test_half_lives_from_prior_immunotherapy_do_not_ask_for_prior_immunotherapy() -> None:
    text = "At least five half-lives from prior cytotoxic chemotherapy, immunotherapy or biological agents."
    assert not [r for r in _reqs(text) if r["type"] == "prior_therapy"]


def test_a_wash_out_whose_therapies_follow_it_reads_the_drugs_not_the_surgery() -> None:
    text = (
        "At least 28 days from the previous major surgery, locoregional radiotherapy, cytotoxic "
        "chemotherapy or immunotherapy before the first dose."
    )
    assert {"type": "washout", "days": 28, "scope": "systemic"} in _reqs(text)


def test_days_after_the_last_dose_of_study_drug_are_no_wash_out_of_anticancer_therapy() -> None:
    text = (
        "Receipt of live attenuated vaccine within 30 days prior to the first dose. Patients should not "
        "receive live vaccine up to 30 days after the last dose of IP."
    )
    assert not [r for r in _reqs(text, "exclusion") if r["type"] == "washout"]
