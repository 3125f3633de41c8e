"""Lines of an eligibility text that are not bullets: a heading naming a sub-study, a paragraph lead-in
ending with ':' and a paragraph of its own after a sub-bullet list (used by eligibility.split_criteria).
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.cohorts import label_parts
from her2nav.trials.criteria.linked_bullets import standalone_note

__all__ = ["cohort_heading", "paragraph_after_list", "paragraph_lead_in"]

# A heading that names a sub-study without the words "inclusion"/"exclusion" ("Substudy 01: All
# Experimental arms", "Substudy 2", "Subprotocol C"): the criteria under it are that sub-study's, as
# under "Sub study 3 Specific Inclusion criteria". Part and module headings ("Module 1:" then "Part
# A:") nest and repeat across modules: they stay lead-ins, their items general.
_HEADING_KIND = r"(?:sub-?\s?stud(?:y|ies)|substud(?:y|ies)|sub-?protocols?)"
_COHORT_HEADING = re.compile(
    rf"^({_HEADING_KIND}\s*[0-9]{{1,2}}[a-z]?\d?|{_HEADING_KIND}\s+[a-z]\d?)\b(?P<rest>[^.]*)$", re.IGNORECASE
)
_NOT_A_HEADING = re.compile(r"\b(must|should|shall|will|may|can|have|has|are|is|with|who|were|was)\b", re.I)


def cohort_heading(raw: str) -> str | None:
    """The cohort a heading line names (see _COHORT_HEADING), or None for any other line."""
    stripped = raw.strip()
    m = _COHORT_HEADING.match(stripped)
    if raw != raw.lstrip() or m is None or len(stripped.split()) > 8 or _NOT_A_HEADING.search(stripped):
        return None
    rest = m["rest"].strip()
    if not rest.startswith(":") and re.search(r"\b(cohorts|arms|parts|groups|sub-?\s?studies)\b", rest, re.I):
        return None  # "Part 2 expansion cohorts:": a lead-in for the cohorts listed under it
    label = m.group(1) if rest.startswith(":") else stripped.rstrip(":")
    if re.search(r",|\band\b|&", label) and len(label_parts(label)) < 2:
        return None  # "Subprotocol A, B, and C": several sub-studies no part label can copy to
    return re.sub(r"\s+", " ", label).strip(" -–:,") or None


def paragraph_lead_in(raw: str) -> bool:
    """A line of its own, not indented, that ends with ':' ("Part 2 dose expansion cohorts may
    include:"): a lead-in for the items after it, not the end of the bullet above (issue 15, held-out
    review: glued to "ECOG 0 or 1" it read as "ECOG … Part 2")."""
    stripped = raw.strip()
    return (
        raw == raw.lstrip()
        and stripped.endswith(":")
        and len(stripped) < 160
        and not standalone_note(stripped)
    )


def paragraph_after_list(raw: str) -> bool:
    """A sentence starting at the margin with a capital ("Tumours must be refractory …"): after a
    blank line that closes a sub-bullet list it is a criterion of its own, not the list's last item."""
    return raw[:1].isupper() and len(raw.strip()) > 20
