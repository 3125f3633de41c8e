"""Whether standard therapy is exhausted for the patient (requirement ``standard_exhausted``), and
alternatives of requirements (``any_of``: "progressed on prior treatment, or no acceptable option").

The rule, kept simple and on the review's own sources: the disease must be advanced and no palliative
line may be running (a patient on treatment has not failed it); then a standard option is left when
the knowledge base lists, for the case's current line (case/history.count_lines, CONTRACT §1), a drug
option that asks nothing beyond the line (HER2 "any", no other requirement, no region restriction)
and whose agents the patient has not all received. Options with conditions (HER2-directed, biomarker
or region bound) are left to the review; when only such options could remain, the answer stays open.
From the line at which kb.yaml puts best supportive care among the options (after two lines), options
left also leave it open: their benefit is modest, and studies differ on whether they must be tried.
Whether the patient is a candidate for the options left (``not_standard_candidate``) is the treating
doctor's judgement, settled only for a fit patient who has had no line for advanced disease.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from her2nav.case.history import count_lines, early_relapse_after_curative_therapy, exposed_to
from her2nav.case.models import Case
from her2nav.knowledge.load import knowledge_base, threshold
from her2nav.knowledge.models import Option, Requirements
from her2nav.trials.matching.finding import Finding, unknown
from her2nav.trials.matching.patient import PatientFacts

_WORDS = "standard therapy exhausted"


def _unconditional(option: Option, line: int) -> bool:
    return (
        option.is_drug
        and option.lines.contains(line)
        and option.her2 == "any"
        and option.requires == Requirements()
        and not option.regions_only
    )


def _options_left(case: Case, line: int) -> list[str]:
    """The knowledge base's options without conditions for ``line`` whose agents the case has not all had
    for advanced disease. A (neo)adjuvant course the disease recurred more than six months after is no
    line (CONTRACT §1), so line 1's options are an untreated patient's (the UV reviewer: perioperative
    FLOT three years before the recurrence leaves first-line chemotherapy to give)."""
    early = early_relapse_after_curative_therapy(case)
    given = case.model_copy(
        update={"treatments": [t for t in case.treatments if t.is_palliative or t is early]}
    )
    return [
        option.name
        for option in knowledge_base().options.values()
        if _unconditional(option, line) and not all(exposed_to(given, c) for c in option.components)
    ]


def standard_exhausted(facts: PatientFacts) -> Finding:
    case = facts.case
    if not facts.advanced:
        return Finding(False, f"{_WORDS}: the disease is not advanced ({case.diagnosis.setting})")
    running = [t for t in case.treatments if t.is_palliative and t.ongoing]
    if running:
        return Finding(False, f"{_WORDS}: a palliative line is running ({', '.join(running[0].agents)})")
    line = count_lines(case).current_line or 1
    if (left := _options_left(case, line)) and line >= threshold("best_supportive_care_from_line"):
        # after two lines the options left bring little (kb.yaml): whether a study counts them as the
        # standard its patients must have failed is read both ways (issue 15: of 13 outside judgements
        # at line 3 or later with options left, 9 met, 3 not met, 1 open)
        return unknown(
            f"{_WORDS}: options remain at line {line} ({'; '.join(left)}), where the benefit of further "
            "therapy is modest; whether the study counts them as standard is its reading",
            "ask the study team whether the options left must have been tried",
        )
    if left:
        return Finding(False, f"{_WORDS}: standard options remain at line {line} ({'; '.join(left)})")
    return unknown(
        f"{_WORDS}: no standard option without conditions is left at line {line}; whether the others "
        "were used, refused or not tolerated is not recorded",
        "ask the treating team whether standard options are exhausted",
    )


_CANDIDATE = "not a candidate for the standard options left"


def not_standard_candidate(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """Whether the patient is not a candidate for the standard options left ("refractory to, or not
    suitable for, standard treatment"). That is the treating doctor's judgement, except where the
    record settles it: advanced disease with no palliative line given yet, an ECOG below the score the
    NCCN practice aid routes to best supportive care (kb.yaml ``ecog_best_supportive_care``) and a
    first-line option without conditions left make a candidate for first-line therapy (issue 15:
    every outside reviewer judged such a patient not to meet the clause)."""
    case = facts.case
    ecog = case.patient.ecog
    untreated = not any(t.is_palliative for t in case.treatments)
    fit = ecog is not None and ecog < threshold("ecog_best_supportive_care")
    if facts.advanced and untreated and fit and (left := _options_left(case, 1)):
        return Finding(
            False,
            f"{_CANDIDATE}: no line for advanced disease given yet, ECOG {ecog}; first-line standard "
            f"options remain ({'; '.join(left)})",
        )
    return unknown(
        f"the case does not record: {_CANDIDATE} (the treating doctor's judgement)",
        f"ask the patient's team about: {_CANDIDATE} (the treating doctor's judgement)",
    )


def any_of(
    options: list[list[dict[str, Any]]],
    facts: PatientFacts,
    evaluate: Callable[[dict[str, Any], PatientFacts, str], Finding],
) -> Finding:
    """Alternatives, each a list of requirements that must all hold: the property holds when one
    alternative holds, not when every alternative fails, else it is open."""
    results: list[Finding] = []
    for option in options:
        found = [evaluate(r, facts, "inclusion") for r in option]
        failed = [f for f in found if f.value is False]
        open_ = [f for f in found if f.value is None]
        if failed:
            results.append(Finding(False, failed[0].reason))
        elif open_ or not found:
            results.append(open_[0] if open_ else unknown("an alternative not read", "read the text"))
        else:
            results.append(Finding(True, "; ".join(f.reason for f in found)))
    said = "; or ".join(f.reason for f in results)
    if held := [f for f in results if f.value]:
        return Finding(True, "one alternative holds: " + held[0].reason)
    if open_ := [f for f in results if f.value is None]:
        return unknown("alternatives: " + said, open_[0].action or "read the original text")
    return Finding(False, "no alternative holds: " + said)


def regimen_given(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """Whether each regimen of ``options`` (a list of agent ids and groups, criteria/rules_standard.py)
    was given whole in one course that has ended: a patient past every alternative has had them."""
    given: list[str] = []
    for groups in req.get("options") or ():
        words = " + ".join(str(g).replace("_", " ") for g in groups)
        course = next(
            (
                t
                for t in facts.case.treatments
                if not t.ongoing and all(t in exposed_to(facts.case, str(g)) for g in groups)
            ),
            None,
        )
        if course is None:
            return Finding(False, f"{words}: not given together in a course that has ended")
        given.append(f"{words} ({', '.join(course.agents)}; {course.stop_reason or 'stopped'})")
    return Finding(bool(given), "already given: " + "; ".join(given))
