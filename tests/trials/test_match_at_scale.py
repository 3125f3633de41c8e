"""The indexed path (SQL pre-filter, score bounds, early stop) gives exactly what judging every study
and cutting the list gives."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import create_engine

from her2nav.case.load import case_from_data, load_case
from her2nav.case.models import Case
from her2nav.trials.matching import judge, match
from her2nav.trials.matching.match import RankKey, match_case
from her2nav.trials.matching.patient import facts_for
from her2nav.trials.matching.sites import Whereabouts
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.index import (
    INELIGIBLE_FACTOR,
    RECRUITING_BONUS,
    REGION_BONUS,
    SETTLED_WEIGHT,
    CaseFilter,
    bound_milli,
    criteria_bound,
    hard_limits,
    option_bound,
    raw_score,
    unknowns_min,
)
from her2nav.trials.registry.parsing import parsed_criteria
from her2nav.trials.registry.reach import parse_profile, rank_profile
from her2nav.trials.registry.sources import iter_records
from her2nav.trials.registry.store import Ranked, Registry
from her2nav.trials.registry.tables import RANK_WINDOW

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
    monkeypatch.setattr(match, "LOAD_BATCH_MAX", 1)
    case = load_case(path)
    everything = match_case(case, wide_registry)
    exhaustive = [e for e in everything if e["verdict"] != "ineligible"][:limit]
    assert match_case(case, wide_registry, include_ineligible=False, limit=limit) == exhaustive
    assert match_case(case, wide_registry, limit=limit) == everything[:limit]


@pytest.mark.parametrize("path", CASES, ids=[p.name[:3] for p in CASES])
def test_load_batches_that_grow_as_the_walk_goes_on_give_the_same_shortlist(
    path: Path, wide_registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = load_case(path)
    everything = match_case(case, wide_registry)
    shortlist = [e for e in everything if e["verdict"] != "ineligible"]
    monkeypatch.setattr(match, "LOAD_BATCH", 2)
    monkeypatch.setattr(match, "LOAD_BATCH_MAX", 16)
    for limit in (1, 7, 20):
        assert match_case(case, wide_registry, include_ineligible=False, limit=limit) == shortlist[:limit]
        assert match_case(case, wide_registry, limit=limit) == everything[:limit]


def test_a_shortlist_settled_late_reads_its_studies_in_few_queries(
    wide_registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    batches: list[int] = []
    load_criteria = wide_registry.load_criteria

    def counted(ids: list[str]) -> list[Any]:
        batches.append(len(ids))
        return load_criteria(ids)

    monkeypatch.setattr(wide_registry, "load_criteria", counted)
    monkeypatch.setattr(match, "LOAD_BATCH", 2)
    monkeypatch.setattr(match, "LOAD_BATCH_MAX", 8)
    match_case(load_case(CASES[0]), wide_registry, limit=1000)  # reads every candidate
    assert batches[0] <= 2 and max(batches) == 8  # each batch twice the last, up to the most
    assert all(b <= 2 * a for a, b in itertools.pairwise(batches) if b < 8)


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
        conn.exec_driver_sql("DROP INDEX ix_registry_study_walk")
        if "score_bound" in dropped:
            conn.exec_driver_sql("DROP INDEX IF EXISTS ix_registry_study_bound")  # older registries
        for name in dropped:
            conn.exec_driver_sql(f"ALTER TABLE registry_study DROP COLUMN {name}")
    registry.engine.dispose()
    reopened = Registry(url, engine=create_engine(url))
    ranked = list(reopened.ranked_keys(CaseFilter(), frozenset(), in_countries=False))
    assert ranked and all(0 < r.bound_milli <= 900 and r.unknowns_min >= 0 for r in ranked)
    with reopened.engine.connect() as conn:
        names = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(registry_study)")}
    assert "ix_registry_study_walk" in names
    assert match_case(case, reopened, limit=5) == before


def test_an_import_parsed_by_worker_processes_stores_what_an_inline_import_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from her2nav.trials.registry import importer

    inline = Registry(f"sqlite:///{tmp_path / 'inline.sqlite'}")
    import_paths(inline, [SNAPSHOT])
    monkeypatch.setattr(importer, "BATCH", 10)  # several batches: the pool starts at the second
    monkeypatch.setattr(importer, "INLINE_UP_TO", 0)  # workers even for a small import
    pooled = Registry(f"sqlite:///{tmp_path / 'pooled.sqlite'}")
    parsed_criteria.cache_clear()
    importer.import_records(pooled, iter_records(SNAPSHOT), expected=10**6)  # texts parsed by workers
    assert parsed_criteria.cache_info().misses <= 10  # only the first batch was parsed in this process
    bulk = Registry(f"sqlite:///{tmp_path / 'bulk.sqlite'}")
    parsed_criteria.cache_clear()
    report = import_paths(bulk, [SNAPSHOT])  # whole documents handed to workers (bulk.py)
    assert parsed_criteria.cache_info().misses == 0
    assert (report.read, report.written, report.problems) == (44, 44, [])
    ids = [r.nct_id for r in inline.ranked_keys(CaseFilter(), frozenset(), in_countries=False)]
    assert len(ids) > 10
    for nct_id in ids:
        a, b, c = inline.get(nct_id), pooled.get(nct_id), bulk.get(nct_id)
        assert a is not None and b is not None and c is not None
        same = {k: v for k, v in a.items() if k != "imported_at"}
        assert same == {k: v for k, v in b.items() if k != "imported_at"}
        assert same == {k: v for k, v in c.items() if k != "imported_at"}


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
    monkeypatch.setattr(match, "LOAD_BATCH_MAX", 1)
    case = _without(path, *fields)
    assert _left_open(case, wide_registry)  # the case-dependent bound is exercised
    everything = match_case(case, wide_registry)
    shortlist = [e for e in everything if e["verdict"] != "ineligible"]
    for limit in (1, 4, 20):
        assert match_case(case, wide_registry, include_ineligible=False, limit=limit) == shortlist[:limit]
        assert match_case(case, wide_registry, limit=limit) == everything[:limit]


def _left_open(case: Case, registry: Registry) -> int:
    """How many profiled criteria of the registry's studies (not unknown for every case) the bound
    finds unknown for ``case``."""
    facts, memo = facts_for(case), judge.JudgementMemo()
    count = 0
    for row in registry.ranked_keys(CaseFilter(), frozenset(), in_countries=False):
        profile = parse_profile(row.rank_profile or "")
        assert profile is not None
        for option in profile.options:
            for g, n in option.crits:
                status = memo.of_requirements(*profile.group(profile.groups[g]), facts)[0]
                count += n if status == "unknown" else 0
    return count


def test_a_profiled_criterion_is_judged_as_the_criterion_itself(wide_registry: Registry) -> None:
    """The bound judges a criterion from the profile (kind and requirements, no text): for every stored
    criterion and every case, that judgement is the criterion's own (its status; its reason too unless
    the profile left out the words of an open part)."""
    ids = [r.nct_id for r in wide_registry.ranked_keys(CaseFilter(), frozenset(), in_countries=False)]
    criteria = [crit for study in wide_registry.load_criteria(ids) for crit in study.criteria]
    statuses: set[str] = set()
    cases = [_without(CASES[0], *fields) for fields in SPARSE] + [load_case(p) for p in CASES]
    for case in cases:
        facts, memo = facts_for(case), judge.JudgementMemo()
        for crit in criteria:
            profile = parse_profile(rank_profile([{**crit, "cohort": None}]))
            assert profile is not None
            option = profile.options[0]
            if option.stuck:
                assert judge.judge_criterion(crit, facts)["status"] == "unknown"
                continue
            if not option.crits:  # met for every case (index.always_met): nothing to judge
                assert judge.judge_criterion(crit, facts)["status"] == "met"
                continue
            [(g, _)] = option.crits
            found = memo.of_requirements(*profile.group(profile.groups[g]), facts)
            own = judge.judge_criterion(crit, facts)
            assert found[0] == own["status"], (case.case_id, crit["text"])
            if not any(r.get("type") == "open_parts" for r in crit.get("requirements") or []):
                # the words an open part names are left out of the profile (reach._without_texts)
                assert found == (own["status"], own["reason"], own["action"]), (case.case_id, crit["text"])
            statuses.add(found[0])
    assert statuses == {"met", "not_met", "unknown"}


def _row(profile: str, score_bound: float) -> Ranked:
    return Ranked("NCT00000001", bound_milli(score_bound), 0, score_bound, profile, "any", None, None, None)


def test_a_case_reaches_less_where_a_criterion_it_shows_is_unknown_or_not_met_for_it() -> None:
    criteria = [
        {"kind": "inclusion", "text": "a", "requirements": [{"type": "lvef", "op": ">=", "value": 50}]},
        {"kind": "inclusion", "text": "b", "requirements": [{"type": "organ_function"}]},
        {"kind": "exclusion", "text": "c", "requirements": [{"type": "condition", "condition": "hiv"}]},
        {
            "kind": "inclusion",
            "text": "d",
            "requirements": [{"type": "lvef", "op": ">=", "value": 30}, {"type": "ecog", "max": 1}],
        },
    ]
    profile = rank_profile(criteria)
    parsed = parse_profile(profile)
    assert parsed is not None and len(parsed.options) == 1
    option = parsed.options[0]
    assert (option.shown, option.stuck) == (4, 1)
    judged = {
        (kind, tuple(r["type"] for r in reqs)): n
        for g, n in option.crits
        for kind, reqs in [parsed.group(parsed.groups[g])]
    }
    assert judged == {
        ("inclusion", ("lvef",)): 1,
        ("exclusion", ("condition",)): 1,
        ("inclusion", ("lvef", "ecog")): 1,
    }
    bound = criteria_bound(criteria)
    assert unknowns_min(criteria) == 1
    start = (-bound_milli(bound), 1, "NCT00000001")

    def reach(fields: tuple[str, ...], **patient: Any) -> RankKey:
        data = yaml.safe_load(CASES[0].read_text(encoding="utf-8"))
        data["patient"].update(patient)
        case = _without(CASES[0], *fields) if fields else case_from_data(data)
        ctx = match.MatchContext(facts_for(case), Whereabouts((), None))
        return match.CaseReach(ctx).key(start, _row(profile, bound), near=False)

    assert reach(()) == start  # the case has LVEF, conditions and ECOG recorded
    no_lvef = reach(("lvef_percent",))
    no_lvef_score = raw_score("possibly_eligible", 1 - 3 / 4, False, False)
    assert no_lvef == (-bound_milli(no_lvef_score), 3, "NCT00000001")  # "a" unknown, and "d" (ECOG met)
    assert reach(("lvef_percent", "conditions"))[1] == 4
    assert reach((), ecog=2)[0] == -bound_milli(raw_score("ineligible", 1 - 1 / 4, False, False))  # "d"
    low_lvef = reach((), lvef_percent=40)  # "a" is not met: ineligible, the score cut
    assert low_lvef[0] == -bound_milli(raw_score("ineligible", 1 - 1 / 4, False, False))


def test_a_wider_class_of_illness_the_case_does_not_list_leaves_its_criterion_unknown_in_the_bound() -> None:
    """evaluate.condition: a criterion naming a wider class of illness (interstitial lung disease…) is
    unknown when the case lists its history without it; the bound counts it unknown too, so a study
    whose best score rests on settling it is not judged in vain."""
    broad = {"type": "condition", "condition": "interstitial_lung_disease", "broad": True}
    criteria = [
        {"kind": "inclusion", "text": "a", "requirements": [{"type": "ecog", "max": 1}]},
        {"kind": "exclusion", "text": "b", "requirements": [broad]},
    ]
    profile = rank_profile(criteria)
    bound = criteria_bound(criteria)
    start = (-bound_milli(bound), 0, "NCT00000001")
    case = load_case(CASES[0])  # conditions listed (none), ECOG recorded
    assert case.patient.conditions is not None
    ctx = match.MatchContext(facts_for(case), Whereabouts((), None))
    assert judge.judge_criterion(criteria[1], ctx.facts)["status"] == "unknown"
    reached = match.CaseReach(ctx).key(start, _row(profile, bound), near=False)
    assert reached == (-bound_milli(raw_score("possibly_eligible", 1 / 2, False, False)), 1, "NCT00000001")


def test_a_bound_in_thousandths_is_never_below_the_rounded_score_it_bounds() -> None:
    for shown in range(1, 80):
        for unknowns in range(shown + 1):
            for recruiting in (False, True):
                for near in (False, True):
                    verdict = "possibly_eligible" if unknowns else "eligible"
                    extra = (RECRUITING_BONUS if recruiting else 0.0) + (REGION_BONUS if near else 0.0)
                    bound = option_bound(shown, unknowns) + extra
                    score = judge.entry_score(verdict, unknowns, shown, recruiting, near)
                    assert 0 <= bound_milli(bound) - round(score * 1000) <= 1, (shown, unknowns)
                    cut = judge.entry_score("ineligible", unknowns, shown, recruiting, near)
                    settled = SETTLED_WEIGHT * (1 - unknowns / shown)
                    assert bound_milli((settled + extra) * INELIGIBLE_FACTOR) >= round(cut * 1000)


@pytest.mark.parametrize("page", [3, 512])
def test_the_rank_walk_gives_every_candidate_once_in_ranking_order(
    wide_registry: Registry, page: int
) -> None:
    every = sorted(s.nct_id for s in wide_registry.candidates())
    walked: list[Ranked] = []
    for near in (True, False):
        walked += wide_registry.ranked_keys(CaseFilter(), frozenset({"China"}), in_countries=near, page=page)
    assert sorted(r.nct_id for r in walked) == every
    for near in (True, False):
        lane = list(
            wide_registry.ranked_keys(CaseFilter(), frozenset({"China"}), in_countries=near, page=page)
        )
        keys = [(-r.bound_milli, r.unknowns_min, r.nct_id) for r in lane]
        assert keys == sorted(keys)
    bounds = [r.bound_milli for r in walked]
    assert max(bounds) - min(bounds) > 4 * RANK_WINDOW  # several bound windows were read


def test_a_new_registry_file_has_pages_that_hold_a_rank_walk_entry_and_an_old_one_keeps_its_own(
    tmp_path: Path,
) -> None:
    """store.PAGE_SIZE: the walk index entries (rank profile included) stay in their page."""
    import sqlite3

    from her2nav.trials.registry.store import PAGE_SIZE

    registry = Registry(f"sqlite:///{tmp_path / 'new.sqlite'}")
    import_paths(registry, [SNAPSHOT])
    with registry.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == PAGE_SIZE
        longest = conn.exec_driver_sql(
            "SELECT max(length(rank_profile) + length(countries)) FROM registry_study"
        ).scalar()
    assert PAGE_SIZE > 4096 and longest < (PAGE_SIZE - 12) * 64 // 255 - 23  # SQLite's in-page limit
    old = tmp_path / "old.sqlite"
    sqlite3.connect(old).execute("CREATE TABLE t (x)").connection.close()  # default 4 KB pages
    kept = Registry(f"sqlite:///{old}")
    import_paths(kept, [SNAPSHOT])
    with kept.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096
    assert match_case(load_case(CASES[0]), kept, limit=5) == match_case(
        load_case(CASES[0]), registry, limit=5
    )
