"""Access the patient can get (issue 14, class 7; interchangeable_options in kb.yaml)."""

from __future__ import annotations

from tests.recommend.factory import FIRST_LINE_TRASTUZUMAB, cps, ids, ihc, mmr, option, review

HER2_NEGATIVE_CPS_3 = [ihc("1+"), cps(3), mmr()]


def test_in_england_the_nice_funded_pd1_regimen_comes_before_the_unfunded_one() -> None:
    data = review(region="GB", biomarkers=HER2_NEGATIVE_CPS_3)
    assert ids(data)[:2] == ["pembrolizumab_chemo", "nivolumab_chemo"]
    funded = option(data, "pembrolizumab_chemo")["access"]["GB"]
    assert funded["funded"] is True and "NICE TA997" in funded["funding"]
    unfunded = option(data, "nivolumab_chemo")["access"]["GB"]
    assert unfunded["funded"] is False and "not routinely funded" in unfunded["funding"]


def test_in_the_us_both_pd1_regimens_are_approved_so_the_guideline_order_stays() -> None:
    assert ids(review(region="US", biomarkers=HER2_NEGATIVE_CPS_3))[:2] == [
        "nivolumab_chemo",
        "pembrolizumab_chemo",
    ]


def test_in_the_eu_nivolumab_below_its_cps_5_label_comes_after_pembrolizumab() -> None:
    data = review(region="EU", biomarkers=HER2_NEGATIVE_CPS_3)
    assert ids(data)[:2] == ["pembrolizumab_chemo", "nivolumab_chemo"]
    assert option(data, "nivolumab_chemo")["access"]["EU"]["status"] == "approved_restricted"


def test_a_patient_who_can_also_be_treated_in_the_us_gets_the_guideline_order() -> None:
    data = review(region="GB", treatment_regions=["GB", "US"], biomarkers=HER2_NEGATIVE_CPS_3)
    assert ids(data)[0] == "nivolumab_chemo"


def test_better_evidence_is_not_overtaken_by_funding_tdxd_stays_first_in_england() -> None:
    data = review(region="GB", biomarkers=[ihc("3+"), cps(10), mmr()], treatments=[FIRST_LINE_TRASTUZUMAB])
    assert ids(data)[0] == "trastuzumab_deruxtecan"
    gb = option(data, "trastuzumab_deruxtecan")["access"]["GB"]
    assert (gb["status"], gb["licensed"], gb["funded"]) == ("not_funded", True, False)


def test_licence_is_shown_in_every_region_and_funding_only_for_england() -> None:
    access = option(review(region="US", biomarkers=HER2_NEGATIVE_CPS_3), "pembrolizumab_chemo")["access"]
    assert access["US"]["licensed"] is True and "funded" not in access["US"]
    assert "funding" in access["GB"]
