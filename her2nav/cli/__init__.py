"""The ``her2nav`` command, the top layer: one module per group of commands in this package; heavy
modules are imported inside the commands so that start-up stays fast."""

from __future__ import annotations

import typer

from her2nav.cli import extract, knowledge, records, report, review, trials, worker

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


review.register(app)
app.add_typer(knowledge.app, name="kb", help="Check the knowledge base.")
app.add_typer(trials.app, name="trials", help="Trial registry: import, sync and match.")
extract.register(app)
records.register(app)
report.register(app)
worker.register(app)


def main() -> None:
    app()
