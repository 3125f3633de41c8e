"""Pathological TNM (AJCC strings such as ``pT3``, ``pN1``, ``pM0``).

Rule: a category counts when written with its ``p`` (or ``yp``) prefix, or inside a compact TNM
string that starts with one (``pT2N1MX``, ``pT 2, N3, MX``, ``pT2b NO MX``). A bare ``T3 N1`` counts
only outside a clinical history and not after imaging or clinical-staging words (``CT staging: T3 N1``
is clinical); a ``c`` prefix is never pathological. In a quoted history a pT is historical. OCR letter/digit
confusions (``pNO``, ``pTl``) are repaired by the normaliser before this runs.
"""

from __future__ import annotations

import re

from her2nav.extract.fields.base import Context, Hit

_T = r"(?P<t>[0-4][a-dA-D]?|is|X)"
_N = r"(?P<n>[0-3][a-cA-C]?(?:mi)?|X)"
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
    r"(?<![A-Za-z])(?P<y>y?)(?:p\s?(?P<cat>[NM])\s?|P(?P<cat2>[NM]))(?P<v>[0-3][a-cA-C]?(?:mi)?|X|x)(?![A-Za-z0-9])"
)


# A TNM without its p prefix after these words is clinical (imaging, endoscopy, the clinical stage).
_CLINICAL = re.compile(
    r"\b(?:CT|EUS|MRI|PET|CECT|imaging|radiolog\w*|clinical\w*|staging|pre-?treatment|pre-?operative)\b"
    r"|术前|临床|治疗前|影像",
    re.IGNORECASE,
)


_PATHOLOGICAL = re.compile(r"patholog\w*|\bpTNM\b|病理分期", re.IGNORECASE)


def _clinical(ctx: Context, start: int) -> bool:
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if line_start > 0 and not re.search(r"[.;:。；：]\s*$", ctx.text[max(0, line_start - 4) : line_start]):
        line_start = ctx.text.rfind("\n", 0, line_start - 1) + 1  # a line wrapped mid-sentence (OCR)
    before = ctx.text[max(line_start, start - 60) : start]
    if _PATHOLOGICAL.search(before):
        return False  # "Pathological staging: TNM 7 T3 N1"
    return bool(_CLINICAL.search(before)) or ctx.section_kind(start) == "history"


def _value(y: str, cat: str, raw: str) -> str:
    """``ypT4a`` from its parts (an upper-case OCR suffix such as ``PT4A`` is written lower-case)."""
    return f"{y.lower()}p{cat}{raw.upper() if raw in ('x', 'X') else raw[0] + raw[1:].lower()}"


def tnm(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    matches = list(_COMPACT.finditer(ctx.text))
    matches += [
        b for b in _BARE.finditer(ctx.text) if not any(c.start() <= b.start() < c.end() for c in matches)
    ]
    for m in matches:
        taken.append((m.start(), m.end()))
        if m.re is _BARE and _clinical(ctx, m.start()):
            continue
        y = m.group("y")
        assertion = ctx.assertion_for(m.start(), m.end())
        if assertion == "pending":
            assertion = "present"
        hits.append(Hit("pT", _value(y, "T", m.group("t")), m.start(), m.end("t"), assertion))
        if m.group("n"):
            hits.append(Hit("pN", _value(y, "N", m.group("n")), m.start(), m.end("n"), assertion))
        if m.group("m"):
            hits.append(Hit("pM", _value(y, "M", m.group("m")), m.start(), m.end("m"), assertion))
    for m in _ALONE.finditer(ctx.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        cat = m.group("cat") or m.group("cat2")
        hits.append(Hit(f"p{cat}", _value(m.group("y"), cat, m.group("v")), m.start(), m.end()))
    # pMX says distant metastasis was not assessed: no pM finding (nor from "pM not applicable")
    return [h for h in hits if h.value != "pMX" and not ctx.in_legend(h.start, h.end)]
