"""Clinical vs pathological staging (c, yp prefixes; imaging staging) and the organ a report is about."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text


def _found(text: str) -> set[tuple[str, Any, str]]:
    return {(f["field"], f["value"], f["assertion"]) for f in extract_text(text).findings}


def _stage(text: str) -> set[tuple[str, Any, str]]:
    return {f for f in _found(text) if f[0] in ("pT", "pN", "pM")}


def test_imaging_staging_without_a_p_prefix_is_not_pathological() -> None:
    assert _stage("Staging CT: T4a N2 M0.\n") == set()
    assert _stage("术前影像：T3N1M0。\n") == set()


def test_a_bare_stage_labelled_pathological_staging_counts() -> None:
    assert ("pT", "pT3", "present") in _stage("Pathological staging: TNM 8 T3 N1 MX.\n")


def test_a_clinical_c_prefix_is_never_pathological() -> None:
    assert _stage("Clinical stage cT3 cN1 cM0 before treatment.\n") == set()


def test_yp_categories_keep_their_prefix_apart_from_the_clinical_ones() -> None:
    found = _stage("Pre-treatment: cT3 cN2.\n\nPathological stage (AJCC 8): ypT2 ypN1.\n")
    assert found == {("pT", "ypT2", "present"), ("pN", "ypN1", "present")}


def test_a_pt_quoted_in_an_original_diagnosis_is_historical() -> None:
    assert ("pT", "pT3", "historical") in _stage("原病理诊断：胃腺癌，pT3N1。\n\n本次检测：FISH 无扩增。\n")


def test_upper_case_ocr_stage_is_read_with_lower_case_suffixes() -> None:
    assert {("pT", "pT4a", "present"), ("pN", "pN3b", "present")} <= _stage("STAGE: PT4A PN3B\n")


def test_pmx_is_no_pm_finding() -> None:
    assert all(f[0] != "pM" for f in _stage("pT2 pN0 pMX\n"))


def test_a_breast_report_marks_its_her2_findings_and_has_no_gastric_site() -> None:
    text = (
        "Left breast, core biopsy: invasive breast carcinoma of no special type, Nottingham grade 3.\n"
        "HER2 (4B5): 3+ by breast criteria.\nHistory: gastric adenocarcinoma treated in 2018.\n"
    )
    findings = extract_text(text).findings
    her2 = next(f for f in findings if f["field"] == "her2_ihc")
    assert her2["value"] == "3+" and her2["organ"] == "breast" and "not a gastric" in her2["warning"]
    assert not any(f["field"] in ("site", "histology") for f in findings)


def test_a_gastric_report_mentioning_a_breast_history_is_gastric() -> None:
    text = "Clinical history: breast cancer 2015.\n\nStomach, antrum, biopsy: adenocarcinoma. HER2: 1+.\n"
    findings = extract_text(text).findings
    assert all("organ" not in f for f in findings)
