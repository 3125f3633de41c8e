"""Pathological TNM (AJCC strings such as ``pT3``, ``pN1``, ``pM0``).

Rule: a category counts when written with its ``p`` (or ``yp``) prefix, or inside a compact TNM
string that starts with one (``pT2N1MX``, ``pT 2, N3, MX``, ``pT2b NO MX``). OCR letter/digit
confusions (``pNO``, ``pTl``) are repaired by the normaliser before this runs.
"""

from __future__ import annotations

import re

from her2nav.extract.fields.base import Context, Hit

_T = r"(?P<t>[0-4][a-d]?|is|X)"
_N = r"(?P<n>[0-3][a-c]?(?:mi)?|X)"
_M = r"(?P<m>[01][a-c]?|X|x)"
_COMPACT = re.compile(
    r"(?<![A-Za-z])m?(?P<y>y?)[pP]\s?T\s?"
    + _T
    + r"(?:(?:\s*\([^)]{0,8}\))?[\s,]{0,3}(?:p\s?)?N\s?"
    + _N
    + r"(?:\s*\((?:sn|i[+-]|mol[+-])\))?"
    r"(?:[\s,]{0,3}(?:p\s?)?M\s?" + _M + r")?)?(?![A-Za-z0-9])",
)
# Without the p prefix only as a T-and-N pair (``T2 N1``), which is unambiguous.
_BARE = re.compile(
    r"(?<![A-Za-z0-9])(?P<y>)T\s?"
    + _T
    + r"\s?,?\s?N\s?"
    + _N
    + r"(?:\s?,?\s?M\s?"
    + _M
    + r")?(?![A-Za-z0-9])"
)
# Upper-case "PM"/"PN" only when written solid ("PN0"): "2:30 PM 1 ..." is a clock time, not pM1.
_ALONE = re.compile(
    r"(?<![A-Za-z])(?P<y>y?)(?:p\s?(?P<cat>[NM])\s?|P(?P<cat2>[NM]))(?P<v>[0-3][a-c]?(?:mi)?|X|x)(?![A-Za-z0-9])"
)


def _value(y: str, cat: str, raw: str) -> str:
    return f"{y.lower()}p{cat}{raw.upper() if raw in ('x', 'X') else raw}"


def tnm(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    matches = list(_COMPACT.finditer(ctx.text))
    matches += [
        b for b in _BARE.finditer(ctx.text) if not any(c.start() <= b.start() < c.end() for c in matches)
    ]
    for m in matches:
        y = m.group("y")
        hits.append(Hit("pT", _value(y, "T", m.group("t")), m.start(), m.end("t")))
        if m.group("n"):
            hits.append(Hit("pN", _value(y, "N", m.group("n")), m.start(), m.end("n")))
        if m.group("m"):
            hits.append(Hit("pM", _value(y, "M", m.group("m")), m.start(), m.end("m")))
        taken.append((m.start(), m.end()))
    for m in _ALONE.finditer(ctx.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        cat = m.group("cat") or m.group("cat2")
        hits.append(Hit(f"p{cat}", _value(m.group("y"), cat, m.group("v")), m.start(), m.end()))
    return [h for h in hits if not ctx.in_legend(h.start, h.end)]
