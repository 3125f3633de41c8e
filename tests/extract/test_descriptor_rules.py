"""Tumour descriptors: the Lauren type however it is labelled, a mixed type named after a predominant
one, sites given as alternatives, and specimen words that name scoring rules or another report."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text


def _values(text: str, field: str) -> set[tuple[Any, str]]:
    return {(f["value"], f["assertion"]) for f in extract_text(text).findings if f["field"] == field}


def test_a_lauren_type_written_straight_after_the_name_is_read() -> None:
    assert _values("Tumour type: adenocarcinoma, Lauren diffuse\n", "lauren") == {("diffuse", "present")}
    assert _values("诊断：胃窦腺癌，中分化，Lauren 肠型。\n", "lauren") == {("intestinal", "present")}


def test_a_predominant_type_in_a_tumour_called_mixed_is_mixed() -> None:
    text = "病理诊断：（全胃）腺癌，低分化，Lauren分型：肠型为主（混合型，弥漫型约 30%）；累及浆膜。\n"
    assert _values(text, "lauren") == {("mixed", "present")}


def test_a_type_is_not_made_mixed_by_a_word_in_the_next_statement() -> None:
    text = "Lauren: intestinal type. Mixed inflammatory infiltrate in the background.\n"
    assert _values(text, "lauren") == {("intestinal", "present")}


def test_sites_given_as_alternatives_in_a_title_are_not_the_site() -> None:
    text = (
        "BIOMARKER REPORT: GASTRIC / GASTROESOPHAGEAL ADENOCARCINOMA\n\nSpecimen: Stomach, antrum, biopsy\n"
    )
    assert _values(text, "site") == {("stomach", "present")}


def test_a_specimen_word_naming_scoring_criteria_is_not_the_specimen() -> None:
    text = (
        "Specimen: ascitic fluid, cell block.\n"
        "Note: HER2 on cell blocks is scored with the gastric biopsy criteria.\n"
    )
    assert {v for v, _ in _values(text, "specimen_type")} == {"cytology"}


def test_a_specimen_of_a_separate_report_is_not_this_reports_specimen() -> None:
    text = "Specimen: total gastrectomy.\nPeritoneal washings (separate cytology report): negative.\n"
    assert {v for v, _ in _values(text, "specimen_type")} == {"resection"}


def test_a_quoted_diagnosis_this_report_says_still_stands_is_present() -> None:
    text = "The original diagnosis (poorly cohesive carcinoma, signet ring cell type) is unchanged.\n"
    assert _values(text, "histology") == {("adenocarcinoma", "present")}


def test_a_quoted_diagnosis_without_such_a_statement_stays_historical() -> None:
    text = "Original report: poorly cohesive carcinoma.\nHER2 IHC on block A1: 1+.\n"
    assert _values(text, "histology") == {("adenocarcinoma", "historical")}


def test_lymphoepithelioma_like_carcinoma_is_another_type_not_an_adenocarcinoma() -> None:
    found = [f for f in extract_text("病理诊断：胃体淋巴上皮瘤样癌，EBER（+）。\n").findings]
    assert [(f["field"], f["value"], f["detail"]) for f in found if f["field"] == "histology"] == [
        ("histology", "other", "淋巴上皮瘤样癌")
    ]


def test_a_grade_split_over_a_line_break_is_still_read() -> None:
    text = "DIAGNOSIS: ADENOCARCINOMA, intestinal type (Lauren), moderately\ndifferentiated. Solid areas.\n"
    assert _values(text, "grade") == {("G2", "present")}


def test_a_suspected_histology_is_no_finding() -> None:
    assert _values("病理诊断：高级别上皮内瘤变，局灶可疑浸润性腺癌。\n", "histology") == set()
    assert _values("Diagnosis: high-grade dysplasia, suspicious for adenocarcinoma.\n", "histology") == set()


def test_a_histology_after_a_suspicion_in_another_clause_is_still_read() -> None:
    text = "CLINICAL NOTES: biopsy ?malignancy.\n\nDIAGNOSIS: adenocarcinoma, moderately differentiated.\n"
    assert _values(text, "histology") == {("adenocarcinoma", "present")}


def test_the_distal_or_proximal_stomach_named_before_a_diagnosis_is_the_stomach() -> None:
    assert _values("病理诊断：（远端胃）溃疡型低分化腺癌。\n", "site") == {("stomach", "present")}


def test_a_proximal_stomach_and_oesophagus_specimen_does_not_name_the_site() -> None:
    text = "病理诊断：（近端胃+下段食管）食管胃结合部腺癌（Siewert Ⅱ型）。\n"
    assert _values(text, "site") == {("gej", "present")}
