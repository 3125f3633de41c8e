"""A trial's own HER2 definition governs its plain "HER2-positive" elsewhere in the record.

A basket study may say in one criterion "HER2 positivity is defined as ≥2+ staining by IHC" and, in an
introduction or another criterion, only "HER2 positivity based on IHC" (UK's NCT03740256, issue 15,
thirty-fourth blind set). Read alone, the plain phrase takes the gastric definition (IHC 3+ or IHC 2+
with ISH amplification, CAP/ASCO, sources S1-S3), which would exclude the IHC 2+ tumour the study
defines as positive. The fact sheet's rule is that the trial's definition governs, so every plain
"HER2-positive" requirement of the record takes the status its defining criterion was read as."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from her2nav.trials.criteria.rule_text import _search

# "HER2 positivity is defined as …", "HER2-positive (defined as …)", "HER2 positive is defined by …"
_DEFINES = r"her-?2(/neu)?[\s-]*positiv\w*\s*(\(\s*)?(is |will be |are )?defined (as|by)"


class _Read(Protocol):
    text: str
    kind: str
    requirements: list[dict[str, Any]]


def _her2(crit: _Read) -> list[dict[str, Any]]:
    return [r for r in crit.requirements if r["type"] == "her2"]


def apply_trial_her2_definition(criteria: Sequence[_Read]) -> None:
    """Give the record's plain HER2-positive requirements the status of its one HER2 definition."""
    defined = {
        r["status"]
        for c in criteria
        if c.kind == "inclusion" and _search(_DEFINES, c.text.lower())
        for r in _her2(c)
    }
    if len(defined) != 1 or defined == {"positive"}:
        return  # no definition, two that differ, or the gastric one itself: nothing to carry over
    status = defined.pop()
    for crit in criteria:
        for req in _her2(crit):
            if req["status"] == "positive" and not _search(_DEFINES, crit.text.lower()):
                req["status"] = status
