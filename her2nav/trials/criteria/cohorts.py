"""Cohort labels of criteria (parts, cohorts, arms) read as the sets of parts they name.

A study's criteria may name the same part in several ways: "Part 2 only", a heading "Additional
Part 2 criteria", "For Part 2, Part 3, Part 4 and Part 5, …", and a part may have sub-parts ("Part 3"
holds "Part 3a" and "Part 3b"). Matching (trials/matching/judge.py) compares cohort labels as strings,
so a clause written for several parts would be judged for one only and hidden from the others. Here:

- ``split_part_clauses``: one criterion holding a clause per part ("For Part 1, … For Part 2, Part 3
  and Part 4, …") becomes one criterion per clause; so does an item whose paragraphs each give a
  phase's list of allowed tumours ("… solid tumor For Phase 1a, the following solid tumors are allowed:
  … For Phase 2, …"), after what every phase asks;
- ``part_labels``: every cohort label is replaced by the finest parts it covers: a clause for
  "Part 1, 2, 3a, 4a" is copied to each of those parts (a copy per part, same text and requirements),
  "Part 3" to "Part 3a" and "Part 3b", and "Part 2 only" and "Additional Part 2" share "Part 2".

Labels that name no numbered or lettered part ("Dose expansion") are left as they are, and so is a
study whose labels each name one part no other label names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

_KINDS = {
    "part": "Part",
    "parts": "Part",
    "cohort": "Cohort",
    "cohorts": "Cohort",
    "arm": "Arm",
    "arms": "Arm",
    "module": "Module",
    "modules": "Module",
    "substudy": "Substudy",  # "For Substudy B and C, …" (PF-07799544, NCT05538130)
    "substudies": "Substudy",
}
_ID = re.compile(r"\d{1,2}[a-z]?|[a-z]\d?")
_GLUE = {",", "and", "or", "&", "/", "to"}


@lru_cache(maxsize=2048)
def label_parts(label: str) -> tuple[str, ...]:
    """The parts a label names, in order ("For Part 3b,4b and Part 5" → Part 3b, Part 4b, Part 5);
    empty when it names none."""
    parts: list[str] = []
    kind: str | None = None
    for word in re.findall(r"[a-z0-9]+|[,&/]", label.casefold()):
        if word in _KINDS:
            kind = _KINDS[word]
        elif kind and _ID.fullmatch(word):
            parts.append(f"{kind} {word.upper() if word[0].isalpha() else word}")
        elif not (kind and word in _GLUE):
            kind = None
    return tuple(dict.fromkeys(parts))


def _covers(wide: str, narrow: str) -> bool:
    """Whether part ``wide`` holds part ``narrow`` ("Part 3" holds "Part 3b", "Part A" holds "Part A1";
    "Part 1" does not hold "Part 10")."""
    if wide == narrow:
        return True
    if not narrow.startswith(wide) or wide.split(" ")[0] != narrow.split(" ")[0]:
        return False
    rest = narrow[len(wide) :]
    return wide[-1].isdigit() != rest[0].isdigit()


@dataclass
class _Plan:
    finest: list[str] = field(default_factory=list)
    covered: dict[str, list[str]] = field(default_factory=dict)  # label → finest parts it covers


def _plan(labels: list[str]) -> _Plan | None:
    """The finest parts of a study and the ones each label covers, or None when nothing overlaps (every
    label names one part of its own, or names none)."""
    named = {label: label_parts(label) for label in labels}
    every = list(dict.fromkeys(p for parts in named.values() for p in parts))
    finest = [p for p in every if not any(q != p and _covers(p, q) for q in every)]
    plan = _Plan(finest)
    for label, parts in named.items():
        if parts:
            plan.covered[label] = [f for f in finest if any(_covers(p, f) for p in parts)]
    owners: dict[str, int] = {}
    for covered in plan.covered.values():
        for part in covered:
            owners[part] = owners.get(part, 0) + 1
    simple = all(len(c) == 1 for c in plan.covered.values()) and all(n == 1 for n in owners.values())
    return None if simple else plan


def part_labels(criteria: list[Any], copy: Any) -> list[Any]:
    """``criteria`` with each cohort label replaced by the finest parts it covers (a criterion covering
    several is copied, once per part, by ``copy(criterion, part)``); see the module docstring."""
    labels = list(dict.fromkeys(c.cohort for c in criteria if c.cohort))
    plan = _plan(labels)
    if plan is None:
        return criteria
    named = _tumour_names(plan)
    out: list[Any] = []
    for crit in criteria:
        covered = plan.covered.get(crit.cohort or "")
        if not covered:
            out.append(crit)
            continue
        out.extend(copy(crit, named.get(part, part)) for part in covered)
    return out


def _tumour_names(plan: _Plan) -> dict[str, str]:
    """The parts a tumour cohort's label names alone ("tumour cohort: melanoma (For Substudy B)"), by that
    label: a clause for "Substudy B and C" then joins the melanoma cohort as well as Substudy C, and the
    cohort keeps the tumour that matching reads from its label (PF-07799544, NCT05538130; twenty-ninth
    session, WL)."""
    named: dict[str, str] = {}
    for label, covered in plan.covered.items():
        if is_tumour_cohort(label) and len(covered) == 1:
            named.setdefault(covered[0], label)
    return named


# "For Part 1, … For Part 2, Part 3 and Part 4, …": a clause per part in one criterion.
_NEXT_PART_CLAUSE = re.compile(r"(?<=\S)\s+(?=For (?:Parts?|Cohorts?|Arms?|Modules?)\s+\w{1,3}\b)")
_FIRST_PART_CLAUSE = re.compile(r"^For (?:Parts?|Cohorts?|Arms?|Modules?)\s+\w{1,3}\b", re.IGNORECASE)
# "Part A (monotherapy): … . Part B (combination): …": a part named with a colon or dash after each
# sentence (issue 15, held-out review: parts with different populations).
_NAMED_PART = (
    r"(?:Part|Cohort|Arm|Module)\s+(?:\d{1,2}[a-z]?|[A-Z]\d?)\b(?:\s*\([^)]{1,40}\))?\s*(?::|\s[-–]\s)"
)
_NEXT_NAMED_PART = re.compile(rf"(?<=[.;])\s+(?={_NAMED_PART})")
_FIRST_NAMED_PART = re.compile(rf"^{_NAMED_PART}")
# "… or have no options of standard of care. During cohort expansion, subjects will be enrolled as
# follows: Cohort 1: SCLC subjects who …; Cohort 2: Subjects with DLL3-positive …" (eighteenth blind
# set, TU): a general sentence, then the parts, each after a stop, a semicolon or the lead-in's colon
_INNER_NAMED_PART = re.compile(rf"(?<=[.;:])\s+(?={_NAMED_PART})")
# "… junction; (for the 1L Gastric Cancer Cohort: no prior systemic therapy …; for the 2L Gastric Cancer
# Cohort: disease progression …)" (eighteenth blind set, TU, MORPHEUS): a clause per named cohort
_FOR_THE_NAMED_COHORT = re.compile(
    r"(?:[(;]\s*)+(?=for the [^:;()]{1,40}? (?:cohort|part|arm)\s*:)", re.IGNORECASE
)


# "Have … advanced/metastatic solid tumor For Phase 1a, the following solid tumors are allowed: … For Phase
# 2, the following solid tumors are allowed: …" (ST-067, NCT04787042; twenty-eighth session, WF): one
# item holding each phase's list of allowed tumours, after what every phase asks
_PHASE_LIST = re.compile(
    r"(?<=\S)\s+(?=For (?:Phases?|Parts?|Cohorts?|Arms?)\s+\w{1,3}\b[^,:;.]{0,60},\s+the following\b"
    r"[^:;.]{0,40}\b(?:are|is)\s+(?:allowed|permitted)\b[^:;.]{0,40}:)"
)


def _parts_after_lead_in(text: str) -> bool:
    """Two or more parts named inside a criterion, the first after a lead-in's colon ("… as follows:
    Cohort 1: …; Cohort 2: …"), not in a list of its own ("Part 2 Cohort A: …; Cohort B: …")."""
    found = list(_INNER_NAMED_PART.finditer(text))
    return len(found) >= 2 and text[: found[0].start()].rstrip().endswith(":")


