from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from her2nav.cli import app
from tests.recommend.factory import FIRST_LINE_TRASTUZUMAB, case_data


def write_case(tmp_path: Path, **kwargs: object) -> Path:
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(case_data(**kwargs)))
    return path


def test_the_text_view_shows_her2_options_access_gaps_and_exclusions(tmp_path: Path) -> None:
    path = write_case(tmp_path, region="GB", treatments=[FIRST_LINE_TRASTUZUMAB])
    result = CliRunner().invoke(app, ["review", str(path)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    for text in (
        "HER2 positive",
        "Trastuzumab deruxtecan",
        "not funded",
        "HER2_RETEST_RECOMMENDED",
        "T-ACT",
        "GB",
    ):
        assert text in out, text
    assert "Traceback" not in out


def test_the_text_view_of_a_resectable_case_says_there_are_no_options(tmp_path: Path) -> None:
    path = write_case(tmp_path, setting="resectable")
    result = CliRunner().invoke(app, ["review", str(path)], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "No treatment options" in result.stdout
    assert "NOT_ADVANCED_SETTING" in result.stdout


def test_invalid_input_in_text_mode_exits_2_with_the_field_path(tmp_path: Path) -> None:
    data = case_data()
    data["patient"]["ecog"] = 9
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data))
    result = CliRunner().invoke(app, ["review", str(path)])
    assert result.exit_code == 2
    assert "patient.ecog" in result.stderr
    assert "Traceback" not in result.output
