"""Issue 15, class 4 (wash-outs), from the TI blind set: a wash-out stated in half-lives is read against
each antibody's own half-life (agents.yaml, from its label); an interval whose therapies are surgery,
radiotherapy, hormone therapy or traditional medicine is no drug wash-out; an "adequate" wash-out the
text does not define keeps the floor every antibody reaches. Texts written for these tests; AS_OF is
2026-06-01."""

from __future__ import annotations

from typing import Any

from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.load import DATA_DIR, load_from
from tests.trials.test_criterion_rules import judge, status


def _ended(agents: list[str], ended_on: str, line: int = 1) -> list[dict[str, Any]]:
    return [
        {
            "line": line,
            "setting": "palliative",
            "agents": agents,
            "started_on": "2025-10-01",
            "ended_on": ended_on,
            "stop_reason": "progression",
        }
    ]


HALF_LIVES = (
    "At least 28 days from prior major surgery or local radiotherapy, at least five half-lives from prior "
    "cytotoxic chemotherapy, immunotherapy or biological agents before the first dose"
)


def test_five_half_lives_of_pembrolizumab_have_not_passed_72_days_after_its_last_dose() -> None:
    found = judge(HALF_LIVES, "inclusion", treatments=_ended(["pembrolizumab", "capecitabine"], "2026-03-21"))
    assert found["status"] == "not_met"
    assert "pembrolizumab" in found["reason"] and "110 days" in found["reason"]


def test_five_half_lives_of_ramucirumab_have_not_passed_32_days_after_its_last_dose() -> None:
    ramucirumab = _ended(["ramucirumab", "paclitaxel"], "2026-04-30", line=2)
    assert status(HALF_LIVES, "inclusion", treatments=ramucirumab) == "not_met"


def test_the_surgery_interval_beside_a_half_life_wash_out_is_not_read_as_28_days_for_drugs() -> None:
    # 40 days after trastuzumab: 28 days passed, five of its 25-day half-lives did not
    trastuzumab = _ended(["trastuzumab", "capecitabine", "oxaliplatin"], "2026-04-22")
    assert status(HALF_LIVES, "inclusion", treatments=trastuzumab) == "not_met"


def test_a_half_life_wash_out_asks_an_untreated_patient_only_about_surgery_and_radiotherapy() -> None:
    found = judge(HALF_LIVES, "inclusion")
    assert (found["status"], found["reason"]) == (
        "unknown",
        "the case does not record: radiotherapy, surgery",
    )


def test_hormone_therapy_and_traditional_medicine_do_not_shorten_the_chemotherapy_wash_out() -> None:
    text = (
        "At least 28 days from the previous major surgery, cytotoxic chemotherapy, immunotherapy or "
        "biological product therapy; at least 14 days from the previous small molecular targeted therapy; "
        "at least 14 days from the previous hormone therapy, traditional Chinese medicine for anti-tumor "
        "indications, or minor surgery"
    )
    irinotecan = _ended(["irinotecan"], "2026-05-11", line=3)  # 21 days before
    found = judge(text, "inclusion", treatments=irinotecan)
    assert found["status"] == "not_met"
    assert "28 days" in found["reason"]


def test_an_adequate_wash_out_defined_by_surgery_and_radiotherapy_keeps_the_antibody_floor() -> None:
    text = "Adequate treatment washout before trial treatment: major surgery 4 weeks, radiotherapy 3 weeks"
    tdxd = _ended(["trastuzumab_deruxtecan"], "2026-05-06", line=2)  # 26 days: over 5 x 2.5, under 5 x 5.7
    assert status(text, "inclusion", treatments=tdxd) != "not_met"


def test_every_half_life_in_the_knowledge_base_cites_a_known_source() -> None:
    known = set(load_from(DATA_DIR).sources)
    halves = [a for a in vocabulary().by_id.values() if a.half_life_days is not None]
    assert {a.id for a in halves} >= {"trastuzumab", "pembrolizumab", "ramucirumab"}
    for agent in halves:
        assert agent.half_life_sources and set(agent.half_life_sources) <= known, agent.id
