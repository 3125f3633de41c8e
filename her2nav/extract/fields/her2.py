"""HER2: IHC score, ISH result / ratio / mean copy number, and the scoring criteria named.

Rule: a score counts only when it follows a HER2 mention within the same statement (before the next
marker is named), outside any scoring legend or reference block (``Context.in_legend``).
"""

from __future__ import annotations

import re

from her2nav.extract.fields.base import Context, Hit

ANCHOR = re.compile(
    r"(?<![A-Za-z])(?:HER[-\s]?2(?:\s*/?\s*-?\s*neu)?|c-?erb\s?-?B-?2"
    r"|ERBB2|Herceptest)(?![A-Za-z])",
    re.IGNORECASE,
)
# Another marker named: the HER2 statement has ended.
_OTHER_MARKER = re.compile(
    r"\b(?:ER|PR|PgR|ER-ICA|PR-ICA|estrogen|oestrogen|progesterone|Ki-?67|EGFR|E-?cadherin|CK\d|p53|PD-?L1"
    r"|MLH1|MSH[26]|PMS2|claudin|CLDN|EBER|stage|pT\s?\d)\b|雌激素|孕激素",
    re.IGNORECASE,
)
_IHC_WINDOW = 170
_AMBIGUOUS = re.compile(r"\b(?:0|zero)\s*(?:/|or|-|to)\s*1\s*\+", re.IGNORECASE)
_PLUS_SIGNS = {"-": "0", "0": "0", "+": "1+", "++": "2+", "+++": "3+"}
_IHC_SCORE = re.compile(
    r"(?P<a>(?<![\d.\-/])[0-3]\+(?!\s*\d|\s*%|\s*(?:results|cases|tumou?rs|scores)\b))"
    r"|score\s*(?:=|:|of)?\s*(?P<b>[0-3])\b(?![.\d%])"
    r"|(?:negative|positive|equivocal|indeterminate)\s*\(\s*(?P<c>[0-3])\s*\)"
    r"|intensity(?: of)?(?: this carcinoma was)?\s*(?:=|:|of|was)?\s*(?P<d>[0-3])\b(?![.\d%])"
    r"|staining intensity of this carcinoma was (?P<e>[0-3])\b"
    r"|positive\s+(?P<f>3)(?=\s*[.;]|\s*$)"
    r"|^\s*[(（]\s*(?P<g>\+{1,3}|-|0)\s*[)）]"
    r"|^\s*(?:\([^)]{0,25}\)\s*)?(?:(?:IHC|immunohistochemistry)\s*)?[:=]?\s*(?P<h>0)(?![\d%+/-]|\.\d)"
    r"|^[^.;\n]{0,60}?\)\s*[:=]\s*(?P<i>0)(?![\d%+/-]|\.\d)(?=\s*(?:\(|[,;.]|$|negative\b|no\b))",
    re.IGNORECASE,
)


_IHC_BEFORE = re.compile(
    r"\bscore\W{1,3}(?P<s>[0-3])\s*\+?\W{1,3}(?:(?:negative|positive|equivocal)\W{1,3})?$", re.IGNORECASE
)


_NOT_DONE_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:was|were|is|are|has|have)\s+(?:been\s+)?not\s+(?:been\s+)?(?:performed|done|tested|assessed)",
    re.IGNORECASE,
)


def _window_end(ctx: Context, start: int, width: int) -> int:
    """A HER2 statement ends where another marker, or HER2 again, is named."""
    limit = min(len(ctx.text), start + width)
    other = _OTHER_MARKER.search(ctx.text, start, limit)
    limit = other.start() if other else limit
    again = ANCHOR.search(ctx.text, start, limit)
    return again.start() if again else limit


def _ihc_value(m: re.Match[str]) -> str:
    if m.group("g"):
        return _PLUS_SIGNS[m.group("g")]
    digit = next(m.group(k) for k in "abcdefhi" if m.group(k))[0]
    return "0" if digit == "0" else f"{digit}+"


_ISH_TITLE = re.compile(r"\b(?:FISH|[SCD]?ISH|in situ hybridi[sz]ation)\b|原位杂交", re.IGNORECASE)
_IHC_TITLE = re.compile(r"\bIHC\b|immunohisto|免疫组化|免疫组织化学", re.IGNORECASE)


