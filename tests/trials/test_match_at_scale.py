"""The indexed path (SQL pre-filter, score bounds, early stop) gives exactly what judging every study
and cutting the list gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine

from her2nav.case.load import case_from_data, load_case
from her2nav.case.models import Case
from her2nav.trials import match
from her2nav.trials.evaluate import evaluate, types_unknown_for
from her2nav.trials.importer import import_paths
from her2nav.trials.index import (
    CASE_UNKNOWN_TYPES,
    CaseFilter,
    case_bound,
    criteria_bound,
    hard_limits,
    rank_profile,
    type_mask,
    unknowns_min,
)
from her2nav.trials.match import match_case
from her2nav.trials.patient import facts_for
from her2nav.trials.registry import Registry, parsed_criteria

HERE = Path(__file__).parent
SNAPSHOT = HERE.parents[1] / "her2nav" / "trials" / "data" / "her2-gastric"
HK_SAMPLE = Path("/work/shared/data/trials/hk-sample")
CASES = sorted(p for p in (HERE / "cases").glob("*.case.yaml") if not p.name.startswith("e07"))


@pytest.fixture(scope="module")
def wide_registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    """The snapshot and the Hong Kong sample, plus three copies of the snapshot under new NCT ids (as
    in bench/trials.py): many entries tie on score and unknowns, so the cut falls inside a tie."""
    folder = tmp_path_factory.mktemp("wide")
    copies = folder / "copies"
    copies.mkdir()
    for n, path in enumerate(sorted(SNAPSHOT.glob("NCT*.json"))):
        record = json.loads(path.read_text(encoding="utf-8"))
        for copy in range(3):
            nct = f"NCT8{copy}{n:06d}"
            record["protocolSection"]["identificationModule"]["nctId"] = nct
            (copies / f"{nct}.json").write_text(json.dumps(record), encoding="utf-8")
    registry = Registry(f"sqlite:///{folder / 'registry.sqlite'}")
    import_paths(registry, [SNAPSHOT, HK_SAMPLE, copies])
    return registry


@pytest.mark.parametrize("path", CASES, ids=[p.name[:3] for p in CASES])
@pytest.mark.parametrize("limit", [1, 3, 5, 20])
def test_the_prefiltered_bounded_shortlist_equals_the_exhaustive_one_cut_to_the_limit(
    path: Path, limit: int, wide_registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(match, "LOAD_BATCH", 1)  # the stop test runs before every study
    case = load_case(path)
    everything = match_case(case, wide_registry)
    exhaustive = [e for e in everything if e["verdict"] != "ineligible"][:limit]
    assert match_case(case, wide_registry, include_ineligible=False, limit=limit) == exhaustive
    assert match_case(case, wide_registry, limit=limit) == everything[:limit]


@pytest.mark.parametrize("path", CASES, ids=[p.name[:3] for p in CASES])
def test_the_prefilter_drops_only_studies_the_exhaustive_matcher_finds_ineligible(
    path: Path, wide_registry: Registry
) -> None:
    case = load_case(path)
    everything = match_case(case, wide_registry)
    shortlist = match_case(case, wide_registry, include_ineligible=False)
    assert shortlist == [e for e in everything if e["verdict"] != "ineligible"]


def test_hard_limits_come_from_general_non_negated_criteria_only() -> None:
    criteria = [
        {"kind": "inclusion", "requirements": [{"type": "prior_lines", "min": 1, "max": 2}]},
        {"kind": "inclusion", "requirements": [{"type": "ecog", "max": 1}]},
        {"kind": "exclusion", "requirements": [{"type": "ecog", "max": 1, "negated": True}]},
        {"kind": "inclusion", "cohort": "Part B", "requirements": [{"type": "prior_lines", "min": 3}]},
        {"kind": "inclusion", "requirements": [{"type": "ecog", "max": 0, "negated": True}]},
    ]
    assert hard_limits(criteria) == (1, 2, 1)
    exclusion = [{"kind": "exclusion", "requirements": [{"type": "prior_lines", "min": 1}]}]
    assert hard_limits(exclusion) == (None, 0, None)


@pytest.mark.parametrize(
    "dropped",
    [
        ("score_bound", "lines_min", "lines_max", "ecog_max", "bound_milli", "unknowns_min"),
        ("bound_milli", "unknowns_min"),  # a registry made with the bound and hard limits only
    ],
    ids=["no index columns", "no rank columns"],
)
def test_a_registry_made_before_the_index_columns_gets_them_filled(
    tmp_path: Path, dropped: tuple[str, ...]
) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    registry = Registry(url)
    import_paths(registry, [SNAPSHOT])
    case = load_case(CASES[0])
    before = match_case(case, registry, limit=5)
    with registry.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_registry_study_rank")
        if "score_bound" in dropped:
            conn.exec_driver_sql("DROP INDEX ix_registry_study_bound")
        for name in dropped:
            conn.exec_driver_sql(f"ALTER TABLE registry_study DROP COLUMN {name}")
    registry.engine.dispose()
    reopened = Registry(url, engine=create_engine(url))
    ranked = list(reopened.ranked_keys(CaseFilter(), frozenset(), in_countries=False))
    assert ranked and all(0 < r.bound_milli <= 900 and r.unknowns_min >= 0 for r in ranked)
    with reopened.engine.connect() as conn:
        names = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(registry_study)")}
    assert "ix_registry_study_rank" in names
    assert match_case(case, reopened, limit=5) == before


def test_an_import_parsed_by_worker_processes_stores_what_an_inline_import_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from her2nav.trials import importer

    inline = Registry(f"sqlite:///{tmp_path / 'inline.sqlite'}")
    import_paths(inline, [SNAPSHOT])
    monkeypatch.setattr(importer, "BATCH", 10)  # several batches: the pool starts at the second
    pooled = Registry(f"sqlite:///{tmp_path / 'pooled.sqlite'}")
    parsed_criteria.cache_clear()
    import_paths(pooled, [SNAPSHOT])
    assert parsed_criteria.cache_info().misses <= 10  # only the first batch was parsed in this process
    ids = [n for n, _ in inline.ranked(CaseFilter(), frozenset(), in_countries=False)]
    assert len(ids) > 10
    for nct_id in ids:
        a, b = inline.get(nct_id), pooled.get(nct_id)
        assert a is not None and b is not None
        assert {k: v for k, v in a.items() if k != "imported_at"} == {
            k: v for k, v in b.items() if k != "imported_at"
        }


def test_the_bounded_shortlist_is_exact_on_every_database_backend(registry: Registry) -> None:
    import_paths(registry, [SNAPSHOT])
    for path in CASES[:3]:
        case = load_case(path)
        everything = [e for e in match_case(case, registry) if e["verdict"] != "ineligible"]
        assert match_case(case, registry, include_ineligible=False, limit=5) == everything[:5]


def test_a_limit_of_zero_lists_nothing(wide_registry: Registry) -> None:
    assert match_case(load_case(CASES[0]), wide_registry, limit=0) == []


def _without(path: Path, *fields: str) -> Case:
    """The case at ``path`` with some patient/diagnosis fields and biomarkers not recorded."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for field in fields:
        if field in ("cldn18_2", "pdl1_cps", "mmr", "msi"):
            data["biomarkers"] = [b for b in data.get("biomarkers", []) if b["kind"] != field]
        elif field == "measurable_disease":
            data["diagnosis"].pop(field, None)
        else:
            data["patient"].pop(field, None)
    return case_from_data(data)


