"""Layout and maintenance rules read from the outside sets TV, TX and TY (sentences written for these
tests): a list with no headings whose last items are exclusions, a bullet glued to its item, a numbered
list that returns after a sub-list, a flattened template with lead-ins, a maintenance study's first
line counted in cycles, and its window after the last dose."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria, split_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, status

HEADINGLESS = """- aged 18 to 75 years;
- unresectable gastric adenocarcinoma;
- ECOG 0-1;
- signed informed consent;
- previous radiotherapy to the abdomen;
- received 2 or more palliative regimens;
- pregnant or breast-feeding women;
- active bleeding from the tumour"""

HELD_FIRST_LINE = (
    "The fist line treatment should be a 5-FU based regimen, and patients should have received 6 cycles"
)
HELD_FIRST_LINE += " (3-week regimen) or 12 cycles (2-week regimen) with an efficacy of non-PD"


def _first_line(started: str, ended: str | None, stop: str) -> list[dict[str, object]]:
    line: dict[str, object] = {
        "line": 1,
        "setting": "palliative",
        "agents": ["capecitabine", "oxaliplatin"],
        "started_on": started,
        "stop_reason": stop,
    }
    if ended:
        line["ended_on"] = ended
    return [line]


def test_the_condition_worded_items_ending_a_list_without_headings_are_its_exclusions() -> None:
    kinds = [(c.kind, c.text.split()[0]) for c in split_criteria(HEADINGLESS)]
    assert [kind for kind, _ in kinds[:4]] == ["inclusion"] * 4
    assert {kind for kind, _ in kinds[4:]} == {"exclusion"}
    excluded = {c.text: c.requirements for c in parse_criteria(HEADINGLESS) if c.kind == "exclusion"}
    assert excluded["received 2 or more palliative regimens;"] == [{"type": "prior_lines", "min": 2}]


def test_a_list_without_headings_and_without_a_pregnancy_item_stays_inclusions() -> None:
    pdq_style = "- Histologically proven adenocarcinoma\n- No prior chemotherapy\n- Not pregnant or nursing\n"
    pdq_style += "- Prior surgery allowed\n- Active infection not allowed"
    assert {c.kind for c in split_criteria(pdq_style)} == {"inclusion"}
    headed = (
        "Inclusion Criteria:\n- Age 18 or over\n- ECOG 0-1\n- Adult\n- Prior chemotherapy\n- Pregnant women"
    )
    assert {c.kind for c in split_criteria(headed)} == {"inclusion"}  # a heading was given: kept as written


def test_a_bullet_glued_to_its_item_opens_the_item() -> None:
    text = "Key Inclusion Criteria: * Metastatic gastric cancer •Performance status ECOG 0-1 * MET-positive"
    assert [c.text for c in split_criteria(text)] == [
        "Metastatic gastric cancer",
        "Performance status ECOG 0-1",
        "MET-positive",
    ]


def test_a_numbered_list_returns_after_a_sub_list_marked_the_other_way() -> None:
    text = (
        "Inclusion Criteria:\n\n1. Age 18 or over;\n\n2. Laboratory values as follows:\n\n"
        "1) Platelets ≥ 100 x 10^9/L; 2) Creatinine ≤ 1.5 ULN; 3) Bilirubin ≤ 1.5 ULN; 4) ALT ≤ 2.5 ULN;\n"
        "5) INR ≤ 1.5; 3.Measurable lesions per RECIST 1.1; 4.ECOG 0 or 1; 5.Life expectancy ≥ 3 months"
    )
    texts = [c.text for c in split_criteria(text)]
    assert "ECOG 0 or 1;" in texts
    assert "Measurable lesions per RECIST 1.1;" in texts
    assert not any("ECOG" in t and "Creatinine" in t for t in texts)


def test_a_flattened_template_splits_at_its_lead_ins_and_keeps_its_unlisted_criteria_open() -> None:
    text = (
        "Inclusion Criteria: To be included in this study, you must meet the following criteria: Carcinoma "
        "of the stomach confirmed by biopsy. Received no previous treatment for gastric cancer. Measurable "
        "disease Able to perform activities of daily living with minimal assistance Exclusion Criteria: You "
        "cannot participate in this study if any of the following apply to you: Age < 18 years History of "
        "significant heart disease Please note: There are additional inclusion/exclusion criteria. The study "
        "center will determine if you meet all of the criteria."
    )
    criteria = parse_criteria(text)
    texts = [c.text for c in criteria]
    assert "Received no previous treatment for gastric cancer." in texts
    assert "Age < 18 years" in texts
    note = next(c for c in criteria if c.text.startswith("Please note"))
    assert note.requirements == [
        {"type": "open_parts", "parts": ["criteria the registry record does not list"]}
    ]
    assert status(note.text, "exclusion") == "unknown"


def test_a_misspelt_first_line_counted_in_cycles_is_a_maintenance_entry() -> None:
    reqs = interpret(HELD_FIRST_LINE, "inclusion")
    assert {"type": "first_line_held", "cycles": [[6, 3], [12, 2]]} in reqs
    assert {"type": "prior_therapy", "group": "fluoropyrimidine", "ongoing_counts": True} in reqs


def test_a_first_line_stopped_before_its_cycles_fails_and_a_running_one_stays_open() -> None:
    assert status(HELD_FIRST_LINE, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"  # progression
    ten_weeks = _first_line("2026-02-01", "2026-04-12", "toxicity")
    assert status(HELD_FIRST_LINE, "inclusion", treatments=ten_weeks) == "not_met"
    sixteen_weeks = _first_line("2026-01-05", "2026-04-27", "completed")  # last dose of cycle 6
    assert status(HELD_FIRST_LINE, "inclusion", treatments=sixteen_weeks) == "met"
    running = _first_line("2026-02-20", None, "ongoing")  # 14 weeks in: the sixth cycle not yet given
    assert status(HELD_FIRST_LINE, "inclusion", treatments=running) == "unknown"


def test_a_lesion_followed_during_the_first_line_asks_no_line_count() -> None:
    text = "At least one measurable or evaluable lesion in the first-line chemotherapy"
    assert interpret(text, "inclusion") == [{"type": "evaluable_disease"}]


def test_a_window_after_the_last_dose_is_judged_from_the_last_course_end() -> None:
    text = "The time from the last cycle treatment to the enrollment cannot exceed 6 weeks"
    assert interpret(text, "inclusion") == [{"type": "last_therapy_within", "days": 42}]
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"  # ended 10 days before
    long_ago = _first_line("2025-10-01", "2026-03-01", "completed")
    assert status(text, "inclusion", treatments=long_ago) == "not_met"  # 92 days before
    assert status(text, "inclusion", treatments=FIRST_LINE_ONGOING) == "unknown"
    assert status(text, "inclusion") == "unknown"  # nothing given yet
    platform = "Able to proceed with maintenance treatment within 28 days of the last day of the last cycle"
    assert interpret(platform, "inclusion") == [{"type": "last_therapy_within", "days": 28}]


def test_progression_on_the_first_line_excludes_only_those_whose_first_line_progressed() -> None:
    text = "disease progression during the first-line chemotherapy"
    assert interpret(text, "exclusion") == [{"type": "first_line_progressed"}]
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(text, "exclusion", treatments=_first_line("2026-01-05", "2026-04-27", "toxicity")) == "met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ONGOING) == "unknown"
    assert status(text, "exclusion").startswith("met")  # no first line yet: does not apply


def test_a_maintenance_study_excludes_treatment_beyond_the_first_line_it_asks_for() -> None:
    text = (
        "- received 4-6 cycles of first-line chemotherapy and the response was not progressive disease;\n"
        "- ECOG 0-2;\n- signed informed consent;\n- previous treatment for advanced disease;\n"
        "- pregnant or lactating women"
    )
    excluded = [c.requirements for c in parse_criteria(text) if c.kind == "exclusion"]
    assert [{"type": "prior_lines", "min": 2}] in excluded