def split_part_clauses(text: str) -> list[str]:
    """The clauses of a criterion that starts "For Part …" (or "Part A: …") and has another such
    clause later (a capitalised "For", or a part named after a full stop); the text alone otherwise."""
    if "the following" in text and _PHASE_LIST.search(text):
        pieces = [p.strip() for p in _PHASE_LIST.split(text) if p.strip()]
    elif _FIRST_PART_CLAUSE.match(text):
        pieces = [p.strip() for p in _NEXT_PART_CLAUSE.split(text) if p.strip()]
    elif _FIRST_NAMED_PART.match(text):
        pieces = [p.strip() for p in _NEXT_NAMED_PART.split(text) if p.strip()]
    elif "for the" in text and len(_FOR_THE_NAMED_COHORT.findall(text)) >= 2:
        pieces = [p.strip(" ()") for p in _FOR_THE_NAMED_COHORT.split(text) if p.strip(" ()")]
    elif ":" in text and _parts_after_lead_in(text):
        pieces = [p.strip() for p in _INNER_NAMED_PART.split(text) if p.strip()]
    else:
        return [text]
    return pieces if len(pieces) > 1 else [text]


# A cohort a bullet defines by the tumour it takes (criteria/tumour_cohorts.py): "tumour cohort: <the
# bullet's tumour words>". Matching shows these cohorts' criteria whatever cohort it follows.
TUMOUR_COHORT = "tumour cohort: "


def is_tumour_cohort(label: str | None) -> bool:
    return bool(label) and str(label).startswith(TUMOUR_COHORT)


def tumour_of(label: str) -> str:
    """The tumour a cohort label names ("tumour cohort: renal cell carcinoma" → "renal cell carcinoma");
    the label itself for other cohorts."""
    return label[len(TUMOUR_COHORT) :] if is_tumour_cohort(label) else label


def cohort_name(label: str) -> str:
    """How a cohort is named to people: "the cohort for <tumour>" for a tumour cohort, else its label."""
    return f"the cohort for {tumour_of(label)}" if is_tumour_cohort(label) else label
