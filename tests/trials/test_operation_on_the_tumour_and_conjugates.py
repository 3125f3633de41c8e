"""Readings prompted by the sixty-eighth and sixty-ninth blind sets (VS, VT; issue 15): an operation the
case shows without recording it (a biomarker tested on a resection specimen, therapy after an
operation), a tumour still to resect, "inoperable", and an antibody-drug conjugate beside a wash-out
from chemotherapy. Sentences written for these tests after the registry wording."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import judge, status

RESECTED = [
    {
        "kind": "her2_ihc",
        "score": "1+",
        "specimen": "resection",
        "criteria": "gastric",
        "tested_on": "2026-05-02",
    }
]
BIOPSIED = [
    {
        "kind": "her2_ihc",
        "score": "1+",
        "specimen": "biopsy",
        "criteria": "gastric",
        "tested_on": "2026-05-02",
    }
]
ADJUVANT = [
    {
        "setting": "adjuvant",
        "agents": ["capecitabine", "oxaliplatin"],
        "started_on": "2025-06-01",
        "ended_on": "2025-11-20",
    }
]


def _course(agents: list[str], ended_on: str, line: int = 1) -> dict[str, Any]:
    return {"line": line, "agents": agents, "started_on": "2025-01-10", "ended_on": ended_on}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No prior partial or complete tumour resection.", "inclusion"),
        ("Previous surgical resection of the tumour (except diagnostic laparoscopy).", "exclusion"),
        ("Any prior anticancer treatment or surgery for the current gastric cancer.", "exclusion"),
        ("Any prior chemotherapy or other cancer treatment before this study.", "exclusion"),
    ],
)
def test_a_tumour_tested_on_a_resection_specimen_has_been_operated_on(text: str, kind: str) -> None:
    found = judge(text, kind, diagnosis__setting="resectable", biomarkers=RESECTED)
    assert found["status"] == "not_met"
    assert "resection specimen" in found["reason"]


def test_adjuvant_therapy_follows_an_operation() -> None:
    text = "No prior partial or complete tumour resection."
    assert status(text, "inclusion", diagnosis__setting="recurrent", treatments=ADJUVANT) == "not_met"


def test_a_resectable_tumour_with_biopsies_only_and_no_therapy_is_not_yet_operated_on() -> None:
    text = "No prior partial or complete tumour resection."
    assert status(text, "inclusion", diagnosis__setting="resectable", biomarkers=BIOPSIED) == "met"


def test_advanced_disease_with_no_sign_of_an_operation_leaves_it_open() -> None:
    found = judge("Prior gastrectomy for gastric cancer.", "exclusion", biomarkers=BIOPSIED)
    assert found["status"] == "unknown"


def test_a_gastrectomy_named_alone_stays_open_for_an_operated_junction_tumour() -> None:
    text = "Prior gastrectomy."
    assert status(text, "exclusion", biomarkers=RESECTED) == "not_met"
    assert status(text, "exclusion", biomarkers=RESECTED, diagnosis__site="gej") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Major surgery within 28 days before the first dose.",
        "Previous significant bowel resection that would preclude absorption of oral drugs.",
        "Prior gastrectomy for peptic ulcer disease.",
    ],
)
def test_a_recent_operation_or_one_for_another_disease_is_not_an_operation_on_the_cancer(text: str) -> None:
    assert not [r for r in interpret(text, "exclusion") if r["type"] == "tumour_operated"]


@pytest.mark.parametrize(
    "text",
    [
        "Patients with potentially resectable adenocarcinoma of the stomach.",
        "Resectable adenocarcinoma of the stomach or gastro-oesophageal junction.",
        "Candidates for curative gastrectomy.",
    ],
)
def test_a_tumour_already_resected_is_no_tumour_still_to_resect(text: str) -> None:
    assert status(text, "inclusion", diagnosis__setting="resectable", biomarkers=BIOPSIED) == "met"
    found = judge(text, "inclusion", diagnosis__setting="resectable", biomarkers=RESECTED)
    assert found["status"] == "not_met" and "still to resect" in found["reason"]


def test_resectable_disease_operated_on_as_asked_is_not_read_as_a_tumour_still_to_resect() -> None:
    text = "Resectable gastric cancer in patients who underwent D2 gastrectomy."
    assert not [r for r in interpret(text, "inclusion") if r.get("in_place")]


def test_an_inoperable_tumour_is_advanced_disease() -> None:
    text = "Patients with inoperable gastric adenocarcinoma."
    assert status(text, "inclusion", diagnosis__setting="resectable") == "not_met"
    assert status(text, "inclusion") == "met"


def test_a_patient_inoperable_for_his_other_illnesses_is_not_read_as_advanced_disease() -> None:
    text = "Intramucosal cancer deemed inoperable based on co-morbid conditions such as severe heart disease."
    assert not [r for r in interpret(text, "inclusion") if r.get("advanced")]


CHEMOTHERAPY_LONG_AGO = (
    "If the patient had chemotherapy, the time from the last chemotherapy must be more than 6 months."
)


def test_a_recent_antibody_drug_conjugate_leaves_a_wash_out_from_chemotherapy_open() -> None:
    courses = [
        _course(["capecitabine", "oxaliplatin", "trastuzumab"], "2025-08-01"),
        _course(["trastuzumab deruxtecan"], "2026-05-10", line=2),
    ]
    found = judge(CHEMOTHERAPY_LONG_AGO, "inclusion", treatments=courses)
    assert found["status"] == "unknown" and "antibody-drug conjugate" in found["reason"]


def test_a_wash_out_from_chemotherapy_passes_when_no_conjugate_is_recent() -> None:
    courses = [
        _course(["capecitabine", "oxaliplatin", "trastuzumab"], "2025-08-01"),
        _course(["trastuzumab deruxtecan"], "2025-10-10", line=2),
    ]
    assert status(CHEMOTHERAPY_LONG_AGO, "inclusion", treatments=courses) == "met"


def test_a_perioperative_course_still_running_leaves_the_operation_open() -> None:
    running = [{"setting": "perioperative", "agents": ["FLOT"], "started_on": "2026-03-01"}]
    found = judge(
        "No prior partial or complete tumour resection.",
        "inclusion",
        diagnosis__setting="resectable",
        treatments=running,
    )
    assert found["status"] == "unknown"
