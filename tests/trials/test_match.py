"""Criterion-level matching: verdicts per CONTRACT §3, reasons and actions, ranking, regions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from her2nav.case.load import case_from_data, load_case
from her2nav.knowledge.regions import countries_for
from her2nav.trials.matching.match import MatchContext, match_case, match_study
from her2nav.trials.matching.patient import facts_for
from her2nav.trials.matching.sites import whereabouts_of
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry

HERE = Path(__file__).parent
VERDICTS = yaml.safe_load((HERE / "labels" / "verdicts.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def snapshot_registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    registry = Registry(f"sqlite:///{tmp_path_factory.mktemp('reg') / 'registry.sqlite'}")
    import_paths(registry, [HERE.parents[1] / "her2nav" / "trials" / "data" / "her2-gastric"])
    return registry


@pytest.fixture(scope="module")
def entries_by_case(snapshot_registry: Registry) -> dict[str, dict[str, dict[str, Any]]]:
    out = {}
    for name in {v["case"] for v in VERDICTS}:
        case = load_case(HERE / "cases" / f"{name}.case.yaml")
        out[name] = {e["nct_id"]: e for e in match_case(case, snapshot_registry)}
        # a labelled study no longer offered (results already evidence) is still judged for its label
        unlisted = [v["trial"] for v in VERDICTS if v["case"] == name and v["trial"] not in out[name]]
        ctx = MatchContext(facts_for(case), whereabouts_of(case))
        out[name].update({s.nct_id: match_study(s, ctx) for s in snapshot_registry.load(unlisted)})
    return out


@pytest.mark.parametrize("label", VERDICTS, ids=[f"{v['case'][:3]}-{v['trial']}" for v in VERDICTS])
def test_the_verdict_agrees_with_the_hand_judged_one(
    label: dict[str, Any], entries_by_case: dict[str, dict[str, dict[str, Any]]]
) -> None:
    entry = entries_by_case[label["case"]][label["trial"]]
    assert entry["verdict"] == label["verdict"], label["why"]
    if "not_met_reason" in label:
        reasons = " | ".join(c["reason"] for c in entry["criteria"] if c["status"] == "not_met")
        assert label["not_met_reason"] in reasons
    if "unknown_action" in label:
        actions = " | ".join(c["action"] or "" for c in entry["criteria"] if c["status"] == "unknown")
        assert label["unknown_action"] in actions


def test_every_entry_follows_the_contract_and_explains_every_criterion(
    entries_by_case: dict[str, dict[str, dict[str, Any]]],
) -> None:
    for entries in entries_by_case.values():
        for e in entries.values():
            assert {
                "nct_id",
                "title",
                "overall_status",
                "phases",
                "verdict",
                "score",
                "criteria",
                "sites",
            } <= set(e)
            assert e["verdict"] in ("eligible", "possibly_eligible", "ineligible")
            statuses = {c["status"] for c in e["criteria"]}
            if "not_met" in statuses:
                assert e["verdict"] == "ineligible"
            elif statuses <= {"met"}:
                assert e["verdict"] == "eligible"
            for c in e["criteria"]:
                assert set(c) >= {"text", "kind", "status", "reason", "action"}
                assert c["reason"]
                assert (c["action"] is not None) == (c["status"] == "unknown")


def test_possibly_eligible_trials_rank_above_ineligible_ones(
    entries_by_case: dict[str, dict[str, dict[str, Any]]], snapshot_registry: Registry
) -> None:
    case = load_case(HERE / "cases" / "e03-first-line-her2-low-claudin-positive.case.yaml")
    verdicts = [e["verdict"] for e in match_case(case, snapshot_registry)]
    first_ineligible = verdicts.index("ineligible")
    assert "possibly_eligible" not in verdicts[first_ineligible:]


def _case(**patient: Any) -> dict[str, Any]:
    return {
        "case_id": "t",
        "patient": {"age": 60, "ecog": 1, "conditions": [], **patient},
        "diagnosis": {
            "site": "stomach",
            "histology": "adenocarcinoma",
            "setting": "metastatic",
            "measurable_disease": True,
        },
        "biomarkers": [{"kind": "her2_ihc", "score": "3+"}],
    }


def test_a_site_in_a_treatment_region_raises_the_score(snapshot_registry: Registry) -> None:
    home = {e["nct_id"]: e for e in match_case(case_from_data(_case(region="US")), snapshot_registry)}
    away = {e["nct_id"]: e for e in match_case(case_from_data(_case(region="JP")), snapshot_registry)}
    us_only = [n for n, e in home.items() if e["in_treatment_region"] and not away[n]["in_treatment_region"]]
    assert us_only
    assert all(home[n]["score"] > away[n]["score"] for n in us_only)


def test_regions_map_to_registry_country_names() -> None:
    assert countries_for(["EU"]) >= {"Germany", "France", "Czechia"}
    assert "United Kingdom" not in countries_for(["EU"])
    assert countries_for(["CN"]) == {"China"}  # Hong Kong, Macau and Taiwan are listed separately


def test_every_entry_shows_the_record_date_or_says_it_is_missing(snapshot_registry: Registry) -> None:
    for e in match_case(case_from_data(_case()), snapshot_registry):
        assert "last_update" in e


@pytest.mark.parametrize(
    "name", ["e01-first-line-her2-positive-cps10", "e03-first-line-her2-low-claudin-positive"]
)
def test_leaving_out_ineligible_trials_drops_exactly_the_ineligible_ones(
    name: str, snapshot_registry: Registry
) -> None:
    case = load_case(HERE / "cases" / f"{name}.case.yaml")
    everything = match_case(case, snapshot_registry)
    shortlist = match_case(case, snapshot_registry, include_ineligible=False)
    assert [e["nct_id"] for e in shortlist] == [
        e["nct_id"] for e in everything if e["verdict"] != "ineligible"
    ]


def test_the_review_gets_a_short_list_from_the_installed_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from her2nav.trials.matching.for_review import REVIEW_TRIALS_LIMIT, review_trials

    monkeypatch.setenv("HER2NAV_REGISTRY_URL", f"sqlite:///{tmp_path / 'review.sqlite'}")
    case = load_case(HERE / "cases" / "e04-second-line-after-trastuzumab-england.case.yaml")
    entries, problem = review_trials(case)
    assert problem is None and entries is not None
    assert 0 < len(entries) <= REVIEW_TRIALS_LIMIT
    assert all(e["verdict"] != "ineligible" for e in entries)
