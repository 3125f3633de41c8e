"""Cross-field checks on a case whose shape is already valid. Each returns problems, never raises."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from her2nav.case.errors import Problem
from her2nav.case.models import Case, Her2Ish, ish_amplified_ratio

Check = Callable[[Case], Iterator[Problem]]


def dates_not_after_as_of(case: Case) -> Iterator[Problem]:
    """Nothing in the record can be dated after the day the review is made for."""
    limit = case.as_of
    for name in ("diagnosed_on", "recurred_on"):
        value = getattr(case.diagnosis, name)
        if value and value > limit:
            yield Problem(f"diagnosis.{name}", f"{value} is after as_of ({limit})")
    for i, marker in enumerate(case.biomarkers):
        if marker.tested_on and marker.tested_on > limit:
            yield Problem(f"biomarkers[{i}].tested_on", f"{marker.tested_on} is after as_of ({limit})")
    for i, line in enumerate(case.treatments):
        for name in ("started_on", "ended_on"):
            value = getattr(line, name)
            if value and value > limit:
                yield Problem(f"treatments[{i}].{name}", f"{value} is after as_of ({limit})")


def diagnosis_dates_in_order(case: Case) -> Iterator[Problem]:
    d = case.diagnosis
    if d.diagnosed_on and d.recurred_on and d.recurred_on < d.diagnosed_on:
        yield Problem("diagnosis.recurred_on", f"{d.recurred_on} is before diagnosed_on ({d.diagnosed_on})")


def treatment_dates_in_order(case: Case) -> Iterator[Problem]:
    for i, line in enumerate(case.treatments):
        if line.started_on and line.ended_on and line.ended_on < line.started_on:
            yield Problem(
                f"treatments[{i}].ended_on", f"{line.ended_on} is before started_on ({line.started_on})"
            )


def lines_start_in_order(case: Case) -> Iterator[Problem]:
    """A palliative line cannot start before a line with a lower number started (line 2 follows line 1)."""
    dated = [
        (i, t.line, t.started_on)
        for i, t in enumerate(case.treatments)
        if t.is_palliative and t.line is not None and t.started_on is not None
    ]
    for i, line, started in dated:
        earlier = [(n, s) for _, n, s in dated if n < line and s > started]
        if earlier:
            n, s = max(earlier, key=lambda pair: pair[1])
            yield Problem(
                f"treatments[{i}].started_on", f"line {line} starts on {started}, before line {n} ({s})"
            )


def stop_reason_matches_end(case: Case) -> Iterator[Problem]:
    """An ongoing line has no end date; an ended line is not 'ongoing'."""
    for i, line in enumerate(case.treatments):
        if line.ongoing and line.ended_on:
            yield Problem(
                f"treatments[{i}].stop_reason", f"'ongoing' but ended_on is given ({line.ended_on})"
            )


def line_numbers_fit_setting(case: Case) -> Iterator[Problem]:
    """Palliative therapy carries its line number; perioperative/adjuvant/neoadjuvant therapy does not."""
    for i, line in enumerate(case.treatments):
        if line.is_palliative and line.line is None:
            yield Problem(f"treatments[{i}].line", "palliative therapy needs its line number (1, 2, …)")
        if not line.is_palliative and line.line is not None:
            yield Problem(
                f"treatments[{i}].line",
                f"a line number applies to palliative therapy only (setting is {line.setting!r})",
            )


def one_ongoing_line(case: Case) -> Iterator[Problem]:
    """At most one palliative line is ongoing, and no ended line comes after it."""
    ongoing = [(i, t) for i, t in enumerate(case.treatments) if t.is_palliative and t.ongoing]
    if len(ongoing) > 1:
        first = ongoing[0][1].line
        for i, t in ongoing[1:]:
            if t.line != first:
                yield Problem(f"treatments[{i}].stop_reason", f"line {first} is already ongoing")
    for _, current in ongoing[:1]:
        for j, t in enumerate(case.treatments):
            if t.is_palliative and not t.ongoing and t.line and current.line and t.line > current.line:
                yield Problem(
                    f"treatments[{j}].line", f"line {t.line} has ended but line {current.line} is ongoing"
                )


def ish_ratio_agrees_with_result(case: Case) -> Iterator[Problem]:
    """A ratio at or above the amplification cut-off (kb.yaml; fact sheet §1.3) means amplified; a stated
    result must not contradict it."""
    for i, marker in enumerate(case.biomarkers):
        if not isinstance(marker, Her2Ish) or marker.ratio is None or marker.result is None:
            continue
        cut_off = ish_amplified_ratio()
        amplified = marker.ratio >= cut_off
        if marker.result == "equivocal":
            continue  # a lab may call a borderline ratio equivocal; the engine treats the ratio as decisive
        if amplified != (marker.result == "amplified"):
            yield Problem(
                f"biomarkers[{i}].result",
                f"{marker.result!r} contradicts ratio {marker.ratio} "
                f"(a ratio ≥ {cut_off:.1f} means amplified)",
            )


def treatment_regions_include_known_codes(case: Case) -> Iterator[Problem]:
    regions = case.patient.treatment_regions
    if regions is not None and len(set(regions)) != len(regions):
        yield Problem("patient.treatment_regions", "lists a region twice")
    return


CHECKS: tuple[Check, ...] = (
    dates_not_after_as_of,
    diagnosis_dates_in_order,
    treatment_dates_in_order,
    lines_start_in_order,
    stop_reason_matches_end,
    line_numbers_fit_setting,
    one_ongoing_line,
    ish_ratio_agrees_with_result,
    treatment_regions_include_known_codes,
)


def consistency_problems(case: Case) -> list[Problem]:
    return [problem for check in CHECKS for problem in check(case)]
