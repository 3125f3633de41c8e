"""A study's own rule for prior (neo)adjuvant therapy (issue 15, class 3): "no prior therapy for
advanced disease; neoadjuvant or adjuvant therapy is allowed if it ended more than 3 months before the
first dose". CONTRACT §1 counts a perioperative course followed by relapse within 6 months as a line;
the study's window, timed from its own start, decides instead: once the window has passed the course is
not one of the study's lines; before that it still counts on the case's date, as wash-outs are judged
(the UQ and VQ reviewers; the reason gives the date the window passes). A window timed to the
recurrence is CONTRACT §1's own rule. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import judge, status

UNTREATED_THREE_MONTHS = (
    "No prior systemic therapy for advanced gastric cancer. Neoadjuvant or adjuvant chemotherapy is "
    "allowed; however, it should have ended > 3 months before the first dose."
)
EXCLUSION_SIX_MONTHS = (
    "Has received prior chemotherapy for metastatic gastric cancer. However, participants may have "
    "received adjuvant chemotherapy as long as it was completed at least 6 months prior to randomization."
)
TIMED_TO_RECURRENCE = (
    "Previously untreated metastatic gastric cancer. Prior adjuvant therapy is permitted provided there "
    "is > 6 months between the end of adjuvant treatment and the diagnosis of recurrent disease."
)


def _relapsed_after_flot(ended_on: str) -> dict[str, Any]:
    """A recurrence on 2026-05-01 after perioperative FLOT ended on ``ended_on`` (an early relapse:
    CONTRACT §1 counts the course as the first line). The tests' as_of is 2026-06-01."""
    return {
        "diagnosis__setting": "recurrent",
        "diagnosis__recurred_on": "2026-05-01",
        "treatments": [
            {
                "setting": "perioperative",
                "agents": ["docetaxel", "oxaliplatin", "fluorouracil"],
                "started_on": "2025-09-01",
                "ended_on": ended_on,
                "stop_reason": "completed",
            }
        ],
    }


def test_the_window_is_read_in_days_from_the_sentence_that_allows_the_therapy() -> None:
    (lines,) = [r for r in interpret(UNTREATED_THREE_MONTHS, "inclusion") if r["type"] == "prior_lines"]
    assert lines == {"type": "prior_lines", "max": 0, "perioperative_allowed_days": 92}
    (lines,) = [r for r in interpret(EXCLUSION_SIX_MONTHS, "exclusion") if r["type"] == "prior_lines"]
    assert lines["perioperative_allowed_days"] == 183


def test_a_course_that_ended_before_the_window_is_not_one_of_the_studys_lines() -> None:
    found = judge(UNTREATED_THREE_MONTHS, "inclusion", **_relapsed_after_flot("2026-02-01"))
    assert found["status"] == "met"
    assert "allows (neo)adjuvant therapy" in found["reason"]


def test_a_course_whose_window_has_not_passed_on_the_cases_date_still_counts() -> None:
    found = judge(EXCLUSION_SIX_MONTHS, "exclusion", **_relapsed_after_flot("2026-02-01"))
    assert found["status"] == "not_met"
    assert "2026-08-03" in found["reason"]


def test_the_window_does_not_hide_a_palliative_line() -> None:
    palliative = {
        "line": 1,
        "setting": "palliative",
        "agents": ["capecitabine", "oxaliplatin"],
        "started_on": "2026-01-05",
        "ended_on": "2026-04-20",
        "stop_reason": "progression",
    }
    assert status(UNTREATED_THREE_MONTHS, "inclusion", treatments=[palliative]) == "not_met"


def test_a_window_timed_to_the_recurrence_leaves_the_contract_count_to_decide() -> None:
    (lines, *_) = interpret(TIMED_TO_RECURRENCE, "inclusion")
    assert "perioperative_allowed_days" not in lines
    assert status(TIMED_TO_RECURRENCE, "inclusion", **_relapsed_after_flot("2026-02-01")) == "not_met"


ADJUVANT_WINDOW = (
    "If the patient received adjuvant therapy for non-metastatic disease, this therapy should be completed "
    "more than 6 months before the diagnosis of metastatic or recurrent disease"
)


def test_a_window_to_the_recurrence_standing_alone_fails_an_early_relapse() -> None:
    assert interpret(ADJUVANT_WINDOW, "inclusion") == [{"type": "late_relapse", "days": 183}]
    assert status(ADJUVANT_WINDOW, "inclusion", **_relapsed_after_flot("2026-02-01")) == "not_met"  # 89 days
    assert status(ADJUVANT_WINDOW, "inclusion", **_relapsed_after_flot("2025-10-01")) == "met"  # 212 days


def test_a_window_to_the_recurrence_does_not_apply_without_a_perioperative_course() -> None:
    assert judge(ADJUVANT_WINDOW, "inclusion")["reason"].startswith("does not apply")
