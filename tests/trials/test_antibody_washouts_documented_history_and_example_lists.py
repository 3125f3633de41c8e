"""Readings from the twentieth session's second round of blind sets (VA, VB, VC; issue 15 classes 4 and
6): "antibody based anti-cancer therapy ≥ 4 weeks" is the wash-out of antibodies, conjugates included;
"active or prior documented" autoimmune disease names every form of it; and the qualifiers in the list
of examples a later alternative opens ("CNS metastases or CNS pathology including: … stroke within 3
months, severe …") are that alternative's, not the metastases'. Sentences written for these tests after
the registry wording of NCT06085755, NCT06005493 and NCT06346392."""

from __future__ import annotations

from typing import Any

from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

ANTIBODY_WASHOUT = "Antibody based anti-cancer therapy ≥ 4 weeks"

CHEMOTHERAPY_ONGOING = [
    {
        "line": 1,
        "setting": "palliative",
        "agents": ["capecitabine", "oxaliplatin"],
        "started_on": "2026-05-10",
        "stop_reason": "ongoing",
    }
]


def test_an_antibody_wash_out_does_not_apply_to_chemotherapy_alone() -> None:
    assert status(ANTIBODY_WASHOUT, "inclusion", treatments=CHEMOTHERAPY_ONGOING) == "met"


def test_an_antibody_wash_out_counts_from_the_last_antibody() -> None:
    assert status(ANTIBODY_WASHOUT, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"  # 10 days
    long_ago: list[dict[str, Any]] = [{**FIRST_LINE_ENDED[0], "ended_on": "2026-03-01"}]
    assert status(ANTIBODY_WASHOUT, "inclusion", treatments=long_ago) == "met"


def test_non_antibody_immunotherapy_beside_chemotherapy_stays_a_wash_out_of_every_course() -> None:
    text = (
        "Anti-Cancer chemotherapy [Immunotherapy (non-antibody based therapy)], retinoid therapy, hormonal "
        "therapy ≥ 3 weeks"
    )
    assert status(text, "inclusion", treatments=CHEMOTHERAPY_ONGOING) == "not_met"


def test_a_prior_documented_autoimmune_disease_excludes_whatever_its_activity() -> None:
    text = (
        "Active or prior documented autoimmune or inflammatory disorders within 3 years of start of treatment"
    )
    # the recorded autoimmune disease excludes; without it the inflammatory disorders stay open
    assert status(text, "exclusion", patient__conditions=["autoimmune_disease"]) == "not_met"
    assert status(text, "exclusion") == "unknown"


CNS = (
    "CNS metastases or CNS pathology including: epilepsy, seizures, aphasia, or stroke within 3 months prior "
    "to consent, severe brain injury, dementia, severe uncontrolled mental illness."
)


def test_the_qualifiers_of_another_alternative_s_examples_leave_the_metastases_plain() -> None:
    assert status(CNS, "exclusion", patient__conditions=["brain_metastases"]) == "not_met"
    assert status(CNS, "exclusion") == "unknown"  # the other CNS pathology no case records


def test_qualifiers_among_the_metastases_own_examples_still_bear_on_them() -> None:
    text = "Brain metastases, including untreated or symptomatic ones"
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "unknown"


def test_an_antibody_drug_conjugate_is_antibody_based_therapy() -> None:
    conjugate = [
        {
            "line": 2,
            "setting": "palliative",
            "agents": ["trastuzumab_deruxtecan"],
            "started_on": "2026-01-10",
            "ended_on": "2026-05-20",
            "stop_reason": "progression",
        }
    ]
    assert status(ANTIBODY_WASHOUT, "inclusion", treatments=conjugate) == "not_met"  # 12 days
