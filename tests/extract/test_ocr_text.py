"""OCR text: a Chinese sentence that OCR wraps onto the next line is still one statement, and one
misread or inserted character does not hide a test name or a copy-number label."""

from __future__ import annotations

from typing import Any

from her2nav.extract.normalise import normalise
from her2nav.extract.run import extract_document
from her2nav.extract.text import Document


def _found_ocr(text: str) -> set[tuple[str, Any, str]]:
    doc = Document(text=text, page_starts=(0,), ocr=True)
    return {(f["field"], f["value"], f["assertion"]) for f in extract_document(doc, "scan").findings}


def test_a_chinese_pending_statement_wrapped_onto_the_next_line_makes_each_test_pending() -> None:
    text = "免疫组化 : HER2、PD-L1 (22C3) 及Ciaudin18.2\n检测中，结果另发。\n原位杂交 : EBER 已送检。\n"
    found = _found_ocr(text)
    pending = {(field, None, "pending") for field in ("her2_ihc", "pdl1_cps", "cldn18_2")}
    assert pending <= found


def test_a_new_chinese_label_on_the_next_line_still_ends_the_statement() -> None:
    text = "免疫组化 : HER2 (3+)\n原位杂交 : FISH 检测中。\n"
    found = _found_ocr(text)
    assert ("her2_ihc", "3+", "present") in found and ("her2_ihc", None, "pending") not in found


def test_one_inserted_character_in_a_copy_number_label_is_tolerated() -> None:
    assert ("her2_mean_copies", 3.1, "present") in _found_ocr("平均每个细胞 HER2 信和号数 : 3.1\n")


def test_the_cleaned_ocr_text_keeps_the_inserted_character_it_does_not_repair() -> None:
    assert "信和号数" in normalise("平均每个细胞 HER2 信和号数 : 3.1", ocr=True).text
