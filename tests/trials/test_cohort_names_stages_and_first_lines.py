"""Rules read from the eighteenth blind sets (TT and TU; sentences written for these tests): lists whose
numbers a mirror dropped, cohorts named by their words or by a study's stage, stages written as roman
numerals or "staged II or III", "no previous systemic therapy", a junction defined by where its centre
lies, classes named as alternatives, maintenance studies after a first line that held, and a cohort
clause that would exclude a patient the text may place in that cohort."""

from __future__ import annotations

from typing import Any

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from her2nav.trials.matching.judge import judge_criterion, split_cohorts
from her2nav.trials.matching.patient import facts_for
from tests.trials.test_criterion_rules import AS_OF, FIRST_LINE_ENDED, FIRST_LINE_ONGOING, _case, status

SECOND_LINE_AFTER_FIRST = [
    *FIRST_LINE_ENDED,
    {
        "line": 2,
        "setting": "palliative",
        "agents": ["ramucirumab", "paclitaxel"],
        "started_on": "2026-05-30",
        "stop_reason": "ongoing",
    },
]


def _shown(text: str, **case: Any) -> list[dict[str, Any]]:
    facts = facts_for(case_from_data(_case(**case)))
    shown, _, _ = split_cohorts([judge_criterion(c.to_dict(), facts) for c in parse_criteria(text)])
    return shown


def test_a_list_whose_numbers_were_dropped_is_split_at_each_dot() -> None:
    text = "Inclusion criteria\n. Aged ≥ 18 years and ≤ 75 years;\n. An ECOG performance status of 0-1;\n"
    assert [c.text for c in parse_criteria(text)] == [
        "Aged ≥ 18 years and ≤ 75 years;",
        "An ECOG performance status of 0-1;",
    ]


def test_a_flattened_list_whose_first_number_has_no_space_is_split() -> None:
    text = "Inclusion Criteria: 1)Aged ≥18 years; 2) ECOG score of 0 or 1; 3) Life expectancy ≥3 months"
    assert [c.text for c in parse_criteria(text)][:2] == ["Aged ≥18 years;", "ECOG score of 0 or 1;"]


def test_parts_listed_after_a_lead_in_become_cohorts() -> None:
    text = (
        "Inclusion Criteria:\n* Advanced solid tumours after standard therapy. During expansion, patients "
        "are enrolled as follows: Cohort 1: small cell lung cancer after platinum; Cohort 2: DLL3-positive "
        "solid tumours after standard therapy.\n"
    )
    assert [c.cohort for c in parse_criteria(text)] == [
        None,
        "tumour cohort: lung cancer (Cohort 1)",
        "Cohort 2",
    ]


def test_a_list_of_part_two_cohorts_is_not_split_as_a_lead_in() -> None:
    text = "Part 1 HER2 positive. Part 2 Cohort A: HER2 positive; Cohort B: HER2 low; Cohort C: HER2 low."
    assert {c.text for c in parse_criteria(f"Inclusion Criteria:\n* {text}\n")} == {text}  # copies per part


def test_cohorts_named_by_their_words_are_alternatives_and_their_names_ask_nothing() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Metastatic adenocarcinoma of gastric or gastroesophageal junction; (for the 1L Gastric Cancer "
        "Cohort: no prior systemic therapy for metastatic disease; for the 2L Gastric Cancer Cohort: disease "
        "progression following a first-line platinum-containing or fluoropyrimidine-containing regimen)\n"
        "* Only for the 1L Gastric Cancer Cohort: HER2-negative tumors\n"
    )
    criteria = parse_criteria(text)
    assert [c.cohort for c in criteria] == [
        None,
        "1L Gastric Cancer Cohort",
        "2L Gastric Cancer Cohort",
        "1L Gastric Cancer Cohort",
    ]
    assert not any(r["type"] == "disease" for r in criteria[3].requirements)  # "Gastric Cancer" is a name
    # a HER2-positive GEJ patient after one line is judged by the second-line cohort
    shown = _shown(text, treatments=FIRST_LINE_ENDED, diagnosis__site="gej")
    assert {c["status"] for c in shown} == {"met"}


def test_classes_named_as_alternatives_ask_for_either() -> None:
    text = "disease progression following a platinum-containing or fluoropyrimidine-containing regimen"
    assert interpret(text, "inclusion")[0]["type"] == "any_of"


def test_a_dose_finding_stage_is_a_cohort() -> None:
    text = "Inclusion Criteria:\n1. For dose finding stage: patients with advanced solid tumours\n"
    assert parse_criteria(text)[0].cohort == "dose finding stage"


def test_age_written_with_a_slash_or_an_east_asian_sign_is_read() -> None:
    assert interpret("Age >/= 18 years", "inclusion") == [{"type": "age", "op": ">=", "value": 18}]
    text = "Eligible patients must be 18-years of age or older and ≦75 years of age."
    assert interpret(text, "inclusion") == [
        {"type": "age", "op": ">=", "value": 18},
        {"type": "age", "op": "<=", "value": 75},
    ]


