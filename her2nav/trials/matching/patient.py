"""What the matcher needs to know about a case, computed once per case (not once per criterion)."""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass

from her2nav.case.history import (
    count_lines,
    early_relapse_after_curative_therapy,
    exposed_to,
    is_advanced,
    last_progression_date,
)
from her2nav.case.models import Case


@dataclass(frozen=True)
class Her2View:
    status: str  # positive | negative | equivocal | unknown
    category: str  # positive | low | zero | pending | unknown
    ihc_score: str | None
    tested_on: dt.date | None
    basis: str
    ever_positive: bool = False  # a specimen on record was HER2-positive (biomarkers/her2.py)


def _simple_her2(case: Case) -> Her2View:
    """Fallback when her2nav.biomarkers.her2 is not available: the latest IHC, with ISH for 2+."""
    ihc = case.latest("her2_ihc")
    ish = case.latest("her2_ish")
    amplified = ish.amplified if ish is not None else None
    if ihc is None:
        if ish is not None and amplified:
            return Her2View("positive", "positive", None, ish.tested_on, "ISH amplified (no IHC on file)")
        return Her2View("unknown", "unknown", None, None, "no HER2 test on file")
    score, when = ihc.score, ihc.tested_on
    if score == "3+" or (score == "2+" and amplified):
        basis = "IHC 3+" if score == "3+" else "IHC 2+ with ISH amplification"
        return Her2View("positive", "positive", score, when, basis)
    if score == "2+":
        if amplified is False:
            return Her2View("negative", "low", score, when, "IHC 2+ without ISH amplification")
        return Her2View("equivocal", "pending", score, when, "IHC 2+ awaiting ISH")
    if score == "1+":
        return Her2View("negative", "low", score, when, "IHC 1+")
    return Her2View("negative", "zero", score, when, "IHC 0")


def her2_view(case: Case) -> Her2View:
    """Prefer the shared HER2 assessment (biomarkers/her2.py) when it exists; else the simple reading."""
    try:
        module = importlib.import_module("her2nav.biomarkers.her2")
        result = module.assess_her2(case)
    except (ImportError, AttributeError):
        return _simple_her2(case)
    simple = _simple_her2(case)
    return Her2View(
        status=str(getattr(result, "status", simple.status)),
        category=str(getattr(result, "category", simple.category)),
        ihc_score=getattr(result, "ihc_score", simple.ihc_score),
        tested_on=getattr(result, "determined_on", None) or simple.tested_on,
        basis=str(getattr(result, "basis", simple.basis)),
        ever_positive=bool(getattr(result, "ever_positive", False)),
    )


@dataclass(frozen=True)
class PatientFacts:
    case: Case
    her2: Her2View
    prior_lines: int
    advanced: bool
    her2_progression: dt.date | None
    conditions: frozenset[str] | None
    pneumonitis_on_therapy: bool
    # palliative lines received so far, the ongoing one included (a study of untreated patients
    # excludes one whose first line began days ago; CONTRACT §1 counts it as the current line)
    lines_started: int = 0
    pneumonitis_grade: int = 0


def facts_for(case: Case) -> PatientFacts:
    conditions = case.patient.conditions
    grade = max(
        (t.max_grade("pneumonitis", "interstitial_lung_disease", "ild") for t in case.treatments), default=0
    )
    count = count_lines(case)
    ongoing = any(t.is_palliative and t.ongoing for t in case.treatments)
    return PatientFacts(
        case=case,
        her2=her2_view(case),
        prior_lines=count.prior_lines,
        advanced=is_advanced(case),
        her2_progression=last_progression_date(case, "her2_directed"),
        conditions=frozenset(conditions) if conditions is not None else None,
        pneumonitis_on_therapy=grade >= 1,
        lines_started=count.prior_lines + (1 if ongoing and count.current_line is not None else 0),
        pneumonitis_grade=grade,
    )


def perioperative_not_counted(facts: PatientFacts, group: str | None) -> int:
    """1 when a study counts a perioperative course as a line only if it contained ``group`` (its own
    note) and the course the case counts as a line (history.count_lines) did not; else 0."""
    if group is None or not facts.advanced:
        return 0
    course = early_relapse_after_curative_therapy(facts.case)
    return int(course is not None and course not in exposed_to(facts.case, group))
