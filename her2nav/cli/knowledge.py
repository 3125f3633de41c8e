"""``her2nav kb …`` commands."""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True)


@app.command("check")
def check() -> None:
    """Validate the knowledge base: references, sources and dates. Exit 1 on any problem."""
    from her2nav.knowledge.check import run_check

    raise typer.Exit(run_check())
