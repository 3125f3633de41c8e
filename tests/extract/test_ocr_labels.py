"""Label tolerance in OCR text: one wrong, dropped or extra character in a label is repaired, only where
the label is unambiguous, and never in a value or in typed text."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from her2nav.extract.labels import nearest_label, within_one_edit
from her2nav.extract.normalise import normalise
from her2nav.extract.run import extract_document
from her2nav.extract.text import Document


def _found_ocr(text: str) -> set[tuple[str, Any, str]]:
    doc = Document(text=text, page_starts=(0,), ocr=True)
    return {(f["field"], f["value"], f["assertion"]) for f in extract_document(doc, "scan").findings}


def _levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


@given(st.text("ab1", max_size=6), st.text("ab1", max_size=6))
def test_within_one_edit_agrees_with_the_edit_distance(a: str, b: str) -> None:
    assert within_one_edit(a, b) == (_levenshtein(a, b) <= 1)


def test_a_word_one_edit_from_two_labels_matches_neither() -> None:
    assert nearest_label("MSH8", ("MSH2", "MSH6")) is None
    assert nearest_label("MSH2", ("MSH2", "MSH6")) == "MSH2"


def test_one_dropped_character_in_a_chinese_label_before_a_colon_is_restored() -> None:
    found = _found_ocr("病理诊断：胃窦腺癌。\n报日期：2025年4月24日\n")
    assert ("report_date", "2025-04-24", "present") in found


def test_a_dropped_character_is_restored_only_where_a_colon_marks_a_label() -> None:
    assert "报日期" in normalise("已于报日期后 2025年4月24日", ocr=True).text


def test_a_semicolon_after_a_known_label_is_read_as_its_colon() -> None:
    text = "病理诊断：胃窦低分化腺癌，Lauren分型 ; 弥漫型。\n"
    assert ("lauren", "diffuse", "present") in _found_ocr(text)
    assert "Lauren分型 ; 弥漫型" in normalise(text).text  # typed text keeps what was written


def test_a_marker_name_with_one_extra_or_misread_character_is_repaired() -> None:
    found = _found_ocr("免疫组化：HER2(1+)；MMR：MLH1L(+)、PMS2(+)、MSH2(+)、MSH6(+)；\n")
    assert ("mmr", "proficient", "present") in found
    assert "MLH1(+)" in normalise("MLHI(+)", ocr=True).text


def test_a_real_protein_name_one_edit_from_a_label_is_not_forced_onto_it() -> None:
    assert "PMS1(+)" in normalise("PMS1(+), MLH3(+)", ocr=True).text


def test_a_misread_value_is_never_repaired() -> None:
    cleaned = normalise("送检部位：胃守活检\npT1Lb pN0\n", ocr=True).text
    assert "胃守活检" in cleaned and "pT1Lb" in cleaned
