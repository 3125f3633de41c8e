"""The trials table of the review's text view: the verdict in words people act on, recruitment, and
where the patient could take part."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from her2nav.render.trials import trials_view


def _entry(**over: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "nct_id": "NCT00000001",
        "title": "A gastric cancer study",
        "overall_status": "RECRUITING",
        "phases": ["PHASE2"],
        "verdict": "possibly_eligible",
        "score": 0.6,
        "criteria": [],
        "criteria_counts": {"met": 3, "not_met": 0, "unknown": 2},
        "sites": [],
    }
    entry.update(over)
    return entry


def _text(*entries: dict[str, Any]) -> str:
    console = Console(width=160, record=True, color_system=None)
    table = trials_view({"trials": list(entries)})
    assert table is not None
    console.print(table)
    return console.export_text()


def test_an_eligible_trial_reads_likely_eligible_confirm_at_screening() -> None:
    text = _text(_entry(verdict="eligible", criteria_counts={"met": 5, "not_met": 0, "unknown": 0}))
    assert "likely eligible — confirm at screening" in text
    assert "Criteria: 5 met, 0 not met, 0 unknown." in text


def test_a_trial_without_a_recruitment_status_says_it_is_unknown() -> None:
    assert "recruitment status unknown" in _text(_entry(overall_status=None))


def test_the_nearest_site_taking_patients_is_named_with_its_distance_and_contact() -> None:
    site = {
        "region": "GB",
        "country": "United Kingdom",
        "city": "Leeds",
        "status": "RECRUITING",
        "facility": "St James's",
        "contact": "trials@example.org",
        "distance_km": 58,
    }
    text = _text(_entry(sites=[site]))
    assert (
        "Nearest site taking patients in GB: Leeds, United Kingdom · St James's · recruiting · 58 km" in text
    )
    assert "contact: trials@example.org" in text


def test_a_trial_out_of_reach_says_so_and_names_its_countries() -> None:
    text = _text(_entry(sites=[{"country": "United States", "city": "Boston", "status": None}]))
    assert "No site taking patients where the patient can be treated (sites: United States)." in text
