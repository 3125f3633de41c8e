"""The headline (render/headline.py): one definition of what the CLI, web page and PDF put first."""

from __future__ import annotations

from typing import Any

import yaml

from her2nav.case.load import case_from_data
from her2nav.render.actions import GAP_ACTIONS, first_option_at_home, gap_action, next_steps
from her2nav.render.headline import build_headline
from her2nav.review import build_review
from tests.render.textview import CASES

CONTRACT_GAP_CODES = {
    "HER2_UNTESTED",
    "HER2_ISH_REQUIRED",
    "HER2_RETEST_RECOMMENDED",
    "HER2_RESCORE_GASTRIC_CRITERIA",
    "PDL1_CPS_UNKNOWN",
    "CLDN18_UNKNOWN",
    "MMR_UNKNOWN",
    "LVEF_UNKNOWN",
    "ECOG_UNKNOWN",
    "TREATMENT_SETTING_UNKNOWN",
}


def review_of(name: str, **patient: Any) -> dict[str, Any]:
    data = yaml.safe_load((CASES / f"{name}.case.yaml").read_text(encoding="utf-8"))
    data["patient"].update(patient)
    return build_review(case_from_data(data)).data


def test_the_headline_says_line_her2_basis_best_option_home_access_and_blocking_gaps() -> None:
    review = review_of("e04-second-line-after-trastuzumab-england")
    headline = build_headline(review, "GB")
    assert headline.line == 2
    assert (headline.her2_status, headline.her2_date) == ("positive", "2025-02-20")
    assert headline.best_option_id == "trastuzumab_deruxtecan"
    assert headline.home_access == "not_funded"
    assert headline.blocking_gaps == ("HER2_RETEST_RECOMMENDED",)
    assert headline.text == (
        "Choosing line 2 · HER2 positive: IHC 3+ on biopsy (2025-02-20), gastric criteria · best option: "
        "Trastuzumab deruxtecan (T-DXd), licensed but not routinely funded at home (GB) · "
        "1 gap blocks the decision."
    )


def test_only_high_severity_gaps_count_as_blocking() -> None:
    review = review_of("e02-first-line-ihc2-awaiting-ish")
    assert {g["severity"] for g in review["gaps"]} == {"high", "medium"}
    headline = build_headline(review, "EU")
    assert headline.blocking_gaps == ("HER2_ISH_REQUIRED",)
    assert "1 gap blocks the decision" in headline.text


def test_funded_in_england_is_said_as_funded_and_elsewhere_as_approved() -> None:
    gb = build_headline(review_of("e05-fourth-line-after-tdxd-china", region="GB"), "GB")
    us = build_headline(review_of("e05-fourth-line-after-tdxd-china", region="US"), "US")
    assert gb.home_access == us.home_access == "approved"
    assert "funded at home (GB)" in gb.text and "approved at home (US)" in us.text


def test_a_review_without_options_or_home_region_says_so_instead_of_guessing() -> None:
    review = review_of("e08-squamous-oesophageal")
    headline = build_headline(review, None)
    assert headline.best_option_id is None and headline.home_access is None
    assert "no treatment option listed" in headline.text
    assert "no gap blocks the decision" in headline.text
    with_option = build_headline(review_of("e01-first-line-her2-positive-cps10"), None)
    assert "home region not recorded" in with_option.text


def test_every_contract_gap_code_has_its_own_closing_step() -> None:
    assert set(GAP_ACTIONS) == CONTRACT_GAP_CODES
    assert gap_action({"code": "HER2_ISH_REQUIRED", "action": "Call the lab."}) == "Call the lab."


def test_next_steps_put_blocking_gaps_first_and_name_the_best_option_available_at_home() -> None:
    review = review_of("e04-second-line-after-trastuzumab-england")
    steps = next_steps(review, build_headline(review, "GB"))
    assert "HER2_RETEST_RECOMMENDED: blocks the decision" in steps[0]
    at_home = first_option_at_home(review, "GB")
    assert at_home is not None and at_home["rank"] == 3
    assert "best option available at home is rank 3, Paclitaxel or docetaxel" in steps[1]
