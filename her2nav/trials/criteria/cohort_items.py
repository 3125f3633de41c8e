"""Sub-bullets that belong to a part or cohort, taken out of the item they are nested under.

The splitter keeps deeper-indented bullets with the item above them (eligibility.split_criteria), so
that a parent ("Adequate organ function defined as:") keeps its details. A record may instead nest
each part's or cohort's own criteria under a heading item (SAR445877, NCT05584670; twenty-sixth
session, WH):

    1. Dose escalation Part 1A and Japan Cohort F
       * Participants with advanced … solid tumors for which … no standard alternative therapy …
    4. Dose expansion/optimization Part 2
       Cancer diagnosis:
       * Participants in Cohorts A1 and A2 (Part 2A): … non-small cell lung cancer (NSCLC)
       * Participants in Cohorts C1 and C2 (part 2A):
         * … gastric cancer (GC) or Siewert Type 2 & 3 … (GEJ) adenocarcinoma
         * … must have non-MSI-H or proficient MMR (pMMR) disease to be eligible.

Joined, one criterion asked every part's tumour of every patient: a gastric case failed it on the
lung cohort's words, and the MSI condition of the gastric cohort failed a dMMR case reading the
escalation part. The reviewer judged each sub-bullet on its own, within its part.

So when the item above asks nothing itself and either names a part or cohort or has a sub-bullet that
opens with one's name ("Participants in Cohort B (part 2A): …", "Part 2C Cohorts G1, G2 and G3: …"),
each sub-bullet becomes a criterion of its own, for the cohort it names, else for the nearest item
above it that names one, else for the heading's part. Cohorts are alternatives in matching
(judge.CohortView); the heading, asking nothing, is dropped. An item that asks something keeps its
sub-bullets (a reviewer judges "Known HER2 status …; For Dose Escalation, … HER2 negative" as one).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from her2nav.trials.criteria.cohort_labels import inline_cohort
from her2nav.trials.criteria.rules import interpret

# a heading that names a part, cohort, arm or phase ("Dose escalation Part 1B", "Prior anticancer
# therapy (For dose expansion/optimization Part 2 only)")
_NAMES_A_PART = re.compile(r"\b(parts?|cohorts?|arms?|phase)\s*(\d{1,2}[a-z]?\d?|[a-h]\d?|i{1,3}v?)\b", re.I)


def cohort_items(crit: Any) -> list[Any]:
    """``crit`` (an eligibility.Criterion) as it stands, or its head and sub-bullets as criteria of their
    own, each with its cohort, when its sub-bullets belong to parts or cohorts (module docstring)."""
    if not crit.subitems or crit.kind != "inclusion":  # an exclusion with its items stays whole
        return [crit]
    starts = [start for _, start in crit.subitems]
    head = crit.text[: starts[0]].strip(" ;")
    bodies = [crit.text[a:b].strip(" ;") for a, b in zip(starts, [*starts[1:], len(crit.text)], strict=True)]
    named = [inline_cohort(body) for body in bodies]
    if len(head) > 120 or interpret(head, crit.kind):
        return [crit]  # a criterion with details ("HER2+ … as follows:" over each cohort's test) stays whole
    head_part = head.rstrip(" :") if _NAMES_A_PART.search(head) else None
    if head_part is None and not any(named):
        return [crit]
    pieces = []
    above: list[tuple[int, str]] = []  # (indent, cohort) of the named items above the one being read
    for (indent, _), body, name in zip(crit.subitems, bodies, named, strict=True):
        while above and above[-1][0] >= indent:
            above.pop()
        cohort = name or (above[-1][1] if above else head_part or crit.cohort)
        if name:
            above.append((indent, name))
        pieces.append(dataclasses.replace(crit, text=body, cohort=cohort, subitems=[]))
    return pieces