def test_no_previous_systemic_therapy_for_metastatic_disease_fails_a_treated_patient() -> None:
    text = "No previous systemic therapy for locally advanced unresectable or metastatic gastric/GEJ cancer."
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(text, "inclusion") == "met"


def test_stages_as_roman_characters_or_staged_two_or_three_fail_a_metastatic_case() -> None:
    for text in (
        "Histologically proven gastric cancer of stageⅡA, ⅡB, ⅢA, ⅢB and ⅢC",
        "primary adenocarcinoma of stomach and staged II or III by pathological evidences",
        "Diagnosed with Stage II/III carcinoma of the esophagus or gastroesophageal junction",
    ):
        assert status(text, "inclusion") == "not_met", text
    # stage IV named beside them: not a study of disease without distant spread
    either = "Non-squamous stage IV or advanced stage IIIB or IIIC gastric cancer"
    assert not any(r.get("m0") for r in interpret(either, "inclusion"))


def test_a_junction_defined_by_where_its_centre_lies_is_not_a_gastric_primary() -> None:
    text = (
        "Carcinoma of the esophagogastric junction defined as adenocarcinoma whose epicenter is within 5cm "
        "above or below the junction of the esophagus and the stomach"
    )
    assert status(text, "inclusion") == "not_met"  # a gastric primary
    assert status(text, "inclusion", diagnosis__site="gej") == "met"


def test_did_not_receive_an_agent_asks_that_it_was_not_given() -> None:
    text = "Previously, patients did not receive the therapy of Apatinib or other VEGFR inhibitor."
    assert status(text, "inclusion") == "met"
    given = [{**FIRST_LINE_ENDED[0], "agents": ["apatinib"]}]
    assert status(text, "inclusion", treatments=given) == "not_met"


def test_events_named_in_one_clause_of_an_exclusion_are_what_it_asks_of_that_therapy() -> None:
    text = (
        "Discontinued prior immune checkpoint therapy due to immune related adverse events; received prior "
        "treatment with an anti-TIGIT antibody"
    )
    on_nivolumab = [{**FIRST_LINE_ENDED[0], "agents": ["nivolumab", "capecitabine", "oxaliplatin"]}]
    assert status(text, "exclusion", treatments=on_nivolumab) == "met"  # stopped for progression


def test_a_first_line_that_held_for_the_months_asked_meets_a_consolidation_study() -> None:
    text = (
        "Patient must have received 3-6 months of first-line systemic therapy for advanced disease. Patient "
        "must have at least stable disease, with no evidence of disease progression on first-line therapy"
    )
    ongoing_four_months = [{**FIRST_LINE_ONGOING[0], "started_on": "2026-02-01"}]
    assert status(text, "inclusion", treatments=ongoing_four_months) == "met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"  # ended by progression
    assert status(text, "inclusion", treatments=SECOND_LINE_AFTER_FIRST) == "not_met"
    assert status(text, "inclusion") == "not_met"  # no first line yet


def test_a_first_line_still_running_leaves_a_maintenance_study_open() -> None:
    text = "No disease progression after first-line chemotherapy"
    assert status(text, "inclusion", treatments=FIRST_LINE_ONGOING) == "unknown"
    assert status(text, "inclusion", treatments=SECOND_LINE_AFTER_FIRST) == "not_met"


def test_a_clause_of_an_undefined_cohort_that_would_exclude_is_left_open() -> None:
    text = (
        "Inclusion Criteria:\n* Metastatic gastric adenocarcinoma\nExclusion Criteria:\n"
        "* Only for Cohort A: Known HER2-positive tumor\n"
    )
    excluded = _shown(text)[-1]  # the default case is HER2 IHC 3+
    assert excluded["status"] == "unknown"
    # HER2 not known: whether the clause excludes is open too (twenty-seventh session: an open clause of an
    # undefined cohort was shown as not applying, and ST-067's pneumonitis clause passed a case with ILD)
    assert _shown(text, biomarkers=[])[-1]["status"] == "unknown"
    assert (
        _shown(text, biomarkers=[{"kind": "her2_ihc", "score": "0", "criteria": "gastric"}])[-1]["status"]
        == "met"
    )


def test_a_cohort_clause_for_another_tumours_cohort_does_not_apply() -> None:
    text = (
        "Inclusion Criteria:\n* Solid tumours. For participants with breast cancer (Cohort 2) or GEA "
        "(Cohort 3), prior HER2-targeted therapy is permitted.\nExclusion Criteria:\n"
        "* Prior treatment with HER2-targeted therapy (Cohort 1 only).\n"
    )
    assert _shown(text, treatments=FIRST_LINE_ENDED)[-1]["status"] == "met"


def test_the_as_of_date_of_these_cases_is_the_shared_one() -> None:
    assert AS_OF == "2026-06-01"  # the months of first-line therapy above are counted to it
