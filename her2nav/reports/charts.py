"""Geometry of the report's charts, computed from the case and the review; the templates draw it as
inline SVG (no JavaScript, no network, the same picture in HTML and PDF).

- ``treatment_chart``: one bar per treatment line on a shared time axis (a swimmer plot), its end marked
  with the stop reason; ongoing lines run to the review date.
- ``marker_chart``: one lane per biomarker kind, a dot and its value at each test date, same axis.
- ``efficacy_chart``: median overall survival of each option's first trial that reports one, as the
  knowledge base records it (option arm against its comparator), read from the evidence summary.

Labels come in already translated (``label_of`` callables); every number is the case's or the review's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from her2nav.case.models import Case

WIDTH = 680
LEFT = 150  # lane labels
RIGHT = 24
ROW = 26
TOP = 28  # tick labels
MAX_TICKS = 8
OS_FIGURE = re.compile(r"overall survival (\d+(?:\.\d+)?)(?: vs (\d+(?:\.\d+)?))? months", re.IGNORECASE)


@dataclass(frozen=True)
class Axis:
    start: dt.date
    end: dt.date

    def x(self, day: dt.date) -> float:
        span = max((self.end - self.start).days, 1)
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - self.start).days / span

    def ticks(self) -> list[tuple[float, str]]:
        """Month starts, every 1, 3, 6 or 12 months so that at most MAX_TICKS fit."""
        months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
        step = next(s for s in (1, 3, 6, 12, 24) if months / s <= MAX_TICKS)
        ticks: list[tuple[float, str]] = []
        year, month = self.start.year, self.start.month
        while dt.date(year, month, 1) <= self.end:
            day = dt.date(year, month, 1)
            if day >= self.start and (month - 1) % step == 0:
                ticks.append((round(self.x(day), 1), day.strftime("%Y-%m")))
            month += 1
            if month > 12:
                year, month = year + 1, 1
        return ticks


def case_axis(case: Case) -> Axis | None:
    """From the earliest dated event (diagnosis, treatment, test) to the review date; None if none."""
    days = [case.diagnosis.diagnosed_on] + [t.started_on for t in case.treatments]
    days += [b.tested_on for b in case.biomarkers]
    known = [d for d in days if d is not None and d <= case.as_of]
    if not known:
        return None
    return Axis(start=min(known).replace(day=1), end=case.as_of)


@dataclass
class Bar:
    y: float
    x: float
    width: float
    label: str
    end_label: str
    kind: str  # css class: palliative | other | ongoing


@dataclass
class TreatmentChart:
    height: float
    ticks: list[tuple[float, str]]
    bars: list[Bar]
    undated: list[str]
    today_x: float


def treatment_chart(
    case: Case,
    axis: Axis,
    *,
    agent_name: Callable[[str], str],
    line_label: Callable[[Any], str],
    stop_label: Callable[[str | None], str],
) -> TreatmentChart:
    bars: list[Bar] = []
    undated: list[str] = []
    for line in case.treatments:
        label = f"{line_label(line)}: {' + '.join(agent_name(a) for a in line.agents)}"
        if line.started_on is None:
            undated.append(label)
            continue
        end = line.ended_on or case.as_of
        x0, x1 = axis.x(max(line.started_on, axis.start)), axis.x(min(end, axis.end))
        kind = (
            "ongoing"
            if line.ongoing or line.ended_on is None
            else ("palliative" if line.is_palliative else "other")
        )
        y = TOP + len(bars) * ROW * 1.6
        bars.append(
            Bar(y, round(x0, 1), round(max(x1 - x0, 2.0), 1), label, stop_label(line.stop_reason), kind)
        )
    height = TOP + max(len(bars), 1) * ROW * 1.6 + 8
    return TreatmentChart(height, axis.ticks(), bars, undated, round(axis.x(axis.end), 1))


@dataclass
class Dot:
    x: float
    value: str
    date: str


@dataclass
class Lane:
    y: float
    label: str
    dots: list[Dot] = field(default_factory=list)


@dataclass
class MarkerChart:
    height: float
    ticks: list[tuple[float, str]]
    lanes: list[Lane]
    undated: list[str]


def marker_value(marker: Any) -> str:
    """The result of one test in a few characters (codes and numbers read the same in every language)."""
    kind = marker.kind
    if kind == "her2_ihc":
        return f"{marker.score}"
    if kind == "her2_ish":
        ratio = f"{marker.ratio:g}" if marker.ratio is not None else ""
        result = {"amplified": "amp", "not_amplified": "non-amp", "equivocal": "equiv"}.get(
            marker.result or "", ""
        )
        return " ".join(p for p in (ratio, result) if p)
    if kind == "her2_ctdna":
        return "amp" if marker.result == "amplified" else "ND"
    if kind == "pdl1_cps":
        return f"CPS {marker.value:g}"
    if kind == "cldn18_2":
        return f"{marker.percent_positive:g}%"
    if kind == "mmr":
        return "pMMR" if marker.result == "proficient" else "dMMR"
    return {"mss": "MSS", "msi_low": "MSI-L", "msi_high": "MSI-H"}.get(marker.result, str(marker.result))


def marker_chart(
    case: Case, axis: Axis, *, kinds: Sequence[str], kind_label: Callable[[str], str]
) -> MarkerChart:
    lanes: list[Lane] = []
    undated: list[str] = []
    for kind in kinds:
        found = case.markers(kind)
        if not found:
            continue
        lane = Lane(TOP + len(lanes) * ROW + ROW / 2, kind_label(kind))
        for marker in found:
            if marker.tested_on is None or marker.tested_on > axis.end:
                undated.append(f"{kind_label(kind)} {marker_value(marker)}")
                continue
            x = axis.x(max(marker.tested_on, axis.start))
            lane.dots.append(Dot(round(x, 1), marker_value(marker), marker.tested_on.isoformat()))
        lanes.append(lane)
    height = TOP + max(len(lanes), 1) * ROW + 8
    return MarkerChart(height, axis.ticks(), lanes, undated)


@dataclass
class EfficacyRow:
    y: float
    label: str
    trial: str
    source: str
    value: float
    value_width: float
    comparator: float | None
    comparator_width: float | None


@dataclass
class EfficacyChart:
    height: float
    rows: list[EfficacyRow]
    scale_max: float


def os_figures(summary: str) -> tuple[float, float | None] | None:
    """(option arm, comparator or None) median overall survival in months, as written in the summary."""
    found = OS_FIGURE.search(summary)
    if found is None:
        return None
    return float(found.group(1)), float(found.group(2)) if found.group(2) else None


def efficacy_chart(
    options: Sequence[Mapping[str, Any]], *, option_name: Callable[[Mapping[str, Any]], str]
) -> EfficacyChart | None:
    picked: list[tuple[str, Mapping[str, Any], tuple[float, float | None]]] = []
    for option in options:
        for evidence in option.get("evidence") or []:
            figures = os_figures(evidence.get("summary") or "")
            if figures is not None:
                picked.append((option_name(option), evidence, figures))
                break
    if not picked:
        return None
    scale_max = max(max(v for v in figs if v is not None) for _, _, figs in picked)
    plot = WIDTH - LEFT - RIGHT - 40

    def width(value: float) -> float:
        return round(plot * value / scale_max, 1)

    rows = []
    for i, (name, evidence, (value, comparator)) in enumerate(picked):
        rows.append(
            EfficacyRow(
                y=TOP + i * ROW * 1.8,
                label=name,
                trial=str(evidence.get("trial") or ""),
                source=str(evidence.get("source") or ""),
                value=value,
                value_width=width(value),
                comparator=comparator,
                comparator_width=width(comparator) if comparator is not None else None,
            )
        )
    return EfficacyChart(TOP + len(rows) * ROW * 1.8 + 8, rows, scale_max)
