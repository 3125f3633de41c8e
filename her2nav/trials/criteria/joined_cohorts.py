"""Sub-items of several tumour cohorts joined into one criterion.

A record may nest each cohort's own conditions under one numbered item ("1. Tumor type:" then "Part C
… one of the following:" then "CRC and … no more than 2 prior chemotherapy regimens", "GC or GEJ and
must have received prior platinum and fluoropyrimidine-based chemotherapy", "SCLC and … no more than 3
prior lines": NCT06131840, the WB reviewer). The splitter keeps bullets under an item with it
(eligibility.split_criteria), so the criterion then holds every cohort's conditions at once, and
reading them together would ask each cohort's count of lines of every patient (issue 15, class 2). Such
a criterion is left open, naming why: which conditions apply depends on the cohort the patient joins."""

from __future__ import annotations

import re
from typing import Any

from her2nav.trials.criteria.rules import interpret
from her2nav.trials.criteria.tumour_cohorts import family_of, tumour_opening

# what a joined sub-item asks beyond its tumour ("CRC and must have received …", "PDAC with …")
_OWN_CONDITION = (" and ", " with ", " who ", " must ", " should ")
OPEN_COHORTS = {
    "type": "open_parts",
    "parts": ["which cohort the patient joins (the item lists several, each with its own conditions)"],
}


def cohorts_joined(text: str) -> bool:
    """Whether ``text`` joins sub-items ("…; …") of two or more kinds of tumour, each with conditions of
    its own. (Sub-items naming arms or parts are not taken: the part and HER2 readings already sort
    "For Dose Escalation, … HER2 negative; For Dose Expansion, …" and "Part 1 …; Cohort B: …".)"""
    if "; " not in text:
        return False
    families: set[str] = set()
    for part in text.split("; ")[1:]:
        words = tumour_opening(part)
        if words is not None and any(w in f" {part.lower()} " for w in _OWN_CONDITION):
            families.add(family_of(words))
    return len(families - {"mixed"}) >= 2


def open_joined_cohorts(criteria: list[Any]) -> None:
    """Leave each inclusion of ``criteria`` that joins several cohorts' conditions open, reading only
    what its lead-in asks of every cohort ("Patients with metastatic solid tumours who progressed on
    standard therapy"), unless the lead-in is itself one part's ("Participants in Part A and B must …")."""
    for crit in criteria:
        if any(r.get("listed") for r in crit.requirements):
            continue  # its items already read as alternatives (rules_option_lists.py)
        if crit.kind == "inclusion" and not crit.cohort and cohorts_joined(crit.text):
            lead = crit.text.split("; ")[0]
            one_part = re.search(r"\b(parts?|arms?|cohorts?)\b", lead, re.I) is not None
            common = [] if one_part else interpret(lead, crit.kind)
            crit.requirements = [*common, dict(OPEN_COHORTS)]
