"""Treatment history questions shared by the options engine and trial matching.

Line counting follows CONTRACT §1: an ongoing palliative line is the current line; otherwise the
highest ended palliative line + 1 (1 when there is none). Perioperative, neoadjuvant or adjuvant
therapy counts as one prior line when the disease recurred or progressed within 183 days of its last
dose; that line is added to the count, so a first palliative line after such an early relapse is
line 2 of the disease's course.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from her2nav.case.models import Case, TreatmentLine
from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.load import threshold

EARLY_RELAPSE_DAYS = 183  # CONTRACT §1: six months from the last perioperative dose
ADVANCED_SETTINGS = frozenset({"locally_advanced_unresectable", "metastatic", "recurrent"})


@dataclass(frozen=True)
class LineCount:
    current_line: int | None
    prior_lines: int
    counted_perioperative: bool
    explanation: str


def is_advanced(case: Case) -> bool:
    return case.diagnosis.setting in ADVANCED_SETTINGS


def palliative_lines(case: Case) -> list[TreatmentLine]:
    return sorted((t for t in case.treatments if t.is_palliative), key=lambda t: t.line or 0)


def early_relapse_after_curative_therapy(
    case: Case, days: int = EARLY_RELAPSE_DAYS, courses: list[TreatmentLine] | None = None
) -> TreatmentLine | None:
    """The perioperative/adjuvant/neoadjuvant course the disease progressed on, or was followed by relapse
    within ``days`` of, if any (CONTRACT §1: 'recurred or progressed within 6 months of its last dose';
    progression during the course is 0 days after it; a study may set its own window, and name the kind
    of course: ``courses``, of the case's)."""
    relapse = case.diagnosis.recurred_on
    for line in case.treatments if courses is None else courses:
        if line.setting is None or line.is_palliative:
            continue  # an unknown setting is not assumed curative (the review asks for it)
        if line.stop_reason == "progression":
            return line
        if relapse is None or line.ended_on is None:
            continue
        gap = (relapse - line.ended_on).days
        if 0 <= gap <= days:
            return line
    return None


def count_lines(case: Case) -> LineCount:
    if not is_advanced(case):
        return LineCount(None, 0, False, "not an advanced setting: no palliative line is being chosen")
    lines = palliative_lines(case)
    early = early_relapse_after_curative_therapy(case)
    offset = 1 if early else 0
    ongoing = [t for t in lines if t.ongoing]
    ended = [t.line for t in lines if not t.ongoing and t.line]
    highest = max(ended, default=0)
    when = "progression on it" if early and early.stop_reason == "progression" else "relapse"
    note = (
        f"; {early.setting} therapy counts as a prior line ({when} within {EARLY_RELAPSE_DAYS} days)"
        if early
        else ""
    )
    if ongoing and ongoing[0].line:
        current = ongoing[0].line + offset
        return LineCount(current, current - 1, bool(early), f"line {ongoing[0].line} is ongoing{note}")
    current = highest + 1 + offset
    basis = f"{highest} palliative line(s) ended" if highest else "no palliative therapy yet"
    return LineCount(current, current - 1, bool(early), basis + note)


def lines_before_now(case: Case) -> list[TreatmentLine]:
    """Every course of therapy that is not the ongoing current line."""
    return [t for t in case.treatments if not (t.is_palliative and t.ongoing)]


def exposed_to(case: Case, group: str, *, include_current: bool = True) -> list[TreatmentLine]:
    """Courses with an agent in ``group`` (agent id, class, family, '<payload>_adc', 'her2_directed')."""
    vocab = vocabulary()
    pool = case.treatments if include_current else lines_before_now(case)
    return [t for t in pool if any(group in vocab.get(a).groups for a in t.agents)]


def progressed_on(case: Case, group: str) -> list[TreatmentLine]:
    """Courses with an agent of ``group`` that ended in progression (on or shortly after therapy)."""
    return [t for t in exposed_to(case, group) if t.stop_reason == "progression"]


def stopped_for_pneumonitis(case: Case, agent_id: str, min_grade: float | None = None) -> list[TreatmentLine]:
    """Courses with ``agent_id`` that recorded pneumonitis/ILD of grade ≥ ``min_grade`` (by default the
    grade that stops an agent for good, ``pneumonitis_stop_grade`` in kb.yaml)."""
    if min_grade is None:
        min_grade = threshold("pneumonitis_stop_grade")
    return [
        t
        for t in exposed_to(case, agent_id)
        if t.max_grade("pneumonitis", "interstitial_lung_disease", "ild") >= min_grade
    ]


def severe_toxicity_on(case: Case, agent_id: str, min_grade: float | None = None) -> list[TreatmentLine]:
    """Courses with ``agent_id`` that stopped for toxicity or recorded one of grade ≥ ``min_grade`` (by
    default ``severe_toxicity_grade`` in kb.yaml)."""
    if min_grade is None:
        min_grade = threshold("severe_toxicity_grade")
    return [
        t
        for t in exposed_to(case, agent_id)
        if any(x.grade >= min_grade for x in t.toxicities) or t.stop_reason == "toxicity"
    ]


def prior_regimens(case: Case) -> int:
    """Systemic regimens before the current choice: ended palliative lines plus a counted early relapse."""
    count = count_lines(case)
    return count.prior_lines


def prior_chemotherapy_regimens(case: Case) -> int:
    """Prior palliative regimens that contained chemotherapy (plus a counted perioperative course)."""
    vocab = vocabulary()
    n = sum(
        1
        for t in lines_before_now(case)
        if t.is_palliative and any(vocab.get(a).agent_class == "chemotherapy" for a in t.agents)
    )
    early = early_relapse_after_curative_therapy(case)
    if early and any(vocab.get(a).agent_class == "chemotherapy" for a in early.agents):
        n += 1
    return n


def last_progression_date(case: Case, group: str) -> dt.date | None:
    """When the disease last progressed on an agent of ``group`` (end date of that course)."""
    dates = [t.ended_on for t in progressed_on(case, group) if t.ended_on]
    return max(dates, default=None)
