"""``her2nav trials import`` and ``her2nav trials match`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from her2nav.cli import app

HERE = Path(__file__).parent
runner = CliRunner()


@pytest.fixture
def registry_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    monkeypatch.setenv("HER2NAV_REGISTRY_URL", url)
    return url


def test_match_installs_the_snapshot_and_prints_contract_json(registry_url: str) -> None:
    case = HERE / "cases" / "e04-second-line-after-trastuzumab-england.case.yaml"
    result = runner.invoke(app, ["trials", "match", str(case), "--json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    assert entries and entries[0]["verdict"] in ("eligible", "possibly_eligible")
    listed = {e["nct_id"]: e for e in entries}
    assert listed["NCT04379596"]["last_update"] == "2025-10-20"
    assert "NCT04704934" not in listed  # DESTINY-Gastric04: its results are already evidence


def test_match_explains_each_trial_in_text(registry_url: str) -> None:
    case = HERE / "cases" / "e01-first-line-her2-positive-cps10.case.yaml"
    result = runner.invoke(app, ["trials", "match", str(case), "--limit", "40"])
    assert result.exit_code == 0
    assert "why:" in result.stdout and "to settle:" in result.stdout
    assert "ineligible" in result.stdout


def test_an_invalid_case_exits_2_naming_the_field(registry_url: str) -> None:
    case = HERE / "cases" / "e07-invalid-ihc-score.case.yaml"
    result = runner.invoke(app, ["trials", "match", str(case)])
    assert result.exit_code == 2
    assert "biomarkers[0].score" in result.stderr
    assert "Traceback" not in result.output


def test_import_reports_what_it_wrote(registry_url: str) -> None:
    folder = HERE.parents[1] / "her2nav" / "trials" / "data" / "her2-gastric"
    result = runner.invoke(app, ["trials", "import", str(folder)])
    assert result.exit_code == 0, result.output
    assert "wrote 44" in result.stdout


def test_import_of_a_missing_file_exits_2(registry_url: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["trials", "import", str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr
