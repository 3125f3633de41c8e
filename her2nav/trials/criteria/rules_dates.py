"""Criterion rule for a window of diagnosis dates (requirement type ``diagnosed_between``): "with the
diagnosis established between the 1st January 2022 and the 1st January 2023", "diagnosed in 2022", as
registries and retrospective cohorts write it (thirteenth blind set, NCT05892926). The case's
``diagnosis.diagnosed_on`` (CONTRACT §1) settles it."""

from __future__ import annotations

import calendar
import datetime as dt

from her2nav.trials.criteria.rule_text import Req, _search

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTH = "|".join(_MONTHS)
# "1st January 2022", "January 1, 2022", "2022-01-01", or a bare year
_DATE = (
    rf"(\d{{1,2}})(st|nd|rd|th)?( of)? ({_MONTH}),? (\d{{4}})|"
    rf"({_MONTH}) (\d{{1,2}})(st|nd|rd|th)?,? (\d{{4}})|"
    r"(\d{4})-(\d{2})-(\d{2})|((?:19|20)\d{2})"
)
_WINDOW = (
    rf"\bdiagnos\w*[^.;]{{0,40}}?\b(between|from) (the )?(?P<a>{_DATE}) "
    rf"(and|to|until|through) (the )?(?P<b>{_DATE})|"
    r"\bdiagnos\w* (in|during) (the year )?(?P<year>(?:19|20)\d{2})\b(?! or)"
)


def _date(text: str, end: bool) -> dt.date | None:
    """The date ``text`` names; a bare year is its first day, or with ``end`` its last."""
    if m := _search(rf"^({_DATE})$", text):
        g = m.groups()
        if g[1]:  # day month year
            return dt.date(int(g[5]), _MONTHS[g[4]], int(g[1]))
        if g[6]:  # month day year
            return dt.date(int(g[9]), _MONTHS[g[6]], int(g[7]))
        if g[10]:
            return dt.date(int(g[10]), int(g[11]), int(g[12]))
        return dt.date(int(g[13]), 12, 31) if end else dt.date(int(g[13]), 1, 1)
    return None


def diagnosis_window(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not (m := _search(_WINDOW, text)):
        return []
    try:
        if m.group("year"):
            first, last = _date(m.group("year"), False), _date(m.group("year"), True)
        else:
            first, last = _date(m.group("a"), False), _date(m.group("b"), True)
    except ValueError:  # "31st February": no date
        return []
    if first is None or last is None or last < first:
        return []
    return [{"type": "diagnosed_between", "from": first.isoformat(), "to": last.isoformat()}]
