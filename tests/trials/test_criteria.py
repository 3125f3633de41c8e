"""Splitting registry eligibility text and interpreting each criterion into typed requirements."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from her2nav.trials.criteria.eligibility import parse_criteria, split_criteria
from her2nav.trials.criteria.rules import interpret

LABELS = Path(__file__).parent / "labels" / "criteria.yaml"
ACCURACY_FLOOR = 0.95


def _key(reqs: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in reqs)


def test_inclusion_and_exclusion_sections_are_told_apart() -> None:
    text = "Inclusion Criteria:\n\n* Age \\>= 18 years\n\nExclusion Criteria:\n\n* Known HIV infection"
    crits = split_criteria(text)
    assert [(c.kind, c.text) for c in crits] == [
        ("inclusion", "Age >= 18 years"),
        ("exclusion", "Known HIV infection"),
    ]


def test_markdown_escapes_are_undone_in_the_criterion_text() -> None:
    crits = split_criteria("Inclusion Criteria:\n* QTcF \\>470 msec and LVEF \\>= 50% \\[by ECHO\\]")
    assert crits[0].text == "QTcF >470 msec and LVEF >= 50% [by ECHO]"


def test_nested_bullets_stay_with_their_parent_criterion() -> None:
    text = (
        "Inclusion Criteria:\n* Adequate organ function defined as:\n  * ANC >= 1.5\n  * Platelets >= 100\n"
        "* ECOG 0 or 1"
    )
    crits = split_criteria(text)
    assert len(crits) == 2
    assert crits[0].text == "Adequate organ function defined as: ANC >= 1.5; Platelets >= 100"


def test_a_cohort_header_makes_the_criteria_below_it_cohort_specific() -> None:
    text = (
        "Master Inclusion Criteria applicable to all sub studies:\n* ECOG 0 or 1\n\n"
        "Sub study 2 Specific Inclusion criteria:\n* Metastatic pancreatic adenocarcinoma\n\n"
        "Master Exclusion Criteria:\n* Known HIV infection"
    )
    crits = parse_criteria(text)
    assert [(c.kind, c.cohort) for c in crits] == [
        ("inclusion", None),
        ("inclusion", "Sub study 2"),
        ("exclusion", None),
    ]


def test_a_cohort_named_at_the_start_of_a_criterion_is_recorded() -> None:
    crits = parse_criteria(
        "Inclusion Criteria:\n* Cohort C: advanced endometrial cancer that is HER2 IHC 2+ or 1+"
    )
    assert crits[0].cohort == "Cohort C"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "HER2-positive (IHC 3+ or IHC 2+/ISH+) by local testing",
            "inclusion",
            [{"type": "her2", "status": "positive"}],
        ),
        ("HER2-low (IHC 1+ or IHC 2+/ISH-negative)", "inclusion", [{"type": "her2", "status": "low"}]),
        (
            "HER2 overexpression, IHC 2+ or 3+ regardless of ISH",
            "inclusion",
            [{"type": "her2", "status": "ihc_2_3"}],
        ),
        ("HER2 expression at IHC ≥ 1+", "inclusion", [{"type": "her2", "status": "ihc_1_plus_or_more"}]),
        ("Tumour must be HER2-negative", "inclusion", [{"type": "her2", "status": "negative"}]),
        (
            "Centrally confirmed HER2-positive disease on a biopsy obtained after progression on trastuzumab",
            "inclusion",
            [
                {"type": "her2", "status": "positive", "central": True, "post_progression_biopsy": True},
                {"type": "prior_therapy", "group": "trastuzumab"},
            ],
        ),
        (
            "Prior treatment with a topoisomerase I inhibitor ADC",
            "exclusion",
            [{"type": "prior_therapy", "group": "topoisomerase_i_adc"}],
        ),
        (
            "Prior exposure to any MMAE-based ADC",
            "exclusion",
            [{"type": "prior_therapy", "group": "mmae_adc"}],
        ),
        (
            "No prior anti-PD-1 therapy",
            "inclusion",
            [{"type": "prior_therapy", "group": "pd1", "negated": True}],
        ),
        (
            "Must have received prior T-DXd",
            "inclusion",
            [{"type": "prior_therapy", "group": "trastuzumab_deruxtecan"}],
        ),
        ("At least 2 prior lines of therapy", "inclusion", [{"type": "prior_lines", "min": 2}]),
        ("ECOG performance status 0-1", "inclusion", [{"type": "ecog", "max": 1}]),
        ("LVEF ≥ 50% by ECHO or MUGA", "inclusion", [{"type": "lvef", "op": ">=", "value": 50}]),
        (
            "History of interstitial lung disease",
            "exclusion",
            [{"type": "condition", "condition": "interstitial_lung_disease", "qualified": False}],
        ),
        (
            "Active or untreated brain metastases",
            "exclusion",
            [{"type": "condition", "condition": "brain_metastases", "qualified": True}],
        ),
        (
            "CLDN18.2 positive (≥ 75% of tumour cells 2+/3+)",
            "inclusion",
            [{"type": "cldn18_2", "op": ">=", "value": 75}],
        ),
        ("PD-L1 CPS ≥ 5", "inclusion", [{"type": "pdl1_cps", "op": ">=", "value": 5.0}]),
        ("MSI-H or dMMR tumours", "exclusion", [{"type": "msi_high"}]),
        ("Measurable disease per RECIST 1.1", "inclusion", [{"type": "measurable_disease"}]),
        ("Consent to the storage of blood samples", "inclusion", []),
    ],
)
def test_each_kind_of_requirement_is_recognised(text: str, kind: str, expected: list[dict[str, Any]]) -> None:
    assert _key(interpret(text, kind)) == _key(expected)


def test_the_parser_agrees_with_the_hand_checked_labels() -> None:
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    assert len(labels) >= 150
    misses = [lab for lab in labels if _key(interpret(lab["text"], lab["kind"])) != _key(lab["expected"])]
    accuracy = 1 - len(misses) / len(labels)
    print(f"\ncriterion parser accuracy: {accuracy:.1%} on {len(labels)} hand-checked criteria")
    for miss in misses:
        print(f"  miss {miss['nct_id']}: {miss['text'][:90]!r}")
    assert accuracy >= ACCURACY_FLOOR


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Use of anticancer therapy after trastuzumab-containing treatment",
            "exclusion",
            [{"type": "therapy_after", "group": "trastuzumab"}],
        ),
        (
            "No subsequent therapy following progression on trastuzumab deruxtecan",
            "inclusion",
            [{"type": "therapy_after", "group": "trastuzumab_deruxtecan", "negated": True}],
        ),
        ("No anticancer therapy after randomisation other than the study drug", "exclusion", []),
    ],
)
def test_therapy_given_after_a_named_agent_is_its_own_requirement(
    text: str, kind: str, expected: list[dict[str, Any]]
) -> None:
    assert _key([r for r in interpret(text, kind) if r["type"] == "therapy_after"]) == _key(expected)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Previously untreated metastatic gastric adenocarcinoma",
            "inclusion",
            [{"type": "prior_lines", "max": 0}],
        ),
        (
            "No prior systemic therapy for advanced disease; prior adjuvant chemotherapy is allowed unless "
            "completed less than 6 months before enrolment",
            "inclusion",
            [{"type": "prior_lines", "max": 0}],
        ),
        (
            "No prior systemic therapy for advanced disease except adjuvant chemotherapy completed more than "
            "12 months before enrolment",
            "inclusion",
            [],
        ),
        ("No prior therapy for metastatic disease except one line of immunotherapy", "inclusion", []),
        ("Treatment naïve to immunotherapy", "inclusion", []),
        (
            "No prior treatment with a PD-1 inhibitor (except if given as adjuvant therapy)",
            "inclusion",
            [],
        ),
        ("Has not received any treatment since the last dose of pembrolizumab", "inclusion", []),
        (
            "Has received prior systemic treatment for advanced or metastatic disease",
            "exclusion",
            [{"type": "prior_lines", "min": 1}],
        ),
        (
            "Has received prior chemotherapy for metastatic disease within 4 weeks of the first dose",
            "exclusion",
            [],
        ),
        ("Prior radiotherapy for metastatic disease", "exclusion", []),
        ("Prior anti-PD-1 therapy for metastatic disease", "exclusion", []),
        ("Prior taxane therapy in the metastatic setting", "exclusion", []),
        ("Prior treatment with trastuzumab deruxtecan in the metastatic setting", "exclusion", []),
        (
            "Prior treatment in the locally advanced or metastatic setting with any PI3K or mTOR inhibitor",
            "exclusion",
            [],
        ),
    ],
)
def test_untreated_wording_reads_as_no_prior_palliative_lines_only_when_the_exceptions_fit(
    text: str, kind: str, expected: list[dict[str, Any]]
) -> None:
    assert _key([r for r in interpret(text, kind) if r["type"] == "prior_lines"]) == _key(expected)


def test_every_requirement_type_has_exactly_one_evaluator() -> None:
    from her2nav.trials.criteria.rule_text import ALWAYS_UNKNOWN_TYPES, REQUIREMENT_TYPES
    from her2nav.trials.matching.evaluate import EVALUATORS

    assert set(EVALUATORS) == REQUIREMENT_TYPES
    assert ALWAYS_UNKNOWN_TYPES <= REQUIREMENT_TYPES
