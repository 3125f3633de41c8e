"""Evaluator for the ``washout`` requirement (criteria/rules_timing.py): the time since the last course
of a kind of therapy ("4 weeks since chemotherapy", "28 days or 5 half-lives, whichever is longer",
investigational agents "concurrently or within 28 days"), read against the case's treatment dates and
the antibodies' half-lives (knowledge/data/agents.yaml)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from her2nav.case.history import exposed_to
from her2nav.case.models import TreatmentLine
from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.load import threshold
from her2nav.trials.criteria.rule_text import WASHOUT_SCOPE_GROUPS
from her2nav.trials.matching.finding import Finding, holds, not_applicable, unknown
from her2nav.trials.matching.patient import PatientFacts

# Wash-outs named by the kind of molecule (agents.yaml modality): "small molecules", and antibodies,
# conjugated or not ("antibody based anti-cancer therapy ≥ 4 weeks" covers T-DXd: VIKTORY-2, NCT06085755;
# the VC reviewer)
_BY_MODALITY = {
    "small_molecule": ("small_molecule",),
    "antibody": ("monoclonal_antibody", "adc", "bispecific"),
}
_SCOPE_WORDS = {
    "systemic": "anticancer",
    "antibody": "antibody",
    "chemotherapy": "chemotherapy",
    "targeted": "targeted",
    "small_molecule": "small-molecule",
}


def _in_scope(agent: str, scope: str) -> bool:
    """Whether ``agent`` is of the therapy a wash-out names: its agents.yaml groups, or its modality for
    small molecules and antibodies ("targeted agents and small molecules >= 2 weeks", beside "antibody
    based therapy >= 4 weeks": VIKTORY-2, NCT06085755; the TD, UQ and VC reviewers)."""
    if scope == "systemic":
        return True
    known = vocabulary().by_id.get(agent)
    if known is None:
        return False
    if scope in _BY_MODALITY:
        return known.modality in _BY_MODALITY[scope]
    return not known.groups.isdisjoint(WASHOUT_SCOPE_GROUPS.get(scope, (scope,)))


def _courses(facts: PatientFacts, scope: str) -> list[TreatmentLine]:
    if scope == "systemic":  # every course, whatever its agents' groups
        return list(facts.case.treatments)
    # the scope's groups, or the one agents.yaml group it names
    groups = WASHOUT_SCOPE_GROUPS.get(scope, (scope,))
    if scope in _BY_MODALITY:
        return [t for t in facts.case.treatments if any(_in_scope(a, scope) for a in t.agents)]
    found: list[TreatmentLine] = []
    for group in groups:
        found += [t for t in exposed_to(facts.case, group) if t not in found]
    return found


def _half_life(agent: str, own: bool) -> float:
    """The antibody's half-life in days: its own (agents.yaml, from its label) when ``own``, else the
    floor every therapeutic antibody reaches (kb.yaml ``antibody_half_life_floor_days``)."""
    known = vocabulary().by_id.get(agent) if own else None
    return (known.half_life_days if known else None) or threshold("antibody_half_life_floor_days")


def _antibody_too_recent(
    courses: list[TreatmentLine], half_lives: int, as_of: dt.date, own: bool = True, scope: str = "systemic"
) -> str | None:
    """The antibody given within ``half_lives`` of its half-lives before ``as_of`` (its name and days
    since), if any: that many half-lives cannot have passed. ``own``: each antibody's own half-life
    where the knowledge base has it (the text asks for half-lives), else the floor (an "adequate"
    wash-out the text does not define: 5 half-lives is only the usual reading)."""
    for course in courses:
        if course.ended_on is None:
            continue
        gap = (as_of - course.ended_on).days
        for agent in (a for a in course.agents if "mab" in a and _in_scope(a, scope)):
            span = half_lives * _half_life(agent, own)
            if gap < span:
                return f"{agent} (an antibody) {gap} days before; {half_lives} half-lives last {span:g} days"
    return None


def _investigational_washout(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """A wash-out of investigational agents only (criteria/rules_timing.py). CONTRACT §1 does not mark
    a course as investigational: no anticancer therapy in the interval passes it; a course in the
    interval leaves it unknown (it may have been standard therapy), never failed."""
    days, half = req.get("days"), req.get("half_lives")
    as_of = facts.case.as_of
    recent = [
        t
        for t in facts.case.treatments
        if t.ongoing
        or t.ended_on is None
        or days is None
        or (as_of - t.ended_on).days < days
        or (half and _antibody_too_recent([t], half, as_of))  # "30 days or 5 half-lives"
    ]
    if not recent:
        return holds(kind, True, f"no anticancer therapy of any kind in the last {days} days")
    agents = ", ".join(sorted({a for t in recent for a in t.agents}))
    return unknown(
        f"asks about investigational agents in the last {days} days; the case does not record whether "
        f"its recent therapy ({agents}) was given as an investigational product",
        "ask whether the recent therapy was given within a clinical study",
    )


def washout(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """Whether the wash-out since the last dose of the therapy named is complete on ``as_of``. A wash-out
    from chemotherapy passed only because the case's recent course was an antibody-drug conjugate stays
    open: its payload is a cytotoxic drug, and whether a study counts it as chemotherapy the text does not
    say (the VT and UR reviewers counted T-DXd and disitamab vedotin as chemotherapy; agents.yaml files
    them as modality adc)."""
    found = _washout(req, facts, kind)
    passed = req.get("scope") == "chemotherapy" and found.value == (kind == "inclusion")
    if passed and (conjugate := _recent_conjugate(facts, req)):
        return unknown(
            f"{found.reason}; but {conjugate}: an antibody-drug conjugate, whose payload is a cytotoxic"
            " drug, which the study may count as chemotherapy",
            "ask the study team whether an antibody-drug conjugate counts as chemotherapy here",
        )
    return found


def _recent_conjugate(facts: PatientFacts, req: dict[str, Any]) -> str | None:
    """An antibody-drug conjugate given within the wash-out's days before ``as_of`` (or still given), in
    the settings it names, as words."""
    as_of, days, settings = facts.case.as_of, req.get("days"), req.get("settings")
    for course in facts.case.treatments:
        if settings and course.setting not in settings:
            continue
        adcs = [
            a for a in course.agents if (k := vocabulary().by_id.get(a)) is not None and k.modality == "adc"
        ]
        if not adcs:
            continue
        if course.ongoing or course.ended_on is None:
            return f"{', '.join(adcs)} is still given or its last dose is not recorded"
        if days and (gap := (as_of - course.ended_on).days) < days:
            return f"{', '.join(adcs)} was last given {course.ended_on}, {gap} days before {as_of}"
    return None


def _washout(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    scope = req.get("scope", "systemic")
    if scope == "investigational":
        return _investigational_washout(req, facts, kind)
    words = _SCOPE_WORDS.get(scope, scope)
    courses = _courses(facts, scope)
    if excepted := set(req.get("except") or ()):  # "an immunotherapy other than pembrolizumab in the
        # last 4 weeks": a course counts when it gave an agent of the scope the text does not except
        courses = [t for t in courses if any(_in_scope(a, scope) and a not in excepted for a in t.agents)]
        words = f"{words} (other than {', '.join(sorted(excepted))})"
    if settings := req.get("settings"):  # "… from completion of prior neoadjuvant or adjuvant chemotherapy"
        courses = [t for t in courses if t.setting in settings]
        words = f"{words} ({' or '.join(settings)})"
    if not courses:
        return not_applicable(kind, f"no {words} therapy among the case's treatments")
    ongoing = [t for t in courses if t.ongoing]
    if ongoing:
        t = ongoing[0]
        since = f" since {t.started_on}" if t.started_on else ""
        return holds(kind, False, f"{words} therapy is ongoing ({', '.join(t.agents)}{since})")
    days = req.get("days")
    if days == 0:
        return holds(kind, True, f"no {words} therapy is ongoing")
    ends = [t.ended_on for t in courses]
    if None in ends:
        return unknown(
            f"wash-out after {words} therapy; a last dose date is not recorded", "record the last dose date"
        )
    as_of = facts.case.as_of
    last = max(e for e in ends if e is not None)
    gap = (as_of - last).days
    said = f"last {words} dose {last}, {gap} days before {as_of}"
    if days is None:
        lives = req.get("half_lives") or 5  # "adequate wash-out": at least 5 half-lives
        if recent := _antibody_too_recent(courses, lives, as_of, own="half_lives" in req, scope=scope):
            return holds(kind, False, f"wash-out not stated in days, at least {lives} half-lives: {recent}")
        return unknown(
            f"wash-out not stated in days; {said}", "ask the study team for the protocol's wash-out"
        )
    half, which = req.get("half_lives"), req.get("whichever")
    if gap < days:
        recent = _antibody_too_recent(courses, half, as_of, scope=scope) if half else None
        if recent:  # fewer days than asked, and fewer than the half-lives: failed whichever is meant
            return holds(kind, False, f"needs {days} days or {half} half-lives; {recent}")
        if half and which != "longer":
            return unknown(
                f"{days} days or {half} half-lives ({which or 'which is not said'}); {said}",
                f"check {half} half-lives of the last agents",
            )
        ready = last + dt.timedelta(days=days)
        return holds(kind, False, f"needs {days} days since {words} therapy; {said} (complete on {ready})")
    if half and which != "shorter":
        if which == "longer" and (recent := _antibody_too_recent(courses, half, as_of, scope=scope)):
            # "4 weeks or 5 half-lives, whichever is longer": an antibody's own half-lives not yet
            # passed fail it (ramucirumab 62 days before, 5 x 14 days: the TB and UP reviewers)
            return holds(
                kind, False, f"needs {days} days or {half} half-lives, whichever is longer; {recent}"
            )
        return unknown(
            f"{days} days or {half} half-lives ({which or 'which is not said'}); {said}",
            f"check {half} half-lives of the last agents",
        )
    return holds(kind, True, f"needs {days} days since {words} therapy; {said}")
