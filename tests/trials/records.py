"""Registry records (ClinicalTrials.gov API v2 shape) written for a test: only the fields it names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MET_BY_E04 = (
    "Inclusion Criteria:\n* ECOG performance status 0 or 1\n* Age 18 years or older\n"
    "Exclusion Criteria:\n* Known HIV infection"  # a record listing no exclusions is never "eligible"
)


def site(country: str, city: str | None = None, status: str | None = None, **more: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"country": country}
    if city:
        out["city"] = city
    if status:
        out["status"] = status
    out.update(more)
    return out


def study_record(
    nct_id: str,
    *,
    title: str = "Gastric cancer study",
    status: str | None = "RECRUITING",
    criteria: str = MET_BY_E04,
    sites: list[dict[str, Any]] | None = None,
    conditions: list[str] | None = None,
    interventions: list[str] | None = None,
) -> dict[str, Any]:
    proto: dict[str, Any] = {
        "identificationModule": {"nctId": nct_id, "briefTitle": title},
        "statusModule": {"lastUpdatePostDateStruct": {"date": "2025-01-01"}},
        "designModule": {"studyType": "INTERVENTIONAL"},
        "eligibilityModule": {"eligibilityCriteria": criteria},
        "contactsLocationsModule": {"locations": sites if sites is not None else [site("Japan", "Tokyo")]},
    }
    if status:
        proto["statusModule"]["overallStatus"] = status
    if conditions:
        proto["conditionsModule"] = {"conditions": conditions}
    if interventions:
        proto["armsInterventionsModule"] = {"interventions": [{"name": n} for n in interventions]}
    return {"protocolSection": proto}


def write_records(folder: Path, *records: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for record in records:
        nct = record["protocolSection"]["identificationModule"]["nctId"]
        (folder / f"{nct}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return folder
