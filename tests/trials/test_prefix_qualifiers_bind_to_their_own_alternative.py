"""A qualifier written before what it qualifies ("active infection with HBV", "severe emphysema") bears
on its own alternative of a list, not on a condition named before it (issue 15 class 6: hedged
qualifiers; the UK and TE reviewers exclude a patient with HIV by "HIV infectivity or active
infection with HBV or HCV"). A qualifier after the condition, or before it, still qualifies it."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import judge

HIV_OR_ACTIVE_HEPATITIS = "Patients known to have HIV infectivity or active infection with HBV or HCV"


def qualified(text: str) -> dict[str, bool]:
    return {r["condition"]: r["qualified"] for r in interpret(text, "exclusion") if r["type"] == "condition"}


def test_a_patient_with_hiv_is_excluded_by_hiv_or_active_hepatitis() -> None:
    found = judge(HIV_OR_ACTIVE_HEPATITIS, "exclusion", patient__conditions=["hiv"])
    assert found["status"] == "not_met"


def test_a_patient_with_hepatitis_b_is_not_decided_by_active_hepatitis() -> None:
    found = judge(HIV_OR_ACTIVE_HEPATITIS, "exclusion", patient__conditions=["hepatitis_b"])
    assert found["status"] == "unknown"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (HIV_OR_ACTIVE_HEPATITIS, "hiv"),
        ("Known to have tested positive for HIV or active tuberculosis infection", "hiv"),
        (
            "History of interstitial pneumonia, pulmonary fibrosis or severe pulmonary emphysema.",
            "interstitial_lung_disease",
        ),
    ],
)
def test_a_qualifier_opening_a_later_alternative_leaves_the_earlier_condition_plain(
    text: str, plain: str
) -> None:
    assert qualified(text)[plain] is False


@pytest.mark.parametrize(
    "text",
    [
        "Uncontrolled HIV, HBV or HCV infection.",
        "Brain metastases, untreated or symptomatic.",
        "HIV infection that is uncontrolled, or hepatitis B.",
        "Known uncontrolled active HIV infection or active hepatitis B infection.",
    ],
)
def test_a_qualifier_before_or_after_the_condition_still_qualifies_it(text: str) -> None:
    assert all(qualified(text).values())


def test_a_viral_nucleic_acid_test_qualifies_only_its_own_virus() -> None:
    text = (
        "Hepatitis B infection (HBsAg positive), or hepatitis C (HCV antibody positive, confirmed by "
        "HCV ribonucleic acid [RNA])."
    )
    assert qualified(text) == {"hepatitis_b": False, "hepatitis_c": True}


def test_a_recorded_hepatitis_b_is_not_decided_by_an_hbv_dna_test_for_core_antibody_carriers() -> None:
    text = (
        "For participant who is negative for HBsAg, but hepatitis B core antibody (HBc Ab) positive, a "
        "hepatitis B virus (HBV) deoxyribonucleic acid (DNA) test will be performed & if positive the "
        "participant will be excluded."
    )
    assert judge(text, "exclusion", patient__conditions=["hepatitis_b"])["status"] == "unknown"
