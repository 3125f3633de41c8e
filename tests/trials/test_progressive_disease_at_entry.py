"""'Progressive cancer at the time of enrollment' (CERTIS1, NCT05417594; thirty-second blind set, UI):
the disease is progressing now. A course ended by progression, or a relapse after it, shows it; an
untreated patient or one on a course still running has nothing on record either way."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, status

TEXT = "Progressive cancer at the time of enrollment."


def _stopped(reason: str) -> list[dict[str, Any]]:
    return [{**FIRST_LINE_ENDED[0], "stop_reason": reason}]


def test_progressive_disease_at_entry_is_read_as_a_progression_now() -> None:
    assert interpret(TEXT, "inclusion") == [{"type": "progressed_on_last", "at_entry": True}]
    assert interpret("Must have progressive disease at study entry.", "inclusion")[0]["at_entry"] is True


def test_a_patient_whose_last_course_ended_in_progression_meets_it() -> None:
    assert status(TEXT, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_an_untreated_patient_is_left_open_not_failed() -> None:
    assert status(TEXT, "inclusion", treatments=[]) == "unknown"


def test_a_patient_on_a_course_still_running_is_left_open() -> None:
    assert status(TEXT, "inclusion", treatments=FIRST_LINE_ONGOING) == "unknown"


def test_a_course_stopped_for_toxicity_leaves_it_open() -> None:
    assert status(TEXT, "inclusion", treatments=_stopped("toxicity")) == "unknown"


def test_progression_after_the_last_therapy_still_fails_an_untreated_patient() -> None:
    text = "Documented disease progression on or after the most recent therapy."
    assert status(text, "inclusion", treatments=[]) == "not_met"
