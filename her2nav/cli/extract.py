"""``her2nav extract FILE [--json]``: suggested findings from a PDF, image or text file (CONTRACT §5, §7)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

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

    progress = _OcrProgress()
    try:
        result = extract_bytes(data, None, source=file.name, progress=progress)
    except UnreadableInput as err:
        progress.stop()
        print(f"{file}: {err}", file=sys.stderr)
        raise typer.Exit(2) from None
    progress.stop()
    if result.ocr and result.page_seconds:
        timed = [s for s in result.page_seconds if s > 0]
        if timed:
            print(
                f"OCR: {len(timed)} page(s), {sum(timed) / len(timed):.1f} s per page "
                f"(slowest {max(timed):.1f} s)",
                file=sys.stderr,
            )
    if as_json:
        sys.stdout.write(result.to_json() + "\n")
        return
    from her2nav.extract.view import print_findings

    print_findings(result)


class _OcrProgress:
    """A Rich progress bar on stderr, shown from the first OCR'd page (text files never show one)."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int, seconds: float) -> None:
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            self._bar = Progress(
                "OCR",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                "{task.description}",
                console=Console(stderr=True),
                transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("", total=total)
        self._bar.update(self._task, completed=done, description=f"page {done}: {seconds:.1f} s")

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def register(app: typer.Typer) -> None:
    """Add the extract command to the main app."""
    app.command(name="extract")(extract)
