"""The review carries each trial as a summary (CONTRACT §3); `trials match --json` keeps every
criterion; the text view shows the summary and every criterion on request (issue 15, size)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from her2nav.case.load import load_case
from her2nav.cli import app
from her2nav.trials.matching.for_review import (
    REVIEW_TRIALS_LIMIT,
    SUMMARY_CRITERIA,
    SUMMARY_TEXT,
    review_trials,
    summary,
)
from her2nav.trials.matching.judge import UNPARSED_ACTION

HERE = Path(__file__).parent
E02 = HERE.parents[1] / ".." / "shared" / "examples" / "e02-first-line-ihc2-awaiting-ish.case.yaml"
runner = CliRunner()


@pytest.fixture
def registry_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'summary.sqlite'}"
    monkeypatch.setenv("HER2NAV_REGISTRY_URL", url)
    return url


def _criterion(status: str, text: str = "a criterion", action: str | None = None) -> dict[str, object]:
    return {"text": text, "kind": "inclusion", "status": status, "reason": "why", "action": action}


def test_a_summary_keeps_the_decisive_criteria_and_counts_the_whole_list() -> None:
    entry = {
        "nct_id": "NCT00000001",
        "criteria": [
            _criterion("met"),
            _criterion("unknown", action=UNPARSED_ACTION),
            _criterion("unknown", "x" * 400, action="blood count"),
            _criterion("not_met"),
            _criterion("unknown", action=UNPARSED_ACTION),
        ],
        "criteria_counts": {"met": 1, "not_met": 1, "unknown": 3},
        "counts": {"met": 1, "not_met": 1, "unknown": 3},
        "sites": [{"country": "Japan", "city": "Tokyo", "status": None}],
        "nearest_sites": [],
    }
    out = summary(entry)
    assert [c["status"] for c in out["criteria"]] == ["not_met", "unknown", "unknown"][:SUMMARY_CRITERIA]
    assert out["criteria"][1]["action"] == "blood count"  # a named test before "ask the study team"
    assert len(out["criteria"][1]["text"]) == SUMMARY_TEXT and out["criteria"][1]["text"].endswith("…")
    assert out["criteria_omitted"] == 4 - len(out["criteria"])
    assert out["criteria_counts"] == {"met": 1, "not_met": 1, "unknown": 3}
    assert "counts" not in out and "nearest_sites" not in out
    assert out["sites"] == entry["sites"]  # none taking patients nearby: the first few


def test_a_summary_lists_the_nearest_site_of_each_region_as_its_sites() -> None:
    nearest = [{"region": "GB", "country": "United Kingdom", "city": "Leeds", "status": "RECRUITING"}]
    entry = {"criteria": [], "sites": [{"country": "Japan"}, nearest[0]], "nearest_sites": nearest}
    assert summary(entry)["sites"] == nearest


def test_the_review_carries_summaries_and_trials_match_json_every_criterion(registry_url: str) -> None:
    case = load_case(E02)
    entries, problem = review_trials(case)
    assert problem is None and entries
    assert len(entries) <= REVIEW_TRIALS_LIMIT
    for e in entries:
        assert all(c["status"] != "met" for c in e["criteria"])
        assert sum(e["criteria_counts"].values()) >= len(e["criteria"])
    result = runner.invoke(app, ["trials", "match", str(E02), "--json"])
    assert result.exit_code == 0, result.output
    full = {e["nct_id"]: e for e in json.loads(result.stdout)}
    first = full[entries[0]["nct_id"]]
    assert len(first["criteria"]) == sum(first["criteria_counts"].values())
    assert any(c["status"] == "met" for e in full.values() for c in e["criteria"])


def test_the_review_json_of_a_contract_example_stays_small(registry_url: str) -> None:
    result = runner.invoke(
        app, ["review", str(HERE / "cases" / "e04-second-line-after-trastuzumab-england.case.yaml"), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["trials"]
    assert len(json.dumps(data["trials"], ensure_ascii=False, indent=2).encode()) < 20 * 1024


def test_trials_match_text_shows_the_summary_and_every_criterion_with_criteria(registry_url: str) -> None:
    case = str(HERE / "cases" / "e04-second-line-after-trastuzumab-england.case.yaml")
    short = runner.invoke(app, ["trials", "match", case, "--limit", "3"])
    full = runner.invoke(app, ["trials", "match", case, "--limit", "3", "--criteria"])
    assert short.exit_code == 0 and full.exit_code == 0
    assert "✓ met" not in short.stdout and "--criteria lists every criterion" in short.stdout
    assert "to settle:" in short.stdout and "criteria: " in short.stdout
    assert "✓ met" in full.stdout and "why:" in full.stdout
    assert "nearest site taking patients" in short.stdout or "no site taking patients" in short.stdout
