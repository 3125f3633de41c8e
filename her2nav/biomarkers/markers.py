"""The other markers that gate therapy (fact sheet §1.9): PD-L1 CPS, CLDN18.2, MSI / MMR.

Each question has two forms: ``pdl1_cps(case) -> float | None`` for the value alone, and
``pdl1_cps_result(case) -> MarkerResult | None`` for the value with the date and text it rests on.
The latest result counts (undated results are the oldest). None means unknown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, TypeVar

from her2nav.case.models import Case, Cldn182, Mmr, Msi, PdL1Cps

T = TypeVar("T")


@dataclass(frozen=True)
class MarkerResult(Generic[T]):
    value: T
    tested_on: dt.date | None
    basis: str  # e.g. "PD-L1 CPS 8 (22C3, 2025-02-20)"


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "undated"


def pdl1_cps_result(case: Case) -> MarkerResult[float] | None:
    test: PdL1Cps | None = case.latest("pdl1_cps")
    if test is None:
        return None
    assay = f"{test.assay}, " if test.assay else ""
    basis = f"PD-L1 CPS {test.value:g} ({assay}{_day(test.tested_on)})"
    return MarkerResult(test.value, test.tested_on, basis)


def pdl1_cps(case: Case) -> float | None:
    """Latest PD-L1 combined positive score, or None when not tested."""
    result = pdl1_cps_result(case)
    return result.value if result is not None else None


def cldn18_2_result(case: Case) -> MarkerResult[float] | None:
    test: Cldn182 | None = case.latest("cldn18_2")
    if test is None:
        return None
    return MarkerResult(
        test.percent_positive,
        test.tested_on,
        f"CLDN18.2 {test.percent_positive:g}% of tumour cells 2+/3+ ({_day(test.tested_on)})",
    )


def cldn18_2_percent(case: Case) -> float | None:
    """Latest % of tumour cells with moderate-to-strong CLDN18 staining, or None when not tested."""
    result = cldn18_2_result(case)
    return result.value if result is not None else None


def msi_result(case: Case) -> MarkerResult[bool] | None:
    """MSI-high or MMR-deficient → True; MSS / MSI-low / MMR-proficient → False; None when untested.

    MSI by PCR and MMR by IHC are alternative tests for the same thing (fact sheet §1.9, §4.8; S96):
    either one showing MSI-high/dMMR makes the answer True, and the basis says when they disagree.
    MSI-low is read as not MSI-high.
    """
    msi: Msi | None = case.latest("msi")
    mmr: Mmr | None = case.latest("mmr")
    parts: list[tuple[bool, dt.date | None, str]] = []
    if msi is not None:
        parts.append((msi.result == "msi_high", msi.tested_on, f"MSI {msi.result} ({_day(msi.tested_on)})"))
    if mmr is not None:
        parts.append((mmr.result == "deficient", mmr.tested_on, f"MMR {mmr.result} ({_day(mmr.tested_on)})"))
    if not parts:
        return None
    high = [p for p in parts if p[0]]
    value = bool(high)
    chosen = high or parts
    tested_on = max((p[1] for p in chosen if p[1] is not None), default=None)
    basis = "; ".join(p[2] for p in parts)
    if high and len(high) < len(parts):
        basis += " — the tests disagree; either MSI-high or dMMR counts as MSI-high"
    return MarkerResult(value, tested_on, basis)


def msi_high(case: Case) -> bool | None:
    """True for MSI-high or MMR-deficient, False for MSS/MSI-low/proficient, None when unknown."""
    result = msi_result(case)
    return result.value if result is not None else None
