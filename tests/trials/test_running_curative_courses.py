"""A study that allows (neo)adjuvant therapy only once completed some months before does not allow a
(neo)adjuvant or perioperative course still running (issue 15 class 3; twenty-second session, TL's
reviewer on KEYNOTE-062, NCT02494583). Sentences written for these tests after that record's wording."""

from __future__ import annotations

from typing import Any

from tests.trials.test_criterion_rules import judge, status

PREVIOUS_THERAPY = (
    "Previous therapy for locally advanced or metastatic gastric/GEJ cancer. Participant may have "
    "received prior neoadjuvant or adjuvant therapy as long as it was completed at least 6 months prior "
    "to randomization"
)
NO_PRIOR_THERAPY = (
    "No prior systemic treatment for advanced gastric cancer. Neoadjuvant or adjuvant therapy is "
    "allowed if completed more than 6 months before enrolment."
)
RESECTABLE = {"diagnosis__setting": "resectable"}


def _perioperative(**changes: Any) -> list[dict[str, Any]]:
    course = {
        "setting": "perioperative",
        "agents": ["docetaxel", "oxaliplatin", "fluorouracil"],
        "started_on": "2026-03-01",
        "stop_reason": "ongoing",
    }
    return [{**course, **changes}]


def test_a_running_perioperative_course_is_not_the_completed_therapy_the_study_allows() -> None:
    found = judge(PREVIOUS_THERAPY, "exclusion", **RESECTABLE, treatments=_perioperative())
    assert found["status"] == "not_met"
    assert "still running" in found["reason"]
    assert status(NO_PRIOR_THERAPY, "inclusion", **RESECTABLE, treatments=_perioperative()) == "not_met"


def test_without_a_running_course_the_lines_decide_as_before() -> None:
    assert status(PREVIOUS_THERAPY, "exclusion", **RESECTABLE) == "met"
    ended = _perioperative(ended_on="2026-04-20", stop_reason="completed")
    assert status(PREVIOUS_THERAPY, "exclusion", **RESECTABLE, treatments=ended) == "met"
