"""Importing registry records: every accepted layout, idempotent upsert, relevance and status filters."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from her2nav.case.load import load_case
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import ensure_snapshot, import_paths
from her2nav.trials.registry.index import CaseFilter
from her2nav.trials.registry.store import Registry
from tests.trials.conftest import SHARED

DG04 = "NCT04704934"
OPEN_STUDY = "NCT06219941"  # recruiting, interventional, listed for the e04 case


def _record(
    nct_id: str, *, status: str | None = "RECRUITING", updated: str = "2025-01-01"
) -> dict[str, object]:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": nct_id, "briefTitle": f"Gastric cancer study {nct_id}"},
            "statusModule": {"overallStatus": status, "lastUpdatePostDateStruct": {"date": updated}},
            "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n* ECOG 0 or 1"},
            "contactsLocationsModule": {"locations": [{"country": "Japan", "city": "Tokyo"}]},
        }
    }


def test_a_folder_of_single_study_files_imports_every_study(registry: Registry, snapshot_dir: Path) -> None:
    report = import_paths(registry, [snapshot_dir])
    assert (report.read, report.written, report.problems) == (44, 44, [])
    assert registry.count() == 44


def test_importing_the_same_files_twice_leaves_one_row_per_study(
    registry: Registry, snapshot_dir: Path
) -> None:
    import_paths(registry, [snapshot_dir])
    import_paths(registry, [snapshot_dir])
    assert registry.count() == 44


def test_arrays_api_pages_and_zip_archives_are_all_read(registry: Registry, tmp_path: Path) -> None:
    (tmp_path / "array.json").write_text(json.dumps([_record("NCT00000001"), _record("NCT00000002")]))
    page = {"studies": [_record("NCT00000003")], "nextPageToken": "abc"}
    (tmp_path / "page.json").write_text(json.dumps(page))
    with zipfile.ZipFile(tmp_path / "bulk.zip", "w") as archive:
        archive.writestr("NCT00000004.json", json.dumps(_record("NCT00000004")))
        archive.writestr("NCT00000005.json", json.dumps(_record("NCT00000005")))
    paths = [tmp_path / "array.json", tmp_path / "page.json", tmp_path / "bulk.zip"]
    report = import_paths(registry, paths)
    assert report.written == 5 and registry.count() == 5


def test_an_older_version_of_a_record_never_replaces_a_newer_one(registry: Registry, tmp_path: Path) -> None:
    newer, older = tmp_path / "newer.json", tmp_path / "older.json"
    newer.write_text(json.dumps(_record("NCT00000009", status="COMPLETED", updated="2026-05-01")))
    older.write_text(json.dumps(_record("NCT00000009", status="RECRUITING", updated="2024-01-01")))
    import_paths(registry, [newer])
    report = import_paths(registry, [older])
    assert report.skipped_older == 1
    stored = registry.get("NCT00000009")
    assert stored is not None
    assert (stored["overall_status"], stored["last_update"]) == ("COMPLETED", "2026-05-01")


def test_a_record_without_an_nct_id_is_named_and_the_rest_imported(
    registry: Registry, tmp_path: Path
) -> None:
    (tmp_path / "mixed.json").write_text(json.dumps([{"protocolSection": {}}, _record("NCT00000010")]))
    report = import_paths(registry, [tmp_path / "mixed.json"])
    assert report.written == 1
    assert report.problems == [
        f"{tmp_path / 'mixed.json'}[0]: protocolSection.identificationModule.nctId is "
        "missing or not an NCT id"
    ]


def test_the_full_fidelity_record_keeps_every_site_and_its_update_date(registry: Registry) -> None:
    import_paths(registry, [SHARED / "full-record-NCT02513394.json"])
    stored = registry.get("NCT02513394")
    assert stored is not None
    assert len(json.loads(stored["sites"])) == 437
    assert stored["last_update"] == "2023-06-15"
    assert stored["relevance"] == "none"  # a breast cancer study


def test_hong_kong_records_import_cleanly_and_almost_none_are_offered_for_gastric_cancer(
    registry: Registry,
) -> None:
    report = import_paths(registry, [SHARED / "hk-sample"])
    assert (report.written, report.problems) == (147, [])
    offered = list(registry.candidates())
    # 13 of 147 since gastrointestinal-cancer and HER2 pan-tumour studies are found (issue 15); 17 since
    # studies of advanced solid tumours in general are offered too (held-out review, class 2)
    assert len(offered) <= 18, [s.title for s in offered]


def test_withdrawn_terminated_and_completed_studies_are_never_candidates(
    registry: Registry, tmp_path: Path
) -> None:
    for i, status in enumerate(["WITHDRAWN", "TERMINATED", "COMPLETED", "RECRUITING"]):
        (tmp_path / f"{i}.json").write_text(json.dumps(_record(f"NCT0000010{i}", status=status)))
    import_paths(registry, [tmp_path])
    assert [s.nct_id for s in registry.candidates()] == ["NCT00000103"]


def test_observational_studies_and_expanded_access_are_stored_but_never_offered_as_trials(
    registry: Registry, tmp_path: Path
) -> None:
    kinds = {
        "NCT00000201": "OBSERVATIONAL",
        "NCT00000202": "EXPANDED_ACCESS",
        "NCT00000203": "INTERVENTIONAL",
    }
    for nct_id, kind in kinds.items():
        record = _record(nct_id)
        record["protocolSection"]["designModule"] = {"studyType": kind}  # type: ignore[index]
        (tmp_path / f"{nct_id}.json").write_text(json.dumps(record))
    (tmp_path / "NCT00000204.json").write_text(json.dumps(_record("NCT00000204")))  # type not stated
    import_paths(registry, [tmp_path])
    assert registry.count() == 4
    assert {n: (registry.get(n) or {}).get("study_type") for n in kinds} == kinds
    assert sorted(s.nct_id for s in registry.candidates()) == ["NCT00000203", "NCT00000204"]
    ranked = registry.ranked_keys(CaseFilter(), frozenset({"Japan"}), in_countries=True)
    assert sorted(r.nct_id for r in ranked) == ["NCT00000203", "NCT00000204"]


def test_an_observational_copy_of_a_matching_trial_is_never_listed_for_a_case(
    registry: Registry, snapshot_dir: Path, tmp_path: Path
) -> None:
    record = json.loads((snapshot_dir / f"{OPEN_STUDY}.json").read_text(encoding="utf-8"))
    record["protocolSection"]["identificationModule"]["nctId"] = "NCT00000401"
    record["protocolSection"]["designModule"]["studyType"] = "OBSERVATIONAL"
    (tmp_path / "NCT00000401.json").write_text(json.dumps(record))
    import_paths(registry, [snapshot_dir, tmp_path])
    case = load_case(Path(__file__).parent / "cases" / "e04-second-line-after-trastuzumab-england.case.yaml")
    listed = {e["nct_id"] for e in match_case(case, registry)}
    assert OPEN_STUDY in listed and "NCT00000401" not in listed


def test_a_registry_stored_before_the_study_type_column_gets_it_as_unknown(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE registry_study (nct_id VARCHAR(16) PRIMARY KEY, title TEXT NOT NULL, "
            "overall_status VARCHAR(40), closed BOOLEAN NOT NULL, relevance VARCHAR(24) NOT NULL, "
            "her2_requirement VARCHAR(24) NOT NULL, last_update VARCHAR(10), phases TEXT NOT NULL, "
            "countries TEXT NOT NULL, sites TEXT NOT NULL, criteria TEXT NOT NULL, "
            "parser_version VARCHAR(8) NOT NULL, imported_at DATETIME NOT NULL)"
        )
        conn.exec_driver_sql(
            "INSERT INTO registry_study VALUES ('NCT00000301', 'Gastric study', 'RECRUITING', 0, "
            "'gastric', 'any', '2025-01-01', '[]', '[]', '[]', '[]', '1', '2025-01-01 00:00:00')"
        )
    registry = Registry(url)
    assert (registry.get("NCT00000301") or {}).get("study_type", "missing") is None
    assert [s.nct_id for s in registry.candidates()] == ["NCT00000301"]


def test_criteria_are_parsed_at_import_and_indexed_by_her2_requirement(
    registry: Registry, snapshot_dir: Path
) -> None:
    import_paths(registry, [snapshot_dir])
    stored = registry.get(DG04)
    assert stored is not None
    assert stored["her2_requirement"] == "positive"
    criteria = json.loads(stored["criteria"])
    assert any(
        r["type"] == "her2" and r.get("post_progression_biopsy") for c in criteria for r in c["requirements"]
    )


def test_the_shipped_snapshot_is_installed_on_first_use_only(tmp_path: Path) -> None:
    registry = Registry(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    assert ensure_snapshot(registry) is True
    assert registry.count() == 44
    assert ensure_snapshot(registry) is False


@pytest.mark.parametrize("bad", ["not json", '{"hello": 1}'])
def test_a_file_that_is_not_registry_json_is_rejected_with_its_name(
    registry: Registry, tmp_path: Path, bad: str
) -> None:
    from her2nav.trials.registry.sources import SourceError

    path = tmp_path / "bad.json"
    path.write_text(bad)
    with pytest.raises(SourceError, match=r"bad\.json"):
        import_paths(registry, [path])


def test_criteria_are_interpreted_only_for_studies_a_case_can_be_offered(
    registry: Registry, tmp_path: Path
) -> None:
    """A closed study keeps its eligibility text as it came, uninterpreted; a newer record that
    reopens it gets its criteria interpreted, so nothing a match reads is ever left uninterpreted."""
    closed, reopened = tmp_path / "closed.json", tmp_path / "reopened.json"
    closed.write_text(json.dumps(_record("NCT00000301", status="COMPLETED", updated="2025-01-01")))
    reopened.write_text(json.dumps(_record("NCT00000301", status="RECRUITING", updated="2025-06-01")))
    import_paths(registry, [closed])
    stored = registry.get("NCT00000301") or {}
    assert json.loads(stored["criteria"]) == []
    assert stored["eligibility"] == "Inclusion Criteria:\n* ECOG 0 or 1"
    import_paths(registry, [reopened])
    stored = registry.get("NCT00000301") or {}
    assert json.loads(stored["criteria"])[0]["requirements"] == [{"type": "ecog", "max": 1}]
    assert stored["eligibility"] is None


def test_a_breast_cancer_study_keeps_its_eligibility_text_uninterpreted(registry: Registry) -> None:
    import_paths(registry, [SHARED / "full-record-NCT02513394.json"])
    stored = registry.get("NCT02513394") or {}
    assert json.loads(stored["criteria"]) == []
    assert "Inclusion Criteria" in stored["eligibility"]


def test_a_large_import_handed_to_workers_names_problems_as_a_small_one_does(
    registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whole documents go to worker processes (bulk.py); a record that is not a study is named and
    skipped, and a document that is not JSON stops the import there, naming it."""
    from her2nav.trials.registry import importer
    from her2nav.trials.registry.sources import SourceError

    monkeypatch.setattr(importer, "INLINE_UP_TO", 0)
    archive = tmp_path / "bulk.zip"
    with zipfile.ZipFile(archive, "w") as bulk:
        bulk.writestr("a.json", json.dumps(_record("NCT00000401")))
        bulk.writestr("b.json", json.dumps([{"protocolSection": {}}, _record("NCT00000402")]))
        bulk.writestr("c.json", "{not json")
        bulk.writestr("d.json", json.dumps(_record("NCT00000404")))
    with pytest.raises(SourceError, match=r"bulk\.zip:c\.json: not valid JSON"):
        import_paths(registry, [archive])
    assert registry.get("NCT00000401") is not None and registry.get("NCT00000402") is not None
    assert registry.get("NCT00000404") is None  # after the unreadable document: not reached

    archive.unlink()
    with zipfile.ZipFile(archive, "w") as bulk:
        bulk.writestr("b.json", json.dumps([{"protocolSection": {}}, _record("NCT00000402")]))
    report = import_paths(registry, [archive])
    assert report.problems == [
        f"{archive}:b.json[0]: protocolSection.identificationModule.nctId is missing or not an NCT id"
    ]
    assert (report.read, report.written) == (2, 1)
