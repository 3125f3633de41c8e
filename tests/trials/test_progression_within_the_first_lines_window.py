"""Issue 15 class 3 (prior therapy), from the fourteenth blind set (TQ): a second-line study asks for
"progression during or within 4 months after the last dose of the first-line therapy". A first line
that stopped at progression meets it; a perioperative course counted as the first line (early relapse,
CONTRACT §1, within 6 months) meets it only when the relapse came within the study's own window; a
first line stopped for another reason leaves the date of progression open. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

WITHIN_FOUR_MONTHS = (
    "Disease progression during or within 4 months after the last dose of first-line chemotherapy with a"
    " platinum and a fluoropyrimidine"
)


def _relapse_after_perioperative(days_after: int) -> dict[str, Any]:
    ended = "2026-01-16"
    relapse = dt.date.fromisoformat(ended) + dt.timedelta(days=days_after)
    course = {
        "setting": "perioperative",
        "agents": ["fluorouracil", "oxaliplatin", "docetaxel"],
        "started_on": "2025-09-01",
        "ended_on": ended,
        "stop_reason": "completed",
    }
    return {
        "treatments": [course],
        "diagnosis__setting": "recurrent",
        "diagnosis__recurred_on": relapse.isoformat(),
    }


def test_the_window_after_the_first_lines_last_dose_is_read_in_days() -> None:
    found = [r for r in interpret(WITHIN_FOUR_MONTHS, "inclusion") if r["type"] == "first_line_progressed"]
    assert found == [{"type": "first_line_progressed", "within_days": 120}]


def test_a_first_line_that_stopped_at_progression_meets_it() -> None:
    assert status(WITHIN_FOUR_MONTHS, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_relapse_within_the_window_after_perioperative_therapy_meets_it() -> None:
    assert status(WITHIN_FOUR_MONTHS, "inclusion", **_relapse_after_perioperative(90)) == "met"


def test_a_relapse_after_the_window_but_within_six_months_does_not_meet_it() -> None:
    found = judge(WITHIN_FOUR_MONTHS, "inclusion", **_relapse_after_perioperative(127))
    assert found["status"] == "not_met"
    assert "relapse 127 days after" in found["reason"]


def test_a_first_line_stopped_for_toxicity_leaves_the_date_of_progression_open() -> None:
    stopped = [{**FIRST_LINE_ENDED[0], "stop_reason": "toxicity"}]
    assert status(WITHIN_FOUR_MONTHS, "inclusion", treatments=stopped) == "unknown"


def test_an_untreated_patient_does_not_meet_it() -> None:
    assert status(WITHIN_FOUR_MONTHS, "inclusion") == "not_met"
