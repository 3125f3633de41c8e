"""Criterion rules of issue 15, one class at a time: each sentence (written for these tests, not taken
from the outside set) is parsed by the real rules and judged for a real case."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.rules import interpret
from her2nav.trials.matching.judge import judge_criterion
from her2nav.trials.matching.patient import facts_for

AS_OF = "2026-06-01"


def _case(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "case_id": "rules",
        "as_of": AS_OF,
        "patient": {"age": 64, "sex": "male", "ecog": 1, "conditions": []},
        "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
        "biomarkers": [{"kind": "her2_ihc", "score": "3+", "criteria": "gastric", "tested_on": "2026-01-10"}],
        "treatments": [],
    }
    for key, value in changes.items():
        section, _, field = key.partition("__")
        if field:
            data[section] = {**data[section], field: value}
        else:
            data[section] = value
    return data


FIRST_LINE_ENDED = [
    {
        "line": 1,
        "setting": "palliative",
        "agents": ["trastuzumab", "capecitabine", "oxaliplatin"],
        "started_on": "2026-01-20",
        "ended_on": "2026-05-22",
        "stop_reason": "progression",
    }
]
FIRST_LINE_ONGOING = [
    {
        "line": 1,
        "setting": "palliative",
        "agents": ["nivolumab", "capecitabine", "oxaliplatin"],
        "started_on": "2026-05-25",
        "stop_reason": "ongoing",
    }
]


def status(text: str, kind: str, **changes: Any) -> str:
    return judge(text, kind, **changes)["status"]


def judge(text: str, kind: str, **changes: Any) -> dict[str, Any]:
    facts = facts_for(case_from_data(_case(**changes)))
    return judge_criterion({"text": text, "kind": kind, "requirements": interpret(text, kind)}, facts)


# ------------------------------------------------------------ 1: permission, requirement, exception
def test_a_permission_clause_asks_nothing_and_does_not_apply() -> None:
    found = judge(
        "Patients who have had a previous cancer in remission are eligible for enrolment.", "inclusion"
    )
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply")


def test_a_clause_for_patients_with_a_condition_stays_open_only_for_those_who_have_it() -> None:
    text = "Participants with chronic hepatitis B must have an undetectable viral load on antiviral therapy."
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", patient__conditions=["hepatitis_b"]) == "unknown"


def test_a_requirement_that_her2_positive_patients_had_trastuzumab_is_applied_only_to_them() -> None:
    text = (
        "All HER2 statuses may enrol; participants who are HER2-positive must have received trastuzumab, "
        "regardless of HER2 status otherwise."
    )
    low = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
    assert status(text, "inclusion", biomarkers=low) == "met"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_an_exclusion_worded_as_eligible_unless_is_not_a_plain_exclusion() -> None:
    text = "Patients with HIV are eligible unless their CD4 count is below 200 cells/uL."
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", patient__conditions=["hiv"]) == "unknown"


# ------------------------------------------------------------ 2: cohorts and other tumours
@pytest.mark.parametrize(
    "text",
    [
        "Breast cancer participants must have received a taxane.",
        "For patients with NSCLC: documented absence of EGFR mutation.",
        "Endometrial cancer cohort: prior platinum-based chemotherapy.",
        "IHC 2+ or 3+ for other GI cancers",
        "Participants with non-breast and non-gastric tumours must have HER2 IHC 3+ by local testing.",
    ],
)
def test_a_clause_for_another_tumour_does_not_apply_to_a_gastric_patient(text: str) -> None:
    found = judge(text, "inclusion")
    assert (found["status"], found["reason"][:15]) == ("met", "does not apply:")


def test_a_clause_naming_the_gastric_cohort_still_applies() -> None:
    assert status("Gastric or GEJ cancer participants must have HER2-positive disease.", "inclusion") == "met"
    low = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
    assert (
        status(
            "Gastric or GEJ cancer participants must have HER2-positive disease.", "inclusion", biomarkers=low
        )
        == "not_met"
    )


# ------------------------------------------------------------ 3: prior therapy and line counting
def test_previously_treated_in_the_advanced_setting_needs_a_completed_line() -> None:
    text = "Gastric adenocarcinoma previously treated in the metastatic setting."
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_first_line_begun_days_ago_makes_the_patient_no_longer_untreated() -> None:
    text = "Previously untreated, unresectable or metastatic gastric adenocarcinoma."
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ONGOING) == "not_met"
    assert (
        status("Prior systemic therapy for metastatic disease.", "exclusion", treatments=FIRST_LINE_ONGOING)
        == "not_met"
    )


def test_more_than_two_prior_lines_excludes_only_a_third_line_patient() -> None:
    text = "Has received more than 2 prior lines of therapy."
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"
    third = [{**FIRST_LINE_ENDED[0], "line": n} for n in (1, 2, 3)]
    assert status(text, "exclusion", treatments=third) == "not_met"


# ------------------------------------------------------------ 4: wash-outs
def test_a_wash_out_counts_days_from_the_last_dose_to_as_of() -> None:
    text = "Any anticancer therapy within 14 days before the first dose of study drug."
    assert status(text, "exclusion") == "met"  # no therapy at all
    found = judge(text, "exclusion", treatments=FIRST_LINE_ENDED)  # last dose 10 days before
    assert found["status"] == "not_met"
    assert "2026-06-05" in found["reason"]
    longer_ago = [{**FIRST_LINE_ENDED[0], "ended_on": "2026-05-01"}]
    assert status(text, "exclusion", treatments=longer_ago) == "met"


def test_a_wash_out_stated_as_weeks_since_in_an_inclusion_reads_the_same() -> None:
    text = "At least 3 weeks since the last dose of chemotherapy."
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(text, "inclusion", treatments=[{**FIRST_LINE_ENDED[0], "ended_on": "2026-04-01"}]) == "met"


def test_half_lives_whichever_is_longer_leave_a_long_enough_gap_open_and_a_short_one_failed() -> None:
    text = "Systemic anticancer therapy within 4 weeks or 5 half-lives, whichever is longer, before day 1."
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    # 92 days: past 4 weeks, not past trastuzumab's five half-lives (5 x 25 days: agents.yaml)
    assert (
        status(text, "exclusion", treatments=[{**FIRST_LINE_ENDED[0], "ended_on": "2026-03-01"}]) == "not_met"
    )
    # 137 days: past the antibody's; the chemotherapy's half-lives are not in the knowledge base
    assert (
        status(
            text,
            "exclusion",
            treatments=[{**FIRST_LINE_ENDED[0], "started_on": "2025-09-01", "ended_on": "2026-01-15"}],
        )
        == "unknown"
    )


def test_ongoing_therapy_fails_a_concurrent_treatment_exclusion() -> None:
    text = "Concurrent anticancer treatment of any kind."
    assert status(text, "exclusion", treatments=FIRST_LINE_ONGOING) == "not_met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


# ------------------------------------------------------------ 5: HER2 wording with alternatives
@pytest.mark.parametrize(
    ("score", "expected"),
    [("3+", "met"), ("2+", "met"), ("1+", "not_met"), ("0", "not_met")],
)
def test_her2_ihc_2_or_3_regardless_of_ish_reads_both_alternatives(score: str, expected: str) -> None:
    marker = [{"kind": "her2_ihc", "score": score, "criteria": "gastric", "tested_on": "2026-01-10"}]
    text = "HER2 IHC 3+ or IHC 2+ regardless of ISH result"
    assert status(text, "inclusion", biomarkers=marker) == expected


# ------------------------------------------------------------ 6: hedged qualifiers
def test_a_history_of_the_condition_covers_every_form_even_beside_current_or_suspected() -> None:
    text = "History of pneumonitis, current pneumonitis, or suspected pneumonitis on screening imaging."
    assert status(text, "exclusion", patient__conditions=["interstitial_lung_disease"]) == "not_met"


def test_a_condition_named_only_when_active_or_symptomatic_stays_open_when_recorded() -> None:
    text = "Symptomatic or untreated brain metastases."
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "unknown"
    assert status(text, "exclusion") == "met"


def test_pneumonitis_that_required_steroids_is_settled_by_a_grade_treated_with_steroids() -> None:
    text = "History of pneumonitis that required steroids."
    course = [{**FIRST_LINE_ENDED[0], "toxicities": [{"event": "pneumonitis", "grade": 2}]}]
    assert (
        status(text, "exclusion", treatments=course, patient__conditions=["interstitial_lung_disease"])
        == "not_met"
    )
    course = [{**FIRST_LINE_ENDED[0], "toxicities": [{"event": "pneumonitis", "grade": 1}]}]
    assert (
        status(text, "exclusion", treatments=course, patient__conditions=["interstitial_lung_disease"])
        == "unknown"
    )


def test_a_wider_class_of_lung_illness_excludes_a_recorded_ild_and_stays_open_without_it() -> None:
    text = "Any clinically significant lung-specific illness."
    assert status(text, "exclusion", patient__conditions=["interstitial_lung_disease"]) == "not_met"
    assert status(text, "exclusion") == "unknown"


# ------------------------------------------------------------ 7: composite exclusions
def test_a_composite_exclusion_passes_only_when_every_part_is_known_absent() -> None:
    text = "Heart failure (NYHA III-IV), unstable angina or myocardial infarction in the last 6 months."
    found = judge(text, "exclusion")
    assert found["status"] == "unknown"
    assert "angina" in found["reason"] and "myocardial infarction" in found["reason"]
    assert status(text, "exclusion", patient__conditions=["heart_failure"]) in ("not_met", "unknown")


def test_a_composite_exclusion_is_decided_by_a_part_that_is_present() -> None:
    text = "Known HIV infection; unstable angina; any other serious illness."
    assert status(text, "exclusion", patient__conditions=["hiv"]) == "not_met"


def test_current_steroid_or_immunosuppressant_use_is_a_part_no_case_records() -> None:
    text = (
        "A condition treated with systemic corticosteroids (over 10 mg prednisone daily) or other "
        "immunosuppressive drugs within 14 days, other than replacement doses without autoimmune disease."
    )
    found = judge(text, "exclusion")
    assert (found["status"], "immunosuppressants" in found["reason"]) == ("unknown", True)


@pytest.mark.parametrize(
    ("text", "kind", "part"),
    [
        ("Advanced solid tumour carrying an NTRK1, NTRK2 or NTRK3 gene fusion.", "inclusion", "NTRK"),
        ("Known HIV infection, or an activating EGFR mutation.", "exclusion", "EGFR"),
        ("Ongoing systemic anticancer therapy or use of prohibited medications.", "exclusion", "prohibited"),
        ("Infectious disease such as active hepatitis B or HIV.", "exclusion", "infectious disease"),
        ("Concurrent anticancer therapy, or chronic high-dose corticosteroids.", "exclusion", "steroids"),
    ],
)
def test_a_part_no_case_records_leaves_the_criterion_open(text: str, kind: str, part: str) -> None:
    found = judge(text, kind)
    assert (found["status"], part in found["reason"]) == ("unknown", True)


def test_steroids_a_brain_metastasis_may_not_need_belong_to_its_exception() -> None:
    text = "Brain metastases, unless treated, stable and not requiring continuous corticosteroids."
    assert status(text, "exclusion") == "met"


def test_the_treatment_a_condition_needed_is_no_separate_part() -> None:
    for text in (
        "Autoimmune disease that needed systemic therapy in the past 2 years (i.e. steroids or "
        "immunosuppressive agents).",
        "History of pneumonitis that required steroids, or current pneumonitis.",
    ):
        assert status(text, "exclusion") == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Concurrent serious infection treated with intravenous systemic antibiotics.",
        "Must not be taking hydroxychloroquine; those who are need a washout of more than 14 days.",
    ],
)
def test_a_medicine_that_is_not_anticancer_therapy_is_no_anticancer_wash_out(text: str) -> None:
    assert not [r for r in interpret(text, "exclusion") if r["type"] == "washout"]


def test_an_example_toxicity_in_a_permission_does_not_narrow_the_toxicity_asked() -> None:
    text = (
        "Unresolved toxicity of prior anticancer therapy above grade 1 except alopecia; chronic grade 2 "
        "toxicity may be allowed by the investigator (e.g., grade 2 neuropathy)."
    )
    assert [r for r in interpret(text, "exclusion") if r["type"] == "toxicity"] == [
        {"type": "toxicity", "min_grade": 2}
    ]


# ------------------------------------------------------------ 8: does not apply
@pytest.mark.parametrize(
    "text",
    [
        "Women who are pregnant or breast-feeding.",
        "A woman of child-bearing potential must have a negative serum pregnancy test within 7 days.",
    ],
)
def test_a_pregnancy_item_does_not_apply_to_a_man_or_an_older_woman(text: str) -> None:
    kind = "exclusion" if text.startswith("Women who") else "inclusion"
    assert judge(text, kind)["reason"].startswith("does not apply")
    assert status(text, kind, patient__sex="female", patient__age=71) == "met"
    assert status(text, kind, patient__sex="female", patient__age=34) == "unknown"


def test_a_contraception_item_for_men_does_not_apply_to_a_woman_and_is_an_undertaking_for_a_man() -> None:
    text = "Male participants must use a condom during treatment and for 4 months after."
    assert status(text, "inclusion", patient__sex="female", patient__age=40) == "met"
    found = judge(text, "inclusion")  # given at consent, like consent itself (issue 15 session 4)
    assert found["status"] == "met"
    assert "undertaking" in found["reason"]


def test_a_mans_contraception_undertaking_in_an_exclusion_does_not_exclude_him() -> None:
    text = "Male patients unwilling to use effective contraception during the study."
    assert status(text, "exclusion") == "met"


# ------------------------------------------------------------ 9: numbers
@pytest.mark.parametrize(
    ("text", "ecog", "expected"),
    [
        ("ECOG performance status 0–1 within 7 days before enrolment", 2, "not_met"),
        ("ECOG 0 or 1 with no decline over the previous 2 weeks", 1, "met"),
        ("ECOG 0 or 1 with no decline over the previous 2 weeks", 2, "not_met"),
        ("ECOG performance status ≤ 2", 2, "met"),
    ],
)
def test_ecog_limits_ignore_durations_written_beside_them(text: str, ecog: int, expected: str) -> None:
    assert status(text, "inclusion", patient__ecog=ecog) == expected


def test_a_neutrophil_threshold_is_organ_function_not_a_performance_score() -> None:
    reqs = interpret("ANC ≥ 1.5 × 10⁹/L and platelets ≥ 100 × 10⁹/L within 14 days", "inclusion")
    assert [r["type"] for r in reqs] == ["organ_function"]


def test_measurable_or_evaluable_disease_is_met_by_non_measurable_advanced_disease() -> None:
    text = "Measurable or non-measurable but evaluable disease per RECIST 1.1."
    assert status(text, "inclusion", diagnosis__measurable_disease=False) == "met"
    assert status(text, "inclusion") == "unknown"
