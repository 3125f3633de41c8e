"""Assertion scope: ordered, recommended and not-needed tests; offers and templates are no results;
protein-by-protein MMR; history that repeats this specimen's descriptors."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text


def _found(text: str) -> set[tuple[str, Any, str]]:
    return {(f["field"], f["value"], f["assertion"]) for f in extract_text(text).findings}


def test_an_ish_that_will_follow_an_equivocal_ihc_is_pending() -> None:
    found = _found("HER2 (4B5) 2+, equivocal. Dual ISH has been requested and the result will follow.\n")
    assert ("her2_ihc", "2+", "present") in found
    assert ("her2_ish_result", None, "pending") in found


def test_a_chinese_recommendation_of_fish_is_pending() -> None:
    assert ("her2_ish_result", None, "pending") in _found("备注：HER2（2+），建议进一步行FISH检测。")


def test_an_ish_that_is_not_needed_is_negated() -> None:
    assert ("her2_ish_result", None, "negated") in _found("HER2 3+. Reflex ISH is not required.\n")
    assert ("her2_ish_result", None, "negated") in _found("HER2（3+），无需行FISH检测。")


def test_tests_in_progress_are_pending_each() -> None:
    found = _found("免疫组化：HER2、PD-L1（SP263）及 Claudin18.2 检测中，结果另发。")
    expected = {("her2_ihc", None, "pending"), ("pdl1_cps", None, "pending"), ("cldn18_2", None, "pending")}
    assert expected <= found


def test_an_offer_to_test_is_not_a_pending_test() -> None:
    found = _found("If clinically required, PD-L1 testing can be requested on this block.\n")
    assert not any(f == "pdl1_cps" for f, _, _ in found)


def test_a_test_requested_and_reported_in_the_same_report_is_not_pending() -> None:
    found = _found("TEST REQUESTED: HER2\nRESULT:\nHER2 IHC score: 1+\n")
    assert ("her2_ihc", "1+", "present") in found and ("her2_ihc", None, "pending") not in found


def test_a_not_performed_biomarker_other_than_ish_gives_no_finding() -> None:
    assert _found("PD-L1 was not performed.\n") == set()


def test_named_scoring_criteria_do_not_turn_the_next_lines_into_a_legend() -> None:
    text = "HER2 IHC: 3+\nScoring criteria: gastric (Hofmann)\nPD-L1 (22C3) CPS: 7\n"
    assert ("pdl1_cps", 7.0, "present") in _found(text)


def test_four_mmr_proteins_each_expressed_are_proficient() -> None:
    assert ("mmr", "proficient", "present") in _found("MLH1（+），PMS2（+），MSH2（+），MSH6（+）。")
    words = "MLH1 positive, MSH2 positive, MSH6 positive, PMS2 positive."
    assert ("mmr", "proficient", "present") in _found(words)


def test_one_lost_protein_is_never_proficient() -> None:
    found = _found("MLH1（-），PMS2（-），MSH2（+），MSH6（+）。")
    assert ("mmr", "deficient", "present") in found
    assert ("mmr", "proficient", "present") not in found


def test_history_repeating_this_specimens_histology_adds_no_finding() -> None:
    text = "Clinical history: adenocarcinoma on biopsy.\n\nDiagnosis: stomach, adenocarcinoma.\n"
    histology = [(v, a) for f, v, a in _found(text) if f == "histology"]
    assert histology == [("adenocarcinoma", "present")]
