"""An event that happened on a prior therapy (issue 15, class 3, held-out class c): the therapy is the
setting of the item, not what excludes. A patient who had the therapy is excluded only when the event
is in the record of that course; an event kind no case records stays open. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

BLEEDING = "Clinically significant haemorrhage in the setting of earlier VEGFR2-targeted treatment."
IMMUNE = "Prior anti-PD-1 treatment with an immune-related adverse event of grade 3 or higher."


def _second_line(*agents: str, toxicities: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    course = {
        "line": 2,
        "setting": "palliative",
        "agents": list(agents),
        "started_on": "2026-05-23",
        "ended_on": "2026-05-26",
        "stop_reason": "progression",
        "toxicities": toxicities or [],
    }
    return [*FIRST_LINE_ENDED, course]


def test_having_had_the_therapy_alone_does_not_exclude() -> None:
    assert status(BLEEDING, "exclusion", treatments=_second_line("ramucirumab", "paclitaxel")) == "met"


def test_the_event_recorded_on_that_therapy_excludes() -> None:
    bled = _second_line(
        "ramucirumab", "paclitaxel", toxicities=[{"event": "gastric haemorrhage", "grade": 3}]
    )
    assert status(BLEEDING, "exclusion", treatments=bled) == "not_met"


def test_a_patient_who_never_had_the_therapy_is_not_excluded() -> None:
    assert status(BLEEDING, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_an_immune_related_event_on_a_checkpoint_inhibitor_is_read_from_the_course_record() -> None:
    assert status(IMMUNE, "exclusion", treatments=_second_line("nivolumab")) == "met"
    colitis = _second_line("nivolumab", toxicities=[{"event": "colitis", "grade": 3}])
    assert status(IMMUNE, "exclusion", treatments=colitis) == "not_met"


def test_an_event_no_case_records_stays_open_for_a_patient_who_had_the_therapy() -> None:
    text = "Loss of hearing attributed to previous cisplatin."
    assert [r["type"] for r in interpret(text, "exclusion")] == ["event_on"]
    assert status(text, "exclusion", treatments=_second_line("cisplatin", "capecitabine")) == "unknown"


def test_prior_therapy_without_an_event_still_excludes_those_who_had_it() -> None:
    text = "Previous treatment with ramucirumab."
    assert status(text, "exclusion", treatments=_second_line("ramucirumab", "paclitaxel")) == "not_met"
