"""``her2nav report`` as a real process: reports and packets are written, bad input ends with one line
and exit 2 before anything is rendered, a case without HER2 results still gets a report saying what is
missing, and a packet verifies (or not) against its manifest."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import yaml

from tests.reports.conftest import EXAMPLES, FOLDER

E04 = next(FOLDER.glob("e04-*.case.yaml"))


def her2nav(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "her2nav.cli", *map(str, args)], capture_output=True, text=True, timeout=120
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_an_invalid_case_gives_the_contract_line_and_exit_2(tmp_path: Path) -> None:
    case = yaml.safe_load(E04.read_text())
    case["biomarkers"][0]["score"] = "4+"
    path = tmp_path / "bad.case.yaml"
    path.write_text(yaml.safe_dump(case))
    line = _one_line(her2nav("report", path, "--out", tmp_path / "r.pdf"))
    assert line == "biomarkers[0].score: '4+' is not one of 0, 1+, 2+, 3+"
    assert not (tmp_path / "r.pdf").exists()


def test_an_out_path_that_cannot_be_written_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    assert "does not exist" in _one_line(her2nav("report", E04, "--out", tmp_path / "missing" / "r.pdf"))
    (tmp_path / "folder.pdf").mkdir()
    assert "is a folder" in _one_line(her2nav("report", E04, "--out", tmp_path / "folder.pdf"))
    assert "must end in .pdf or .html" in _one_line(her2nav("report", E04, "--out", tmp_path / "r.docx"))
    assert "is not one of en, zh" in _one_line(
        her2nav("report", E04, "--lang", "fr", "--out", tmp_path / "r.pdf")
    )


def test_a_case_without_her2_results_gets_a_report_that_says_what_is_missing(tmp_path: Path) -> None:
    case = yaml.safe_load(E04.read_text())
    case["biomarkers"] = [b for b in case["biomarkers"] if not b["kind"].startswith("her2")]
    path = tmp_path / "no-her2.case.yaml"
    path.write_text(yaml.safe_dump(case))
    out = tmp_path / "r.html"
    result = her2nav("report", path, "--no-trials", "--out", out)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "HER2_UNTESTED" in html
    assert "No HER2 result is recorded" in html


def test_a_packet_holds_the_reports_and_the_case_and_verifies(tmp_path: Path) -> None:
    packet = tmp_path / "referral.zip"
    result = her2nav("report", E04, "--no-trials", "--lang", "en", "--lang", "zh", "--packet", packet)
    assert result.returncode == 0, result.stderr
    names = set(zipfile.ZipFile(packet).namelist())
    assert {"report-en-clinician.pdf", "report-zh-clinician.pdf", "case.json", "manifest.json"} <= names
    checked = her2nav("report", "--verify-packet", packet)
    assert checked.returncode == 0 and "packet OK" in checked.stdout

    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(packet) as source, zipfile.ZipFile(tampered, "w") as target:
        for name in source.namelist():
            target.writestr(name, b"{}" if name == "case.json" else source.read(name))
    refused = her2nav("report", "--verify-packet", tampered)
    assert refused.returncode == 1
    assert "case.json: content differs from the manifest" in refused.stderr


def test_the_examples_are_there() -> None:
    assert EXAMPLES, f"no loadable example in {FOLDER}"
