"""The text view of an extraction: a Rich table of field, value, assertion, page and quoted span."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from her2nav.extract.run import ExtractionResult

_QUOTE_MAX = 90


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _QUOTE_MAX else flat[: _QUOTE_MAX - 1] + "…"


def print_findings(result: ExtractionResult, console: Console | None = None) -> None:
    console = console or Console()
    how = "OCR" if result.ocr else "text layer"
    console.print(
        f"{result.source}: {result.pages} page(s), {how}; {len(result.findings)} suggested finding(s)"
    )
    if not result.findings:
        console.print("No findings: nothing in this document matched a known field.")
        return
    table = Table(show_lines=False)
    for column in ("field", "value", "assertion", "page", "quoted span"):
        table.add_column(column, overflow="fold")
    for f in result.findings:
        value = "—" if f["value"] is None else str(f["value"])
        table.add_row(
            f["field"], value, f["assertion"], str(f["page"]), "“" + _quote(f["span"]["text"]) + "”"
        )
    console.print(table)
    console.print("Suggestions only: confirm each against the report before it enters a case.")
