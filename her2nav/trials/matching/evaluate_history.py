"""Evaluators for treatment-history requirements (criteria/rules_history.py, rules_line_counts.py,
rules_lines.py): prior exposure to an agent group, therapy given after a group, and the count of
palliative lines. Each reads the case's courses the way the review does (case/history.py,
matching/patient.py)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from her2nav.case.history import early_relapse_after_curative_therapy, exposed_to, palliative_lines
from her2nav.case.models import TreatmentLine
from her2nav.knowledge.agents import vocabulary
from her2nav.trials.matching.finding import Finding, not_applicable, unknown
from her2nav.trials.matching.patient import PatientFacts, perioperative_not_counted


def prior_therapy(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    group = req["group"]
    # "prior chemotherapy for gastric cancer" (rules_any_setting.py): a first line begun days ago counts;
    # so does the line running now in an exclusion ("Prior therapy with any antibody … targeting T-cell
    # coregulatory proteins" for a patient on nivolumab, "Previous platinum therapy" on oxaliplatin: the
    # TT and TX reviewers): what the patient is receiving has been received
    current = bool(req.get("ongoing_counts")) or kind == "exclusion"
    courses = exposed_to(facts.case, group, include_current=current or bool(req.get("now")))
    if req.get("now"):  # "Patients must be receiving immunotherapy" (rules_history.received_now)
        courses, group = [t for t in courses if t.ongoing], f"{group} being received now"
    if settings := req.get("settings"):  # "neoadjuvant chemotherapy" (rules_any_setting.py)
        courses = [t for t in courses if t.setting in settings]
        group = f"{group} ({' or '.join(settings)})"
    excepted = set(req.get("except") or ())  # "…, except trastuzumab": those agents do not count
    kinds = set(req.get("except_modality") or ())  # "…, except monoclonal antibodies" (agents.yaml)
    if excepted or kinds:
        agent = vocabulary().get
        courses = [
            t
            for t in courses
            if any(
                group in agent(a).groups and agent(a).modality not in kinds for a in set(t.agents) - excepted
            )
        ]
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


def diagnosed_between(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """A window of diagnosis dates (criteria/rules_dates.py) against ``diagnosis.diagnosed_on``."""
    first, last = dt.date.fromisoformat(req["from"]), dt.date.fromisoformat(req["to"])
    said = f"diagnosed between {first} and {last}"
    when = facts.case.diagnosis.diagnosed_on
    if when is None:
        return unknown(f"{said}; the date of diagnosis is not recorded", "record the date of diagnosis")
    return Finding(first <= when <= last, f"{said}; the case was diagnosed on {when}")


def recurrence(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """Disease that has come back (criteria/rules_stage.recurrence): the setting ``recurrent`` or a
    recurrence date; any other setting is the disease as first diagnosed (CONTRACT §1)."""
    if _recurrent(facts) is not None:
        when = facts.case.diagnosis.recurred_on or "date not recorded"
        if req.get("primary_staged"):
            # the item stages an untreated primary (cT/cN, clinical stage): criteria/stage_patterns.py
            return Finding(True, f"a recurrence ({when}): the item stages a primary tumour before treatment")
        return Finding(True, f"a recurrence: the disease recurred ({when})")
    setting = facts.case.diagnosis.setting.replace("_", " ")
    return Finding(False, f"a recurrence: none recorded (the case is {setting}, as first diagnosed)")


def prior_lines(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """A minimum counts completed lines; a maximum, and any count an exclusion names, also counts an
    ongoing line (a first line begun days ago is therapy received)."""
    if req.get("newly_diagnosed") and (found := _recurrent(facts)) is not None:
        return found
    if req.get("palliative") and not facts.advanced:  # a line setting: palliative therapy is chosen
        return Finding(
            False, f"a line of therapy for advanced disease; the case is {facts.case.diagnosis.setting}"
        )
    n, started = facts.prior_lines, facts.lines_started
    group = req.get("perioperative_counts_with")
    uncounted = perioperative_not_counted(facts, group)
    n, started = n - uncounted, started - uncounted
    low, high = req.get("min"), req.get("max")

    def within(n: int, started: int) -> bool:
        at_least = started if kind != "inclusion" else n
        return (low is None or at_least >= low) and (high is None or started <= high)

    ok = within(n, started)
    span = f"{low if low is not None else 0}–{high if high is not None else 'any'}"
    extra = f" (and line {started} is ongoing)" if started > n else ""
    if uncounted:
        extra += (
            f"; the study does not count perioperative therapy without {req['perioperative_counts_with']}"
        )
    if (running := _running_curative_course(req, facts)) is not None:
        # "… may have received prior neoadjuvant or adjuvant therapy as long as it was completed at least
        # 6 months prior to randomization" (KEYNOTE-062, NCT02494583; TL's reviewer): a course still
        # running is not completed, so it is not the therapy the study allows
        days, agents = req["perioperative_allowed_days"], ", ".join(running.agents)
        return Finding(
            kind != "inclusion",
            f"prior palliative lines {span}; the case's {running.setting} course ({agents}) is still"
            f" running: the study allows (neo)adjuvant therapy completed {days} days before",
        )
    allowed = None if uncounted else _allowed_perioperative(req, facts)  # a course uncounted once
    if allowed is not None and within(n - 1, started - 1) != ok:
        course, ends = allowed
        if ends <= facts.case.as_of:
            return Finding(
                not ok,
                f"prior palliative lines {span}; the case has {n - 1}{extra}: the study allows (neo)adjuvant "
                f"therapy ended {req['perioperative_allowed_days']} days before, and the case's course "
                f"ended {course.ended_on}",
            )
        # not yet allowed on the case's date, as wash-outs are judged (C5: the UQ and VQ reviewers)
        return Finding(
            ok,
            f"prior palliative lines {span}; the case has {n}{extra}, counting the (neo)adjuvant course "
            f"ended {course.ended_on}: the study allows it only once {req['perioperative_allowed_days']} "
            f"days have passed ({ends}, after {facts.case.as_of})",
        )
    return Finding(ok, f"prior palliative lines {span}; the case has {n}{extra}")


def _running_curative_course(req: dict[str, Any], facts: PatientFacts) -> TreatmentLine | None:
    """A (neo)adjuvant or perioperative course still running, when the study allows such therapy only
    once it is completed (criteria/rules_lines.py ``perioperative_allowed_days``)."""
    if req.get("perioperative_allowed_days") is None:
        return None
    return next((t for t in facts.case.treatments if not t.is_palliative and t.ongoing), None)


def _allowed_perioperative(req: dict[str, Any], facts: PatientFacts) -> tuple[TreatmentLine, dt.date] | None:
    """The (neo)adjuvant course the case counts as a line (early relapse, CONTRACT §1) when the study's
    own rule allows such therapy (criteria/rules_lines.py), with the date its window passes."""
    days = req.get("perioperative_allowed_days")
    if days is None or not facts.advanced:
        return None
    course = early_relapse_after_curative_therapy(facts.case)
    if course is None or course.ended_on is None:
        return None
    return course, course.ended_on + dt.timedelta(days=int(days))


# How a case's toxicity records (treatments[].toxicities[].event, free text) name each event kind an
# ``event_on`` requirement can ask about (criteria/rules_events.py); "toxicity" is any recorded one.
EVENTS = {
    "bleeding": r"bleed|h(a)?emorrhag",
    "perforation": r"perforat",
    "hypersensitivity": r"hypersensitiv|infusion|anaphyla|allerg",
    "immune_related": r"immune|colitis|hepatitis|pneumonitis|thyroid|nephritis|myocarditis|hypophysitis|"
    r"dermatitis|adrenal|diabetes",
    "toxicity": r".",
}


def event_on(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """Whether an event of the kinds named happened on a course containing the group: the courses'
    toxicity records (and a stop for toxicity) say so; an event kind no case records stays open."""
    group, events = req["group"], [str(e) for e in req.get("events") or ()]
    words = group.replace("_", " ")
    courses = exposed_to(facts.case, group)
    what = " or ".join(e.replace("_", " ") for e in events) or "the event named"
    if not courses:
        return Finding(False, f"{what} on prior {words}: no {words} among the case's treatments")
    if not events:
        return unknown(f"{what} on prior {words}: not recorded in the case", "ask the treating team")
    low = req.get("min_grade")  # "grade ≥3 immune-related AE": milder events do not count
    for course in courses:
        for tox in course.toxicities:
            if low is not None and tox.grade < low:
                continue
            if any(re.search(EVENTS[e], tox.event.casefold()) for e in events):
                return Finding(True, f"{what} on prior {words}: {tox.event} grade {tox.grade} recorded")
        if "toxicity" in events and course.stop_reason == "toxicity":
            return Finding(True, f"{what} on prior {words}: stopped for toxicity")
    return Finding(False, f"{what} on prior {words}: none recorded on the {words} course")


def history_option(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """One option of a treatment-history list (criteria/rules_options.py): the case's (neo)adjuvant
    courses and palliative lines against the option's; the progression timing it names stays open."""
    courses = facts.case.treatments
    perioperative = any(t.setting is not None and not t.is_palliative for t in courses)
    lines = len({t.line or i for i, t in enumerate(courses, start=1) if t.is_palliative})
    said = f"(neo)adjuvant course: {'yes' if perioperative else 'no'}; palliative lines: {lines}"
    want = req.get("perioperative")
    if want is not None and want != perioperative:
        return Finding(False, f"option asks {'a' if want else 'no'} (neo)adjuvant course; {said}")
    low, high = req.get("palliative") or (None, None)
    if (low is not None and lines < low) or (high is not None and lines > high):
        return Finding(False, f"option describes {low}–{high} palliative lines; {said}")
    if req.get("timed"):
        return unknown(
            f"option fits the case's courses ({said}); when the disease progressed is not checked",
            "the date of progression against the end of the course",
        )
    return Finding(True, f"option fits the case's courses ({said})")


