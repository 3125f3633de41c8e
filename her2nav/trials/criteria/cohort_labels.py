"""Cohort labels written inside a criterion (eligibility.py reads them): "Cohort A: …", "For Part 1,
…" at its start, "(Cohort 1 only)" at its end, and an exclusion said to be for one arm or cohort only
("Arm 2 only: …", "… for patients in Arm B.")."""

from __future__ import annotations

import re
from typing import Any

_ONE_PART = r"(?:cohort|part|arm|module)\s+(?:\d{1,2}[a-z]?|[a-z]\d?)"
_NAMED_COHORT = re.compile(r"^\(?(?:only )?for the ([^:;()]{1,40}? (?:cohort|part|arm))\s*:", re.IGNORECASE)
_INLINE_COHORT = (
    re.compile(
        r"^((?:dose[- ]escalation|dose[- ]expansion|escalation|expansion|cohorts?|parts?|arms?|modules?|"
        r"sub-?stud(?:y|ies)|substudy|panel)\b[^:]{0,40}):",
        re.IGNORECASE,
    ),
    # "For Part 3b,4b and Part 5, …": the whole list of parts; "For Substudy B and C, …" (PF-07799544,
    # NCT05538130; twenty-eighth session, WL)
    re.compile(
        r"^(for (?:cohorts?|parts?|arms?|modules?|substud(?:y|ies))\s+(?:\d{1,2}[a-z]?|[a-z]\d?)\b"
        r"(?:\s*(?:,|and|or|&)\s*(?:(?:cohorts?|parts?|arms?|modules?|substud(?:y|ies))\s+)?"
        r"(?:\d{1,2}[a-z]?|[a-z]\d?)\b)*)"
        r"\s*[,:]?\s",
        re.IGNORECASE,
    ),
    re.compile(r"^(for (?:cohorts?|parts?|arms?|modules?)\b[^,:]{0,40})[,:]", re.IGNORECASE),
    re.compile(r"^([^-–:]{2,80}\([A-Za-z0-9-]{2,12}\))\s*[-–]\s"),
    # "Part A - …", "Part B (combination) – …", "In Part B, …", "Dose escalation (Part A): …" (issue 15,
    # held-out review: parts with different populations are alternatives)
    re.compile(rf"^({_ONE_PART}\b(?:\s*\([^)]{{1,40}}\))?)\s*[-–]\s", re.IGNORECASE),
    re.compile(rf"^in ({_ONE_PART})\b\s*[,:]", re.IGNORECASE),
    # "For Phase 1a, the following solid tumors are allowed: …" (ST-067, NCT04787042; twenty-eighth
    # session, WF): a phase's own list
    re.compile(r"^for (phase\s*\d{1,2}[a-z]?\b[^,:;.]{0,60}?)\s*,\s+the following\b", re.IGNORECASE),
    # "Monotherapy Cohort M2: Has pancreatic, gastric, …", "Phase 1B combination expansion cohort: Has any …"
    # (LNS8801, NCT04130516; twenty-eighth session, WI): a cohort's name of a few words before its colon
    re.compile(
        r"^((?:(?!patients\b|participants\b|subjects\b|for\b|in\b|all\b|each\b|the\b)[a-z0-9-]+ ){1,4}"
        r"(?:cohort|arm)(?: [a-z]{0,2}\d{1,2}[a-z]?)?)\s*:",
        re.IGNORECASE,
    ),
    # "For dose finding stage: patients with …" (eighteenth blind set, TT: a phase 1 study's stages)
    re.compile(
        r"^for (?:the )?(dose[- ](?:finding|escalation|expansion)(?: stage| phase| part| cohort)?)\s*[:,]",
        re.IGNORECASE,
    ),
    # "Only for the 1L Gastric Cancer Cohort: …", "(for the 2L Gastric Cancer Cohort: …" (eighteenth
    # blind set, TU, MORPHEUS): a cohort named by its words before "cohort"
    _NAMED_COHORT,
    re.compile(rf"^([^:()]{{0,60}}\({_ONE_PART}\))\s*:", re.IGNORECASE),
    # "Participants in Cohorts A1 and A2 (Part 2A): …", "Patients in Part C: …" (SAR445877, NCT05584670;
    # twenty-sixth session, WH): the cohort the sub-bullet is for
    re.compile(
        r"^(?:participants|patients|subjects) (?:in|enrolled in|assigned to) (?:the )?"
        # (a name, not a sentence: "Participants in Part A must have one of the following tumor types:" names
        # no cohort before its colon)
        r"((?:parts?|cohorts?|arms?)\b(?:(?!\b(?:must|should|shall|will|may|are|is|have|has)\b)[^:]){0,100}):",
        re.IGNORECASE,
    ),
)


