"""The warnings, gaps and notes of the HER2 assessment, each saying what it rests on and its source.

This module decides which text applies; the words, with the fact sheet section and the source keys
(S…) each text cites, are data: ``knowledge/data/her2_notes.yaml``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from her2nav.biomarkers.flags import Flag
from her2nav.biomarkers.her2_specimens import Reading
from her2nav.biomarkers.her2_timeline import Her2Timeline, describe_course, her2_agents
from her2nav.case.models import Her2Ctdna, Her2Ihc, Her2Ish, TreatmentLine, ish_amplified_ratio
from her2nav.knowledge.language import sentences
from her2nav.knowledge.load import knowledge_base


def _text(key: str, **values: object) -> str:
    """The text ``key`` of her2_notes.yaml with its placeholders filled."""
    return knowledge_base().her2_notes[key].fill(**values)


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "undated"


def untested_flag(ctdna: Sequence[Her2Ctdna], histology: str) -> Flag | None:
    """No tissue HER2 result: test before choosing therapy (fact sheet §1.4).

    HER2 testing is for adenocarcinoma: no gap for squamous cell carcinoma, a low one for 'other'.
    """
    if histology == "squamous_cell_carcinoma":
        return None
    if histology != "adenocarcinoma":
        return Flag("HER2_UNTESTED", _text("untested_other_histology"), "low")
    message = _text("untested")
    if any(c.result == "amplified" for c in ctdna):
        message = sentences(message, _text("untested_ctdna_amplified"))
    return Flag("HER2_UNTESTED", message, "high")


def ish_required_flag(reading: Reading) -> Flag:
    """IHC 2+ (or an equivocal ISH) needs ISH before the status is known (fact sheet §1.3–1.4)."""
    if reading.ihc is None:
        action = _text("ish_action_without_ihc")
    elif reading.ish is not None:
        action = _text("ish_action_after_equivocal")
    else:
        action = _text("ish_action_reflex")
    message = _text("ish_required", reading=reading.describe(), action=action, ratio=ish_amplified_ratio())
    return Flag("HER2_ISH_REQUIRED", message, "high")


def pending_newer_flag(pending: Reading, deciding: Reading) -> Flag:
    message = _text("ish_pending_on_newer_specimen", pending=pending.describe(), deciding=deciding.describe())
    return Flag("HER2_ISH_REQUIRED", message, "high")


def retest_flag(deciding: Reading, progressions: Sequence[TreatmentLine]) -> Flag:
    """A positive status from before progression on anti-HER2 therapy (fact sheet §1.6)."""
    courses = "; ".join(describe_course(c) for c in progressions)
    message = _text("retest", deciding=deciding.describe(), courses=courses)
    return Flag("HER2_RETEST_RECOMMENDED", message, "high")


def loss_flag(prior: Reading, current: Reading, timeline: Her2Timeline) -> Flag:
    """Negative after anti-HER2 therapy following a positive: the newest specimen decides (§1.6)."""
    progressed = timeline.progressions_before(current.specimen_date)
    if progressed:
        courses = "; ".join(describe_course(c) for c in progressed)
        after = _text("loss_after_progression", courses=courses)
    else:
        started = timeline.started_before(current.specimen_date)
        agents = ", ".join(dict.fromkeys(her2_agents(c) for c in started)) or _text("loss_unnamed_agents")
        after = _text("loss_after_treatment", agents=agents)
    message = _text("loss", prior=prior.describe(), current=current.describe(), after=after)
    return Flag("HER2_LOSS", message)


def heterogeneous_flag(
    positive: Reading, negatives: Sequence[Reading], era: int, timeline: Her2Timeline
) -> Flag:
    """Specimens of one period disagree; the positive one decides (fact sheet §1.5)."""
    period = _text("period_before_therapy" if era == 0 else "period_after_therapy")
    others = "; ".join(r.describe() for r in negatives)
    message = _text("heterogeneous", period=period, positive=positive.describe(), others=others)
    return Flag("HER2_HETEROGENEOUS", message)


def discordant_flag(reading: Reading) -> Flag:
    """IHC and ISH disagree on one specimen; needs pathology review (fact sheet §1.1). IHC 0/1+ with ISH
    amplification stays negative; IHC 3+ without amplification stays positive (labels: IHC 3+ alone)."""
    key = "discordant_ihc3_not_amplified" if reading.status == "positive" else "discordant"
    return Flag("HER2_DISCORDANT", _text(key, reading=reading.describe()))


def rescore_flag(reading: Reading, *, current_positive: bool) -> Flag | None:
    """IHC scored with breast (or unstated) criteria on a gastric specimen (fact sheet §1.2)."""
    ihc = reading.ihc
    if ihc is None or ihc.criteria == "gastric":
        return None
    matters = ihc.score != "3+" and not current_positive
    test = _text("rescore_test", score=ihc.score, specimen=reading.specimen, day=_day(ihc.tested_on))
    if ihc.criteria == "breast":
        if matters:
            return Flag("HER2_RESCORE_GASTRIC_CRITERIA", _text("rescore_breast_criteria", test=test), "high")
        key = "rescore_breast_criteria_already_positive"
        return Flag("HER2_RESCORE_GASTRIC_CRITERIA", _text(key, test=test), "low")
    if not matters:
        return None
    return Flag("HER2_RESCORE_GASTRIC_CRITERIA", _text("rescore_criteria_not_stated", test=test), "low")


def undated_notes(tests: Sequence[Her2Ihc | Her2Ish], timeline: Her2Timeline) -> list[str]:
    notes: list[str] = []
    undated = sum(1 for t in tests if t.tested_on is None)
    if undated:
        notes.append(_text("undated_tests", count=undated))
    if timeline.undated_courses:
        notes.append(_text("undated_courses", count=timeline.undated_courses))
    return notes


def ctdna_notes(ctdna: Sequence[Her2Ctdna], deciding: Reading | None) -> list[str]:
    """ctDNA supports but never establishes HER2 status (fact sheet §1.7)."""
    notes: list[str] = []
    for test in ctdna:
        if test.result == "amplified":
            text = _text("ctdna_amplified", day=_day(test.tested_on))
            if deciding is not None and deciding.status != "positive":
                text = sentences(text, _text("ctdna_differs_from_tissue"))
        else:
            text = _text("ctdna_not_amplified", day=_day(test.tested_on))
        notes.append(text)
    return notes
