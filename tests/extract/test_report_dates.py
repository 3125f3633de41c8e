"""The report date: which label counts, and the order of a numeric date decided by the report itself."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.extract.run import extract_text


def _dates(text: str) -> list[dict[str, Any]]:
    return [f for f in extract_text(text).findings if f["field"] == "report_date"]


def _values(text: str) -> list[Any]:
    return [f["value"] for f in _dates(text)]


def test_a_day_above_twelve_elsewhere_in_the_report_makes_its_dates_day_first() -> None:
    assert _values("Received: 25/01/2024\nReported: 02/03/2024\n") == ["2024-03-02"]


def test_a_month_above_twelve_elsewhere_makes_its_dates_month_first() -> None:
    assert _values("Received: 01/25/2024\nReported: 02/03/2024\n") == ["2024-02-03"]


def test_where_the_report_was_written_decides_the_order() -> None:
    assert _values("Tayside NHS Trust\nDate reported: 05/06/2024\n") == ["2024-06-05"]
    assert _values("Lakeside Lab, Austin, TX 78701\nReport Date: 05/06/2024\n") == ["2024-05-06"]


def test_a_written_date_format_legend_decides_the_order() -> None:
    assert _values("Final: 07/08/2024 (MM/DD/YYYY)\n") == ["2024-07-08"]


def test_an_ambiguous_numeric_date_is_flagged_without_a_value() -> None:
    (finding,) = _dates("Reported: 05/06/2024\n")
    assert finding["value"] is None
    assert "2024-06-05" in finding["note"] and "2024-05-06" in finding["note"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Date of report: 7 October 2024", "2024-10-07"),
        ("Reported : 07-Oct-2024 11:20", "2024-10-07"),
        ("Report date: October 7, 2024", "2024-10-07"),
        ("报告日期：2024年10月7日", "2024-10-07"),
        ("报告日期：2024.10.07", "2024-10-07"),
        ("报告日期：二〇二四年十月七日", "2024-10-07"),
        ("Sign-out date: 2024-10-07", "2024-10-07"),
    ],
)
def test_dates_with_month_names_and_chinese_forms_are_read(text: str, value: str) -> None:
    assert _values(text) == [value]


def test_the_original_report_date_is_not_the_date_of_an_addendum() -> None:
    text = "Original report authorised: 01/02/2024   Supplementary report authorised: 20/02/2024\n"
    assert _values(text) == ["2024-02-20"]
    assert _values("原报告日期：2024年2月1日    补充报告日期：2024年2月20日") == ["2024-02-20"]


def test_collection_and_receipt_dates_are_not_report_dates() -> None:
    assert _values("Collected: 2024-02-01   Received: 2024-02-02\n") == []