# "Prior HER2-directed therapy (Cohort 1 only).": a clause for one cohort, in either kind of criterion.
ONLY_FOR_COHORT = re.compile(
    r"\((?:for |in )?((?:cohorts?|parts?|arms?|groups?|modules?)\s+[\w.-]+"
    r"(?:\s*(?:,|and|or)\s*[\w.-]+)*)\s+only\)\.?\s*$",
    re.IGNORECASE,
)


# A clause an exclusion says is for one arm or cohort only: "Arm 2 only: …", "Only for Cohort 3: …",
# "… for patients in Arm B.", "… (applies to Arm A).", "…, in Cohort 2 only." (issue 15, held-out
# review: an arm's bullet must not exclude a patient from the whole study when another arm fits).
_COHORT_ID = r"(?:cohorts?|parts?|arms?|modules?)\s+(?:\d{1,2}[a-z]?|[a-z]\d?)\b"
# Every _EXPLICIT_COHORT pattern needs one of these words (_COHORT_ID): a criterion without any skips them.
_COHORT_ID_WORDS = ("cohort", "part", "arm", "module")
_EXPLICIT_COHORT = (
    re.compile(rf"^(?:only )?(?:for |in )?({_COHORT_ID})\s+only\s*[:,-]", re.IGNORECASE),
    re.compile(rf"^only (?:for|in) ({_COHORT_ID})\s*[:,-]", re.IGNORECASE),
    re.compile(
        rf"\b(?:for|in) (?:patients|participants|subjects) (?:in|assigned to|randomi[sz]ed to|enrolled in) "
        rf"(?:the )?({_COHORT_ID})(?: only)?\.?\s*$",
        re.IGNORECASE,
    ),
    re.compile(rf"\((?:applies (?:only )?to|for) ({_COHORT_ID})(?: only)?\)\.?\s*$", re.IGNORECASE),
    re.compile(rf",? in ({_COHORT_ID}) only\.?\s*$", re.IGNORECASE),
    _NAMED_COHORT,
)


def without_named_cohort(text: str) -> str:
    """``text`` without a cohort named at its start by its words ("Only for the 1L Gastric Cancer
    Cohort: …"): the name is no tumour or line the criterion asks for."""
    if "for the" not in text[:20].lower() or (m := _NAMED_COHORT.match(text)) is None:
        return text
    return text[m.end() :].strip()


def explicit_cohort(text: str) -> str | None:
    """The one arm or cohort a criterion says it is for only, or None."""
    low = text.lower()
    if not any(word in low for word in _COHORT_ID_WORDS):
        return None
    for pattern in _EXPLICIT_COHORT:
        if m := pattern.search(text):
            return m.group(1).strip()
    return None


def inline_cohort(text: str) -> str | None:
    """A cohort named at the start of a criterion ("Cohort A: …", "NSCLC (…) - …", "For Part 1, …")."""
    for pattern in _INLINE_COHORT:
        if m := pattern.match(text):
            return _NOT_LIMITED.sub("", m.group(1)).strip()  # "Part 2 includes but is not limited to:"
    return None


_NOT_LIMITED = re.compile(
    r"\s+(includes?|including|may include),? but (is |are )?not limited to$", re.IGNORECASE
)


def orphans_to_all(criteria: list[Any]) -> list[Any]:
    """An exclusion said to be for a cohort that no inclusion defines, in a study whose inclusions do
    define cohorts, applies to all: matching follows the inclusion cohorts, and a cohort made of
    exclusions alone would otherwise pass as one the patient fits (issue 15: judge.CohortView). An
    exclusion labelled at its start with a cohort the inclusions define ("Arm A: previously received
    …" beside "Arm A: never received …") is that cohort's (HLX07, NCT05246982; tenth blind set)."""
    defined = {c.cohort for c in criteria if c.cohort and c.kind == "inclusion"}
    if defined:
        for crit in criteria:
            if crit.kind == "exclusion" and crit.cohort and crit.cohort not in defined:
                crit.cohort = None
            elif crit.kind == "exclusion" and not crit.cohort and inline_cohort(crit.text) in defined:
                crit.cohort = inline_cohort(crit.text)
    return criteria
