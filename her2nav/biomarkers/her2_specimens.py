"""One HER2 reading per specimen: an IHC result with the ISH done on it, read by gastric criteria.

Pairing rule (which IHC an ISH result belongs to):
1. Candidates are IHC tests on a compatible specimen: if both name a ``specimen_label`` the labels must
   be equal, and if both name a ``specimen`` type (biopsy/resection/cytology) the types must be equal.
2. An IHC test with the same ``specimen_label`` as the ISH wins (the closest in date if several).
3. Otherwise the dated candidate closest in date within ``pairing_window_days()`` (60 days, kb.yaml;
   reflex ISH follows the IHC within days to weeks; a result months later is taken to be a new specimen).
   On a tie the IHC done on or before the ISH wins.
4. Otherwise, when the date cannot be compared (the ISH or the candidate is undated), the ISH pairs only
   if exactly one such candidate exists.
5. An ISH that pairs with nothing stands alone as its own specimen reading.
When several ISH results belong to one IHC, the latest definite one (amplified / not amplified) decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from her2nav.case.models import Her2Ihc, Her2Ish
from her2nav.knowledge.load import knowledge_base, threshold

Status = Literal["positive", "negative", "equivocal", "unknown"]
Category = Literal["positive", "low", "zero", "pending", "unknown"]


def pairing_window_days() -> int:
    """How many days apart an IHC and an ISH may be and still belong to one specimen (kb.yaml)."""
    return int(threshold("her2_ihc_ish_pairing_days"))


@dataclass(frozen=True)
class Reading:
    """The HER2 result of one specimen and the rule that produced it."""

    ihc: Her2Ihc | None
    ish: Her2Ish | None
    status: Status
    category: Category
    rule: str
    discordant: bool = False
    notes: tuple[str, ...] = field(default=())

    @property
    def specimen_date(self) -> dt.date | None:
        """Date used to place the specimen in time: the IHC date, else the ISH date."""
        if self.ihc is not None and self.ihc.tested_on is not None:
            return self.ihc.tested_on
        return self.ish.tested_on if self.ish is not None else None

    @property
    def determined_on(self) -> dt.date | None:
        """The date of the test that settled this reading (the ISH when ISH was needed)."""
        ish_decides = self.ihc is None or (self.ihc.score == "2+" and self.ish is not None)
        if ish_decides and self.ish is not None:
            return self.ish.tested_on
        return self.ihc.tested_on if self.ihc is not None else None

    @property
    def ish_amplified(self) -> bool | None:
        return self.ish.amplified if self.ish is not None else None

    @property
    def specimen(self) -> str:
        test = self.ihc or self.ish
        kind = (test.specimen if test else None) or "specimen"
        label = (self.ihc and self.ihc.specimen_label) or (self.ish and self.ish.specimen_label)
        return f"{kind} {label}" if label else kind

    @property
    def criteria(self) -> str | None:
        return self.ihc.criteria if self.ihc is not None else None

    def describe(self) -> str:
        """Plain text of what the reading rests on, e.g. 'IHC 3+ on biopsy (2025-02-20), gastric criteria'."""
        parts: list[str] = []
        if self.ihc is not None:
            criteria = {
                "gastric": "gastric criteria",
                "breast": "breast criteria",
            }.get(self.ihc.criteria or "", "scoring criteria not stated")
            parts.append(f"IHC {self.ihc.score} on {self.specimen} ({_date(self.ihc.tested_on)}), {criteria}")
            if self.ish is not None:
                parts.append(f"ISH {_ish_text(self.ish)}")
        elif self.ish is not None:
            word, details = _ish_text(self.ish).split(" (", 1)
            parts.append(f"ISH {word} on {self.specimen} ({details}, no IHC on record")
        return "; ".join(parts)


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else "undated"


def _ish_text(ish: Her2Ish) -> str:
    """E.g. 'amplified (ratio 2.6, 2025-02-27)' or 'equivocal (2025-02-27)'."""
    word = {True: "amplified", False: "not amplified", None: "equivocal"}[ish.amplified]
    ratio = f"ratio {ish.ratio:g}, " if ish.ratio is not None else ""
    return f"{word} ({ratio}{_date(ish.tested_on)})"


# --- Reading one specimen (fact sheet §1.1–§1.4) -------------------------------------------------


def ihc_3_plus_is_positive(ihc: Her2Ihc, ish: Her2Ish | None) -> Reading:
    """IHC 3+ is HER2-positive whatever the ISH shows (fact sheet §1.1, §1.4; S44, S76); an ISH that is
    not amplified on the same specimen is a discordance for pathology review (HER2_DISCORDANT)."""
    discordant = ish is not None and ish.amplified is False
    return Reading(
        ihc, ish, "positive", "positive", "IHC 3+ is HER2-positive (fact sheet §1.2)", discordant=discordant
    )


def ihc_2_plus_needs_ish(ihc: Her2Ihc, ish: Her2Ish | None) -> Reading:
    """IHC 2+ is equivocal until ISH: ratio ≥ 2.0 positive, below it HER2-low (fact sheet §1.3, §1.4)."""
    amplified = ish.amplified if ish is not None else None
    if amplified is True:
        return Reading(ihc, ish, "positive", "positive", "IHC 2+ with ISH amplification is HER2-positive")
    if amplified is False:
        return Reading(ihc, ish, "negative", "low", "IHC 2+ without ISH amplification is HER2-low")
    why = "ISH equivocal" if ish is not None else "no ISH result yet"
    return Reading(ihc, ish, "equivocal", "pending", f"IHC 2+ needs ISH ({why}; fact sheet §1.4)")


def ihc_0_or_1_plus_is_negative(ihc: Her2Ihc, ish: Her2Ish | None) -> Reading:
    """IHC 0 is HER2-zero, IHC 1+ HER2-low; ISH amplification here is discordant, not positive.

    Labels and NICE define HER2-positive as IHC 3+ or IHC 2+ with ISH amplification (S44, S76, S71);
    ToGA's benefit sat in that group (OS 16.0 vs 11.8 months, S27). So an amplified ISH on an IHC 0/1+
    specimen keeps the status negative and is flagged for pathology review.
    """
    category: Category = "zero" if ihc.score == "0" else "low"
    label = "HER2-zero" if category == "zero" else "HER2-low"
    discordant = ish is not None and ish.amplified is True
    return Reading(ihc, ish, "negative", category, f"IHC {ihc.score} is {label}", discordant=discordant)


def ish_alone(ish: Her2Ish) -> Reading:
    """ISH without IHC: amplified is positive; not amplified is negative, HER2-low/zero unknown."""
    if ish.amplified is True:
        return Reading(None, ish, "positive", "positive", "ISH amplification without IHC is HER2-positive")
    if ish.amplified is False:
        return Reading(
            None,
            ish,
            "negative",
            "unknown",
            "ISH not amplified without IHC is HER2-negative; HER2-low vs zero is unknown without IHC",
        )
    return Reading(None, ish, "equivocal", "pending", "ISH equivocal and no IHC on record")


def read_specimen(ihc: Her2Ihc | None, ishes: Sequence[Her2Ish]) -> Reading:
    ish = deciding_ish(ishes)
    notes: tuple[str, ...] = ()
    definite = {i.amplified for i in ishes if i.amplified is not None}
    if len(definite) > 1:
        when = _date(ish.tested_on if ish is not None else None)
        notes = (knowledge_base().say("her2_note_ish_results_disagree", day=when),)
    if ihc is None:
        if ish is None:
            raise ValueError("a reading needs an IHC or an ISH result")
        reading = ish_alone(ish)
    elif ihc.score == "3+":
        reading = ihc_3_plus_is_positive(ihc, ish)
    elif ihc.score == "2+":
        reading = ihc_2_plus_needs_ish(ihc, ish)
    else:
        reading = ihc_0_or_1_plus_is_negative(ihc, ish)
    if notes:
        reading = replace(reading, notes=reading.notes + notes)
    return reading


def deciding_ish(ishes: Sequence[Her2Ish]) -> Her2Ish | None:
    """The latest definite ISH result, else the latest one (``ishes`` are oldest first)."""
    definite = [i for i in ishes if i.amplified is not None]
    if definite:
        return definite[-1]
    return ishes[-1] if ishes else None


# --- Pairing ISH with IHC ---------------------------------------------------------------------


def _compatible(ihc: Her2Ihc, ish: Her2Ish) -> bool:
    if ihc.specimen_label and ish.specimen_label and ihc.specimen_label != ish.specimen_label:
        return False
    return not (ihc.specimen and ish.specimen and ihc.specimen != ish.specimen)


def _closest(ish: Her2Ish, ihcs: Sequence[Her2Ihc]) -> Her2Ihc:
    if ish.tested_on is None:
        return ihcs[-1]

    def distance(ihc: Her2Ihc) -> tuple[int, int]:
        if ihc.tested_on is None or ish.tested_on is None:
            return (10**6, 1)
        days = (ish.tested_on - ihc.tested_on).days
        return (abs(days), 0 if days >= 0 else 1)

    return min(ihcs, key=distance)


def pair_ish(ish: Her2Ish, ihcs: Sequence[Her2Ihc]) -> Her2Ihc | None:
    """The IHC test this ISH result belongs to (rule in the module docstring), or None."""
    candidates = [i for i in ihcs if _compatible(i, ish)]
    if ish.specimen_label:
        same_label = [i for i in candidates if i.specimen_label == ish.specimen_label]
        if same_label:
            return _closest(ish, same_label)
    if ish.tested_on is not None:
        window = pairing_window_days()
        near = [
            i
            for i in candidates
            if i.tested_on is not None and abs((ish.tested_on - i.tested_on).days) <= window
        ]
        if near:
            return _closest(ish, near)
    unplaceable = [i for i in candidates if i.tested_on is None or ish.tested_on is None]
    return unplaceable[0] if len(unplaceable) == 1 else None


def specimen_readings(ihcs: Sequence[Her2Ihc], ishes: Sequence[Her2Ish]) -> list[Reading]:
    """One reading per IHC test (with its ISH) plus one per ISH that belongs to no IHC, oldest first.

    ``ihcs`` and ``ishes`` must be sorted oldest first (undated first), as ``Case.markers`` returns them.
    """
    paired: dict[int, list[Her2Ish]] = {i: [] for i in range(len(ihcs))}
    alone: list[Her2Ish] = []
    for ish in ishes:
        ihc = pair_ish(ish, ihcs)
        if ihc is None:
            alone.append(ish)
        else:
            paired[next(n for n, x in enumerate(ihcs) if x is ihc)].append(ish)
    readings = [read_specimen(ihc, paired[n]) for n, ihc in enumerate(ihcs)]
    readings += [read_specimen(None, [ish]) for ish in alone]
    return sorted(readings, key=lambda r: r.specimen_date or dt.date.min)
