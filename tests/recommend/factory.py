"""Builds valid case data for engine tests: a HER2-positive first-line US patient unless told otherwise."""

from __future__ import annotations

from typing import Any

from her2nav.case.load import case_from_data
from her2nav.case.models import Case
from her2nav.review import build_review


def ihc(score: str, on: str = "2023-01-20") -> dict[str, Any]:
    return {"kind": "her2_ihc", "score": score, "specimen": "biopsy", "criteria": "gastric", "tested_on": on}


def ish(amplified: bool, on: str = "2023-01-25") -> dict[str, Any]:
    return {"kind": "her2_ish", "ratio": 2.6 if amplified else 1.2, "tested_on": on}


def cps(value: float) -> dict[str, Any]:
    return {"kind": "pdl1_cps", "value": value, "assay": "22C3", "tested_on": "2023-01-20"}


def cldn(percent: float) -> dict[str, Any]:
    return {"kind": "cldn18_2", "percent_positive": percent, "tested_on": "2023-01-20"}


def mmr(result: str = "proficient") -> dict[str, Any]:
    return {"kind": "mmr", "result": result, "tested_on": "2023-01-20"}


def line(
    n: int, agents: list[str], start: str, end: str, stop: str = "progression", **extra: Any
) -> dict[str, Any]:
    return {
        "line": n,
        "setting": "palliative",
        "agents": agents,
        "started_on": start,
        "ended_on": end,
        "stop_reason": stop,
        **extra,
    }


FIRST_LINE_TRASTUZUMAB = line(1, ["trastuzumab", "capecitabine", "oxaliplatin"], "2025-03-01", "2025-09-01")


def case_data(
    *,
    as_of: str = "2026-11-23",
    region: str = "US",
    biomarkers: list[dict[str, Any]] | None = None,
    treatments: list[dict[str, Any]] | None = None,
    histology: str = "adenocarcinoma",
    setting: str = "metastatic",
    **patient: Any,
) -> dict[str, Any]:
    person = {"age": 61, "sex": "male", "ecog": 1, "lvef_percent": 62, "conditions": [], "region": region}
    person.update(patient)
    return {
        "case_id": "t1",
        "as_of": as_of,
        "patient": person,
        "diagnosis": {
            "site": "stomach",
            "histology": histology,
            "setting": setting,
            "diagnosed_on": "2023-01-10",
        },
        "biomarkers": biomarkers if biomarkers is not None else [ihc("3+"), cps(10), mmr()],
        "treatments": treatments or [],
    }


def make_case(**kwargs: Any) -> Case:
    return case_from_data(case_data(**kwargs))


def review(**kwargs: Any) -> dict[str, Any]:
    return build_review(make_case(**kwargs)).data


def option(data: dict[str, Any], option_id: str) -> dict[str, Any]:
    found = [o for o in data["options"] if o["id"] == option_id]
    assert found, f"{option_id} not listed; options are {[o['id'] for o in data['options']]}"
    return found[0]


def ids(data: dict[str, Any]) -> list[str]:
    return [o["id"] for o in data["options"]]


def excluded(data: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e["reason"] for e in data["excluded"]}


def codes(entries: list[dict[str, Any]]) -> set[str]:
    return {e["code"] for e in entries}
