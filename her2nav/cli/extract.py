"""``her2nav extract FILE [--json]``: suggested findings from a PDF, image or text file (CONTRACT §5, §7)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer


def extract(
    file: Path = typer.Argument(..., help="PDF, image (PNG/JPEG/TIFF) or text file.", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print the findings as JSON (CONTRACT §7)."),
) -> None:
    """Suggest findings (HER2, PD-L1, MMR/MSI, claudin 18.2, TNM, …) with the text each rests on.

    Suggestions only: a qualified person confirms each one before it enters a case.
    """
    try:
        data = file.read_bytes()
    except OSError as err:
        print(f"{file}: cannot read the file ({err.strerror or err})", file=sys.stderr)
        raise typer.Exit(2) from None
    from her2nav.extract.run import UnreadableInput, extract_bytes

    try:
        result = extract_bytes(data, None, source=file.name)
    except UnreadableInput as err:
        print(f"{file}: {err}", file=sys.stderr)
        raise typer.Exit(2) from None
    if as_json:
        sys.stdout.write(result.to_json() + "\n")
        return
    from her2nav.extract.view import print_findings

    print_findings(result)


def register(app: typer.Typer) -> None:
    """Add the extract command to the main app."""
    app.command(name="extract")(extract)
