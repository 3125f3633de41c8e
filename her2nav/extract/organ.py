"""Which organ a report is about: a breast report's HER2 values are no gastric HER2 status.

Rule: outside its clinical history, a report that names the breast (breast, mammary, Nottingham,
BI-RADS, 乳腺) at least twice and more often than the stomach, junction or oesophagus is a breast report.
Its findings carry ``organ: breast`` and a warning, and it has no gastric site or histology: the
suggestion flow must ask before any of them enters a gastric case.
"""

from __future__ import annotations

import re
from typing import Any

from her2nav.extract.sections import SectionMap

_BREAST = re.compile(r"breast|mammary|nottingham|bi-?rads|乳腺|乳房", re.IGNORECASE)
_UPPER_GI = re.compile(
    r"stomach|gastric|gastro-?o?esophageal|o?esophag\w*|\bG[EO]J\b|cardia|antrum|胃|贲门|食管", re.IGNORECASE
)
BREAST_WARNING = "breast report: these HER2 values are not a gastric HER2 status; confirm before use"
_NO_ORGAN = frozenset({"specimen_type", "report_date"})
_NOT_IN_BREAST = frozenset({"site", "histology"})


def organ_of(text: str) -> str | None:
    """``breast`` when the report is about a breast tumour, else None (gastric / GEJ / oesophageal)."""
    if not _BREAST.search(text):
        return None
    sections = SectionMap(text)

    def count(pattern: re.Pattern[str]) -> int:
        return sum(1 for m in pattern.finditer(text) if sections.kind_at(m.start()) != "history")

    breast = count(_BREAST)
    return "breast" if breast >= 2 and breast > count(_UPPER_GI) else None


def mark_organ(findings: list[dict[str, Any]], organ: str | None) -> list[dict[str, Any]]:
    if organ is None:
        return findings
    marked: list[dict[str, Any]] = []
    for f in findings:
        if f["field"] in _NOT_IN_BREAST:
            continue
        if f["field"] not in _NO_ORGAN:
            f = {**f, "organ": organ, "warning": BREAST_WARNING}
        marked.append(f)
    return marked
