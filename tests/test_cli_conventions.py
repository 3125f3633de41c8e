"""The command line as a user meets it: a real process, real stdin, one line per problem, exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

EXAMPLE = Path(__file__).parents[2] / "shared" / "examples" / "e01-first-line-her2-positive-cps10.case.yaml"


def her2nav(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "her2nav.cli", *args],
        input=stdin.decode(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_version_prints_the_installed_version() -> None:
    result = her2nav("--version")
    assert (result.returncode, result.stdout) == (0, f"her2nav {version('her2nav')}\n")


def test_a_dash_reads_the_case_from_standard_input() -> None:
    result = her2nav("review", "-", "--json", "--no-trials", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["case_id"] == "e01-first-line-her2-positive-cps10"


def test_trials_match_reads_the_case_from_standard_input_too() -> None:
    result = her2nav("trials", "match", "-", "--json", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


def test_an_impossible_date_is_one_line_naming_the_field_and_exit_2() -> None:
    # unquoted, as people type it: YAML itself would read it as a date and fail on the 30th of February
    bad = re.sub(r"(?m)^as_of: .*$", "as_of: 2025-02-30", EXAMPLE.read_text(encoding="utf-8"))
    result = her2nav("review", "-", stdin=bad.encode())
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "as_of: '2025-02-30' is not a real date (day value is outside expected range)\n"


def test_a_yaml_syntax_error_is_one_line_with_its_line_number() -> None:
    result = her2nav("review", "-", stdin=b"case_id: a\ndiagnosis: [\n")
    assert result.returncode == 2
    assert result.stderr.startswith("(stdin): not valid YAML at line 3")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_duplicate_keys_give_one_line_each() -> None:
    result = her2nav("review", "-", stdin=b"case_id: a\ncase_id: b\nas_of: 2026-01-01\nas_of: 2026-01-02\n")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "(stdin): duplicate key 'case_id' at line 2 (first at line 1)",
        "(stdin): duplicate key 'as_of' at line 4 (first at line 3)",
    ]


def test_an_empty_input_or_a_list_is_refused_in_words() -> None:
    assert her2nav("review", "-", stdin=b"").stderr == "(stdin): the file is empty\n"
    listed = her2nav("review", "-", stdin=b"- a\n- b\n")
    assert (listed.returncode, listed.stderr) == (
        2,
        "(stdin): a case must be a mapping of fields, not list\n",
    )
