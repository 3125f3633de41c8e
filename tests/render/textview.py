"""Helpers for the text-view tests: run `her2nav review` as a user would, at a given terminal width."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from her2nav.cli import app

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"  # copies of the contract examples (/work/shared/examples), so CI clones have them
GOLDEN = HERE / "golden"
GOLDEN_WIDTHS = (60, 80, 120)
# Rich decides colour and width from the environment: pin both (None removes a variable for the run).
PLAIN_TERMINAL: dict[str, str | None] = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None}


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str


def example_cases() -> list[Path]:
    return sorted(CASES.glob("*.case.yaml"))


def case_name(path: Path) -> str:
    return path.name.removesuffix(".case.yaml")


def review_text(case: Path, width: int, *args: str) -> Run:
    env = {**PLAIN_TERMINAL, "COLUMNS": str(width), "NO_COLOR": "1"}
    result = CliRunner().invoke(app, ["review", str(case), *args], env=env)
    return Run(result.exit_code, result.stdout, result.stderr)


def strip_line_ends(text: str) -> str:
    """Rich pads table and grid rows with spaces; goldens are stored without trailing spaces."""
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def options_section(text: str) -> str:
    """The lines from the options heading up to the next panel (what was set aside, trials, next steps)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Options, best first"))
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].startswith(("╭", "Clinical trials"))), len(lines)
    )
    return "\n".join(lines[start:end])
