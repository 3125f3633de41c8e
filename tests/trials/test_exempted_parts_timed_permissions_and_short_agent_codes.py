"""Readings from the twentieth session's new blind sets (UX, UY, UZ; issue 15 classes 1, 4, 6 and 7):
what a bracket exempts is no open part; a permission whose one condition is the time since that
therapy is a wash-out the case's dates decide; "concurrently or within 21 days or 5 times the
half-life" is a wash-out; "S-1" and "current or recent … treatment of tegafur-gimeracil-oteracil" name
one agent's wash-out; a HER2 mutation "without HER2 expression" excludes no tumour that expresses HER2;
a qualifier in one lettered item ("(a) … (b) …") does not bear on the next. Sentences written for these
tests after the registry wording of NCT03740256, NCT05365581, NCT04943653, NCT04482309 and
NCT05417594."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.agent_names import known_agents
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, status

AUTOIMMUNE = (
    "History or evidence of active autoimmune disease requiring continuous systemic corticosteroids, "
    "immunosuppressants or other disease modifying agents (except palliative radiation)."
)


def test_radiation_a_bracket_exempts_leaves_no_part_open() -> None:
    assert status(AUTOIMMUNE, "exclusion") == "met"
    assert status(AUTOIMMUNE, "exclusion", patient__conditions=["autoimmune_disease"]) == "unknown"


def test_radiation_named_outside_the_bracket_stays_open() -> None:
    text = "Active autoimmune disease, or radiotherapy within 2 weeks (except palliative radiation to bone)."
    assert status(text, "exclusion") == "unknown"


PERMITTED_AFTER = (
    "Prior HER2 targeted therapy is allowed if delivered at least 4 weeks prior to the enrollment."
)


def _first_line_ended_on(day: str) -> list[dict[str, Any]]:
    return [{**FIRST_LINE_ENDED[0], "ended_on": day}]


def test_a_permission_timed_from_the_therapy_fails_while_its_wash_out_runs() -> None:
    assert status(PERMITTED_AFTER, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"  # 10 days
    assert status(PERMITTED_AFTER, "inclusion", treatments=_first_line_ended_on("2026-04-01")) == "met"


def test_a_timed_permission_does_not_apply_to_a_patient_who_never_had_the_therapy() -> None:
    assert status(PERMITTED_AFTER, "inclusion") == "met"


def test_a_permission_with_a_further_condition_leaves_that_condition_open() -> None:
    text = (
        "Prior anti-PD-1 therapy is allowed if given at least 4 weeks before the first dose and without "
        "grade 3 immune-related adverse events."
    )
    nivolumab_ended = [
        {
            **FIRST_LINE_ONGOING[0],
            "started_on": "2025-10-01",
            "ended_on": "2026-01-30",
            "stop_reason": "progression",
        }
    ]
    assert status(text, "inclusion", treatments=nivolumab_ended) == "unknown"


CONCURRENTLY = (
    "Participant has received other investigational agents, or antineoplastic therapy including other "
    "immunotherapy or devices concurrently or within 21 days or 5 times the half-life, whichever is "
    "shorter, prior to first dose of study intervention administration."
)


def test_concurrently_or_within_days_is_a_wash_out_of_every_anticancer_course() -> None:
    assert status(CONCURRENTLY, "exclusion") == "met"
    assert status(CONCURRENTLY, "exclusion", treatments=FIRST_LINE_ONGOING) == "not_met"
    assert status(CONCURRENTLY, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"  # 10 days
    assert status(CONCURRENTLY, "exclusion", treatments=_first_line_ended_on("2026-04-01")) == "met"


S1_ONGOING = [
    {
        "line": 1,
        "setting": "palliative",
        "agents": ["s1", "oxaliplatin"],
        "started_on": "2026-05-10",
        "stop_reason": "ongoing",
    }
]


def test_current_or_recent_treatment_with_one_agent_is_that_agent_s_wash_out() -> None:
    text = (
        "current or recent (within the 7 days prior to enrollment) treatment of "
        "tegafur-gimeracil-oteracil potassium"
    )
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", treatments=S1_ONGOING) == "not_met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ONGOING) == "met"


def test_s_1_is_read_as_the_agent_only_when_written_with_its_hyphen() -> None:
    assert [agent for agent, _, _ in known_agents("treatment with s-1 within 7 days")] == ["s1"]
    assert known_agents("grade(s) 1 or lower; cohorts-1 and 2") == []
    text = "Treatment with S-1 within 7 days prior to enrollment."
    assert status(text, "exclusion", treatments=S1_ONGOING) == "not_met"


UNEXPRESSED = "Known Somatic DNA mutation of HER2 (ERBB2) without tumoral HER2 protein expression."


def _ihc(score: str) -> list[dict[str, Any]]:
    return [{"kind": "her2_ihc", "score": score, "criteria": "gastric", "tested_on": "2026-01-10"}]


def test_a_mutation_without_her2_expression_does_not_apply_to_a_tumour_that_expresses_her2() -> None:
    assert status(UNEXPRESSED, "exclusion", biomarkers=_ihc("1+")) == "met"
    assert status(UNEXPRESSED, "exclusion", biomarkers=_ihc("3+")) == "met"


def test_a_mutation_without_her2_expression_stays_open_for_an_unexpressing_or_untested_tumour() -> None:
    assert status(UNEXPRESSED, "exclusion", biomarkers=_ihc("0")) == "unknown"
    assert status(UNEXPRESSED, "exclusion", biomarkers=[]) == "unknown"
    assert status("Known HER2 (ERBB2) activating mutation.", "exclusion", biomarkers=_ihc("3+")) == "unknown"


def test_a_qualifier_in_one_lettered_item_does_not_bear_on_the_next() -> None:
    text = (
        "Additional lung-related exclusion criteria: (a) Lung-specific intercurrent clinically significant "
        "illnesses (b) Any autoimmune, connective tissue or inflammatory disorders (c) Prior pneumonectomy."
    )
    assert status(text, "exclusion", patient__conditions=["autoimmune_disease"]) == "not_met"
    qualified = "(a) Clinically significant autoimmune disease (b) Prior pneumonectomy."
    assert status(qualified, "exclusion", patient__conditions=["autoimmune_disease"]) == "unknown"
