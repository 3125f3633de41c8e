"""The section model (known and unknown headings, English and Chinese) and the one-site rule."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text
from her2nav.extract.sections import find_sections


def _findings(text: str, field: str) -> list[tuple[Any, str]]:
    return [(f["value"], f["assertion"]) for f in extract_text(text).findings if f["field"] == field]


def test_known_headings_in_both_languages_have_their_kind() -> None:
    text = "Clinical notes:\nweight loss\n\nInterpretation key:\n0 none\n备注：\n建议复查\n原病理诊断：腺癌\n"
    kinds = [(s.name, s.kind) for s in find_sections(text) if s.name]
    assert kinds == [
        ("Clinical notes", "history"),
        ("Interpretation key", "legend"),
        ("备注", "comment"),
        ("原病理诊断", "history"),
    ]


def test_an_unknown_heading_ends_a_clinical_history() -> None:
    text = "CLINICAL HISTORY: stomach mass, HER2 0 at another hospital\nBIOMARKER PANEL:\nHER2 (4B5): 3+\n"
    assert _findings(text, "her2_ihc") == [("0", "historical"), ("3+", "present")]


def test_a_blank_line_ends_a_clinical_history_paragraph() -> None:
    text = "Clinical details: known HER2 1+ tumour.\n\nThe present block shows HER2 2+ staining.\n"
    assert _findings(text, "her2_ihc") == [("1+", "historical"), ("2+", "present")]


def test_a_key_value_line_does_not_start_a_section() -> None:
    text = "IMMUNOSTAINS:\nKi-67: 40%\nHER2 (clone 4B5): 2+\n"
    result = extract_text(text)
    ihc = next(f for f in result.findings if f["field"] == "her2_ihc")
    assert ihc["section"] == "IMMUNOSTAINS"


def test_a_chinese_quoted_original_diagnosis_is_historical_and_the_next_labelled_line_is_not() -> None:
    text = "原单位诊断：胃体腺癌，HER2（0）。\n本院复核：胃体腺癌，HER2（1+）。\n"
    assert _findings(text, "her2_ihc") == [("0", "historical"), ("1+", "present")]


def test_a_rule_name_after_a_result_does_not_make_the_result_a_legend() -> None:
    text = "免疫组化：HER2（2+）（按胃癌判读标准），Ki-67（60%+）。"
    assert _findings(text, "her2_ihc") == [("2+", "present")]


def test_a_value_in_a_legend_section_is_no_finding() -> None:
    text = "RESULT:\nHER2 0\n\nScoring key:\nHER2 3+ strong complete membrane staining\n"
    assert _findings(text, "her2_ihc") == [("0", "present")]


def test_the_site_is_where_the_tumour_arises_not_what_it_involves() -> None:
    text = "Diagnosis: Gastric body adenocarcinoma, which involves the lower oesophagus.\n"
    assert _findings(text, "site") == [("stomach", "present")]


def test_a_labelled_site_wins_over_other_organs_named_first() -> None:
    text = (
        "Specimen: oesophagogastrectomy with distal oesophagus.\nTumour site: gastro-oesophageal junction\n"
    )
    assert _findings(text, "site") == [("gej", "present")]


def test_a_siewert_three_tumour_is_gastric() -> None:
    assert _findings("Adenocarcinoma, Siewert type III, crossing the junction.", "site") == [
        ("stomach", "present")
    ]


def test_the_gastric_primary_of_a_metastasis_is_the_site() -> None:
    text = "Liver, core biopsy: metastatic adenocarcinoma, consistent with gastric primary.\n"
    assert _findings(text, "site") == [("stomach", "present")]
