"""Treatment-history option lists (issue 15, class 3, held-out class i): a lead-in "the prior treatment
must meet one of the following" takes its numbered options as alternatives, each read against the
case's (neo)adjuvant course and palliative lines. A case that fits no option fails; one that fits an
option's courses stays open on the progression timing. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.eligibility import split_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

OPTIONS = (
    "Earlier treatment has to satisfy one of the following: 1. a first-line treatment for metastatic "
    "disease, with no prior (neo)adjuvant therapy, and progression during it or within 3 months of its "
    "end; 2. perioperative chemotherapy with relapse during it or within 6 months of its end; 3. "
    "perioperative chemotherapy with relapse later than 6 months after it, then a first-line treatment "
    "for metastatic disease with progression within 3 months of its end."
)


def _line(n: int) -> dict[str, Any]:
    day = f"2026-0{n}-10"
    return {**FIRST_LINE_ENDED[0], "line": n, "started_on": day, "ended_on": day}


PERIOPERATIVE = {
    "setting": "perioperative",
    "agents": ["fluorouracil", "oxaliplatin", "docetaxel"],
    "started_on": "2025-03-01",
    "ended_on": "2025-07-01",
    "stop_reason": "completed",
}


def test_the_options_of_a_lead_in_are_read_as_alternatives() -> None:
    found = interpret(OPTIONS, "inclusion")
    assert [r["type"] for r in found] == ["any_of"]
    assert len(found[0]["options"]) == 3


def test_an_untreated_patient_fits_none_of_the_options() -> None:
    assert status(OPTIONS, "inclusion") == "not_met"


def test_a_patient_with_two_or_three_palliative_lines_fits_none_of_the_one_line_options() -> None:
    assert status(OPTIONS, "inclusion", treatments=[_line(1), _line(2)]) == "not_met"
    assert status(OPTIONS, "inclusion", treatments=[_line(1), _line(2), _line(3)]) == "not_met"


def test_a_patient_whose_courses_fit_an_option_stays_open_on_the_timing() -> None:
    assert status(OPTIONS, "inclusion", treatments=FIRST_LINE_ENDED) == "unknown"
    assert status(OPTIONS, "inclusion", treatments=[PERIOPERATIVE]) == "unknown"
    assert status(OPTIONS, "inclusion", treatments=[PERIOPERATIVE, _line(1)]) == "unknown"


def test_numbered_options_under_a_lead_in_reach_the_rule_as_one_item() -> None:
    text = "Inclusion Criteria:\n* Earlier treatment has to satisfy one of the following:\n" + "".join(
        f"  {n}. {option}\n"
        for n, option in enumerate(
            [
                "first-line treatment for metastatic disease without prior adjuvant therapy",
                "adjuvant chemotherapy with relapse within 6 months of its end",
            ],
            start=1,
        )
    )
    (item,) = split_criteria(text)
    assert status(item.text, "inclusion") == "not_met"
