"""The review's `trials` field holds the same entries as `her2nav trials match` (CONTRACT §2, §3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from her2nav.cli import app

CASES = Path(__file__).parent / "recommend" / "golden" / "cases"
FOURTH_LINE_CHINA = CASES / "e05-fourth-line-after-tdxd-china.case.yaml"
CONTRACT_KEYS = {"nct_id", "title", "overall_status", "phases", "verdict", "score", "criteria", "sites"}


def review_json(*args: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["review", str(FOURTH_LINE_CHINA), "--json", *args])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_the_review_lists_matching_trials_in_the_contract_shape() -> None:
    trials = review_json()["trials"]
    assert isinstance(trials, list) and trials
    for entry in trials:
        assert entry.keys() >= CONTRACT_KEYS
        assert entry["verdict"] in {"eligible", "possibly_eligible"}
        assert all(c["status"] in {"met", "not_met", "unknown"} and c["reason"] for c in entry["criteria"])


def test_the_review_holds_the_same_entries_as_trials_match() -> None:
    review_ids = [t["nct_id"] for t in review_json()["trials"]]  # type: ignore[union-attr]
    result = CliRunner().invoke(app, ["trials", "match", str(FOURTH_LINE_CHINA), "--json"])
    assert result.exit_code == 0, result.output
    matched = json.loads(result.stdout)
    entries = matched["trials"] if isinstance(matched, dict) else matched
    open_ids = [t["nct_id"] for t in entries if t["verdict"] != "ineligible"]
    assert review_ids == open_ids[: len(review_ids)]


def test_no_trials_skips_the_registry() -> None:
    assert review_json("--no-trials")["trials"] == []


def test_an_unreadable_registry_is_a_warning_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "not-a-database"
    folder.mkdir()
    monkeypatch.setenv("HER2NAV_REGISTRY_URL", f"sqlite:///{folder}")
    data = review_json()
    assert data["trials"] == []
    warnings = {w["code"]: w["message"] for w in data["warnings"]}  # type: ignore[union-attr]
    assert "could not be read" in warnings["TRIALS_UNAVAILABLE"]
    assert data["options"]
