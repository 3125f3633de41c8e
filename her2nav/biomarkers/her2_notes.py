"""The warnings, gaps and notes of the HER2 assessment, each saying what it rests on and its source.

Source keys (S…) point into the clinical fact sheet's source list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from her2nav.biomarkers.flags import Flag
from her2nav.biomarkers.her2_specimens import Reading
from her2nav.biomarkers.her2_timeline import Her2Timeline, describe_course, her2_agents
from her2nav.case.models import Her2Ctdna, Her2Ihc, Her2Ish, TreatmentLine, ish_amplified_ratio


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "undated"


def untested_flag(ctdna: Sequence[Her2Ctdna], histology: str) -> Flag | None:
    """No tissue HER2 result: test before choosing therapy (fact sheet §1.4; S2, S3).

    HER2 testing is for adenocarcinoma: no gap for squamous cell carcinoma, a low one for 'other'.
    """
    if histology == "squamous_cell_carcinoma":
        return None
    if histology != "adenocarcinoma":
        return Flag(
            "HER2_UNTESTED",
            "No HER2 IHC or ISH result on record. HER2 testing is standard for adenocarcinoma (fact sheet "
            "§1.4; S2); the histology here is recorded as 'other', so check whether testing applies.",
            "low",
        )
    message = (
        "No HER2 IHC or ISH result on record. Test tumour tissue (IHC, with ISH for IHC 2+) before "
        "choosing therapy (fact sheet §1.4; S2, S3)."
    )
    if any(c.result == "amplified" for c in ctdna):
        message += (
            " A ctDNA HER2 amplification is on record, but ctDNA alone does not establish HER2 "
            "positivity for any approved HER2-directed drug (fact sheet §1.7; S44, S76)."
        )
    return Flag("HER2_UNTESTED", message, "high")


def ish_required_flag(reading: Reading) -> Flag:
    """IHC 2+ (or an equivocal ISH) needs ISH before the status is known (fact sheet §1.3–1.4)."""
    if reading.ihc is None:
        action = "an IHC score and a repeat ISH are needed"
    elif reading.ish is not None:
        action = "ISH was equivocal; a repeat ISH (or a new specimen) is needed"
    else:
        action = "reflex ISH is needed"
    return Flag(
        "HER2_ISH_REQUIRED",
        f"{reading.describe()}: {action}. A HER2:CEP17 ratio ≥ {ish_amplified_ratio():.1f} would make the "
        "tumour HER2-positive, below it HER2-low (fact sheet §1.3–1.4; S5, S7).",
        "high",
    )


def pending_newer_flag(pending: Reading, deciding: Reading) -> Flag:
    return Flag(
        "HER2_ISH_REQUIRED",
        f"The newest specimen ({pending.describe()}) awaits ISH; until it is reported the positive status "
        f"rests on the earlier {deciding.describe()}, and HER2 can be lost after anti-HER2 therapy "
        "(29–69%, S86).",
        "high",
    )


def retest_flag(deciding: Reading, progressions: Sequence[TreatmentLine]) -> Flag:
    """A positive status from before progression on anti-HER2 therapy (fact sheet §1.6)."""
    courses = "; ".join(describe_course(c) for c in progressions)
    return Flag(
        "HER2_RETEST_RECOMMENDED",
        f"The positive status rests on {deciding.describe()}, from before progression on {courses}. "
        "HER2 is lost after anti-HER2 therapy in 29–69% of patients (S86): re-biopsy to confirm HER2 before "
        "the next HER2-directed line, if feasible (FDA Enhertu label, S44; DESTINY-Gastric02/04 required "
        "post-progression confirmation, S40/S41).",
        "high",
    )


def loss_flag(prior: Reading, current: Reading, timeline: Her2Timeline) -> Flag:
    """Negative after anti-HER2 therapy following a positive: the newest specimen decides (§1.6)."""
    progressed = timeline.progressions_before(current.specimen_date)
    if progressed:
        after = "after progression on " + "; ".join(describe_course(c) for c in progressed)
    else:
        courses = timeline.started_before(current.specimen_date)
        agents = ", ".join(dict.fromkeys(her2_agents(c) for c in courses)) or "anti-HER2 therapy"
        after = f"after treatment with {agents} (no progression recorded)"
    return Flag(
        "HER2_LOSS",
        f"HER2 loss: {prior.describe()} was positive, but {current.describe()}, taken {after}, is negative. "
        "HER2 is lost after anti-HER2 therapy in 29–69% of patients (S86); the current status follows the "
        "newest specimen, so HER2-directed options need a new positive result.",
    )


def heterogeneous_flag(
    positive: Reading, negatives: Sequence[Reading], era: int, timeline: Her2Timeline
) -> Flag:
    """Specimens of one period disagree; the positive one decides (fact sheet §1.5; S9, S17)."""
    period = "before anti-HER2 therapy" if era == 0 else "after anti-HER2 therapy began"
    others = "; ".join(r.describe() for r in negatives)
    return Flag(
        "HER2_HETEROGENEOUS",
        f"HER2 differs between specimens taken {period}: positive on {positive.describe()}; negative on "
        f"{others}. Heterogeneity is common in gastric cancer (about 60% of HER2-positive specimens, S9; "
        "it predicted less trastuzumab benefit, S17); the patient counts as HER2-positive.",
    )


def discordant_flag(reading: Reading) -> Flag:
    """IHC 0/1+ with ISH amplification: kept negative, needs pathology review (§1.1; S44, S76, S27)."""
    return Flag(
        "HER2_DISCORDANT",
        f"IHC and ISH disagree: {reading.describe()}. Labels define HER2-positive as IHC 3+ or IHC 2+ with "
        "ISH amplification (FDA Enhertu label, S44; Herceptin labels, S76) and ToGA's benefit sat in that "
        "group (S27), so this specimen counts as HER2-negative. Ask for pathology review (re-score the IHC, "
        "check the block tested) before ruling HER2-directed therapy in or out.",
    )


def rescore_flag(reading: Reading, *, current_positive: bool) -> Flag | None:
    """IHC scored with breast (or unstated) criteria on a gastric specimen (fact sheet §1.2; S5, S27)."""
    ihc = reading.ihc
    if ihc is None or ihc.criteria == "gastric":
        return None
    matters = ihc.score != "3+" and not current_positive
    where = f"IHC {ihc.score} on {reading.specimen} ({_day(ihc.tested_on)})"
    if ihc.criteria == "breast":
        if matters:
            return Flag(
                "HER2_RESCORE_GASTRIC_CRITERIA",
                f"{where} was scored with breast criteria. Gastric scoring also counts basolateral/lateral "
                "membrane staining and, on biopsies, clusters of ≥5 cells; breast criteria miss about half "
                "of the patients who benefit (fact sheet §1.2; S5, S27). Ask the lab to re-score with "
                "gastric criteria: the result could become positive.",
                "high",
            )
        return Flag(
            "HER2_RESCORE_GASTRIC_CRITERIA",
            f"{where} was scored with breast criteria; this does not change the current positive status, "
            "but gastric criteria are the standard for gastric specimens (fact sheet §1.2; S5).",
            "low",
        )
    if not matters:
        return None
    return Flag(
        "HER2_RESCORE_GASTRIC_CRITERIA",
        f"{where}: the report does not say which scoring criteria were used. Confirm gastric criteria were "
        "applied; breast criteria can under-call gastric tumours (fact sheet §1.2; S27).",
        "low",
    )


def undated_notes(tests: Sequence[Her2Ihc | Her2Ish], timeline: Her2Timeline) -> list[str]:
    notes: list[str] = []
    undated = sum(1 for t in tests if t.tested_on is None)
    if undated:
        notes.append(
            f"{undated} HER2 test(s) have no date; they are treated as the oldest results, from before any "
            "anti-HER2 therapy."
        )
    if timeline.undated_courses:
        notes.append(
            f"{timeline.undated_courses} anti-HER2 course(s) have no dates; HER2 tests cannot be placed "
            "before or after them."
        )
    return notes


def ctdna_notes(ctdna: Sequence[Her2Ctdna], deciding: Reading | None) -> list[str]:
    """ctDNA supports but never establishes HER2 status (fact sheet §1.7; S20, S44, S76)."""
    notes: list[str] = []
    for test in ctdna:
        if test.result == "amplified":
            text = (
                f"ctDNA HER2 amplification ({_day(test.tested_on)}) supports but does not establish HER2 "
                "positivity: no regulator label accepts it alone; tissue IHC/ISH decides (fact sheet §1.7; "
                "S44, S76)."
            )
            if deciding is not None and deciding.status != "positive":
                text += " It differs from the tissue result; a new biopsy may be worth discussing."
        else:
            text = (
                f"ctDNA without HER2 amplification ({_day(test.tested_on)}) does not rule out HER2 "
                "positivity in tissue; tissue IHC/ISH decides (fact sheet §1.7)."
            )
        notes.append(text)
    return notes
