"""Wordings of real registry records the product had not seen (issue 15, sixth session: the blind set
tests/trials/heldout5, reviewer TG, of records read from public copies of ClinicalTrials.gov pages).
Each test names the rule; the sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

CAPOX = [{**FIRST_LINE_ENDED[0], "agents": ["capecitabine", "oxaliplatin"]}]
TWO_LINES = [
    {**FIRST_LINE_ENDED[0], "started_on": "2025-09-01", "ended_on": "2026-01-10"},
    {
        "line": 2,
        "setting": "palliative",
        "agents": ["ramucirumab", "paclitaxel"],
        "started_on": "2026-01-20",
        "ended_on": "2026-05-20",
        "stop_reason": "progression",
    },
]


def _types(text: str, kind: str = "inclusion") -> list[dict[str, Any]]:
    return interpret(text, kind)


# ------------------------------------------------------------ class 3: lines and agents
@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("Failure of the second-line standard treatment regimen (disease progression).", 2),
        ("Patients have received at least the first-line platinum-based treatment.", 1),
        ("Radiological progression after third-line therapy.", 3),
    ],
)
def test_an_ordinal_line_already_given_is_a_minimum_of_lines(text: str, least: int) -> None:
    assert {"type": "prior_lines", "min": least} in _types(text)
    assert status(text, "inclusion") == "not_met"  # the tests' case is untreated


@pytest.mark.parametrize(
    "text",
    [
        "Neoadjuvant therapy can be counted as one previous (1st-line) therapy.",
        "Has not received first-line therapy for metastatic disease.",
        "Patients who received first-line therapy are allowed.",
    ],
)
def test_a_line_counted_as_denied_or_permitted_is_no_minimum(text: str) -> None:
    assert not [r for r in _types(text) if r["type"] == "prior_lines" and r.get("min")]


def test_disease_that_has_not_previously_received_systemic_treatment_is_untreated() -> None:
    text = "Metastatic gastric adenocarcinoma that has not previously received any systemic treatment:"
    assert {"type": "prior_lines", "max": 0} in _types(text)
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_a_clause_that_takes_patients_either_way_asks_nothing() -> None:
    text = "Failure of second-line therapy; acceptable or not received bevacizumab/cetuximab treatment."
    assert not [r for r in _types(text) if r["type"] == "prior_therapy"]


def test_agents_joined_by_a_slash_are_alternatives() -> None:
    text = "Must have received prior paclitaxel/docetaxel."
    assert _types(text) == [
        {
            "type": "any_of",
            "options": [
                [{"type": "prior_therapy", "group": "paclitaxel"}],
                [{"type": "prior_therapy", "group": "docetaxel"}],
            ],
        }
    ]
    assert status(text, "inclusion", treatments=TWO_LINES) == "met"  # paclitaxel only
    negated = _types("Must not have received paclitaxel/docetaxel.")
    assert all(r.get("negated") for r in negated) and len(negated) == 2


def test_a_bracket_describing_counted_lines_asks_for_none_of_its_agents() -> None:
    text = "Progressed on at least 2 lines of systemic therapy (platinum, fluoropyrimidine, irinotecan)."
    assert _types(text) == [{"type": "prior_lines", "min": 2}]
    assert status(text, "inclusion", treatments=TWO_LINES) == "met"
    including = "Received at least 2 lines of systemic therapy (including irinotecan)."
    assert {"type": "prior_therapy", "group": "irinotecan"} in _types(including)


def test_fluorouracil_asked_of_a_history_is_met_by_capecitabine() -> None:
    text = "The previous treatment must include fluorouracil and platinum."
    assert status(text, "inclusion", treatments=CAPOX) == "met"
    assert status(text, "inclusion") == "not_met"


def test_platinum_and_fluoropyrimidine_are_families_of_agents() -> None:
    assert [r["group"] for r in _types("Prior fluoropyrimidine and platinum chemotherapy.")] == [
        "fluoropyrimidine",
        "platinum",
    ]
    assert _types("Platinum-resistant disease.") == []


def test_an_agent_in_a_clause_that_lets_patients_in_is_not_asked() -> None:
    text = (
        "Untreated metastatic disease: patients who received platinum-based adjuvant chemotherapy "
        "without relapse within 6 months can be included."
    )
    assert not [r for r in _types(text) if r["type"] == "prior_therapy"]


def test_a_topoisomerase_inhibitor_adc_glued_to_based_is_a_topoisomerase_i_adc() -> None:
    text = "Has a history of treatment with topoisomerase inhibitorbased antibody-drug conjugates."
    assert _types(text, "exclusion") == [{"type": "prior_therapy", "group": "topoisomerase_i_adc"}]
    assert _types("Prior topoisomerase II inhibitor conjugate.", "exclusion") == []


def test_therapy_targeting_claudin_is_the_claudin_class() -> None:
    text = "Previous treatment with any drug targeting CLDN18.2."
    assert {"type": "prior_therapy", "group": "cldn18_2"} in _types(text, "exclusion")


def test_chemotherapy_received_before_excludes_a_pretreated_patient() -> None:
    text = (
        "Have received chemotherapy before; neoadjuvant chemotherapy completed >6 months before "
        "relapse is allowed."
    )
    assert _types(text, "exclusion") == [{"type": "prior_lines", "min": 1}]
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_progression_on_imaging_after_the_last_treatment_reads_the_last_course() -> None:
    text = "Evidence of disease progression on imaging during or after the last systemic treatment."
    assert _types(text) == [{"type": "progressed_on_last"}]


# ------------------------------------------------------------ class 5: HER2 wording
def test_what_her2_positive_patients_must_have_received_is_no_her2_requirement() -> None:
    text = (
        "Metastatic gastric cancer; HER2-positive patients must also include trastuzumab in the "
        "previous first-line therapy."
    )
    reqs = _types(text)
    assert not [r for r in reqs if r["type"] == "her2"]
    assert {
        "type": "applies_if",
        "when": {"type": "her2", "status": "positive"},
        "then": [{"type": "prior_therapy", "group": "trastuzumab"}],
    } in reqs
    low = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
    assert status(text, "inclusion", biomarkers=low) == "met"


def test_a_positive_history_requiring_anti_her2_medication_applies_to_her2_positive_only() -> None:
    text = (
        "A history of positive HER2 expression requires anti-HER2 medication; unknown HER2 status "
        "must be tested."
    )
    assert _types(text) == [
        {
            "type": "applies_if",
            "when": {"type": "her2", "status": "positive"},
            "then": [{"type": "prior_therapy", "group": "her2_directed"}],
        }
    ]


def test_a_criterion_that_only_defines_terms_asks_nothing() -> None:
    text = "HER2-low is defined as IHC 1+ or IHC 2+/ISH-negative; HER2-positive is defined as IHC 3+."
    found = judge(text, "inclusion")
    assert (found["status"], found["reason"].startswith("does not apply")) == ("met", True)
    assert _types("HER2-positive disease, defined as IHC 3+ or IHC 2+/ISH+.") == [
        {"type": "her2", "status": "positive"}
    ]


# ------------------------------------------------------------ disease, stage, lesions
@pytest.mark.parametrize(
    "text",
    [
        "Measurable, evaluable, or non-evaluable disease as long as evaluable by RECIST 1.1.",
        "Phase 2: at least 1 measurable lesion. Phase 3: at least 1 evaluable lesion per RECIST 1.1.",
        "At least one assessable lesion according to RECIST v1.1.",
    ],
)
def test_evaluable_disease_beside_measurable_lets_non_measurable_disease_in(text: str) -> None:
    assert status(text, "inclusion", diagnosis__measurable_disease=False) == "met"


def test_a_study_stage_label_is_not_a_disease_stage() -> None:
    text = "Stage 1: at least one measurable lesion; Stage 2: at least one evaluable lesion."
    assert not [r for r in _types(text) if r["type"] == "disease"]


def test_the_gastric_oesophageal_junction_named_so_is_not_the_oesophagus() -> None:
    text = "Metastatic gastric cancer (including gastric-esophageal junction adenocarcinoma)."
    assert [r["sites"] for r in _types(text) if r["type"] == "disease"] == [["stomach", "gej"]]


def test_gastro_oesophageal_beside_gastric_is_the_junction() -> None:
    text = "Advanced gastric or gastroesophageal adenocarcinoma."
    assert [r["sites"] for r in _types(text) if r["type"] == "disease"] == [["stomach", "gej"]]
    alone = "Advanced gastro-oesophageal adenocarcinoma."
    assert "esophagus" in [s for r in _types(alone) if r["type"] == "disease" for s in r["sites"]]


def test_g_slash_gej_names_the_stomach_and_the_junction() -> None:
    text = "HER2-negative G/GEJ adenocarcinoma confirmed by histology."
    assert [r["sites"] for r in _types(text) if r["type"] == "disease"] == [["stomach", "gej"]]


def test_a_wash_out_reads_past_what_its_list_leaves_out() -> None:
    text = (
        "Last dose of an anti-cancer therapy (including approved traditional medicines, but excluding "
        "herbal prescriptions) within 4 weeks before the first dose."
    )
    assert _types(text, "exclusion") == [{"type": "washout", "days": 28, "scope": "systemic"}]


LOST = [
    {
        "kind": "her2_ihc",
        "score": "3+",
        "criteria": "gastric",
        "specimen": "biopsy",
        "tested_on": "2025-12-20",
    },
    {
        "kind": "her2_ihc",
        "score": "1+",
        "criteria": "gastric",
        "specimen": "biopsy",
        "tested_on": "2026-05-28",
    },
]


def test_her2_lost_after_anti_her2_therapy_leaves_a_positive_requirement_to_the_studys_rule() -> None:
    text = "HER2-positive gastric adenocarcinoma (IHC 3+ or IHC 2+/ISH+)."
    found = judge(text, "inclusion", biomarkers=LOST, treatments=FIRST_LINE_ENDED)
    assert (found["status"], "earlier result" in found["reason"]) == ("unknown", True)
    earlier = "HER2 IHC 2+ or 3+; the subject's previous test results are acceptable."
    assert status(earlier, "inclusion", biomarkers=LOST, treatments=FIRST_LINE_ENDED) == "met"
    after_progression = "HER2-positive on a biopsy obtained after progression on trastuzumab."
    assert status(after_progression, "inclusion", biomarkers=LOST, treatments=FIRST_LINE_ENDED) == "not_met"


def test_a_clause_met_whether_or_not_it_applies_is_met() -> None:
    text = "Metastatic disease; HER2-positive patients must have received trastuzumab in the first line."
    assert status(text, "inclusion", biomarkers=LOST, treatments=FIRST_LINE_ENDED) == "met"


def test_an_adc_with_a_tubulin_inhibitor_payload_is_read_by_what_its_payload_inhibits() -> None:
    text = "Previously treated with an ADC loaded with a tubulin inhibitor."
    assert _types(text, "exclusion") == [{"type": "prior_therapy", "group": "tubulin_inhibitor_adc"}]
    tdm1 = [{**FIRST_LINE_ENDED[0], "agents": ["trastuzumab_emtansine"]}]
    assert status(text, "exclusion", treatments=tdm1) == "not_met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


@pytest.mark.parametrize("text", ["Sex: Men and women", "Gender: all"])
def test_a_sex_field_taking_everyone_asks_nothing(text: str) -> None:
    found = judge(text, "inclusion")
    assert (found["status"], found["reason"].startswith("does not apply")) == ("met", True)


# ------------------------------------------------------------ class 6: recovery from prior therapy
AES_RESOLVED = (
    "Any AEs and/or complications caused by previous therapies including surgery or radiotherapy have been "
    "adequately resolved to Grade 0 or 1 (per NCI-CTCAE v5.0 criteria) or have been stabilized."
)


def test_adverse_events_named_long_before_their_resolution_are_a_recovery_to_grade_1() -> None:
    assert _types(AES_RESOLVED) == [{"type": "toxicity", "min_grade": 2}]
    assert judge(AES_RESOLVED, "inclusion")["reason"].startswith("does not apply")  # untreated
    grade_1 = [{**FIRST_LINE_ENDED[0], "toxicities": [{"event": "neuropathy", "grade": 1}]}]
    grade_2 = [{**FIRST_LINE_ENDED[0], "toxicities": [{"event": "neuropathy", "grade": 2}]}]
    assert status(AES_RESOLVED, "inclusion", treatments=grade_1) == "met"
    assert status(AES_RESOLVED, "inclusion", treatments=grade_2) == "unknown"


# ------------------------------------------------------------ class 8: items that do not apply to him
KRUKENBERG = (
    "Diagnosed as Krukenberg tumor, unless radical resection has been performed and there is no residue."
)


def test_an_exclusion_of_a_krukenberg_tumour_does_not_apply_to_a_man() -> None:
    assert judge(KRUKENBERG, "exclusion")["reason"].startswith("does not apply")  # the tests' case is a man
    assert judge(KRUKENBERG, "exclusion")["status"] == "met"
    assert status(KRUKENBERG, "exclusion", patient__sex="female") == "unknown"


def test_a_krukenberg_tumour_in_a_list_of_exclusions_applies_to_everyone() -> None:
    assert not _types("Krukenberg tumour or malignant ascites", "exclusion")


@pytest.mark.parametrize(("text", "sex"), [("Sex: Female", "female"), ("Gender: male only", "male")])
def test_a_sex_field_naming_one_sex_takes_that_sex_only(text: str, sex: str) -> None:
    assert _types(text) == [{"type": "sex", "sex": sex}]
    other = "male" if sex == "female" else "female"
    assert status(text, "inclusion", patient__sex=sex) == "met"
    assert status(text, "inclusion", patient__sex=other) == "not_met"
    assert status(text, "inclusion", patient__sex=None) == "unknown"