_TITLE_WORDS = re.compile(r"report|报告|检测|\btest|analysis|amplification|hybridi[sz]ation", re.IGNORECASE)


def _is_ish_report(ctx: Context) -> bool:
    """A title line (one of the first four, before any labelled line; short, with no result) names an
    ISH test as what is reported, and no title line names IHC."""
    titles: list[str] = []
    for line in ctx.text[:800].split("\n")[:4]:
        if re.search(r"[:：]|[0-3]\s?\+", line):
            break
        if line.strip() and len(line) <= 90:
            titles.append(line)
    ish = any(_ISH_TITLE.search(t) and _TITLE_WORDS.search(t) for t in titles)
    return ish and not any(_IHC_TITLE.search(t) for t in titles)


def her2_ihc(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    covered = -1
    for anchor in ANCHOR.finditer(ctx.text):
        if anchor.start() < covered:
            continue
        end = _window_end(ctx, anchor.end(), _IHC_WINDOW)
        window = ctx.text[anchor.end() : end]
        ish = re.match(r"[^.;]{0,40}?\b(?:FISH|ISH|SISH|CISH|DISH)\b", window, re.IGNORECASE)
        first_score = _IHC_SCORE.search(window)
        if (
            ish
            and not re.search(r"IHC|immunohisto|Herceptest", window[:40], re.IGNORECASE)
            and (first_score is None or first_score.start() > ish.end())
        ):
            continue  # an ISH statement ("HER2 (FISH): ratio 2.4"), not "HER2 2+ (ISH pending)"
        if _AMBIGUOUS.search(window[:60]):
            continue  # "0 / 1+": no single score stated
        before = _IHC_BEFORE.search(ctx.text, max(0, anchor.start() - 40), anchor.start())
        if before and not ctx.in_legend(before.start(), anchor.end()):
            # results table whose columns came out as "SCORE. 1+. NEGATIVE. Her2/neu."
            value = "0" if before.group("s") == "0" else f"{before.group('s')}+"
            hits.append(Hit("her2_ihc", value, before.start(), anchor.end(), "present"))
            covered = anchor.end()
            continue
        m = _IHC_SCORE.search(window)
        not_done = _NOT_DONE_AFTER.match(window)
        if not_done and (m is None or m.start() > not_done.end()):
            stop = anchor.end() + not_done.end()
            hits.append(Hit("her2_ihc", None, anchor.start(), stop, "negated"))
            covered = stop
            continue
        if m is None:
            pending = re.match(
                r"[^.;]{0,80}?(?:pending|to follow|will be reported|ordered|being repeated)",
                window,
                re.IGNORECASE,
            )
            about_ish = pending and re.search(
                r"FISH|ISH|amplification|\bnot\b", pending.group(0), re.IGNORECASE
            )
            if pending and not about_ish and not ctx.in_legend(anchor.start(), anchor.end()):
                stop = anchor.end() + pending.end()
                hits.append(Hit("her2_ihc", None, anchor.start(), stop, "pending"))
                covered = stop
            continue
        stop = anchor.end() + m.end()
        if ctx.in_legend(anchor.start(), stop) or ctx.in_legend(anchor.end() + m.start(), stop):
            continue
        assertion = ctx.assertion_for(anchor.start(), stop)
        if assertion == "pending":  # a stated score is a result, whatever follows it
            assertion = "historical" if ctx.section_kind(anchor.start()) == "history" else "present"
        if assertion == "present" and _is_ish_report(ctx):
            assertion = "historical"  # an ISH report quotes the IHC score that sent the case to ISH
        hits.append(Hit("her2_ihc", _ihc_value(m), anchor.start(), stop, assertion))
        covered = stop
    return hits


# --- ISH ------------------------------------------------------------------------------------------

_ISH_RESULT = re.compile(
    r"(?P<neg>not\s+amplified|non-?\s?amplified|no\s+(?:evidence\s+of\s+)?(?:gene\s+)?amplification"
    r"|amplification\s+(?:is\s+|was\s+)?not\s+(?:found|detected|identified|present|seen)"
    r"|negative\s+(?:by|for)\s+(?:FISH|ISH|SISH|CISH|DISH)|无扩增|未见扩增|不扩增|未(?:检测到|检出|发现)扩增|阴性)"
    r"|(?P<pos>(?<!non-)(?<!non )(?<!not )\bamplified\b(?!\s+control|\s+cell|\s+tissue)"
    r"|amplification\s+(?:is\s+|was\s+)?(?:present|detected|found|identified)"
    r"|positive\s+(?:by|for)\s+(?:FISH|ISH|SISH|CISH|DISH)|(?<![无未不])扩增(?!状态|与否|情况)|阳性)"
    r"|(?P<eq>equivocal|不确定|临界)",
    re.IGNORECASE,
)
_ISH_CONTEXT = re.compile(
    r"\b(?:FISH|ISH|SISH|CISH|DISH|in[- ]situ hybridi[sz]ation"
    r"|amplification|amplified|ratio|CEP\s?17|PathVysion)\b",
    re.IGNORECASE,
)
_CHINESE_ONLY = re.compile(r"[\u4e00-\u9fff]")
_SEQUENCING = re.compile(r"\bNGS\b|next[- ]generation sequencing|高通量测序|基因测序", re.IGNORECASE)


def _ish_anchor_before(ctx: Context, pos: int) -> int | None:
    """Start of the HER2 / ISH mention that this result belongs to (within the statement before it)."""
    back = max(0, pos - 200)
    found = None
    for m in ANCHOR.finditer(ctx.text, back, pos):
        found = m.start()
    if found is None:
        return None
    between = ctx.text[found:pos]
    if _OTHER_MARKER.search(between):
        return None
    return found


def her2_ish_result(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    for m in _ISH_RESULT.finditer(ctx.text):
        word = m.group(0)
        start = _ish_anchor_before(ctx, m.start())
        if start is None:
            after = ANCHOR.match(ctx.text, m.end() + 1) or re.match(
                r"\s*(?:of|for)\s*[.,]?\s*(?:the\s+)?(?:HER[-\s]?2[^\s.,;]*)",
                ctx.text[m.end() :],
                re.IGNORECASE,
            )
            if not after or not m.group("neg"):
                continue
            start, stop = m.start(), m.end() + after.end()
        else:
            stop = m.end()
        statement = ctx.text[start:stop]
        if _SEQUENCING.search(ctx.text) and not re.search(r"FISH|ISH|原位杂交", statement, re.IGNORECASE):
            continue  # ERBB2 amplification by sequencing is no ISH result
        if _CHINESE_ONLY.search(word):
            if not re.search(r"FISH|ISH|扩增", statement, re.IGNORECASE):
                continue
        elif not _ISH_CONTEXT.search(statement):
            continue
        if m.group("eq") and not re.search(r"FISH|ISH|ratio|CEP|扩增|amplification", statement, re.I):
            continue
        if ctx.in_legend(m.start(), m.end()):
            continue
        value = "not_amplified" if m.group("neg") else "amplified" if m.group("pos") else "equivocal"
        hits.append(Hit("her2_ish_result", value, start, stop, ctx.assertion_for(start, stop)))
    return hits


_ISH_NOT_DONE = re.compile(
    r"(?:FISH|ISH|in situ hybridi[sz]ation)[^.;]{0,60}?"
    r"(?:has|have|was|were) not been (?:ordered|performed|done)"
    r"|(?:FISH|ISH)[^。；]{0,10}未(?:做|检测)",
    re.IGNORECASE,
)


def her2_ish_not_done(ctx: Context) -> list[Hit]:
    """ "FISH analysis for HER2 ... has not been ordered": a negated ISH finding without a value."""
    hits: list[Hit] = []
    for m in _ISH_NOT_DONE.finditer(ctx.text):
        if (
            re.search(r"HER-?2|ERBB2", m.group(0), re.IGNORECASE)
            or _ish_anchor_before(ctx, m.start()) is not None
        ):
            hits.append(Hit("her2_ish_result", None, m.start(), m.end(), "negated"))
    return hits


_NUMBER = r"(?P<num>\d{1,2}(?:\.\d{1,2})?)"
_RATIO = re.compile(
    r"(?:HER-?2\s*(?:/\s*neu)?\s*[/:]\s*(?:CEP\s?-?17|chr(?:omosome)?\s?17)\s*(?:ratio)?"
    r"|\bratio\b(?:\s+of\s+HER[^.]{0,90}?(?:was|is)"
    r"(?:\s+determined\s+to\s+be)?)?|比值|比率)[^0-9<>.\n]{0,45}?(?:\.\s*)?"
    + _NUMBER
    + r"(?![\d.]*\s*(?:or|%|x))"
    r"|amplified\s*\(\s*(?:ratio\s*:?\s*)?" + _NUMBER.replace("num", "num2") + r"\s*\)"
    r"|(?:FISH|ISH)\s*\)?\s*:\s*" + _NUMBER.replace("num", "num3") + r"\s*,",
    re.IGNORECASE,
)
_MEAN = re.compile(
    r"(?:(?:number of )?HER-?2 signals\s*(?:/|per)\s*(?:nucleus|cell)|(?:average|mean) HER-?2 (?:gene )?"
    r"(?:copy number|signals?)(?:\s*(?:/|per)\s*(?:cell|nucleus|nuclei))?"
    r"|HER-?2\s*(?:基因)?平均拷贝数|平均(?:每个)?(?:细胞)?\s*HER-?2\s*(?:基因)?(?:拷.?贝数|信.?号数))"
    r"[^0-9<>=\n]{0,25}?" + _NUMBER,
    re.IGNORECASE,
)


_CUT_OFF_BEFORE = re.compile(r"(?:<|>)=?\s*$|(?:接近|close to|near|approaching)\s*$", re.IGNORECASE)
_COUNT_AFTER = re.compile(r"\s*(?:个|nuclei|cells|signals|tumou?r cells|细胞)", re.IGNORECASE)


def her2_ish_ratio(ctx: Context) -> list[Hit]:
    if not ctx.mentions("ratio", "比值", "比率", "amplified", "fish", "ish"):
        return []
    hits: list[Hit] = []
    for m in _RATIO.finditer(ctx.text):
        raw = m.group("num") or m.group("num2") or m.group("num3")
        value = float(raw)
        if not 0.1 <= value <= 30 or ctx.in_legend(m.start(), m.end()):
            continue
        num_start = m.end() - len(raw)
        if _CUT_OFF_BEFORE.search(ctx.text, max(0, num_start - 12), num_start):
            continue
        if "\n\n" in ctx.text[m.start() : num_start] or _COUNT_AFTER.match(ctx.text, m.end()):
            continue  # a number on another paragraph, or a count of cells or signals
        statement = ctx.text[max(0, m.start() - 120) : m.end()]
        if not re.search(r"HER-?2|CEP|FISH|ISH|比值", statement, re.IGNORECASE):
            continue
        hits.append(Hit("her2_ish_ratio", value, m.start(), m.end(), ctx.assertion_for(m.start(), m.end())))
    return hits


def her2_mean_copies(ctx: Context) -> list[Hit]:
    if not ctx.mentions("signals", "copy number", "拷", "号数"):
        return []
    hits: list[Hit] = []
    for m in _MEAN.finditer(ctx.text):
        if ctx.in_legend(m.start(), m.end()):
            continue
        if _CUT_OFF_BEFORE.search(ctx.text, max(0, m.start("num") - 12), m.start("num")):
            continue
        hits.append(Hit("her2_mean_copies", float(m.group("num")), m.start(), m.end(), "present"))
    return hits


_CRITERIA = re.compile(
    r"(?P<gastric>(?:gastric|stomach|gastroesophageal"
    r"|GEJ)[^.;。]{0,40}?(?:criteria|scoring|guideline|algorithm)"
    r"|(?:criteria|guidelines?|scoring)\s+for\s+(?:the\s+)?(?:gastric|stomach|gastro-?o?esophageal|GEJ)"
    r"|Hofmann|R[uü]schoff|ToGA criteria|胃癌HER2检测指南|胃癌[^。；]{0,10}(?:标准|指南))"
    r"|(?P<breast>(?:ASCO\s*/\s*CAP|CAP\s*/\s*ASCO)[^.;]{0,80}?breast"
    r"|breast[^.;。]{0,30}?(?:criteria|scoring)"
    r"|乳腺癌[^。；]{0,10}(?:标准|指南))",
    re.IGNORECASE,
)


def scoring_criteria(ctx: Context) -> list[Hit]:
    if not ctx.mentions(
        "criteria", "scoring", "guideline", "algorithm", "hofmann", "schoff", "asco", "标准", "指南"
    ):
        return []
    hits: list[Hit] = []
    for m in _CRITERIA.finditer(ctx.text):
        value = "gastric" if m.group("gastric") else "breast"
        hits.append(Hit("scoring_criteria", value, m.start(), m.end(), "present"))
    return hits
