"""Ranking by what the patient can reach, the eligible end state, and the nearest site per region
(issue 15: class 11 and reachability)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import update

from her2nav.case.load import case_from_data
from her2nav.case.models import Case
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from her2nav.trials.registry.tables import meta_table, studies
from her2nav.trials.registry.upgrade import WEIGHTS_KEY
from tests.trials.records import site, study_record, write_records

HERE = Path(__file__).parent
UNSETTLED = "Inclusion Criteria:\n* ECOG performance status 0 or 1\n* Adequate organ function"


def _case(**patient: Any) -> Case:
    data = yaml.safe_load(
        (HERE / "cases" / "e04-second-line-after-trastuzumab-england.case.yaml").read_text()
    )
    data["patient"].update(patient)
    return case_from_data(data)


def _entries(registry: Registry, folder: Path, case: Case, *records: dict[str, Any]) -> list[dict[str, Any]]:
    import_paths(registry, [write_records(folder, *records)])
    return match_case(case, registry)


def test_when_every_criterion_is_met_the_verdict_is_eligible_and_it_ranks_first(
    registry: Registry, tmp_path: Path
) -> None:
    entries = _entries(
        registry,
        tmp_path,
        _case(),
        study_record("NCT00000901", criteria=UNSETTLED, sites=[site("United Kingdom", "Leeds")]),
        study_record("NCT00000902", sites=[site("United Kingdom", "Leeds")]),
    )
    assert [(e["nct_id"], e["verdict"]) for e in entries] == [
        ("NCT00000902", "eligible"),
        ("NCT00000901", "possibly_eligible"),
    ]
    assert all(c["status"] == "met" for c in entries[0]["criteria"])


def test_an_eligible_study_that_is_not_recruiting_still_ranks_above_a_possibly_eligible_recruiting_one(
    registry: Registry, tmp_path: Path
) -> None:
    uk = [site("United Kingdom", "Leeds", "RECRUITING")]
    entries = _entries(
        registry,
        tmp_path,
        _case(),
        study_record("NCT00000911", criteria=UNSETTLED, sites=uk),
        study_record("NCT00000912", status="ACTIVE_NOT_RECRUITING", sites=uk),
    )
    assert [e["nct_id"] for e in entries] == ["NCT00000912", "NCT00000911"]


def test_a_study_without_criteria_is_never_eligible(registry: Registry, tmp_path: Path) -> None:
    (entry,) = _entries(registry, tmp_path, _case(), study_record("NCT00000921", criteria=""))
    assert entry["verdict"] == "possibly_eligible"
    assert entry["note"] == "the record carries no eligibility criteria"


def test_a_trial_recruiting_in_a_treatment_region_ranks_before_an_eligible_one_out_of_reach(
    registry: Registry, tmp_path: Path
) -> None:
    entries = _entries(
        registry,
        tmp_path,
        _case(region="GB"),
        study_record("NCT00000931", sites=[site("United States", "Boston")]),
        study_record("NCT00000932", criteria=UNSETTLED, sites=[site("United Kingdom", "Leeds")]),
    )
    assert [(e["nct_id"], e["reachable"]) for e in entries] == [("NCT00000932", True), ("NCT00000931", False)]
    assert entries[1]["verdict"] == "eligible"


def test_a_site_that_no_longer_takes_patients_does_not_make_a_trial_reachable(
    registry: Registry, tmp_path: Path
) -> None:
    closed = [site("United Kingdom", "Leeds", "COMPLETED"), site("Japan", "Tokyo", "RECRUITING")]
    (entry,) = _entries(registry, tmp_path, _case(), study_record("NCT00000941", sites=closed))
    assert entry["in_treatment_region"] and not entry["reachable"]
    assert entry["nearest_sites"] == []
    assert [s["city"] for s in entry["sites"]] == ["Tokyo", "Leeds"]  # taking patients first


def test_ineligible_trials_rank_after_every_other_even_when_reachable(
    registry: Registry, tmp_path: Path
) -> None:
    entries = _entries(
        registry,
        tmp_path,
        _case(ecog=2),
        study_record("NCT00000951", sites=[site("United Kingdom", "Leeds")]),  # asks ECOG 0-1
        study_record("NCT00000952", criteria="Inclusion Criteria:\n* Adequate organ function", sites=[]),
    )
    assert [(e["nct_id"], e["verdict"]) for e in entries] == [
        ("NCT00000952", "possibly_eligible"),
        ("NCT00000951", "ineligible"),
    ]


def test_a_treatment_region_the_patient_names_counts_as_reachable(registry: Registry, tmp_path: Path) -> None:
    entries = _entries(
        registry,
        tmp_path,
        _case(region="GB", treatment_regions=["GB", "CN"]),
        study_record("NCT00000961", sites=[site("China", "Beijing", "RECRUITING")]),
    )
    assert entries[0]["reachable"]
    assert [s["region"] for s in entries[0]["nearest_sites"]] == ["CN"]


def test_the_nearest_recruiting_site_per_region_names_city_status_contact_and_distance(
    registry: Registry, tmp_path: Path
) -> None:
    sites = [
        site(
            "United Kingdom", "London", "RECRUITING", facility="UCLH", contacts=[{"name": "A", "phone": "1"}]
        ),
        site("United Kingdom", "Manchester", "COMPLETED", facility="Closed Centre"),
        site("United Kingdom", "Leeds", "RECRUITING", facility="St James's", contacts=[{"email": "l@x.org"}]),
        site("China", "Shanghai", "RECRUITING"),
        site("China", "Beijing", "NOT_YET_RECRUITING", geoPoint={"lat": 39.9, "lon": 116.4}),
    ]
    case = _case(region="GB", city="Manchester", treatment_regions=["GB", "CN"])
    (entry,) = _entries(registry, tmp_path, case, study_record("NCT00000971", sites=sites))
    gb, cn = entry["nearest_sites"]
    assert (gb["region"], gb["city"], gb["status"], gb["facility"], gb["contact"]) == (
        "GB",
        "Leeds",
        "RECRUITING",
        "St James's",
        "l@x.org",
    )
    assert 55 <= gb["distance_km"] <= 65  # Manchester to Leeds, about 58 km
    assert (cn["region"], cn["city"]) == ("CN", "Beijing")  # nearer to Manchester than Shanghai
    assert [s["city"] for s in entry["sites"][:3]] == ["Leeds", "London", "Beijing"]
    assert "distance_km" not in entry["sites"][-1]  # the closed site: no distance worked out


def test_a_chinese_city_name_gives_distances_too(registry: Registry, tmp_path: Path) -> None:
    sites = [site("China", "Shanghai", "RECRUITING"), site("China", "Beijing", "RECRUITING")]
    case = _case(region="CN", city="北京", treatment_regions=["CN"])
    (entry,) = _entries(registry, tmp_path, case, study_record("NCT00000981", sites=sites))
    nearest = entry["nearest_sites"][0]
    assert nearest["city"] == "Beijing" and nearest["distance_km"] < 30
    assert 1000 <= entry["sites"][1]["distance_km"] <= 1150  # Beijing to Shanghai, about 1,070 km


def test_a_city_that_is_not_known_gives_no_distance_and_no_error(registry: Registry, tmp_path: Path) -> None:
    case = _case(region="GB", city="Nowhere-on-the-Wold")
    sites = [site("United Kingdom", "Leeds", "RECRUITING")]
    (entry,) = _entries(registry, tmp_path, case, study_record("NCT00000991", sites=sites))
    assert entry["nearest_sites"][0]["city"] == "Leeds"
    assert "distance_km" not in entry["nearest_sites"][0]


def test_a_registry_indexed_with_other_score_weights_is_indexed_again_when_opened(
    registry: Registry, tmp_path: Path
) -> None:
    import_paths(registry, [write_records(tmp_path, study_record("NCT00001001"))])
    fresh = registry.get("NCT00001001")
    assert fresh is not None
    with registry.engine.begin() as conn:
        conn.execute(update(studies).values(bound_milli=1, score_bound=0.001, open_countries=None))
        conn.execute(update(meta_table).where(meta_table.c.key == WEIGHTS_KEY).values(value="older weights"))
    again = Registry(registry.url, engine=registry.engine).get("NCT00001001")
    assert again is not None
    assert (again["bound_milli"], again["open_countries"]) == (fresh["bound_milli"], fresh["open_countries"])


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_a_short_list_is_the_head_of_the_full_list_when_reach_decides_the_order(
    registry: Registry, tmp_path: Path, limit: int
) -> None:
    records = [
        study_record("NCT00001101", sites=[site("United States", "Boston")]),
        study_record("NCT00001102", criteria=UNSETTLED, sites=[site("United Kingdom", "Leeds", "COMPLETED")]),
        study_record("NCT00001103", criteria=UNSETTLED, sites=[site("United Kingdom", "Leeds")]),
        study_record("NCT00001104", status=None, sites=[site("United Kingdom", "Leeds", "OPEN TO ACCRUAL")]),
    ]
    import_paths(registry, [write_records(tmp_path, *records)])
    case = _case(region="GB")
    full = [e["nct_id"] for e in match_case(case, registry)]
    assert [e["nct_id"] for e in match_case(case, registry, limit=limit)] == full[:limit]
    assert full[:2] == ["NCT00001104", "NCT00001103"]  # both take patients in GB