def late_relapse(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """A (neo)adjuvant course, if the case had one, ended more than ``days`` before the relapse
    (criteria/rules_lines.relapse_window): CONTRACT §1's early-relapse rule with the study's window.
    With ``early`` the study asks the opposite: a relapse within them."""
    days, asks_early = int(req["days"]), bool(req.get("early"))
    courses = [t for t in facts.case.treatments if t.setting is not None and not t.is_palliative]
    if req.get("chemotherapy"):  # "… after adjuvant chemotherapy": not adjuvant nivolumab (VW)
        courses = [t for t in courses if t in exposed_to(facts.case, "chemotherapy")]
    if not courses:
        return not_applicable(kind, "no (neo)adjuvant or perioperative course among the case's treatments")
    when = "within" if asks_early else "more than"
    said = f"the study asks for a relapse {when} {days} days after (neo)adjuvant therapy"
    if (early := early_relapse_after_curative_therapy(facts.case, days, courses)) is not None:
        return Finding(asks_early, f"{said}; it came within them ({', '.join(early.agents)})")
    if facts.case.diagnosis.recurred_on is None or any(t.ended_on is None for t in courses):
        return unknown(
            f"{said}; the relapse date or the course's last dose is not recorded",
            "record the date of recurrence and the last (neo)adjuvant dose",
        )
    return Finding(not asks_early, f"{said}; the last (neo)adjuvant dose came before it by more than that")


_DAYS_PER_MONTH = 30.44


def first_line_held(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """A maintenance or consolidation study's entry (criteria/rules_after.py): one first line for
    advanced disease, not ended by progression and followed by no other; with ``months``, run for that
    long. A first line still running stays open unless the months asked are met already."""
    if not facts.advanced:
        return Finding(
            False, f"a first line for advanced disease; the case is {facts.case.diagnosis.setting}"
        )
    if facts.lines_started == 0:
        return Finding(False, "a first line for advanced disease that has not progressed: none given yet")
    if facts.lines_started > 1:
        return Finding(False, f"one first line that has not progressed; {facts.lines_started} lines given")
    if (early := early_relapse_after_curative_therapy(facts.case)) is not None:
        return Finding(
            False, f"the first line counted is the {early.setting} course, after which the disease relapsed"
        )
    first = palliative_lines(facts.case)[0]
    agents = ", ".join(first.agents)
    if first.stop_reason == "progression":
        return Finding(False, f"the first line ({agents}) stopped for progression")
    months = req.get("months")
    if months and first.started_on is not None:
        until = first.ended_on or facts.case.as_of
        ran = (until - first.started_on).days / _DAYS_PER_MONTH
        said = f"{months[0]}-{months[1]} months of first-line therapy; the case's ran {ran:.1f}"
        if ran > months[1] + 0.5:
            return Finding(False, said)
        if ran >= months[0] - 0.5:
            return Finding(True, f"{said} ({agents}), not ended by progression")
        if not first.ongoing:
            return Finding(False, said)
    cycles = req.get("cycles")
    short = (
        _fewer_cycles(cycles, first, first.started_on, facts.case.as_of)
        if cycles and first.started_on
        else None
    )
    if short is not None:
        return short
    if first.ongoing:
        return unknown(
            f"a first line that has not progressed: {agents} is still running",
            "the response to first-line therapy when it ends",
        )
    return Finding(True, f"a first line that has not progressed: {agents} stopped ({first.stop_reason})")


def _fewer_cycles(
    cycles: list[list[int]], first: TreatmentLine, started: dt.date, as_of: dt.date
) -> Finding | None:
    """The cycles a maintenance study asks of the first line ("6 cycles (3-week regimen) or 12 cycles
    (2-week regimen)") against the weeks it ran, as CONTRACT §1 records no cycle count: a stopped line
    whose first and last doses lie closer than (count - 1) cycles of the shortest alternative had too
    few; a running line that has not yet reached count cycles stays open. None when the weeks allow it."""
    weeks = ((first.ended_on or as_of) - started).days / 7
    asked = " or ".join(f"{n} cycles of {w} weeks" for n, w in cycles)
    said = f"{asked} of first-line therapy; the case's ran {weeks:.0f} weeks"
    if first.ongoing and weeks < min(n * w for n, w in cycles):
        return unknown(f"{said} and is still running", "the number of first-line cycles given")
    if not first.ongoing and weeks < min((n - 1) * w for n, w in cycles):
        return Finding(False, f"{said} ({first.stop_reason})")
    return None


def last_therapy_within(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """A maintenance study's window after the last dose (criteria/rules_after.py): the most recent
    systemic course ended no more than ``days`` before ``as_of``. A course still running has no last
    dose yet, and a case with none given has no window to be in: both stay open."""
    days = req["days"]
    courses = facts.case.treatments
    if not courses:
        return unknown(f"at most {days} days since the last dose; no therapy given yet", "the last dose date")
    if running := [t for t in courses if t.ongoing]:
        return unknown(
            f"at most {days} days since the last dose; {', '.join(running[0].agents)} is still running",
            "the last dose date",
        )
    ends = [t.ended_on for t in courses]
    if None in ends:
        return unknown(
            f"at most {days} days since the last dose; an end date is not recorded", "the last dose date"
        )
    last = max(e for e in ends if e is not None)
    gap = (facts.case.as_of - last).days
    return Finding(
        gap <= days, f"at most {days} days since the last dose; last dose {last}, {gap} days before"
    )


def first_line_progressed(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """Whether the first line for advanced disease ended in progression (criteria/rules_after.py); a
    perioperative course the disease relapsed on counts as that line (CONTRACT §1). With
    ``within_days``, progression within that many days of the line's last dose counts too."""
    if (days := req.get("within_days")) is not None:
        return _progressed_within(int(days), facts)
    if facts.lines_started == 0:
        return not_applicable(kind, "no first line for advanced disease given yet")
    if (early := early_relapse_after_curative_therapy(facts.case)) is not None:
        return Finding(
            True, f"the first line counted is the {early.setting} course, after which the disease relapsed"
        )
    first = palliative_lines(facts.case)[0]
    agents = ", ".join(first.agents)
    if first.ongoing or first.stop_reason is None:
        state = "still running" if first.ongoing else "why it stopped is not recorded"
        return unknown(
            f"progression on the first line ({agents}): {state}", "the response to first-line therapy"
        )
    return Finding(
        first.stop_reason == "progression", f"the first line ({agents}) stopped ({first.stop_reason})"
    )


def _progressed_within(days: int, facts: PatientFacts) -> Finding:
    """Progression during the first line or within ``days`` of its last dose. A (neo)adjuvant course
    counted as the first line (early relapse, CONTRACT §1) counts with the study's window instead: a
    relapse 127 days after perioperative FLOT is not "within 4 months" (TQ's reviewer). After a palliative
    first line stopped for another reason, the case does not date the progression."""
    said = f"progression during the first line or within {days} days of its last dose"
    if facts.lines_started == 0:
        return Finding(False, f"{said}; no first line for advanced disease given yet")
    if (early := early_relapse_after_curative_therapy(facts.case)) is not None:
        relapse, ended = facts.case.diagnosis.recurred_on, early.ended_on
        if early.stop_reason == "progression" or relapse is None or ended is None:
            return Finding(True, f"{said}; the disease progressed on the {early.setting} course")
        gap = (relapse - ended).days
        counted = f"the first line counted is the {early.setting} course: relapse {gap} days after it"
        return Finding(gap <= days, f"{said}; {counted}")
    first = palliative_lines(facts.case)[0]
    agents = ", ".join(first.agents)
    if first.stop_reason == "progression":
        return Finding(True, f"{said}; the first line ({agents}) stopped at progression")
    state = "is still running" if first.ongoing else f"stopped ({first.stop_reason or 'reason not recorded'})"
    return unknown(
        f"{said}; the first line ({agents}) {state}", "the date the disease progressed after the first line"
    )
