"""A HER2 inclusion with a broad phrase and a stricter definition in the same criterion (issue 15, class
5): the definition governs. "HER2 expression" read alone lets an IHC 2+ / ISH-negative patient pass
where the criterion asks for HER2 positivity (IHC 3+, or IHC 2+ with ISH amplification). Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status

BROAD_THEN_STRICT = (
    "Advanced solid tumours with HER2 expression (IHC 1+ or higher). Note: HER2 positivity on the latest "
    "tumour tissue is required, defined as IHC 3+ or IHC 2+ with ISH+; an ERBB2 mutation or amplification "
    "without HER2 positivity is ineligible."
)


def _her2(score: str, ish: str | None = None) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = [
        {"kind": "her2_ihc", "score": score, "criteria": "gastric", "tested_on": "2026-01-10"}
    ]
    if ish is not None:
        found.append({"kind": "her2_ish", "result": ish, "tested_on": "2026-01-15"})
    return found


def test_the_stricter_definition_is_the_requirement_read() -> None:
    her2 = [r for r in interpret(BROAD_THEN_STRICT, "inclusion") if r["type"].startswith("her2")]
    assert her2 == [{"type": "her2", "status": "positive"}]


@pytest.mark.parametrize(
    ("score", "ish", "expected"),
    [
        ("2+", "not_amplified", "not_met"),
        ("2+", None, "unknown"),
        ("3+", None, "met"),
        ("1+", None, "not_met"),
    ],
)
def test_a_patient_is_judged_by_the_stricter_definition(score: str, ish: str | None, expected: str) -> None:
    assert status(BROAD_THEN_STRICT, "inclusion", biomarkers=_her2(score, ish)) == expected


def test_a_clause_declaring_a_mutation_insufficient_is_not_a_mutation_requirement() -> None:
    text = "HER2-positive disease is needed; an ERBB2 mutation alone does not qualify."
    assert interpret(text, "inclusion") == [{"type": "her2", "status": "positive"}]


def test_a_broad_phrase_with_positivity_as_one_alternative_stays_broad() -> None:
    text = "Solid tumour that is HER2-expressing (IHC 1+ or above) or HER2-positive."
    assert [r for r in interpret(text, "inclusion") if r["type"] == "her2"] == [
        {"type": "her2", "status": "ihc_1_plus_or_more"}
    ]
    assert status(text, "inclusion", biomarkers=_her2("2+", "not_amplified")) == "met"


TRIAL_THRESHOLD = (
    "Advanced solid tumour that is HER2 positive; for this study HER2 positivity is defined as >=2+ "
    "membrane staining by immunohistochemistry."
)


@pytest.mark.parametrize(
    "text",
    [
        TRIAL_THRESHOLD,
        "Tumour HER2 IHC ≥ 2+ on the most recent sample.",
        "HER2 expression of IHC 2+ or higher by local testing.",
        "HER2-positive disease (IHC at least 2+).",
    ],
)
def test_a_threshold_the_trial_sets_itself_is_ihc_2_or_3_whatever_the_ish(text: str) -> None:
    assert [r["status"] for r in interpret(text, "inclusion") if r["type"] == "her2"] == ["ihc_2_3"]


def test_a_threshold_that_still_asks_for_ish_stays_gastric_positivity() -> None:
    text = "HER2-positive: IHC 3+, or IHC ≥2+ with ISH amplification."
    assert [r for r in interpret(text, "inclusion") if r["type"] == "her2"] == [
        {"type": "her2", "status": "positive"}
    ]


@pytest.mark.parametrize(
    ("score", "ish", "expected"),
    [
        ("2+", None, "met"),
        ("2+", "not_amplified", "met"),
        ("3+", None, "met"),
        ("1+", None, "not_met"),
    ],
)
def test_a_patient_is_judged_by_the_trials_own_threshold(score: str, ish: str | None, expected: str) -> None:
    assert status(TRIAL_THRESHOLD, "inclusion", biomarkers=_her2(score, ish)) == expected


def test_a_threshold_in_a_sentence_about_another_marker_is_no_her2_requirement() -> None:
    text = "If CLDN18 staining is known, at least 1% of tumour cells must stain at IHC ≥ 2+."
    assert not [r for r in interpret(text, "inclusion") if r["type"].startswith("her2")]


# ------------------------------------------- the definition carried to the record's plain phrase
BASKET = """Inclusion Criteria:

This study will look at solid tumors (a basket trial for any solid cancer) with HER2 positivity by IHC

1. Advanced HER2 positive solid tumor. HER2 positivity is defined as ≥2+ staining by IHC.
2. Measurable disease per RECIST 1.1.

Exclusion Criteria:

1. Active hepatitis B.
"""


def _statuses(text: str) -> list[str]:
    return [r["status"] for c in parse_criteria(text) for r in c.requirements if r["type"] == "her2"]


def test_a_plain_her2_positive_elsewhere_in_the_record_takes_the_trials_own_definition() -> None:
    assert _statuses(BASKET) == ["ihc_2_3", "ihc_2_3"]


def test_a_record_defining_positivity_as_the_gastric_definition_keeps_plain_positive() -> None:
    text = BASKET.replace("≥2+ staining by IHC", "IHC 3+ or IHC 2+ with ISH amplification")
    assert _statuses(text) == ["positive", "positive"]


def test_without_a_definition_a_plain_her2_positive_stays_the_gastric_definition() -> None:
    text = BASKET.replace(" HER2 positivity is defined as ≥2+ staining by IHC.", "")
    assert _statuses(text) == ["positive", "positive"]
