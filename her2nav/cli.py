"""The ``her2nav`` command. Each domain registers its commands from its own ``cli.py``; heavy
modules are imported inside the commands so that start-up stays fast."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from her2nav.case.errors import CaseError

app = typer.Typer(
    name="her2nav",
    help="Decision support for HER2 in advanced gastric / GEJ adenocarcinoma. Never a verdict: "
    "every output says what it rests on.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version

        print(f"her2nav {version('her2nav')}")
        raise typer.Exit()


@app.callback()
def _options(
    _version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    pass  # options for every command; the help text is the app's


def fail_with_problems(err: CaseError, code: int = 2) -> None:
    """CONTRACT §5: one line per problem on stderr, naming the field path; exit 2; no traceback."""
    for problem in err.problems:
        print(str(problem), file=sys.stderr)
    raise typer.Exit(code)


@app.command()
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
    from her2nav.review import build_review

    trials, problem = None, None
    if with_trials:
        from her2nav.trials.for_review import review_trials, unavailable_warning

        trials, problem = review_trials(case)
    result = build_review(case, trials=trials)
    if problem:
        result.data["warnings"].append(unavailable_warning(problem))
    if as_json:
        sys.stdout.write(result.to_json(indent=2) + "\n")
        return
    from her2nav.render.text import print_review

    print_review(result, patient=case.patient)


def _register() -> None:
    from her2nav.extract.cli import register as register_extract
    from her2nav.knowledge.cli import app as kb_app
    from her2nav.records.cli import register as register_records
    from her2nav.trials.cli import app as trials_app

    app.add_typer(kb_app, name="kb", help="Check the knowledge base.")
    app.add_typer(trials_app, name="trials", help="Trial registry: import, sync and match.")
    register_extract(app)
    register_records(app)


_register()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
