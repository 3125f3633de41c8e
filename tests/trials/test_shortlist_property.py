"""The case-dependent bound (reach.py, match.CaseReach) never leaves out a study that would rank in the
top N: over generated registries (criteria drawn from bullets each case meets, fails or leaves open,
cohorts, recruitment statuses, sites in and out of the case's countries) the bounded shortlist is the
exhaustive list cut to N, for every example case."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from her2nav.case.load import load_case
from her2nav.trials.matching import match
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from tests.trials.records import site, study_record, write_records

CASES = sorted(
    p for p in (Path(__file__).parent / "cases").glob("*.case.yaml") if not p.name.startswith("e07")
)
INCLUSIONS = (
    "ECOG performance status 0 or 1",
    "ECOG performance status 0 to 2",
    "Age 18 years or older",
    "HER2-positive gastric or gastroesophageal junction adenocarcinoma (IHC 3+ or IHC 2+/ISH+)",
    "HER2-low (IHC 1+ or IHC 2+/ISH-) gastric adenocarcinoma",
    "HER2-negative gastric cancer",
    "Left ventricular ejection fraction of at least 50%",
    "Measurable disease per RECIST 1.1",
    "Progressed on or after a trastuzumab-containing regimen",
    "No prior systemic therapy for advanced disease",
    "Adequate organ function",
    "Claudin 18.2 positive tumour",
    "Squamous cell carcinoma of the oesophagus",
    "Willing to provide tumour tissue",
)
EXCLUSIONS = (
    "History of interstitial lung disease or pneumonitis",
    "Pregnant or breastfeeding women",
    "Prior treatment with a topoisomerase I inhibitor antibody-drug conjugate",
    "Known active hepatitis B or C infection",
    "Uncontrolled cardiovascular disease",
    "More than 2 prior lines of therapy for advanced disease",
)
COUNTRIES = ("United States", "China", "United Kingdom", "Japan")
STATUSES = ("RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", None)


@st.composite
def studies(draw: Any, nct: int) -> dict[str, Any]:
    inclusions = draw(st.lists(st.sampled_from(INCLUSIONS), max_size=5, unique=True))
    exclusions = draw(st.lists(st.sampled_from(EXCLUSIONS), max_size=3, unique=True))
    text = "Inclusion Criteria:\n" + "".join(f"* {line}\n" for line in inclusions)
    if draw(st.booleans()):  # a cohort with its own inclusions
        cohort = draw(st.lists(st.sampled_from(INCLUSIONS), min_size=1, max_size=2, unique=True))
        text += "* Part B only: " + cohort[0] + "\n"
    text += "Exclusion Criteria:\n" + "".join(f"* {line}\n" for line in exclusions)
    sites = [
        site(country, "City", draw(st.sampled_from(("RECRUITING", "NOT_YET_RECRUITING", None))))
        for country in draw(st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=3, unique=True))
    ]
    status = draw(st.sampled_from(STATUSES))
    return study_record(f"NCT{nct:08d}", criteria=text, status=status, sites=sites)


@st.composite
def registries(draw: Any) -> list[dict[str, Any]]:
    size = draw(st.integers(min_value=1, max_value=14))
    records = [draw(studies(n)) for n in range(size)]
    for n in range(draw(st.integers(min_value=0, max_value=4))):  # copies: ties at the cut
        copy = draw(st.sampled_from(records))
        proto = {**copy["protocolSection"], "identificationModule": {"nctId": f"NCT{90 + n:08d}"}}
        records.append({"protocolSection": proto})
    return records


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=registries(), case_index=st.integers(0, len(CASES) - 1), batch=st.sampled_from((1, 2, 32)))
def test_the_bounded_shortlist_is_the_exhaustive_list_cut_on_generated_registries(
    records: list[dict[str, Any]], case_index: int, batch: int
) -> None:
    case = load_case(CASES[case_index])
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as patch:
        registry = Registry(f"sqlite:///{Path(tmp) / 'registry.sqlite'}")
        import_paths(registry, [write_records(Path(tmp) / "records", *records)])
        patch.setattr(match, "LOAD_BATCH", batch)
        patch.setattr(match, "LOAD_BATCH_MAX", max(batch, 2))
        everything = match_case(case, registry)
        offered = [e for e in everything if e["verdict"] != "ineligible"]
        for limit in (1, 3, 8):
            assert match_case(case, registry, limit=limit) == everything[:limit]
            assert match_case(case, registry, include_ineligible=False, limit=limit) == offered[:limit]
        registry.engine.dispose()
