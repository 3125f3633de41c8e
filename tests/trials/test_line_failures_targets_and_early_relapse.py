"""Readings prompted by the seventy-first to seventy-third blind sets (VV, VW, VX; issue 15): records
new to the project, in their registries' own English. Sentences written for these tests after it."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status


def _line(number: int, agents: list[str], ended_on: str, stop: str = "progression") -> dict[str, Any]:
    return {
        "line": number,
        "agents": agents,
        "started_on": "2025-01-10",
        "ended_on": ended_on,
        "stop_reason": stop,
    }


FIRST = _line(1, ["capecitabine", "oxaliplatin", "trastuzumab"], "2025-09-01")
SECOND = _line(2, ["ramucirumab", "paclitaxel"], "2026-03-01")
ADJUVANT_CHEMO = {
    "setting": "adjuvant",
    "agents": ["s1"],
    "started_on": "2025-03-01",
    "ended_on": "2025-09-01",
}
ADJUVANT_NIVOLUMAB = {
    "setting": "adjuvant",
    "agents": ["nivolumab"],
    "started_on": "2025-03-01",
    "ended_on": "2025-12-20",
}


def test_failed_to_the_second_line_or_higher_asks_for_two_lines() -> None:
    text = "Advanced stomach cancer patients who have failed to the second line or higher line chemotherapy"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=[FIRST]) == "not_met"
    assert status(text, "inclusion", treatments=[FIRST, SECOND]) == "met"


def test_therapy_targeting_angiogenesis_or_any_other_target_excludes_trastuzumab_and_ramucirumab() -> None:
    text = "Previous therapy targeting at angiogenesis or vasculogenesis pathway or other targeted therapy"
    assert status(text, "exclusion", treatments=[FIRST]) == "not_met"
    assert (
        status(text, "exclusion", treatments=[_line(1, ["capecitabine", "oxaliplatin"], "2025-09-01")])
        == "met"
    )
    assert not [r for r in interpret(text, "exclusion") if r["type"] == "prior_target"]


def test_a_checkpoint_inhibitor_is_not_a_targeted_therapy() -> None:
    nivolumab = _line(1, ["nivolumab", "capecitabine", "oxaliplatin"], "2025-09-01")
    assert status("Previous targeted therapy.", "exclusion", treatments=[nivolumab]) == "met"


def test_a_wash_out_after_targeted_therapy_is_not_a_requirement_to_have_had_it() -> None:
    text = (
        "Patients who have received prior targeted therapies must have stopped treatment for at least 4 weeks"
    )
    assert status(text, "inclusion") == "met"


def test_agents_named_after_without_are_ones_the_patient_must_not_have_had() -> None:
    text = (
        "The patient has experienced disease progression during treatment or within 4 months after the last "
        "dose of first-line therapy without taxanes for metastatic disease."
    )
    assert status(text, "inclusion", treatments=[FIRST, SECOND]) == "not_met"
    found = interpret(text, "inclusion")
    assert {"type": "prior_therapy", "group": "taxane", "negated": True} in found


def test_relapse_soon_after_adjuvant_chemotherapy_is_an_entry_route_for_those_who_had_it() -> None:
    text = "Relapse within 6 months after adjuvant chemotherapy;"
    recurred = {"setting": "recurrent", "recurred_on": "2026-01-20"}
    assert status(text, "inclusion", treatments=[FIRST]) == "met"  # no adjuvant course: another route
    assert status(text, "inclusion", diagnosis=_diagnosis(recurred), treatments=[ADJUVANT_CHEMO]) == "met"
    late = _diagnosis({"setting": "recurrent", "recurred_on": "2026-05-20"})
    assert status(text, "inclusion", diagnosis=late, treatments=[ADJUVANT_CHEMO]) == "not_met"


def test_an_early_relapse_after_adjuvant_immunotherapy_is_not_one_after_adjuvant_chemotherapy() -> None:
    text = "Relapse within 6 months after adjuvant chemotherapy;"
    recurred = _diagnosis({"setting": "recurrent", "recurred_on": "2026-04-01"})  # 212 days after the S-1
    both = [ADJUVANT_CHEMO, ADJUVANT_NIVOLUMAB]
    assert status(text, "inclusion", diagnosis=recurred, treatments=both) == "not_met"
    any_therapy = text.replace("chemotherapy", "therapy")
    assert status(any_therapy, "inclusion", diagnosis=recurred, treatments=both) == "met"


def test_a_resection_history_dissemination_and_a_therapy_history_are_read() -> None:
    operated = [{"kind": "her2_ihc", "score": "0", "specimen": "resection", "tested_on": "2025-05-01"}]
    assert (
        status("Any surgical resection history of gastric cancer", "exclusion", biomarkers=operated)
        == "not_met"
    )
    assert status("Intraperitoneal dissemination or distant metastasis", "exclusion") == "not_met"
    assert status("Any chemotherapy or radiotherapy history", "exclusion", treatments=[FIRST]) == "not_met"


def _diagnosis(changes: dict[str, Any]) -> dict[str, Any]:
    return {"site": "stomach", "histology": "adenocarcinoma", "diagnosed_on": "2024-11-01", **changes}
