"""``her2nav review CASE [--json] [--no-trials]``: the case review (CONTRACT §2) as text or JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from her2nav.case.errors import CaseError
from her2nav.cli.output import fail_with_problems


def review(
    case_file: Path = typer.Argument(
        ..., help="Case file (YAML or JSON, CONTRACT §1); - reads it from standard input.", show_default=False
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the review as JSON (CONTRACT §2)."),
    with_trials: bool = typer.Option(
        True, "--trials/--no-trials", help="Match the installed trial registry (fills `trials`)."
    ),
) -> None:
    """Review one case: HER2 status, line of therapy, ranked options with access, cautions, gaps, trials."""
    from her2nav.case.load import load_case

    try:
        case = load_case(case_file)
    except CaseError as err:
        fail_with_problems(err)
    from her2nav.review import build_review, review_with_trials

    result = review_with_trials(case) if with_trials else build_review(case)
    if as_json:
        sys.stdout.write(result.to_json(indent=2) + "\n")
        return
    from her2nav.render.text import print_review

    print_review(result, patient=case.patient)


def register(app: typer.Typer) -> None:
    app.command()(review)
