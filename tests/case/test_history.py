from __future__ import annotations

from typing import Any

from her2nav.case.history import (
    count_lines,
    exposed_to,
    prior_chemotherapy_regimens,
    progressed_on,
    stopped_for_pneumonitis,
)
from her2nav.case.load import case_from_data
from her2nav.case.models import Case


def make_case(treatments: list[dict[str, Any]], **diagnosis: Any) -> Case:
    dx = {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic", **diagnosis}
    return case_from_data({"case_id": "h1", "as_of": "2026-11-23", "diagnosis": dx, "treatments": treatments})


def palliative(line: int, agents: list[str], stop: str = "progression", **extra: Any) -> dict[str, Any]:
    dates = {} if stop == "ongoing" else {"ended_on": extra.pop("ended_on", f"2026-0{line}-20")}
    return {
        "line": line,
        "setting": "palliative",
        "agents": agents,
        "started_on": f"2026-0{line}-01",
        "stop_reason": stop,
        **dates,
        **extra,
    }


def test_no_treatment_means_first_line() -> None:
    assert count_lines(make_case([])).current_line == 1


def test_the_highest_ended_palliative_line_plus_one_is_current() -> None:
    case = make_case([palliative(1, ["capecitabine", "oxaliplatin"]), palliative(2, ["paclitaxel"])])
    assert count_lines(case).current_line == 3


def test_an_ongoing_palliative_line_is_the_current_line() -> None:
    case = make_case([palliative(1, ["capecitabine"]), palliative(2, ["paclitaxel"], stop="ongoing")])
    assert count_lines(case).current_line == 2


def test_a_resectable_setting_has_no_current_line() -> None:
    assert count_lines(make_case([], setting="resectable")).current_line is None


def perioperative(ended_on: str) -> dict[str, Any]:
    return {
        "setting": "perioperative",
        "agents": ["fluorouracil", "oxaliplatin", "docetaxel"],
        "started_on": "2025-01-10",
        "ended_on": ended_on,
        "stop_reason": "completed",
    }


def test_relapse_within_six_months_of_perioperative_therapy_counts_as_a_prior_line() -> None:
    case = make_case([perioperative("2025-06-01")], setting="recurrent", recurred_on="2025-11-20")
    count = count_lines(case)
    assert count.current_line == 2
    assert count.counted_perioperative
    assert "perioperative" in count.explanation


def test_relapse_exactly_183_days_after_counts_and_184_days_does_not() -> None:
    on_the_day = make_case([perioperative("2025-06-01")], setting="recurrent", recurred_on="2025-12-01")
    day_after = make_case([perioperative("2025-06-01")], setting="recurrent", recurred_on="2025-12-02")
    assert count_lines(on_the_day).current_line == 2
    assert count_lines(day_after).current_line == 1


def test_late_relapse_after_adjuvant_therapy_starts_at_first_line() -> None:
    late = perioperative("2025-03-01") | {"setting": "adjuvant"}
    case = make_case([late], setting="recurrent", recurred_on="2025-11-20")
    assert count_lines(case).current_line == 1


def test_an_early_relapse_shifts_later_palliative_lines_too() -> None:
    case = make_case(
        [perioperative("2025-06-01"), palliative(1, ["capecitabine", "oxaliplatin"])],
        setting="recurrent",
        recurred_on="2025-11-20",
    )
    assert count_lines(case).current_line == 3


def test_exposure_is_found_by_agent_class_and_payload() -> None:
    case = make_case([palliative(1, ["Herceptin", "CAPOX"]), palliative(2, ["DS-8201"])])
    assert len(exposed_to(case, "her2_directed")) == 2
    assert len(exposed_to(case, "topoisomerase_i_adc")) == 1
    assert exposed_to(case, "pd1") == []
    assert len(progressed_on(case, "trastuzumab")) == 1


def test_grade_two_pneumonitis_is_found_on_the_agent_that_caused_it() -> None:
    tox = {"toxicities": [{"event": "pneumonitis", "grade": 2}]}
    case = make_case([palliative(1, ["trastuzumab_deruxtecan"], stop="toxicity", **tox)])
    assert len(stopped_for_pneumonitis(case, "trastuzumab_deruxtecan")) == 1
    assert stopped_for_pneumonitis(case, "trastuzumab") == []


def test_prior_chemotherapy_regimens_count_only_lines_with_chemotherapy() -> None:
    case = make_case(
        [
            palliative(1, ["trastuzumab", "capecitabine", "oxaliplatin"]),
            palliative(2, ["trastuzumab_deruxtecan"]),
            palliative(3, ["ramucirumab", "paclitaxel"]),
        ]
    )
    assert prior_chemotherapy_regimens(case) == 2


def test_a_course_of_unknown_setting_counts_for_exposure_but_not_as_a_line() -> None:
    case = make_case([{"agents": ["trastuzumab"], "ended_on": "2026-01-01", "stop_reason": "progression"}])
    assert count_lines(case).current_line == 1
    assert exposed_to(case, "trastuzumab")


def test_progression_during_neoadjuvant_therapy_counts_as_a_prior_line_without_a_recurrence_date() -> None:
    flot = {
        "setting": "neoadjuvant",
        "agents": ["fluorouracil", "oxaliplatin", "docetaxel"],
        "started_on": "2026-01-05",
        "ended_on": "2026-03-01",
        "stop_reason": "progression",
    }
    count = count_lines(make_case([flot]))
    assert (count.current_line, count.counted_perioperative) == (2, True)
    assert "progression on it" in count.explanation


def test_completed_perioperative_therapy_without_a_recurrence_date_does_not_count() -> None:
    flot = {
        "setting": "perioperative",
        "agents": ["fluorouracil", "oxaliplatin", "docetaxel"],
        "started_on": "2026-01-05",
        "ended_on": "2026-05-01",
        "stop_reason": "completed",
    }
    assert count_lines(make_case([flot])).current_line == 1
