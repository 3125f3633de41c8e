"""Which studies are offered to a gastric/GEJ patient at all (issue 15, class 10): relevance, recruitment
status, and studies whose results the knowledge base already cites."""

from __future__ import annotations

from pathlib import Path

import pytest

from her2nav.case.load import load_case
from her2nav.case.models import Case
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from her2nav.trials.registry.study import relevance_of, results_reported, site_open, study_from_record
from tests.trials.records import site, study_record, write_records

HERE = Path(__file__).parent
DG04 = "NCT04704934"


@pytest.fixture(scope="module")
def e04() -> Case:
    return load_case(HERE / "cases" / "e04-second-line-after-trastuzumab-england.case.yaml")


def _listed(registry: Registry, case: Case, *, review: bool = False) -> list[str]:
    return [e["nct_id"] for e in match_case(case, registry, include_ineligible=not review)]


@pytest.mark.parametrize(
    "title",
    [
        "Cabotamig in Advanced Gastrointestinal Cancer Patients",
        "Patritumab Deruxtecan in Participants With Gastro-intestinal Cancers",
        "A Study in Digestive System Neoplasms",
    ],
)
def test_a_study_of_gastrointestinal_cancers_is_offered_to_a_gastric_patient(
    title: str, registry: Registry, tmp_path: Path, e04: Case
) -> None:
    import_paths(registry, [write_records(tmp_path, study_record("NCT00000501", title=title))])
    assert _listed(registry, e04) == ["NCT00000501"]


def test_a_gastrointestinal_stromal_or_carcinoid_tumour_study_is_not_a_gastric_cancer_study() -> None:
    assert relevance_of("Imatinib for Gastrointestinal Stromal Tumors") == "none"
    assert relevance_of("Metastatic Gastrointestinal Carcinoid Tumor") == "none"


@pytest.mark.parametrize(
    ("title", "conditions", "interventions"),
    [
        ("T-DXd in Patients With Selected HER2 Expressing Tumors", [], []),
        ("A Basket Study", ["Solid Tumors With HER2 Alterations"], []),
        ("Zongertinib in Tumours Harbouring ERBB2 Amplification", [], []),
        ("Tumor-Agnostic Platform Study", ["Solid Tumors"], ["Trastuzumab emtansine"]),
    ],
)
def test_a_study_of_solid_tumours_with_a_her2_alteration_is_offered(
    title: str,
    conditions: list[str],
    interventions: list[str],
    registry: Registry,
    tmp_path: Path,
    e04: Case,
) -> None:
    record = study_record("NCT00000502", title=title, conditions=conditions, interventions=interventions)
    import_paths(registry, [write_records(tmp_path, record)])
    assert _listed(registry, e04) == ["NCT00000502"]


def test_a_her2_breast_or_lung_cancer_study_is_still_not_offered() -> None:
    assert relevance_of("HER2-Low Breast Neoplasms") == "none"
    assert relevance_of("HER2-positive breast cancer", "trastuzumab") == "none"
    assert relevance_of("HER2-mutant Non-Small Cell Lung Cancer") == "none"


def test_completed_terminated_and_withdrawn_studies_are_never_offered_in_a_review_or_a_listing(
    registry: Registry, tmp_path: Path, e04: Case
) -> None:
    statuses = ["COMPLETED", "TERMINATED", "WITHDRAWN", "RECRUITING", "ACTIVE_NOT_RECRUITING"]
    records = [study_record(f"NCT0000060{i}", status=s) for i, s in enumerate(statuses)]
    import_paths(registry, [write_records(tmp_path, *records)])
    assert _listed(registry, e04) == ["NCT00000603", "NCT00000604"]
    assert _listed(registry, e04, review=True) == ["NCT00000603", "NCT00000604"]


def test_an_unknown_recruitment_status_is_shown_as_unknown_and_ranked_below_a_recruiting_one(
    registry: Registry, tmp_path: Path, e04: Case
) -> None:
    records = [study_record("NCT00000701", status=None), study_record("NCT00000702", status="RECRUITING")]
    import_paths(registry, [write_records(tmp_path, *records)])
    entries = match_case(case=e04, registry=registry)
    assert [e["nct_id"] for e in entries] == ["NCT00000702", "NCT00000701"]
    unknown = entries[1]
    assert (unknown["overall_status"], unknown["recruitment"]) == (None, "unknown")
    assert unknown["status_note"].startswith("recruitment status unknown")
    assert entries[0]["recruitment"] == "recruiting"


