"""Tests that are ordered, recommended or not needed: a finding without a value (pending / negated).

Rule: a statement (one sentence) that names a test and says it is requested, ordered, to follow, in
progress or recommended gives that test a ``pending`` finding with no value; one that says the test is
not required, not indicated or not performed gives ``negated``. An offer ("if required", "如需") or a
suggestion to "consider" is neither, a conditional or a scoring key is no statement about this specimen,
and a statement that already gives the test's value is a result, read by the field's own rule.

A recommendation stays one when a condition follows it ("HER2 testing is recommended if the patient has
advanced disease": pending), while a condition before the cue ("if required, ISH can be requested") makes
an offer. An aside in brackets that states a condition of the method ("IHC with reflex ISH for 2+
results") names no result and no second test.
"""

from __future__ import annotations

import re

from her2nav.extract.fields.base import LEGEND_CUES, Context, Hit
from her2nav.extract.scope import statements

_PENDING = re.compile(
    r"(?:has|have)\s+been\s+(?:ordered|requested|sent)|(?:is|are|was|were)\s+(?:ordered|requested|pending)"
    r"|\brequested\b|to follow|will follow|will be (?:reported|issued|sent)|\bpending\b|in progress"
    r"|under process|\brecommend(?:ed)?\b|is advised|\bsuggested\b"
    r"|建议(?:行|进一步|加做|做|检测)?|已(?:登记|申请|送检|加做)|另发|另报|检测中|待回报|待报|补充报告形式",
    re.IGNORECASE,
)
_RECOMMENDED = re.compile(r"recommend|advised|suggested|建议", re.IGNORECASE)
# A bracketed aside that is a condition of the method, not a result: "(IHC with reflex ISH for 2+ results)".
_CONDITIONAL_ASIDE = re.compile(
    r"[(（][^()（）]*?(?:\breflex\b|\bif\b|\bfor [0-3]\+|如为|若)[^()（）]*[)）]", re.IGNORECASE
)
_NEGATED = re.compile(
    r"not\s+(?:required|needed|necessary|indicated|performed|done)|unnecessary"
    r"|无需|不需(?:要)?|未(?:行|做)|不必",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"\bif\b|\bwould\b|may (?:also )?be|can be|could be|consider|should be"
    r"|如需|如有需要|必要时|可(?:行|考虑)",
    re.IGNORECASE,
)
_TESTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "her2_ish_result",
        re.compile(r"(?<![A-Za-z])(?:FISH|[SCD]?ISH|dual[- ]ISH|in situ hybridi[sz]ation)(?![A-Za-z])", re.I),
    ),
    ("her2_ihc", re.compile(r"(?<![A-Za-z])HER[-\s]?2(?![A-Za-z0-9])(?!\s*(?:\(?\s*)?(?:FISH|ISH))", re.I)),
    ("pdl1_cps", re.compile(r"PD-?L1", re.I)),
    ("mmr", re.compile(r"\bMMR\b|mismatch repair|错配修复", re.I)),
    ("cldn18_2", re.compile(r"c[il1]audin\s?-?18|CLDN\s?18", re.I)),  # OCR reads l as i or 1
    ("ebv", re.compile(r"\bEBER\b|\bEBV\b", re.I)),
)
# A value in the same statement: the test has a result, not a status.
_VALUE = re.compile(
    r"[0-3]\s?\+|\(\s*[+-]\s*\)|\d\s*%|\bCPS\s*[=:<>]|\b(?:negative|positive|amplified|intact|retained|lost"
    r"|loss|equivocal)\b|阳性|阴性|扩增|缺失|完整",
    re.IGNORECASE,
)
# A statement ends at a full stop or semicolon followed by a space (not the one in "18.2"), at a Chinese
# full stop or semicolon (NFKC has folded "；" to ";"), or at a line end.
# A line wrapped inside a sentence (the next line starts in lower case, also after one blank line, which
# OCR puts inside sentences; or a Chinese line that has no closing punctuation runs on into a line that
# is not a new label) does not end it.
_STATEMENT_END = re.compile(
    r"[.;](?=\s|$)|;(?=[\u4e00-\u9fff])|[。；]"
    r"|(?:(?<=[。；;.:：\s])\n|\n(?![\u4e00-\u9fff])|\n(?=[^\n]{0,11}[:：]))(?![ \t]*(?:\n[ \t]*)?[a-z(])"
)


_ITEM = re.compile(r"[ \t]+(?:[-•*]\s*|\d{1,2}[.)]\s*)?(?P<label>[^:：\n]{1,40})[:：]")


def _listed(ctx: Context, pos: int) -> list[Hit]:
    """Tests listed below "The following studies have been ordered:": each indented item whose label
    names a test is pending (the list ends at a blank or unindented line)."""
    hits: list[Hit] = []
    for line in re.finditer(r"[^\n]+", ctx.text[pos:]):
        text = line.group(0)
        if not text[0].isspace() or (hits and "\n\n" in ctx.text[pos : pos + line.start()][-3:]):
            break
        item = _ITEM.match(text)
        if item is None:
            continue
        for field, pattern in _TESTS:
            m = pattern.search(item.group("label"))
            if m and field != "her2_ish_result":
                start = pos + line.start() + item.start("label") + m.start()
                hits.append(Hit(field, None, start, start + len(m.group(0)), "pending"))
                break
    return hits


def _keyed(ctx: Context, start: int, end: int, without_asides: str | None) -> bool:
    """Is the statement part of a scoring key? Not when its only key-like words were in a conditional
    aside ("Correlation with HER2 IHC (and ISH if IHC 2+) is recommended")."""
    if not ctx.in_key(start, end):
        return False
    if without_asides is not None and ctx.section_kind(start) != "legend":
        return bool(LEGEND_CUES.search(without_asides))
    return True


def test_status(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    for s_start, s_end in statements(ctx.text, _STATEMENT_END):
        written = ctx.text[s_start:s_end]
        text = _CONDITIONAL_ASIDE.sub(lambda m: " " * len(m.group(0)), written)
        pending = _PENDING.search(text)
        negated = _NEGATED.search(text)
        if not (pending or negated) or _keyed(ctx, s_start, s_end, text if text != written else None):
            continue
        if ctx.section_kind(s_start) == "history":
            continue
        cue = negated or pending
        assert cue is not None
        if _OFFER.search(text[: cue.start()]):
            continue
        if _OFFER.search(text[cue.end() : cue.end() + 12]) and not _RECOMMENDED.search(cue.group(0)):
            continue
        if pending and not negated and text.rstrip().endswith((":", "：")):
            hits.extend(_listed(ctx, s_end))
            continue
        for field, pattern in _TESTS:
            for m in pattern.finditer(text):
                if negated and field != "her2_ish_result":
                    continue  # only a not-needed ISH is worth a finding (IHC 3+ or 0/1+ settles HER2)
                if field == "her2_ihc" and (
                    _VALUE.search(text, m.end()) or re.search(r"FISH|ISH|hybridi|扩增", text, re.I)
                ):
                    break  # a scored HER2 statement, or HER2 naming the ISH test
                if field != "her2_ish_result" and _VALUE.search(text[m.end() : m.end() + 25]):
                    continue
                start = s_start + m.start()
                end = s_start + max(m.end(), cue.end())
                hits.append(Hit(field, None, start, end, "negated" if negated else "pending"))
                break
    return hits
