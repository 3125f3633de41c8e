"""The report date: the date the document was reported, authorised or finalised (an addendum's own date).

Rule: a date counts after a reporting label (``Reported``, ``Authorised``, ``Date of report``,
``Final report``, ``Sign-out date``, ``报告日期``, ``补充报告日期``...), never after an original
report's label, collection, receipt or print.

Formats: ISO and Chinese (``2025-03-04``, ``2025.03.04``, ``2025年3月4日``, ``二〇二五年三月四日``),
month names (``4 March 2025``, ``04-Mar-2025``, ``March 4, 2025``) and numeric ``dd/mm/yyyy`` or
``mm/dd/yyyy``. The order of a numeric date is decided by the report itself: a day or month above 12
in any of its dates, a ``dd/mm/yyyy`` legend, or where it was written (UK, Ireland, Australia, New
Zealand, India, Singapore, Hong Kong: day first; US: month first). When nothing decides, the date is
flagged with both readings and no value: a wrong date is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re

from her2nav.extract.fields.base import Context, Hit

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        )
    )
    for m in names
}
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ZH_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

_DATE = (
    r"(?:(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"|(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y2>\d{4})"
    r"|(?P<d3>\d{1,2})(?:st|nd|rd|th)?[\s-]+" + _MONTH + r"\.?[\s-]+(?P<y3>\d{4})"
    r"|" + _MONTH.replace("mon", "mon4") + r"\.?\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{4})"
    r"|(?P<zh>[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日))"
)
_LABEL = (
    r"(?P<label>(?:date\s+of\s+(?:supplementary\s+|final\s+)?report|(?:final\s+)?report(?:ed)?\s+date"
    r"|date\s+(?:reported|authori[sz]ed|finali[sz]ed|signed(?:\s+out)?|verified|issued)"
    r"|(?:supplementary\s+|addendum\s+|final\s+)?report(?:ed)?(?:\s+(?:on|authori[sz]ed))?"
    r"|authori[sz]ed(?:\s+on)?|finali[sz]ed(?:\s+on)?|verified(?:\s+on)?|sign(?:ed)?[-\s]?out(?:\s+(?:date|on))?"
    r"|electronically\s+signed(?:\s+by)?[^\n]{0,60}?,|final(?=\s*:)"
    r"|(?:本?补充)?报告(?:日期|时间)))"
)
_LABELLED = re.compile(
    r"(?<![A-Za-z])" + _LABEL + r"\s*(?:[:：│|]\s*|on\s+|\s)\s*(?:│\s*)?" + _DATE, re.IGNORECASE
)
_ANY_NUMERIC = re.compile(r"(?<!\d)(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})(?!\d)")
_NOT_THIS_REPORT = re.compile(r"(?:original|previous|prior|earlier|原)\W{0,3}$", re.IGNORECASE)
_DAY_FIRST = re.compile(
    r"dd/mm/yyyy|\bNHS\b|RCPath|FRCPath|United Kingdom|\bUK\b|Ireland|Irish|Australia|\bNSW\b|Victoria|"
    r"Queensland|New Zealand|\bNZ\b|India|NABL|Singapore|Hong Kong|RCPA|FRCPA|\bHK\b|Kowloon|London"
    r"|Manchester|Birmingham|Glasgow|Edinburgh|Dublin|Sydney|Melbourne|Brisbane|Auckland|Mumbai|Delhi"
    r"|Bengaluru|Bangalore|Chennai|Kolkata|Hyderabad",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(r"(?i:mm/dd/yyyy)|\bCLIA\b|\bCAP\b|\bUSA?\b|United States|, [A-Z]{2} \d{5}")


def _zh_number(text: str) -> int:
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(units, 0) if units else 0)
    return int("".join(str(_ZH_DIGITS[c]) for c in text))


def _zh_date(text: str) -> dt.date:
    year, rest = text.split("年")
    month, rest = rest.split("月")
    return dt.date(_zh_number(year), _zh_number(month), _zh_number(rest.rstrip("日")))


def _numeric_order(text: str) -> str | None:
    """``day`` or ``month`` first, from the report's own dates and where it was written; None if unknown."""
    day = month = False
    for m in _ANY_NUMERIC.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        day |= a > 12 >= b
        month |= b > 12 >= a
    if day != month:
        return "day" if day else "month"
    day_cues = {c.lower() for c in _DAY_FIRST.findall(text)}
    month_cues = {c.lower() for c in _MONTH_FIRST.findall(text)}
    if len(day_cues) != len(month_cues):
        return "day" if len(day_cues) > len(month_cues) else "month"
    return None


def _date(m: re.Match[str], order: str | None) -> tuple[dt.date | None, str | None]:
    """The date and, when the order cannot be decided, a note with both readings."""
    if m.group("y"):
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))), None
    if m.group("zh"):
        return _zh_date(m.group("zh")), None
    if m.group("mon"):
        return dt.date(int(m.group("y3")), _MONTHS[m.group("mon").lower()], int(m.group("d3"))), None
    if m.group("mon4"):
        return dt.date(int(m.group("y4")), _MONTHS[m.group("mon4").lower()], int(m.group("d4"))), None
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y2"))
    if a > 12 or (order == "day" and b <= 12):
        return dt.date(y, b, a), None
    if b > 12 or order == "month":
        return dt.date(y, a, b), None
    if a == b:
        return dt.date(y, a, b), None
    readings = f"{dt.date(y, b, a).isoformat()} (day first) or {dt.date(y, a, b).isoformat()} (month first)"
    return None, f"ambiguous date: {readings}; confirm which the report means"


def _rank(label: str) -> int:
    low = label.lower()
    if "补充" in low or "supplementary" in low or "addendum" in low:
        return 3
    if "electronically" in low:
        return 1
    return 2


def report_date(ctx: Context) -> list[Hit]:
    if not ctx.mentions("report", "authori", "final", "sign", "verified", "报告"):
        return []
    order = _numeric_order(ctx.text)
    best: tuple[int, Hit] | None = None
    for m in _LABELLED.finditer(ctx.text):
        if _NOT_THIS_REPORT.search(ctx.text[max(0, m.start() - 12) : m.start()]):
            continue
        try:
            value, note = _date(m, order)
        except (ValueError, KeyError):
            continue  # not a calendar date: no guess
        hit = Hit("report_date", value.isoformat() if value else None, m.start(), m.end(), note=note)
        rank = _rank(m.group("label"))
        if best is None or rank > best[0]:
            best = (rank, hit)
    return [best[1]] if best else []
