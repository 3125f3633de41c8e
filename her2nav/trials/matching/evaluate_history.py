"""Evaluators for treatment-history requirements (criteria/rules_history.py, rules_lines.py): prior
exposure to an agent group, therapy given after a group, and the count of palliative lines. Each reads
the case's courses the way the review does (case/history.py, matching/patient.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from her2nav.case.history import exposed_to
from her2nav.case.models import TreatmentLine
from her2nav.knowledge.agents import vocabulary
from her2nav.trials.matching.finding import Finding, unknown
from her2nav.trials.matching.patient import PatientFacts, perioperative_not_counted


def prior_therapy(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    group = req["group"]
    courses = exposed_to(facts.case, group, include_current=False)
    if excepted := set(req.get("except") or ()):  # "…, except trastuzumab": those agents do not count
        groups = vocabulary().get
        courses = [t for t in courses if any(group in groups(a).groups for a in set(t.agents) - excepted)]
    if courses:
        agents = sorted({a for t in courses for a in t.agents})
        return Finding(True, f"prior {group.replace('_', ' ')}: received ({', '.join(agents)})")
    return Finding(False, f"prior {group.replace('_', ' ')}: none recorded among the case's treatments")


def _started_after(course: TreatmentLine, first: TreatmentLine) -> bool | None:
    """Whether ``course`` began after ``first``: by palliative line number, else by start date."""
    if course.is_palliative and first.is_palliative and course.line and first.line:
        return course.line > first.line
    if course.started_on is not None and first.started_on is not None:
        return course.started_on > first.started_on
    return None


def therapy_after(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """Anticancer therapy given after the first course containing the group (a course that itself
    contains the group does not count)."""
    group = req["group"]
    words = group.replace("_", " ")
    courses = exposed_to(facts.case, group)
    if not courses:
        return Finding(False, f"therapy after {words}: no {words} among the case's treatments")
    first = min(courses, key=lambda t: (t.line or 0, t.started_on or dt.date.max))
    later = [_started_after(t, first) for t in facts.case.treatments if t not in courses]
    if any(later):
        return Finding(True, f"therapy after {words}: another treatment followed the {words} course")
    if None in later:
        return unknown(
            f"therapy after {words}: the order of the case's treatments is not recorded",
            "record line numbers or start dates of every treatment",
        )
    return Finding(False, f"therapy after {words}: nothing else given after the {words} course")


def _recurrent(facts: PatientFacts) -> Finding | None:
    """Not newly diagnosed: disease that has recurred after curative treatment."""
    diag = facts.case.diagnosis
    if diag.setting == "recurrent" or diag.recurred_on is not None:
        return Finding(False, f"asks for newly diagnosed disease; the case is {diag.setting} (recurred)")
    return None


def prior_lines(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """A minimum counts completed lines; a maximum, and any count an exclusion names, also counts an
    ongoing line (a first line begun days ago is therapy received)."""
    if req.get("newly_diagnosed") and (found := _recurrent(facts)) is not None:
        return found
    n, started = facts.prior_lines, facts.lines_started
    group = req.get("perioperative_counts_with")
    uncounted = perioperative_not_counted(facts, group)
    n, started = n - uncounted, started - uncounted
    low, high = req.get("min"), req.get("max")
    at_least = started if kind != "inclusion" else n
    ok = (low is None or at_least >= low) and (high is None or started <= high)
    span = f"{low if low is not None else 0}–{high if high is not None else 'any'}"
    extra = f" (and line {started} is ongoing)" if started > n else ""
    if uncounted:
        extra += (
            f"; the study does not count perioperative therapy without {req['perioperative_counts_with']}"
        )
    return Finding(ok, f"prior palliative lines {span}; the case has {n}{extra}")
