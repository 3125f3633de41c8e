"""ISH reports: the IHC score that sent the case to ISH is context (historical), cut-offs and cell
counts are no ratios, "equivocal" is not amplified, and every ratio / copy-number layout is read."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text


def _found(text: str) -> set[tuple[str, Any, str]]:
    return {(f["field"], f["value"], f["assertion"]) for f in extract_text(text).findings}


def _values(text: str, field: str, assertion: str = "present") -> set[Any]:
    return {v for f, v, a in _found(text) if f == field and a == assertion}


def test_an_ish_report_quotes_the_ihc_score_as_history() -> None:
    text = (
        "HER2 DUAL ISH REPORT\n\n"
        "Block: C3\n"
        "HER2/CEP17 ratio: 2.7\n"
        "Result: amplified.\n"
        "Comment: immunohistochemistry on this block was HER2 2+.\n"
    )
    assert _values(text, "her2_ihc") == set()
    assert _values(text, "her2_ihc", "historical") == {"2+"}
    assert _values(text, "her2_ish_result") == {"amplified"}


def test_an_overall_line_repeating_the_quoted_ihc_score_is_not_a_new_score() -> None:
    text = (
        "ADDENDUM\n\n"
        "Further to the earlier report, where HER2 immunohistochemistry was scored 2+, ISH was done.\n"
        "Mean HER2 copy number per nucleus:   7.2\n"
        "Conclusion: HER2 positive (IHC 2+, ISH amplified).\n"
    )
    assert _values(text, "her2_ihc") == set()
    assert _values(text, "her2_ihc", "historical") == {"2+"}
    assert _values(text, "her2_mean_copies") == {7.2}


def test_a_cut_off_ratio_and_a_cell_count_are_not_ratios() -> None:
    text = (
        "HER2/CEP17 探针\n\n计数细胞：30 个\nHER2/CEP17 比值：1.6\n"
        "说明：比值接近 2.0，HER2/CEP17 比值>=2.0 为扩增。\n"
    )
    assert _values(text, "her2_ish_ratio") == {1.6}


def test_an_equivocal_amplification_status_is_equivocal_not_amplified() -> None:
    text = "FISH 结果判读：HER2 基因扩增状态不确定（临界）。\n"
    assert _values(text, "her2_ish_result") == {"equivocal"}


def test_a_ratio_to_chromosome_17_and_signals_per_cell_are_read() -> None:
    text = "HER2:Chr17 ratio:                       3.3\n平均每个细胞 HER2 信号数：8.1\n"
    assert _values(text, "her2_ish_ratio") == {3.3}
    assert _values(text, "her2_mean_copies") == {8.1}


def test_a_history_score_with_ish_then_pending_stays_historical() -> None:
    text = "CLINICAL HISTORY: biopsy HER2 3+ (ISH pending at referral).\n\nDIAGNOSIS: adenocarcinoma.\n"
    assert ("her2_ihc", "3+", "historical") in _found(text)
    assert _values(text, "her2_ihc") == set()


def test_erbb2_amplification_by_sequencing_is_no_ish_result() -> None:
    text = "NGS 检测报告\n\nERBB2（HER2）：未检测到扩增（拷贝数 2.0）\n"
    assert _values(text, "her2_ish_result") == set()
    assert _values(text, "her2_mean_copies") == set()
