"""Mentions are not results: a value counts only when it is asserted about this specimen, not in a
methods block, a legend, a cut-off, a definition, a condition or a template."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text


def _found(text: str) -> set[tuple[str, Any, str]]:
    return {(f["field"], f["value"], f["assertion"]) for f in extract_text(text).findings}


def _present(text: str, field: str) -> set[Any]:
    return {v for f, v, a in _found(text) if f == field and a == "present"}


def test_scores_and_cut_offs_in_a_methods_section_are_not_results() -> None:
    text = (
        "Diagnosis: gastric adenocarcinoma.\n\n"
        "Immunohistochemistry method:\n"
        "  HER2 antibody 4B5, scored 0, 1+, 2+ or 3+ by gastric rules.\n"
        "  PD-L1 22C3; CPS >= 5 and CPS >= 10 are the cut-offs in use.\n"
    )
    assert _present(text, "her2_ihc") == set()
    assert _present(text, "pdl1_cps") == set()


def test_tests_listed_below_an_ordered_statement_are_each_pending() -> None:
    text = (
        "Diagnosis: gastric adenocarcinoma.\n\n"
        "These tests have been requested on block B1:\n"
        "  HER2: rabbit monoclonal 4B5, scored 0 to 3+.\n"
        "  MMR: MLH1, PMS2, MSH2 and MSH6.\n"
        "Controls: run with each batch.\n"
    )
    found = _found(text)
    assert ("her2_ihc", None, "pending") in found
    assert ("mmr", None, "pending") in found
    assert _present(text, "her2_ihc") == set()


def test_a_cut_off_beside_a_claudin_result_is_not_the_result() -> None:
    text = "Claudin 18.2 (43-14A, cut-off >= 75%): 60% of tumour cells moderate to strong.\n"
    assert _present(text, "cldn18_2") == {60.0}


def test_a_percentage_of_another_marker_on_the_next_line_is_not_claudin() -> None:
    text = "补充检测项目：Claudin18.2\n\nPD-L1：CPS=3（TPS约8%）\n"
    assert _present(text, "cldn18_2") == set()


def test_a_chinese_conditional_guideline_gives_no_her2_result() -> None:
    text = (
        "病理诊断：（胃体）黏膜内癌可疑。\n"
        "备注：\n"
        "1. 组织少，未行免疫组化。\n"
        "2. 如为进展期癌，应行 HER2 检测：IHC 3+ 判读为阳性；IHC 2+ 加做 FISH，\n"
        "   HER2/CEP17 比值>=2.0 为扩增；IHC 0 或 1+ 为阴性。\n"
    )
    assert _present(text, "her2_ihc") == set()
    assert _present(text, "her2_ish_result") == set()
    assert _present(text, "her2_ish_ratio") == set()


def test_a_definition_of_positivity_gives_no_score() -> None:
    text = "Comment: HER2 positivity is defined as IHC 3+, or IHC 2+ with amplification by ISH.\n"
    assert _present(text, "her2_ihc") == set()
    assert _present(text, "her2_ish_result") == set()


def test_a_status_naming_a_class_of_tumours_is_no_result() -> None:
    text = "Note: MSI-H/dMMR tumours respond to checkpoint inhibitors whatever their PD-L1.\n"
    assert _present(text, "msi") == set()
    assert _present(text, "mmr") == set()


def test_an_interpretive_guide_heading_without_a_colon_is_a_legend() -> None:
    text = (
        "RESULTS\nPD-L1 (22C3): CPS = 4\n\n"
        "INTERPRETIVE NOTES (for the clinician)\n - PD-L1 22C3 CPS: 1 low, 10 high.\n"
    )
    assert _present(text, "pdl1_cps") == {4.0}


def test_a_clone_or_scoring_rule_named_for_a_test_with_no_result_is_no_finding() -> None:
    text = "If needed, PD-L1 (22C3) can be requested. HER2 would be scored by the ToGA criteria.\n"
    fields = {f for f, _, _ in _found(text)}
    assert "pdl1_clone" not in fields and "scoring_criteria" not in fields


def test_a_form_question_beginning_with_if_keeps_its_answer() -> None:
    text = "Histologic type: adenocarcinoma. If adenocarcinoma, site of origin: gastric cardia.\n"
    assert _present(text, "site") == {"stomach"}


def test_amplification_status_names_the_test_and_is_no_result() -> None:
    text = "检测项目：HER2 基因扩增状态（FISH）\n结论：HER2 基因无扩增。\n"
    assert _present(text, "her2_ish_result") == {"not_amplified"}


def test_a_request_on_the_next_line_does_not_make_a_stated_value_pending() -> None:
    text = "免疫组化：PD-L1(22C3) CPS=6。\n建议：HER2 FISH 检测（已申请）。\n"
    assert ("pdl1_cps", 6.0, "present") in _found(text)


def test_a_likelihood_names_a_status_it_does_not_assert() -> None:
    text = "MMR: all four proteins retained (low probability of MSI-H).\n"
    assert _present(text, "msi") == set()
    assert _present(text, "mmr") == {"proficient"}


def test_cps_below_1_is_recorded_as_0_never_as_1() -> None:
    [cps] = [f for f in extract_text("PD-L1 (22C3): CPS < 1.\n").findings if f["field"] == "pdl1_cps"]
    assert (cps["value"], cps["comparator"]) == (0.0, "<") and "below 1" in cps["note"]
