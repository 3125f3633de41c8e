"""Recommended tests are pending: a condition after the recommendation keeps it one, a condition of
the method in brackets names no result, and a sentence that OCR splits over blank lines stays whole."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_document, extract_text
from her2nav.extract.text import Document


def _found(text: str) -> set[tuple[str, Any, str]]:
    return {(f["field"], f["value"], f["assertion"]) for f in extract_text(text).findings}


def _found_ocr(text: str) -> set[tuple[str, Any, str]]:
    doc = Document(text=text, page_starts=(0,), ocr=True)
    return {(f["field"], f["value"], f["assertion"]) for f in extract_document(doc, "scan").findings}


def test_a_recommendation_followed_by_a_condition_is_still_pending() -> None:
    text = "Comment: MMR immunohistochemistry is recommended if the disease is advanced.\n"
    assert ("mmr", None, "pending") in _found(text)


def test_a_condition_before_the_cue_is_still_only_an_offer() -> None:
    text = "Comment: if the disease is advanced, MMR immunohistochemistry can be requested.\n"
    assert not {f for f in _found(text) if f[0] == "mmr"}


def test_a_reflex_condition_in_brackets_is_neither_a_score_nor_a_second_test() -> None:
    text = (
        "Comment: HER2 testing (IHC with reflex ISH for 2+ results) is recommended if the patient is a "
        "candidate for systemic therapy.\n"
    )
    found = _found(text)
    assert ("her2_ihc", None, "pending") in found
    assert not {f for f in found if f[0] == "her2_ish_result" or f[1] == "2+"}


def test_a_recommendation_split_over_blank_lines_by_ocr_stays_one_statement() -> None:
    text = (
        "COMMENT:\n\nHER2 testing and mismatch repair\nimmunohistochemistry are\n\n"
        "recommended if the patient is found to have advanced disease;\n\nPathologist: A. Person\n"
    )
    assert {("her2_ihc", None, "pending"), ("mmr", None, "pending")} <= _found_ocr(text)


def test_a_key_like_condition_inside_brackets_does_not_make_the_recommendation_a_key() -> None:
    text = "Correlation with HER2 IHC (and ISH if IHC 2+) is recommended; NGS is no substitute.\n"
    assert ("her2_ihc", None, "pending") in _found(text)
