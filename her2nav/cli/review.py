"""``her2nav review CASE [--json] [--no-trials] [--criteria]``: the case review (CONTRACT §2) as text or
JSON; ``--criteria`` adds every criterion of each trial to the text view."""

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
    criteria: bool = typer.Option(
        False,
        "--criteria",
        help="Text: list every criterion of each trial with its verdict and reason (the JSON keeps the "
        "summary; `her2nav trials match CASE --json` lists every criterion).",
    ),
) -> None:
    """Review one case: HER2 status, line of therapy, ranked options with access, cautions, gaps, trials."""
    from her2nav.case.load import load_case

    try:
        case = load_case(case_file)
    except CaseError as err:
        fail_with_problems(err)
    from her2nav.review import build_review, review_with_trial_entries, review_with_trials

    entries = None
    if with_trials and criteria and not as_json:
        result, entries = review_with_trial_entries(case)
    else:
        result = review_with_trials(case) if with_trials else build_review(case)
    if as_json:
        sys.stdout.write(result.to_json(indent=2) + "\n")
        return
    from her2nav.render.text import print_review

    print_review(result, patient=case.patient, trial_entries=entries)


def register(app: typer.Typer) -> None:
    app.command()(review)
