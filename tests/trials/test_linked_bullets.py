"""Issue 15, held-out review, classes 7 and 8: notes after a criterion and bullets that open with "or".
Texts written for these tests, parsed by the real splitter and rules and judged for a real case."""

from __future__ import annotations

from typing import Any

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.matching.judge import judge_criterion
from her2nav.trials.matching.patient import facts_for
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, _case

IO_AFTER_SURGERY = [
    {
        "setting": "adjuvant",
        "agents": ["nivolumab"],
        "started_on": "2025-03-01",
        "ended_on": "2025-09-01",
        "stop_reason": "completed",
    }
]
IHC_1 = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
IHC_3 = [{"kind": "her2_ihc", "score": "3+", "criteria": "gastric", "tested_on": "2026-01-10"}]


def _judged(text: str, **case: Any) -> list[dict[str, Any]]:
    facts = facts_for(case_from_data(_case(**case)))
    return [judge_criterion(c.to_dict(), facts) for c in parse_criteria(text)]


def _one(judged: list[dict[str, Any]], words: str) -> dict[str, Any]:
    return next(c for c in judged if words in c["text"])


def test_a_permission_note_does_not_inherit_the_requirements_of_the_bullet_above_it() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* HER2-positive gastric adenocarcinoma with no prior systemic therapy for advanced disease\n"
        "Note: immunotherapy given before or after surgery is allowed if it ended 6 months before relapse\n"
        "* Tumour tissue from an archival block or a fresh biopsy\n"
        "  * Note: archival samples older than two years can be accepted\n"
    )
    judged = _judged(text, biomarkers=IHC_1, treatments=FIRST_LINE_ENDED)
    for words in ("Note: immunotherapy", "Note: archival"):
        note = _one(judged, words)
        assert note["status"] == "met"
        assert note["reason"].startswith("does not apply")
    assert _one(judged, "HER2-positive")["status"] == "not_met"


def test_a_note_inside_a_bullet_is_split_off_and_what_follows_it_is_read_on_its_own() -> None:
    text = "Inclusion Criteria:\n* Measurable disease per RECIST 1.1. Note: bone-only disease is allowed.\n"
    texts = [c.text for c in parse_criteria(text)]
    assert texts == ["Measurable disease per RECIST 1.1.", "Note: bone-only disease is allowed."]


def test_a_note_that_explains_the_criterion_stays_part_of_it() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Pancreatic or gastric adenocarcinoma\n"
        "Note: participants with borderline resectable pancreatic tumours will not be admitted\n"
    )
    assert len(parse_criteria(text)) == 1


def test_a_note_excepting_a_part_scopes_the_criterion_above_it_to_the_other_parts() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Part 1: advanced gastric adenocarcinoma\n"
        "* Part 2: advanced biliary tract cancer\n"
        "* Part 3: glioma\n"
        "* Measurable disease per RECIST 1.1\n"
        "* Note: except participants enrolling to Part 3\n"
    )
    parsed = parse_criteria(text)
    measurable = [c.cohort for c in parsed if c.text.startswith("Measurable")]
    # Part 2 is named by its tumour cohort (cohorts.part_labels keeps a tumour cohort's tumour)
    assert measurable == ["Part 1", "tumour cohort: biliary cancer (Part 2)"]
    note = next(c for c in parsed if c.text.startswith("Note"))
    assert note.requirements == [{"type": "permission"}]


def test_a_bullet_opening_with_or_is_an_alternative_of_the_bullet_before_it() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* HER2 overexpression by IHC 3+\n"
        "* or significant overexpression of HER2 protein by mass-spectrometry proteomics\n"
    )
    low = _judged(text, biomarkers=IHC_1)
    assert [c["status"] for c in low] == ["unknown", "unknown"]  # proteomics not on file
    assert "alternatives" in low[0]["reason"]
    high = _judged(text, biomarkers=IHC_3)
    assert [c["status"] for c in high] == ["met", "met"]


def test_alternatives_are_not_met_only_when_each_is_known_to_fail() -> None:
    text = "Inclusion Criteria:\n* HER2-positive disease (IHC 3+), or\n* ECOG performance status 0\n"
    assert [c["status"] for c in _judged(text, biomarkers=IHC_1)] == ["not_met", "not_met"]
    assert [c["status"] for c in _judged(text, biomarkers=IHC_1, patient__ecog=0)] == ["met", "met"]


TWO_SETTINGS = (
    "Inclusion Criteria:\n"
    "1. Adults with peritoneal metastases of gastric cancer;\n"
    "2. No prior systemic therapy, for first-line treatment;\n"
    "3. Progression on first-line chemotherapy, as second-line treatment;\n"
    "4. ECOG 0-1;\n"
)


def test_bullets_asking_line_counts_no_patient_has_at_once_are_alternatives() -> None:
    settings = [_judged(TWO_SETTINGS)[i]["status"] for i in (1, 2)]
    treated = [_judged(TWO_SETTINGS, treatments=FIRST_LINE_ENDED)[i]["status"] for i in (1, 2)]
    assert (settings, treated) == (["met", "met"], ["met", "met"])


def test_a_line_count_beside_another_kind_of_requirement_is_still_required() -> None:
    text = "Inclusion Criteria:\n1. No prior systemic therapy\n2. HER2-positive gastric cancer\n"
    assert _judged(text, treatments=FIRST_LINE_ENDED)[0]["status"] == "not_met"
