"""Prior-therapy exclusions by target class, in both directions (issue 15, held-out review class 3): an
exclusion of agents aimed at a target the patient never had one of (TROP2, HER3) does not exclude a
patient who had a VEGFR2 antibody; one naming the VEGF pathway does. Classes and targets come from
agents.yaml. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status


def _second_line(*agents: str) -> list[dict[str, Any]]:
    return [
        *FIRST_LINE_ENDED,
        {
            "line": 2,
            "setting": "palliative",
            "agents": list(agents),
            "started_on": "2026-05-23",
            "ended_on": "2026-05-26",
            "stop_reason": "progression",
        },
    ]


RAMUCIRUMAB = _second_line("ramucirumab", "paclitaxel")
IRINOTECAN = _second_line("irinotecan")
T_DXD = _second_line("trastuzumab_deruxtecan")


@pytest.mark.parametrize(
    "text",
    [
        "Earlier treatment with a TROP-2 directed antibody-drug conjugate.",
        "Has received any anti-HER3 or anti-TROP2 agent.",
        "Prior therapy with an antibody directed against TROP2.",
        "Has had prior treatment with tumour-associated calcium signal transducer 2 (TROP2)-targeted "
        "therapy.",
    ],
)
def test_a_trop2_or_her3_directed_exclusion_does_not_exclude_a_patient_who_had_a_vegfr2_antibody(
    text: str,
) -> None:
    assert status(text, "exclusion", treatments=RAMUCIRUMAB) == "met"


def test_a_her3_directed_exclusion_does_not_exclude_a_patient_who_had_a_her2_adc() -> None:
    assert status("Received a HER3-directed ADC at any time.", "exclusion", treatments=T_DXD) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Earlier systemic treatment targeting the vascular endothelial growth factor (VEGF) pathway.",
        "Has received an anti-angiogenic drug for gastric cancer.",
        "Prior anti-VEGFR therapy of any kind.",
        "Received a TROP2- or HER3-directed agent, or therapy directed at VEGF or its receptors.",
    ],
)
def test_a_vegf_pathway_exclusion_excludes_a_patient_who_had_ramucirumab(text: str) -> None:
    assert status(text, "exclusion", treatments=RAMUCIRUMAB) == "not_met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_topoisomerase_i_inhibitor_chemotherapy_excludes_irinotecan_but_not_its_adc_payload_alone() -> None:
    chemo = "Has had a topoisomerase I inhibitor-based chemotherapy regimen."
    assert status(chemo, "exclusion", treatments=IRINOTECAN) == "not_met"
    assert status(chemo, "exclusion", treatments=RAMUCIRUMAB) == "met"
    adc = "Has had an ADC with a topoisomerase I inhibitor payload."
    assert all(r.get("group") != "topoisomerase_i" for r in interpret(adc, "exclusion"))


def test_agents_named_as_an_exception_do_not_count_towards_the_excluded_class() -> None:
    text = "Has had HER2-directed treatment other than trastuzumab."
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(text, "exclusion", treatments=T_DXD) == "not_met"


# ------------------------------------------------- composite exclusions: a therapy and what happened on it
PNEUMONITIS_ON_T_DXD = [
    *FIRST_LINE_ENDED,
    {
        **T_DXD[-1],
        "stop_reason": "toxicity",
        "toxicities": [{"event": "pneumonitis", "grade": 2}],
    },
]


@pytest.mark.parametrize(
    "text",
    [
        "Previous T-DXd which was stopped because of pneumonitis or ILD.",
        "Participants who had trastuzumab deruxtecan and then developed interstitial lung disease.",
    ],
)
def test_a_prior_therapy_exclusion_qualified_by_what_happened_on_it_does_not_exclude_on_the_therapy_alone(
    text: str,
) -> None:
    assert status(text, "exclusion", treatments=T_DXD, patient__conditions=[]) == "met"
    assert status(text, "exclusion", treatments=PNEUMONITIS_ON_T_DXD, patient__conditions=[]) == "not_met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_refractoriness_to_a_therapy_stays_open_for_a_patient_who_had_it() -> None:
    text = "Refractory to trastuzumab, i.e. progression within 3 months of starting it."
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "unknown"
    assert status(text, "exclusion", treatments=[]) == "met"


def test_a_target_named_in_full_with_its_symbol_and_the_adc_abbreviation_is_still_read() -> None:
    text = "Prior therapy with a trophoblast antigen 2 (TROP2)-targeted antibody-drug conjugate (ADC)"
    assert interpret(text, "exclusion") == [{"type": "prior_target", "targets": ["trop2"]}]
    assert status(text, "exclusion", treatments=RAMUCIRUMAB) == "met"


HER2_ADC = (
    "Prior treatment with a HER2-targeted antibody-drug conjugate (ADC), such as trastuzumab deruxtecan"
)


def test_a_prior_her2_adc_exclusion_excludes_any_her2_adc_not_only_the_example() -> None:
    assert interpret(HER2_ADC, "exclusion") == [{"type": "prior_therapy", "group": "her2_adc"}]
    assert status(HER2_ADC, "exclusion", treatments=_second_line("disitamab_vedotin")) == "not_met"


def test_a_prior_her2_adc_exclusion_spares_a_patient_who_had_trastuzumab_only() -> None:
    assert status(HER2_ADC, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_line_that_may_include_a_her2_adc_does_not_ask_for_one() -> None:
    text = (
        "HER2-positive gastric cancer previously treated with at least 1 prior line of therapy, which may "
        "include chemotherapy and/or a HER2 directed ADC"
    )
    assert not any(r["type"] == "prior_therapy" for r in interpret(text, "inclusion"))
