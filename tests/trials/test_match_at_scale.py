"""The indexed path (SQL pre-filter, score bounds, early stop) gives exactly what judging every study
and cutting the list gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from her2nav.case.load import load_case
from her2nav.trials import match
from her2nav.trials.importer import import_paths
from her2nav.trials.index import CaseFilter, hard_limits
from her2nav.trials.match import match_case
from her2nav.trials.registry import Registry, parsed_criteria

HERE = Path(__file__).parent
SNAPSHOT = HERE.parents[1] / "her2nav" / "trials" / "data" / "her2-gastric"
HK_SAMPLE = Path("/work/shared/data/trials/hk-sample")
CASES = sorted(p for p in (HERE / "cases").glob("*.case.yaml") if not p.name.startswith("e07"))


@pytest.fixture(scope="module")
def wide_registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    registry = Registry(f"sqlite:///{tmp_path_factory.mktemp('wide') / 'registry.sqlite'}")
    import_paths(registry, [SNAPSHOT, HK_SAMPLE])
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
