"""HER2 scores written as a bare 0, scores quoted from an outside report across a wrapped line, and an
ISH "not required" that was done anyway."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text


def _found(text: str) -> set[tuple[str, Any, str]]:
    return {(f["field"], f["value"], f["assertion"]) for f in extract_text(text).findings}


def test_a_bare_zero_after_a_colon_or_ending_a_sentence_is_a_score() -> None:
    assert ("her2_ihc", "0", "present") in _found("HER2 IHC on the resection (block B4): 0 (no staining).\n")
    assert ("her2_ihc", "0", "present") in _found("Result: HER2 IHC 0. No further testing.\n")


def test_a_score_quoted_from_an_outside_report_on_a_wrapped_line_is_historical() -> None:
    text = 'The referring laboratory\'s outside report (dated 03/02/2025)\nsays "HER2 (4B5): 1+".\n'
    found = _found(text)
    assert ("her2_ihc", "1+", "historical") in found and ("her2_ihc", "1+", "present") not in found


def test_a_score_on_the_outside_slide_is_historical() -> None:
    text = "We reviewed the outside HER2 IHC slide and agree that it is 1+.\n"
    assert ("her2_ihc", "1+", "present") not in _found(text)


def test_an_ish_called_not_required_but_done_anyway_is_a_result_not_negated() -> None:
    text = "HER2 IHC: 3+. ISH is not required; ISH was done for the board: HER2 amplified, ratio 3.9.\n"
    found = _found(text)
    assert ("her2_ish_result", "amplified", "present") in found
    assert ("her2_ish_result", None, "negated") not in found
