"""PD-L1 (CPS and clone), mismatch repair / MSI, claudin 18.2 and EBV, in English and Chinese.

Rule: a value counts when it follows the marker's name within the same statement and outside any
legend or reference block.
"""

from __future__ import annotations

import re

from her2nav.extract.fields import tables
from her2nav.extract.fields.base import Assertion, Context, Hit

_PDL1 = re.compile(r"PD-?L1", re.IGNORECASE)
_CPS = re.compile(
    r"\b(?:CPS|combined positive score|综合阳性评分)\s*(?:\(CPS\))?\s*(?:=|:|：|of|was|is)?\s*"
    r"(?P<cmp><=|>=|<|>)?\s*(?P<num>\d{1,3}(?:\.\d+)?)",
    re.IGNORECASE,
)
_CLONE = re.compile(r"\b(?P<clone>22C3|28-8|SP263|SP142|E1L3N|73-10)\b", re.IGNORECASE)


def _cps_hit(m: re.Match[str], start: int, assertion: Assertion) -> Hit:
    """A CPS finding. "CPS < 1" is below 1: value 0, never 1 (a case would read it as meeting CPS >= 1);
    any other bound keeps its number, with the comparator and a note to check it."""
    number, comparator = float(m.group("num")), m.group("cmp")
    if comparator is None:
        return Hit("pdl1_cps", number, start, m.end(), assertion)
    extra = {"comparator": comparator}
    if comparator == "<" and number == 1:
        return Hit("pdl1_cps", 0.0, start, m.end(), assertion, note="written 'CPS < 1': below 1", extra=extra)
    note = f"written 'CPS {comparator} {m.group('num')}': a bound, not a measured value; check before use"
    return Hit("pdl1_cps", number, start, m.end(), assertion, note=note, extra=extra)


def pdl1(ctx: Context) -> list[Hit]:
    if not ctx.mentions("pd-l1", "pdl1", "cps", "combined positive", "综合阳性"):
        return []
    hits: list[Hit] = []
    for anchor in _PDL1.finditer(ctx.text):
        stop = min(len(ctx.text), anchor.end() + 160)
        for m in _CPS.finditer(ctx.text, anchor.end(), stop):
            if ctx.in_legend(m.start(), m.end()):
                continue
            hits.append(_cps_hit(m, anchor.start(), ctx.assertion_for(anchor.start(), m.end())))
            break
        clone = _CLONE.search(ctx.text, anchor.end(), min(len(ctx.text), anchor.end() + 60))
        if clone:
            hits.append(Hit("pdl1_clone", clone.group("clone").upper(), anchor.start(), clone.end()))
    # CPS written before or without the PD-L1 name, e.g. "CPS: 5 (22C3)"
    for m in _CPS.finditer(ctx.text):
        if any(h.start <= m.start() < h.end for h in hits) or ctx.in_legend(m.start(), m.end()):
            continue
        hits.append(_cps_hit(m, m.start(), ctx.assertion_for(m.start(), m.end())))
    return hits


_MMR_PROTEINS = r"(?:MLH1|MSH2|MSH6|PMS2)"
_MMR = re.compile(
    r"(?P<def>\bdMMR\b|mismatch repair[- ]deficien\w*|MMR[- ]deficien\w*|\bdeficient MMR\b"
    r"|loss of (?:nuclear )?(?:expression of )?"
    + _MMR_PROTEINS
    + r"|"
    + _MMR_PROTEINS
    + r"\s*(?:\(\s*-\s*\)|[:：]?\s*(?:loss|lost|absent"
    + r"|negative|缺失))|错配修复(?:蛋白)?(?:功能)?缺陷|MMR[^。；;]{0,12}缺失)"
    r"|(?P<prof>\bpMMR\b|mismatch repair[- ]proficien\w*|MMR[- ]proficien\w*|\bproficient MMR\b"
    r"|(?:MMR|mismatch repair)(?: proteins?)?[^.;。]{0,60}?(?:intact|retained|preserved|normal)"
    r"|"
    + _MMR_PROTEINS
    + r"(?:[,/ ]+(?:and )?"
    + _MMR_PROTEINS
    + r")*[^.;。]{0,30}?(?:intact|retained|preserved)"
    r"|MMR[^。；;]{0,12}(?:完整|无缺失|未见缺失|表达正常|正常表达)|错配修复(?:蛋白)?(?:功能)?完整)",
    re.IGNORECASE,
)
_MSI = re.compile(
    r"(?P<high>\bMSI-?H(?:igh)?\b|microsatellite instability[- ]high|high[- ]level microsatellite instability"
    r"|微卫星(?:高度)?不稳定(?:[-（(]?高)?|MSI-H)"
    r"|(?P<low>\bMSI-?L(?:ow)?\b|microsatellite instability[- ]low|微卫星低度不稳定)"
    r"|(?P<stable>\bMSS\b|microsatellite[- ]stable|微卫星稳定)",
    re.IGNORECASE,
)


_PROTEIN_STATUS = re.compile(
    r"(?P<protein>MLH1|MSH2|MSH6|PMS2)\s*(?:[(（]\s*(?P<mark>[+-])\s*[)）]|[:：]?\s*(?P<word>positive|negative"
    r"|intact|retained|preserved|lost|loss|absent|阳性|阴性|缺失|表达|无表达|未表达)"
    r"|(?P<bare>[+-])(?![\w+-]))",
    re.IGNORECASE,
)
_LOST_WORDS = ("negative", "lost", "loss", "absent", "阴性", "缺失", "无表达", "未表达")


