"""Lines of an eligibility text that are not bullets: a heading naming a sub-study or a tumour's
cohort, a heading for all participants, a paragraph lead-in ending with ':' and a paragraph of its own
after a sub-bullet list (used by eligibility.split_criteria; module and part headings: heading_groups.py).
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.cohorts import label_parts
from her2nav.trials.criteria.linked_bullets import standalone_note
from her2nav.trials.criteria.tumour_cohorts import GASTRO_OESOPHAGEAL, tumours_taken

__all__ = [
    "VERB",
    "cohort_heading",
    "for_all_participants",
    "paragraph_after_list",
    "paragraph_lead_in",
    "topic_heading",
    "tumour_heading",
]

# A heading that names a sub-study without the words "inclusion"/"exclusion" ("Substudy 01: All
# Experimental arms", "Substudy 2", "Subprotocol C"): the criteria under it are that sub-study's, as
# under "Sub study 3 Specific Inclusion criteria". Part and module headings ("Module 1:" then "Part
# A:") nest and repeat across modules: they stay lead-ins, their items general.
_HEADING_KIND = r"(?:sub-?\s?stud(?:y|ies)|substud(?:y|ies)|sub-?protocols?)"
_COHORT_HEADING = re.compile(
    rf"^({_HEADING_KIND}\s*[0-9]{{1,2}}[a-z]?\d?|{_HEADING_KIND}\s+[a-z]\d?)\b(?P<rest>[^.]*)$", re.IGNORECASE
)
_NOT_A_HEADING = re.compile(r"\b(must|should|shall|will|may|can|have|has|are|is|with|who|were|was)\b", re.I)


# An arm named alone at the margin ("For Arm 2", "Arm 5 only", "For Arm 1 - Has … solid-tumor
# malignancy …"): the items under it, or the one after its dash, are that arm's (MK-1084, NCT05067283;
# twenty-ninth session, WQ: arms for untreated NSCLC and for colorectal cancer beside one for any solid
# tumour). A numbered arm only: "Arm A:" and "Part 1:" over a list are lead-ins (heading_groups.py).
_ARM_HEADING = re.compile(r"^(?:for\s+)?(arm\s+\d{1,2}[a-z]?(?:\s+only)?)\s*(?:$|[-–]\s+\S)", re.IGNORECASE)


def cohort_heading(raw: str) -> str | None:
    """The cohort a heading line names (see _COHORT_HEADING and _ARM_HEADING), or None for any other line."""
    stripped = raw.strip()
    if raw == raw.lstrip() and (arm := _ARM_HEADING.match(stripped)):
        return re.sub(r"\s+", " ", arm.group(1))  # "Arm 5 only", as the line says it
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


# A heading names; a sentence asks ("… must have …", "Participants who …"). "with" may name a cohort
# ("… in Combination with Pembrolizumab …", "Participants with brain metastases").
VERB = re.compile(r"\b(must|should|shall|will|may|can|have|has|are|is|who|were|was|be|been)\b", re.I)
# "Monotherapy Disease specific Criteria: Gastric/GEJ Cancer", "CTDS Inclusion Criteria: <regimen> in
# Pancreatic Cancer": the criteria of one tumour's cohort, named after the colon (issue 15, class 2; the
# record's own structure).
# … not a criterion written on the heading's line ("Inclusion criteria: Histologically confirmed …")
_A_CRITERION = re.compile(
    r"(histolog|cytolog|patholog|confirmed|documented|patients?|participants?|subjects?|diagnos|known|"
    r"prior|previous|history|no\b|any\b|age|adults?|men|women|male|female)",
    re.I,
)
_TUMOUR_HEADING = re.compile(r"^(?P<lead>[^:]{2,80}\bcriteria)\s*:\s*(?P<name>[^:]{3,160}?)\s*:?$", re.I)


def tumour_heading(raw: str, after_criteria: bool = False) -> str | None:
    """The cohort a heading "<…> Criteria: <a tumour's cohort>" names: the whole heading, or with
    ``after_criteria``, or when it names inclusion or exclusion (so that both name one cohort), the
    name after the colon; None when the name names no tumour type (gastro-oesophageal or another, not
    tumours at large), the line asks something, or it is not at the margin."""
    stripped = " ".join(raw.split())
    m = _TUMOUR_HEADING.match(stripped)
    if raw != raw.lstrip() or m is None or len(m["lead"].split()) > 8 or VERB.search(stripped):
        return None
    name = m["name"].strip(" -–:,")
    _, others = tumours_taken(name)
    if _A_CRITERION.match(name) or not (re.search(GASTRO_OESOPHAGEAL, name.casefold()) or others):
        return None
    named_by_kind = after_criteria or re.search(r"\b(inclusion|exclusion)\b", m["lead"], re.I)
    return name if named_by_kind else stripped.rstrip(" :")


def for_all_participants(raw: str) -> bool:
    """ "For all participants in combination therapy (CT) administration:": a heading whose criteria are
    every participant's of that treatment, not the cohort above's (read as the whole study's, as a
    "master"/"all" heading is)."""
    stripped = raw.strip()
    return (
        raw == raw.lstrip()
        and stripped.endswith(":")
        and len(stripped) < 160
        and re.match(r"for all (participants|patients|subjects)\b", stripped, re.I) is not None
    )


def paragraph_lead_in(raw: str) -> bool:
    """A line of its own, not indented, that ends with ':' ("Part 2 dose expansion cohorts may
    include:"): a lead-in for the items after it, not the end of the bullet above (issue 15, held-out
    review: glued to "ECOG 0 or 1" it read as "ECOG … Part 2"). Not a line opening in lower case, the rest
    of the bullet above wrapped at the margin ("- CT or MRI showed … or limited metastatic gastric" /
    "cancer with any of the following single site metastasis:", NCT04510064; sixty-ninth blind set, VT)."""
    stripped = raw.strip()
    return (
        raw == raw.lstrip()
        and stripped.endswith(":")
        and not stripped[:1].islower()
        and len(stripped) < 160
        and not standalone_note(stripped)
    )


def paragraph_after_list(raw: str) -> bool:
    """A sentence starting at the margin with a capital ("Tumours must be refractory …"): after a
    blank line that closes a sub-bullet list it is a criterion of its own, not the list's last item."""
    return raw[:1].isupper() and len(raw.strip()) > 20


