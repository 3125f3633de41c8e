"""Readings from the twenty-second session's look at verdicts that still disagreed (issue 15 classes 8
and 10): a study of patients who already had their curative operation does not take a case whose tumour
is still resectable and has had no therapy around an operation; and a tumour named without its site
("… locally advanced or metastatic cancer that meets protocol-defined criteria", "Disease that is not
amenable to curative therapy, with prior therapies defined by specific tumor types") asks for advanced
disease as the same words about "disease" do. Sentences written for these tests after the registry
wording of NCT05253716, NCT02250209 and NCT06241456."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import judge, status

RESECTABLE = {"diagnosis__setting": "resectable"}
OPERATED = "Had partial or total D2 gastrectomy and achieved R0 resection."


def _course(setting: str) -> list[dict[str, Any]]:
    return [
        {
            "setting": setting,
            "agents": ["capecitabine", "oxaliplatin"],
            "started_on": "2025-09-01",
            "ended_on": "2026-01-15",
            "stop_reason": "completed",
        }
    ]


# an adjuvant course, given after an operation (the operation's extent and margins stay open)
ADJUVANT_GIVEN = _course("adjuvant")


def test_an_untreated_resectable_tumour_has_not_been_operated_on_yet() -> None:
    found = judge(OPERATED, "inclusion", **RESECTABLE)
    assert found["status"] == "not_met"
    assert "not yet operated" in found["reason"]
    text = "Consecutive adult patients underwent radical gastrectomy (total gastrectomy), stage III"
    assert status(text, "inclusion", **RESECTABLE) == "not_met"


def test_therapy_around_an_operation_leaves_the_operation_open() -> None:
    for setting in ("adjuvant", "perioperative", "neoadjuvant"):
        found = judge(OPERATED, "inclusion", **RESECTABLE, treatments=_course(setting))
        assert found["status"] == "unknown", setting
        # operated on after an adjuvant course, maybe after the others: how completely is open
        assert "extent and margins" in found["reason"] or "records no operation" in found["reason"]


def test_advanced_disease_fails_an_operated_study_through_its_stage() -> None:
    assert status(OPERATED, "inclusion") == "not_met"  # metastatic
    assert status(OPERATED, "inclusion", diagnosis__setting="recurrent") == "not_met"


def test_a_tumour_named_without_its_site_still_says_its_stage() -> None:
    text = "Histopathologically or cytologically confirmed locally advanced or metastatic cancer"
    assert interpret(text, "inclusion") == [{"type": "disease", "sites": [], "advanced": True}]
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", **RESECTABLE) == "not_met"


def test_what_the_protocol_defines_beside_the_stage_stays_open() -> None:
    for text in (
        "Histopathological or cytologically confirmed locally advanced or metastatic cancer that meets "
        "protocol-defined criteria",
        "Disease that is not amenable to curative therapy, with prior therapies defined by specific tumor "
        "types",
    ):
        found = judge(text, "inclusion")
        assert found["status"] == "unknown", text
        assert "the criteria the protocol defines" in found["reason"], text
        assert status(text, "inclusion", **RESECTABLE) == "not_met", text


def test_a_pathological_stage_asked_leaves_a_resectable_tumour_open() -> None:
    text = "Patients who are diagnosed with pathological stage II or III gastric adenocarcinoma (AJCC 8th)"
    assert status(text, "inclusion", **RESECTABLE) == "unknown"
    assert status(text, "inclusion") == "not_met"  # metastatic


def test_a_tumour_named_without_a_stage_asks_nothing_of_the_stage() -> None:
    assert interpret("Histologically confirmed cancer", "inclusion") == []
