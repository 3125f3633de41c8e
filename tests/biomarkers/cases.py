"""Small builders for case dicts; every case goes through ``case_from_data`` so validation runs."""

from __future__ import annotations

from typing import Any

from her2nav.case.load import case_from_data
from her2nav.case.models import Case


def ihc(score: str, on: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "kind": "her2_ihc",
        "score": score,
        "specimen": "biopsy",
        "criteria": "gastric",
        "tested_on": on,
    } | extra


def ish(
    on: str | None, *, ratio: float | None = None, result: str | None = None, **extra: Any
) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": "her2_ish", "tested_on": on} | extra
    if ratio is not None:
        out["ratio"] = ratio
    if result is not None:
        out["result"] = result
    return out


def course(line: int, agents: list[str], start: str, end: str | None, stop: str) -> dict[str, Any]:
    return {
        "line": line,
        "setting": "palliative",
        "agents": agents,
        "started_on": start,
        "ended_on": end,
        "stop_reason": stop,
    }


TRASTUZUMAB_PROGRESSED = course(
    1, ["trastuzumab", "capecitabine", "oxaliplatin"], "2025-03-01", "2025-10-15", "progression"
)
TDXD_PROGRESSED = course(2, ["T-DXd"], "2025-11-10", "2026-05-20", "progression")


def make_case(
    biomarkers: list[dict[str, Any]] | None = None,
    treatments: list[dict[str, Any]] | None = None,
    histology: str = "adenocarcinoma",
) -> Case:
    return case_from_data(
        {
            "case_id": "her2-test",
            "as_of": "2026-11-23",
            "diagnosis": {"site": "stomach", "histology": histology, "setting": "metastatic"},
            "biomarkers": biomarkers or [],
            "treatments": treatments or [],
        }
    )
