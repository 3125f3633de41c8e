"""The best trial matches at a glance in the text view; `her2nav trials match CASE` explains each
criterion. The title column has a minimum width and a ratio, so Rich wraps titles by words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.table import Table
from rich.text import Text

VERDICT_STYLE = {"eligible": "bold green", "possibly_eligible": "yellow", "ineligible": "red"}
TRIALS_SHOWN = 8
TITLE_MIN_WIDTH = 20
MATCH_MIN_WIDTH = 10  # "recruiting"


def _match_cell(entry: Mapping[str, Any]) -> Text:
    text = Text(entry["verdict"].replace("_", " "), style=VERDICT_STYLE.get(entry["verdict"], ""))
    status = (entry.get("overall_status") or "status not stated").replace("_", " ").lower()
    text.append(f"\n{status}")
    return text


def _title_cell(entry: Mapping[str, Any]) -> Text:
    """The title, then the criteria counts and whether a site is where the patient can be treated."""
    counts = entry.get("counts") or {}
    text = Text(entry.get("title") or "(no title)")
    site = "a site" if entry.get("in_treatment_region") else "no site"
    text.append(
        f"\nCriteria: {counts.get('met', 0)} met, {counts.get('not_met', 0)} not met, "
        f"{counts.get('unknown', 0)} unknown; {site} where the patient can be treated.",
        style="grey62",
    )
    return text


def trials_view(review: Mapping[str, Any]) -> Table | None:
    trials = review.get("trials") or []
    if not trials:
        return None
    table = Table(title="Clinical trials, best first", title_justify="left", show_lines=True, expand=True)
    table.add_column("Trial", no_wrap=True)
    table.add_column("Title", ratio=2, min_width=TITLE_MIN_WIDTH)
    table.add_column("Match", ratio=1, min_width=MATCH_MIN_WIDTH)
    for entry in trials[:TRIALS_SHOWN]:
        table.add_row(entry["nct_id"], _title_cell(entry), _match_cell(entry))
    more = len(trials) - TRIALS_SHOWN
    table.caption = (
        f"{more} more in --json; `her2nav trials match CASE` explains each one"
        if more > 0
        else "`her2nav trials match CASE` explains every criterion"
    )
    table.caption_justify = "left"
    return table
