"""Rules read from the fourteenth blind set (TP; sentences written for these tests): lists that lost
their marks in a copy, one exact performance score, a window of diagnosis dates, HER2 tests reported
negative, pathological stages, line counts as ranges, and consent in other words."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

HER2_LOW = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]


# ---------------------------------------------------------------- lists that lost their marks
def test_one_item_a_line_without_marks_is_split_where_a_sentence_ends() -> None:
    record = (
        "Inclusion Criteria:\n"
        "Age 18 years or older.\n"
        "Gastric adenocarcinoma that progressed on a HER2-directed agent (HER2 will be confirmed\n"
        "centrally.)\n"
        "ECOG performance status must be 0 or 1.\n"
    )
    texts = [c.text for c in parse_criteria(record)]
    assert texts[:3] == [
        "Age 18 years or older.",
        "Gastric adenocarcinoma that progressed on a HER2-directed agent (HER2 will be confirmed centrally.)",
        "ECOG performance status must be 0 or 1.",
    ]


def test_a_section_flattened_with_dashes_is_split_at_each_dash_before_a_capital() -> None:
    record = (
        "Inclusion Criteria: - Adults, >/=18 years of age - Advanced adenocarcinoma of the stomach - "
        "HER2-positive tumour - ECOG 0 - 1 Exclusion Criteria: - Known HIV infection"
    )
    texts = [c.text for c in parse_criteria(record)]
    assert texts == [
        "Adults, >/=18 years of age",
        "Advanced adenocarcinoma of the stomach",
        "HER2-positive tumour",
        "ECOG 0 - 1",
        "Known HIV infection",
    ]


def test_a_flattened_section_header_in_lower_case_with_a_note_is_a_header() -> None:
    record = "Inclusion criteria (only for the main cohort): * Subjects aged 18 or older. * Gastric cancer"
    assert [c.text for c in parse_criteria(record)] == ["Subjects aged 18 or older.", "Gastric cancer"]


# ---------------------------------------------------------------- one exact performance score
def test_a_performance_status_of_2_takes_that_score_only() -> None:
    text = "Eastern Cooperative Oncology Group (ECOG) performance status of 2"
    assert status(text, "inclusion", patient__ecog=2) == "met"
    assert status(text, "inclusion", patient__ecog=1) == "not_met"


def test_a_performance_status_of_2_or_less_is_still_a_maximum() -> None:
    assert status("ECOG performance status of 2 or less", "inclusion", patient__ecog=1) == "met"


# ---------------------------------------------------------------- a window of diagnosis dates
def test_a_window_of_diagnosis_dates_is_read_against_the_date_of_diagnosis() -> None:
    text = "Diagnosis established between the 1st January 2022 and the 1st January 2023."
    assert status(text, "inclusion", diagnosis__diagnosed_on="2022-09-10") == "met"
    assert status(text, "inclusion", diagnosis__diagnosed_on="2025-03-10") == "not_met"
    assert status(text, "inclusion") == "unknown"  # no date recorded


def test_diagnosed_in_a_year_takes_that_whole_year() -> None:
    reqs = interpret("Patients diagnosed in 2021", "inclusion")
    assert {"type": "diagnosed_between", "from": "2021-01-01", "to": "2021-12-31"} in reqs


# ---------------------------------------------------------------- HER2 tests reported negative
def test_her2_overexpression_or_amplification_negative_asks_for_a_negative_tumour() -> None:
    text = "HER2 overexpression or amplification negative."
    assert status(text, "inclusion") == "not_met"  # IHC 3+
    assert status(text, "inclusion", biomarkers=HER2_LOW) == "met"


# ---------------------------------------------------------------- pathological stages
def test_pathological_stage_ii_or_iii_fails_advanced_disease_and_awaits_the_operation() -> None:
    text = "Diagnosed with pathological stage II or III gastric adenocarcinoma (AJCC 8th edition)"
    assert status(text, "inclusion") == "not_met"
    found = judge(text, "inclusion", diagnosis__setting="resectable")
    assert found["status"] == "unknown"
    assert "resection" in found["reason"]


# ---------------------------------------------------------------- line counts as ranges
def test_progression_after_one_to_two_lines_is_a_range_of_lines() -> None:
    text = "Progression after 1-2 lines of conventional chemotherapy"
    assert interpret(text, "inclusion") == [{"type": "prior_lines", "min": 1, "max": 2}]
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(text, "inclusion") == "not_met"


# ---------------------------------------------------------------- consent and other words
def test_consent_written_in_other_words_is_an_undertaking() -> None:
    for text in (
        "Patients who can understand the trial and decide for themselves whether to participate",
        "Patients must be willing to enrol in the study and comply with follow-up",
        "Has given and signed the IC to take part in this study.",
    ):
        assert interpret(text, "inclusion") == [{"type": "consent"}], text


def test_an_age_greater_than_and_less_than_is_a_range() -> None:
    assert interpret("Age greater than 18 years and less than 80 years", "inclusion") == [
        {"type": "age", "op": ">", "value": 18},
        {"type": "age", "op": "<", "value": 80},
    ]


def test_no_other_distant_metastasis_fails_a_metastatic_case() -> None:
    assert status("No evidence of other distant metastasis", "inclusion") == "not_met"


def test_a_histology_list_with_a_type_filed_as_other_takes_both() -> None:
    text = "WHO pathology type: adenocarcinoma, neuroendocrine tumour"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", diagnosis__histology="other") == "met"
    assert status(text, "inclusion", diagnosis__histology="squamous_cell_carcinoma") == "not_met"
