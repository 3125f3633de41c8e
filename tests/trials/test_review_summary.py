"""The review's summary of a trial lists the criteria that decide its verdict: every one not met, then
one unknown per step that would settle it; unknowns nobody has interpreted are counted, not listed."""

from __future__ import annotations

from her2nav.trials.matching.for_review import SUMMARY_CRITERIA, deciding, summary
from her2nav.trials.matching.judge import UNPARSED_ACTION

BLOODS = "blood count, liver and kidney function tests"


def _criterion(status: str, action: str | None = None, text: str = "a criterion") -> dict[str, object]:
    return {"text": text, "kind": "inclusion", "status": status, "reason": "why", "action": action}


def _entry(*criteria: dict[str, object]) -> dict[str, object]:
    return {"nct_id": "NCT00000001", "criteria": list(criteria), "sites": [], "nearest_sites": []}


def test_one_unknown_per_step_is_listed_and_uninterpreted_ones_are_only_counted() -> None:
    found = deciding(
        [
            _criterion("unknown", UNPARSED_ACTION),
            _criterion("unknown", BLOODS, "neutrophils"),
            _criterion("unknown", BLOODS, "creatinine"),
            _criterion("met"),
        ]
    )
    assert [c["text"] for c in found] == ["neutrophils"]
    out = summary(
        _entry(
            _criterion("unknown", UNPARSED_ACTION),
            _criterion("unknown", BLOODS),
            _criterion("unknown", UNPARSED_ACTION),
        )
    )
    assert (out["criteria_omitted"], out["criteria_uninterpreted"]) == (2, 2)


def test_every_criterion_not_met_is_listed_whatever_the_cap() -> None:
    not_met = [_criterion("not_met", text=f"rule {i}") for i in range(SUMMARY_CRITERIA + 2)]
    found = deciding([*not_met, _criterion("unknown", BLOODS)])
    assert [c["text"] for c in found] == [c["text"] for c in not_met]


def test_distinct_steps_are_listed_up_to_the_cap_named_tests_first() -> None:
    steps = [_criterion("unknown", f"test {i}") for i in range(SUMMARY_CRITERIA + 1)]
    found = deciding([_criterion("unknown", UNPARSED_ACTION), *steps])
    assert [c["action"] for c in found] == [f"test {i}" for i in range(SUMMARY_CRITERIA)]


def test_other_cohorts_that_exclude_the_patient_are_counted_and_those_open_are_named() -> None:
    entry = _entry(_criterion("met"))
    entry["other_cohorts"] = [
        {
            "cohort": "Cohort for pancreatic cancer",
            "verdict": "ineligible",
            "criteria": [_criterion("not_met")],
        },
        {"cohort": "Cohort B", "verdict": "possibly_eligible", "criteria": [_criterion("unknown")]},
        {"cohort": "Cohort for breast cancer", "verdict": "ineligible", "criteria": [_criterion("not_met")]},
    ]
    out = summary(entry)
    assert [o["cohort"] for o in out["other_cohorts"]] == ["Cohort B"]
    assert out["other_cohorts"][0]["criteria_counts"] == {"met": 0, "not_met": 0, "unknown": 1}
    assert out["other_cohorts_ineligible"] == 2
