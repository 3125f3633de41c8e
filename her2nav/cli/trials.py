"""``her2nav trials …`` commands (registry import, sync, match)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

app = typer.Typer(no_args_is_help=True)


@app.command("import")
def import_command(
    paths: list[Path] = typer.Argument(
        ..., help="Study JSON files, arrays, API pages, zip archives or folders."
    ),
) -> None:
    """Import registry records (idempotent upsert by NCT id; an older record never replaces a newer one)."""
    from rich.progress import Progress

    from her2nav.trials.registry.importer import import_paths
    from her2nav.trials.registry.sources import SourceError, count_files
    from her2nav.trials.registry.store import Registry

    registry = Registry()
    try:
        total = count_files(paths)
        with Progress(transient=True) as progress:
            task = progress.add_task("importing", total=total or None)
            report = import_paths(registry, paths, on_document=lambda: progress.advance(task))
    except SourceError as err:
        print(str(err), file=sys.stderr)
        raise typer.Exit(2) from None
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(
        f"read {report.read} records, wrote {report.written}, kept {report.skipped_older} newer stored "
        f"version(s); registry now holds {registry.count()} studies ({registry.url})"
    )
    if report.problems:
        raise typer.Exit(2)


@app.command("sync")
def sync_command(
    query: str = typer.Option(..., "--query", help="ClinicalTrials.gov query.term, e.g. 'HER2 gastric'."),
    base_url: str = typer.Option("https://clinicaltrials.gov/api/v2", "--base-url", help="API base URL."),
    page_size: int = typer.Option(100, "--page-size", min=1, max=1000),
    max_pages: int = typer.Option(0, "--max-pages", help="Stop after this many pages (0: all)."),
    retries: int = typer.Option(4, "--retries", min=0, help="Retries per page on errors, 429 and 5xx."),
    backoff: float = typer.Option(1.0, "--backoff", min=0, help="First wait before a retry, in s; doubles."),
    pause: float = typer.Option(0.5, "--pause", min=0, help="Pause between pages, in seconds."),
) -> None:
    """Page through the ClinicalTrials.gov API v2, then upsert what it returns (all or nothing).

    Every page is fetched before anything is written; if one cannot be read, the registry is unchanged.

    Exit status: 0 done; 2 the API could not be read after retries (nothing imported).
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from her2nav.trials.registry.store import Registry
    from her2nav.trials.registry.sync import SyncError, sync

    registry = Registry()
    stderr = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.description}"))
    # progress only on a terminal: a log or a pipe gets the outcome line and nothing else
    with Progress(*columns, console=stderr, transient=True, disable=not stderr.is_terminal) as progress:
        task = progress.add_task("trials sync: fetching page 1")
        fetched = {"pages": 0, "studies": 0, "imported": 0}

        def fetching(pages: int, studies: int) -> None:
            fetched.update(pages=pages, studies=studies)
            progress.update(task, description=f"trials sync: {pages} page(s), {studies} studies fetched")

        def retrying(message: str) -> None:
            progress.update(task, description=f"trials sync: page {fetched['pages'] + 1}: {message}")

        def importing() -> None:
            fetched["imported"] += 1
            progress.update(
                task, description=f"trials sync: importing {fetched['imported']} of {fetched['studies']}"
            )

        try:
            report = sync(
                registry,
                query=query,
                base_url=base_url,
                page_size=page_size,
                max_pages=max_pages or None,
                retries=retries,
                backoff=backoff,
                pause=pause,
                on_page=fetching,
                on_retry=retrying,
                on_document=importing,
            )
        except SyncError as err:
            progress.stop()
            print(f"trials sync: {err}; the installed registry is unchanged", file=sys.stderr)
            raise typer.Exit(2) from None
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(
        f"{report.pages} page(s), {report.read} records, wrote {report.written}; "
        f"registry holds {registry.count()}"
    )


@app.command("match")
def match_command(
    case_file: Path = typer.Argument(
        ..., help="Case file (YAML or JSON, CONTRACT §1); - reads it from standard input.", show_default=False
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the entries as JSON (CONTRACT §3)."),
    limit: int = typer.Option(0, "--limit", help="Show at most this many trials (0: all)."),
    criteria: bool = typer.Option(
        False, "--criteria", help="List every criterion with its reason (text; --json always does)."
    ),
) -> None:
    """Match a case against the installed registry: the trials the patient can reach first, each with
    its verdict, nearest sites and what would settle it; every criterion with --criteria or --json."""
    from her2nav.case.errors import CaseError
    from her2nav.case.load import load_case
    from her2nav.cli.output import fail_with_problems

    try:
        case = load_case(case_file)
    except CaseError as err:
        fail_with_problems(err)
    from her2nav.trials.matching.match import match_case
    from her2nav.trials.registry.importer import ensure_snapshot
    from her2nav.trials.registry.store import Registry

    registry = Registry()
    ensure_snapshot(registry)
    entries = match_case(case, registry, limit=limit or None)
    if as_json:
        sys.stdout.write(json.dumps(entries, ensure_ascii=False, indent=2) + "\n")
        return
    from her2nav.trials.matching.render import print_entries

    print_entries(entries, show_criteria=criteria)