_SMALL_WORDS = frozenset({"and", "or", "of", "the", "for", "in", "to", "with", "on"})


def topic_heading(line: str) -> bool:
    """A short line in title case with no full stop or digit ("Other Medical Conditions",
    "Prior/Concomitant Therapy"): a heading over the items after it."""
    words = re.split(r"[\s/&-]+", line)
    return (
        len(line) < 60
        and len(words) <= 6
        and line[-1:].isalpha()
        and not any(ch.isdigit() for ch in line)
        and all(w[:1].isupper() or w in _SMALL_WORDS for w in words if w)
    )


# "Phase 1 enrollment population:" over "* NSCLC", "* SCLC", "* Any solid tumors with L-MYC or N-MYC
# amplification" … (MRT-2359, NCT05546268; twenty-sixth session, WG): the populations a phase takes,
# each an alternative; read one by one, every tumour of the list was asked of every patient.
_POPULATION_HEADING = re.compile(
    r"^[^:;.]{0,40}\b(enrol(l)?ment|study|eligible|target) populations?\s*:", re.IGNORECASE
)


def population_heading(raw: str) -> bool:
    """A heading at the margin over the populations a study (or one of its phases) takes: its items are
    alternatives, gathered into it (eligibility.py) and read as one list (rules_option_lists.py)."""
    return raw == raw.lstrip() and raw.rstrip().endswith(":") and _POPULATION_HEADING.match(raw) is not None


def population_list(text: str) -> bool:
    """A criterion begun by such a heading, with the items gathered so far."""
    return _POPULATION_HEADING.match(text) is not None
