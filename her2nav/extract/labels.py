"""Label tolerance for OCR text: one wrong, dropped or extra character in a LABEL is repaired; values
are never touched.

Issue 16, class 9: a Chinese scan loses single characters of its labels (报告日期 read as 报告日晶 or
报日期, a colon read as a semicolon after "Lauren分型") and an English one gains or changes one in a
marker name ("MLH1L(+)", "MLHI(+)"). Field rules match labels exactly, so one such character hides a
whole finding. Rules, each bounded so that a real word is not forced onto a label:

- **Chinese terms of four or more characters**, anywhere: one character replaced by another Chinese
  character (胃 read as 骨). Three-character terms are left alone: one substitution too often makes
  another word (基因扩增 is not 无扩增), and terms one character apart (低分化 / 中分化) cannot be told.
- **Chinese labels before a colon**: one character dropped or inserted as well (报日期：), since the
  colon shows the run is a label.
- **A colon read as a semicolon** right after a known label ("Lauren分型 ; 弥漫型").
- **Marker names before a bracket or colon** (MLH1, MSH2, MSH6, PMS2, CEP17, EBER): edit distance one
  after folding the shapes OCR confuses with a digit (I, l, | for 1), and only when exactly one name is
  that close ("MSH8" could be MSH2 or MSH6: left alone) and the token is not itself a real name one
  edit away (PMS1, MLH3, HER3...).
- ``HER?``, ``HERZ``, ``HERD`` before a score are HER2.

No fuzzy-matching library is in the lock (rapidfuzz, regex); the bounded edit distance below is ten lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Edit = tuple[int, int, str]  # replace normalised [start, end) with the text
Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], list[Edit]]]

# Terms and labels the field rules rely on (four or more characters).
CHINESE_TERMS = (
    "食管胃结合部",
    "胃食管结合部",
    "报告日期",
    "送检日期",
    "免疫组化",
    "病理诊断",
    "原位杂交",
    "判读标准",
    "印戒细胞癌",
    "错配修复",
    "补充报告",
)
# Labels after which a semicolon is a misread colon.
COLON_LABELS = (
    "Lauren分型",
    "Lauren 分型",
    "大体所见",
    "镜下所见",
    "组织学分级",
    "组织学类型",
    "病理诊断",
    "免疫组化",
    "原位杂交",
    "报告日期",
    "送检日期",
    "送检部位",
    "临床诊断",
    "浸润深度",
    "淋巴结",
    "标本",
    "结论",
    "结果",
    "备注",
)
MARKER_LABELS = ("MLH1", "MSH2", "MSH6", "PMS2", "CEP17", "EBER")
# Real names one edit from a marker label: never forced onto it.
REAL_NAMES = frozenset({"PMS1", "MLH3", "MSH3", "MSH4", "MSH5", "HER1", "HER3", "HER4", "CEP7", "CEP8"})
_SHAPE = str.maketrans({"I": "1", "l": "1", "|": "1"})


def within_one_edit(a: str, b: str) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most one (one substitution, insertion or deletion)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def nearest_label(word: str, labels: tuple[str, ...]) -> str | None:
    """The one label within one edit of ``word`` (``word`` itself when it is a label); None when no
    label or more than one is that close."""
    if word in labels:
        return word
    close = [label for label in labels if within_one_edit(word, label)]
    return close[0] if len(close) == 1 else None


# --- Chinese terms: one character replaced, anywhere --------------------------------------------------


def _one_off(term: str) -> str:
    """Any one character of ``term`` replaced by another Chinese character (not the term itself)."""
    return "|".join(
        re.escape(term[:i]) + r"[\u4e00-\u9fff]" + re.escape(term[i + 1 :]) for i in range(len(term))
    )


_TERM = re.compile("|".join(f"(?:{_one_off(t)})" for t in CHINESE_TERMS))
_TERM_BY_SHAPE = {t: re.compile(_one_off(t)) for t in CHINESE_TERMS}


def _term(m: re.Match[str]) -> list[Edit]:
    found = m.group(0)
    if found in _TERM_BY_SHAPE:
        return []  # read correctly
    for term, shape in _TERM_BY_SHAPE.items():
        if found != term and shape.fullmatch(found):
            return [(m.start(), m.end(), term)]
    return []


# --- Chinese labels before a colon: one character dropped or inserted too -----------------------------

_LABEL_RUN = re.compile(r"[\u4e00-\u9fff]{3,8}(?=[ \t]*[:：])")


def _label_before_colon(m: re.Match[str]) -> list[Edit]:
    run = m.group(0)
    if any(run.endswith(term) for term in CHINESE_TERMS):
        return []
    for size in sorted({len(t) for t in CHINESE_TERMS} | {len(t) - 1 for t in CHINESE_TERMS}, reverse=True):
        if size > len(run) or size < 3:
            continue
        tail = run[len(run) - size :]
        term = nearest_label(tail, CHINESE_TERMS)
        if term is not None and len(term) >= 4 and abs(len(term) - len(tail)) <= 1:
            return [(m.end() - size, m.end(), term)]
    return []


# --- a colon read as a semicolon after a known label --------------------------------------------------

_COLON_LABEL = "|".join(re.escape(label) for label in COLON_LABELS)
_SEMICOLON_AFTER_LABEL = re.compile(
    r"(?:^|(?<=[\s，,。(（]))(?:" + _COLON_LABEL + r")[ \t]*(;)(?=[ \t]*\S)", re.MULTILINE
)


def _colon(m: re.Match[str]) -> list[Edit]:
    return [(m.start(1), m.end(1), ":")]


# --- marker names before a bracket or colon -----------------------------------------------------------

_MARKER_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9|]{2,5}(?=[ \t]*[(（:：])")


def _marker(m: re.Match[str]) -> list[Edit]:
    token = m.group(0)
    if token.upper() in REAL_NAMES or token in MARKER_LABELS:
        return []
    label = nearest_label(token.translate(_SHAPE).upper(), MARKER_LABELS)
    if label is None or token.upper() == label:
        return []
    return [(m.start(), m.end(), label)]


# --- HER2 with its 2 misread, before a score -----------------------------------------------------------

_HER2 = re.compile(r"(?<![A-Za-z])HER[?DZ](?=\s*[(:（])")


def _her2(m: re.Match[str]) -> list[Edit]:
    return [(m.start(), m.end(), "HER2")]


OCR_LABEL_RULES: tuple[Rule, ...] = (
    (_TERM, _term),
    (_LABEL_RUN, _label_before_colon),
    (_SEMICOLON_AFTER_LABEL, _colon),
    (_MARKER_TOKEN, _marker),
    (_HER2, _her2),
)