SPARSE = [
    ("lvef_percent", "conditions"),
    ("ecog", "measurable_disease", "pdl1_cps"),
    ("age", "mmr", "msi", "cldn18_2", "conditions", "lvef_percent"),
]


@pytest.mark.parametrize("fields", SPARSE, ids=["+".join(f[:4] for f in fs) for fs in SPARSE])
@pytest.mark.parametrize("path", CASES[:5], ids=[p.name[:3] for p in CASES[:5]])
def test_a_case_missing_fields_gets_the_exhaustive_shortlist_too(
    path: Path, fields: tuple[str, ...], wide_registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(match, "LOAD_BATCH", 1)
    case = _without(path, *fields)
    assert types_unknown_for(facts_for(case))  # the case-dependent bound is exercised
    everything = match_case(case, wide_registry)
    shortlist = [e for e in everything if e["verdict"] != "ineligible"]
    for limit in (1, 4, 20):
        assert match_case(case, wide_registry, include_ineligible=False, limit=limit) == shortlist[:limit]
        assert match_case(case, wide_registry, limit=limit) == everything[:limit]


def test_the_types_a_case_leaves_unknown_are_unknown_in_every_stored_requirement(
    wide_registry: Registry,
) -> None:
    ids = [n for n, _ in wide_registry.ranked(CaseFilter(), frozenset(), in_countries=False)]
    requirements = [
        (crit["kind"], req)
        for study in wide_registry.load_criteria(ids)
        for crit in study.criteria
        for req in crit.get("requirements") or []
    ]
    seen: set[str] = set()
    for fields in SPARSE:
        facts = facts_for(_without(CASES[0], *fields))
        missing = types_unknown_for(facts)
        assert missing <= set(CASE_UNKNOWN_TYPES)
        for kind, req in requirements:
            if req.get("type") in missing:
                seen.add(req["type"])
                assert evaluate(req, facts, kind).value is None, req
    assert {"lvef", "ecog", "pdl1_cps", "condition"} <= seen  # the registry has such requirements


def test_a_case_bound_counts_the_criteria_resting_only_on_missing_fields() -> None:
    criteria = [
        {"kind": "inclusion", "text": "a", "requirements": [{"type": "lvef", "op": ">=", "value": 50}]},
        {"kind": "inclusion", "text": "b", "requirements": [{"type": "organ_function"}]},
        {"kind": "exclusion", "text": "c", "requirements": [{"type": "condition", "condition": "hiv"}]},
        {"kind": "inclusion", "text": "d", "requirements": [{"type": "prior_lines", "min": 1}]},
    ]
    profile = rank_profile(criteria)
    independent = case_bound(profile, 0)
    assert independent.criteria_bound == pytest.approx(criteria_bound(criteria))
    assert independent.unknowns_min == unknowns_min(criteria) == 1
    no_lvef = case_bound(profile, type_mask(["lvef"]))
    assert no_lvef.unknowns_min == 2
    assert no_lvef.criteria_bound == pytest.approx(0.4 + 0.2 * (1 - 2 / 4))
    assert case_bound(profile, type_mask(["lvef", "condition"])).unknowns_min == 3
    both = [
        {"kind": "inclusion", "text": "e", "requirements": [{"type": "lvef"}, {"type": "ecog", "max": 1}]}
    ]
    assert case_bound(rank_profile(both), type_mask(["lvef"])).unknowns_min == 0  # ECOG may decide
    assert case_bound(rank_profile(both), type_mask(["lvef", "ecog"])).unknowns_min == 1
