from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from her2nav.cli import app
from tests.extract.conftest import SYNTHETIC

runner = CliRunner()


def test_extract_json_follows_the_contract_shape() -> None:
    result = runner.invoke(app, ["extract", str(SYNTHETIC / "synthetic_gastric_modern.txt"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"] == "synthetic_gastric_modern.txt" and data["pages"] == 1 and data["ocr"] is False
    finding = next(f for f in data["findings"] if f["field"] == "her2_ihc")
    assert set(finding) >= {"field", "value", "assertion", "span", "page", "section", "specimen"}
    assert set(finding["span"]) == {"start", "end", "text"}


def test_extract_text_view_is_a_table_with_the_quoted_span() -> None:
    result = runner.invoke(app, ["extract", str(SYNTHETIC / "synthetic_gastric_modern.txt")])
    assert result.exit_code == 0
    assert "her2_ihc" in result.stdout and "HER2 (4B5): 3+" in result.stdout and "assertion" in result.stdout


def test_a_missing_file_exits_2_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "cannot read" in result.stderr
    assert "Traceback" not in result.output


def test_a_broken_pdf_exits_2_naming_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "PDF cannot be read" in result.stderr


def test_binary_junk_and_empty_files_are_unreadable(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for path in (junk, empty):
        result = runner.invoke(app, ["extract", str(path)])
        assert result.exit_code == 2 and result.stderr.strip(), path