def _all_four_proteins(ctx: Context) -> list[Hit]:
    """The four MMR proteins each written as expressed ("MLH1(+), PMS2(+), MSH2(+), MSH6(+)"), none lost,
    within one passage: proficient."""
    found = list(_PROTEIN_STATUS.finditer(ctx.text))
    hits: list[Hit] = []
    for i, first in enumerate(found):
        group = [m for m in found[i : i + 4] if m.start() - first.start() < 300]
        if len(group) < 4 or len({m.group("protein").upper() for m in group}) < 4:
            continue
        lost = [
            m
            for m in group
            if (m.group("mark") or m.group("bare")) == "-" or (m.group("word") or "").lower() in _LOST_WORDS
        ]
        if lost or ctx.in_legend(first.start(), group[-1].end()):
            continue
        start, end = first.start(), group[-1].end()
        hits.append(Hit("mmr", "proficient", start, end, ctx.assertion_for(start, end)))
    return hits


def mmr(ctx: Context) -> list[Hit]:
    if not ctx.mentions("mmr", "mlh1", "msh2", "msh6", "pms2", "mismatch", "错配"):
        return []
    hits: list[Hit] = _all_four_proteins(ctx) + tables.mmr_rows(ctx)
    for m in _MMR.finditer(ctx.text):
        if ctx.in_legend(m.start(), m.end()):
            continue
        if ctx.scope.names_a_class(m.end()):
            continue
        value = "deficient" if m.group("def") else "proficient"
        hits.append(Hit("mmr", value, m.start(), m.end(), ctx.assertion_for(m.start(), m.end())))
    # "loss of MLH1 and PMS2; MSH2 and MSH6 retained": some proteins retained is not proficiency.
    deficient = [h for h in hits if h.value == "deficient"]
    return [
        h
        for h in hits
        if h.value == "deficient"
        or _EXPLICIT_PROFICIENT.search(ctx.text, h.start, h.end)
        or not any(abs(d.start - h.start) < 150 for d in deficient)
    ]


_EXPLICIT_PROFICIENT = re.compile(r"pMMR|proficien|完整|无缺失|未见缺失|表达正常|正常表达", re.IGNORECASE)


def msi(ctx: Context) -> list[Hit]:
    if not ctx.mentions("msi", "mss", "microsatellite", "微卫星"):
        return []
    hits: list[Hit] = []
    for m in _MSI.finditer(ctx.text):
        if ctx.in_legend(m.start(), m.end()):
            continue
        if ctx.scope.names_a_class(m.end()):
            continue  # "MSI-H tumours may respond": a class of tumours, not this one
        value = "msi_high" if m.group("high") else "msi_low" if m.group("low") else "mss"
        if value == "msi_high" and "低度" in m.group(0):
            value = "msi_low"
        hits.append(Hit("msi", value, m.start(), m.end(), ctx.assertion_for(m.start(), m.end())))
    return hits


# The percentage stays on the marker's line (or its wrapped continuation) and before another marker.
_CLDN = re.compile(r"(?:claudin|CLDN)\s?-?\s?18(?:\.2)?", re.IGNORECASE)
_CLDN_REACH = re.compile(
    r"(?:(?!PD-?L1|\bTPS\b|\bCPS\b|HER-?2|\bMMR\b|\bKi-?67|claudin|CLDN)[^.;。；\n]|\n[ \t]+){0,100}",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?<![\d.])(?P<num>\d{1,3}(?:\.\d+)?)\s*%")
# A number written after a comparison or "close to" is a cut-off, not a value.
THRESHOLD_BEFORE = re.compile(
    r"(?:>|<|>=|<=|=>|=<|at least|more than|less than|接近|超过|大于|小于|不低于)\s*$", re.IGNORECASE
)


def cldn18_2(ctx: Context) -> list[Hit]:
    if not ctx.mentions("claudin", "cldn"):
        return []
    hits: list[Hit] = []
    for anchor in _CLDN.finditer(ctx.text):
        reach = _CLDN_REACH.match(ctx.text, anchor.end())
        limit = reach.end() if reach else anchor.end()
        for m in _PERCENT.finditer(ctx.text, anchor.end(), limit):
            value = float(m.group("num"))
            if value > 100 or ctx.in_legend(m.start(), m.end()):
                continue
            if THRESHOLD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
                continue  # a cut-off: ">= 75%"
            start, end = anchor.start(), m.end()
            hits.append(Hit("cldn18_2", value, start, end, ctx.assertion_for(start, end)))
            break
    return hits + tables.cldn18_2_cells(ctx)


_EBV = re.compile(
    r"\b(?:EBV|EBER|Epstein-Barr)\b[^;。；]{0,70}?(?:(?P<neg>negative"
    r"|\(-\)|阴性)|(?P<pos>positive|\(\+\)|阳性))",
    re.IGNORECASE,
)


def ebv(ctx: Context) -> list[Hit]:
    if not ctx.mentions("ebv", "eber", "epstein"):
        return []
    hits: list[Hit] = []
    for m in _EBV.finditer(ctx.text):
        if ctx.in_legend(m.start(), m.end()):
            continue
        value = "negative" if m.group("neg") else "positive"
        hits.append(Hit("ebv", value, m.start(), m.end(), ctx.assertion_for(m.start(), m.end())))
    return hits