def test_a_study_whose_results_the_knowledge_base_cites_is_never_offered_even_if_marked_recruiting(
    registry: Registry, tmp_path: Path, snapshot_dir: Path, e04: Case
) -> None:
    assert results_reported()[DG04] == "DESTINY-Gastric04"
    stale = study_record(DG04, title="DESTINY-Gastric04, record not updated", status="RECRUITING")
    import_paths(registry, [snapshot_dir])
    assert DG04 in {s.nct_id for s in registry.load([DG04])}
    assert DG04 not in _listed(registry, e04) and DG04 not in _listed(registry, e04, review=True)
    import_paths(registry, [write_records(tmp_path, stale)])
    assert DG04 not in _listed(registry, e04) and DG04 not in _listed(registry, e04, review=True)
    assert DG04 not in {s.nct_id for s in registry.candidates()}


def test_a_site_open_to_accrual_takes_patients_and_a_closed_one_does_not() -> None:
    assert site_open("OPEN TO ACCRUAL", None)
    assert site_open("Recruiting", None)
    assert not site_open("CLOSED", "RECRUITING")
    assert not site_open("COMPLETED", "RECRUITING")
    assert site_open(None, "RECRUITING")  # a site without a status follows the study's
    assert not site_open(None, None)  # nothing says it takes patients


def test_sites_keep_their_facility_contact_and_coordinates(registry: Registry, tmp_path: Path) -> None:
    located = site(
        "United Kingdom",
        "Manchester",
        "RECRUITING",
        facility="The Christie",
        contacts=[{"name": "Trials Unit", "phone": "0161 000 0000", "email": "trials@example.org"}],
        geoPoint={"lat": 53.43, "lon": -2.23},
    )
    import_paths(registry, [write_records(tmp_path, study_record("NCT00000801", sites=[located]))])
    stored = registry.load(["NCT00000801"])[0]
    assert stored.sites == [
        {
            "country": "United Kingdom",
            "city": "Manchester",
            "status": "RECRUITING",
            "facility": "The Christie",
            "contact": "Trials Unit, 0161 000 0000, trials@example.org",
            "geo": [53.43, -2.23],
        }
    ]
    assert stored.open_countries == ["United Kingdom"]


@pytest.mark.parametrize(
    ("title", "conditions"),
    [
        (
            "First-in-human Study of ABC-101 in Participants With Advanced Solid Tumours",
            ["Solid Tumor, Adult"],
        ),
        ("Phase 1 Dose Escalation in Advanced Malignancies", ["Advanced Malignancies"]),
        ("A Tumour-agnostic Basket Trial of a Targeted Agent", ["Neoplasms"]),
        # a bare "Malignant Neoplasms" beside named tumours (PF-07799544, NCT05538130; WL)
        (
            "A Master Study of XYZ in Participants With Advanced Solid Tumors",
            ["Melanoma", "Malignant Neoplasms"],
        ),
    ],
)
def test_a_study_of_advanced_solid_tumours_in_general_is_offered_to_a_gastric_patient(
    title: str, conditions: list[str], registry: Registry, tmp_path: Path, e04: Case
) -> None:
    record = study_record("NCT00000801", title=title, conditions=conditions)
    import_paths(registry, [write_records(tmp_path, record)])
    assert relevance_of(f"{title} {' '.join(conditions)}") == "pan_tumour"
    assert _listed(registry, e04) == ["NCT00000801"]


@pytest.mark.parametrize(
    ("title", "conditions"),
    [
        ("A Study of XYZ in Relapsed Haematological Malignancies", ["Lymphoma", "Multiple Myeloma"]),
        ("Pembrolizumab in Malignant Pleural Mesothelioma", ["Mesothelioma, Malignant"]),
        ("A Study in Metastatic Breast Cancer", ["Breast Neoplasms"]),
    ],
)
def test_a_study_of_a_clearly_different_disease_stays_out(
    title: str, conditions: list[str], registry: Registry, tmp_path: Path, e04: Case
) -> None:
    import_paths(
        registry, [write_records(tmp_path, study_record("NCT00000802", title=title, conditions=conditions))]
    )
    assert _listed(registry, e04) == []


def test_a_solid_tumour_study_with_a_her2_alteration_is_offered_as_a_her2_study() -> None:
    assert relevance_of("Novel Agent in Solid Tumours With HER2 Alteration") == "her2_pan_tumour"
    assert relevance_of("Novel Agent in HER2-altered Advanced Solid Tumours") == "her2_pan_tumour"


# A record read from a registry page that gives no title or condition (tests/trials/heldout5/records)
def test_a_record_naming_no_title_or_condition_is_read_by_its_inclusion_criteria() -> None:
    record = {
        "protocolSection": {
            "identificationModule": {"nctId": "NCT09999998"},
            "eligibilityModule": {
                "eligibilityCriteria": "Inclusion Criteria:\n\n* Metastatic gastric adenocarcinoma\n"
                "\nExclusion Criteria:\n\n* Breast cancer"
            },
        }
    }
    assert study_from_record(record).relevance == "gastric"
    record["protocolSection"]["conditionsModule"] = {"conditions": ["Breast Cancer"]}
    assert study_from_record(record).relevance == "none"
