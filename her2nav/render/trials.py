"""The best trial matches at a glance in the text view: verdict, recruitment, criteria counts and the
nearest site taking patients per treatment region; `her2nav trials match CASE --criteria` explains each
criterion. The title column has a minimum width and a ratio, so Rich wraps titles by words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.table import Table
from rich.text import Text

from her2nav.trials.matching.render import VERDICT_LABELS, reach_lines, recruitment_label

VERDICT_STYLE = {"eligible": "bold green", "possibly_eligible": "yellow", "ineligible": "red"}
TRIALS_SHOWN = 8
TITLE_MIN_WIDTH = 20
MATCH_MIN_WIDTH = 10  # "recruiting"


def _match_cell(entry: Mapping[str, Any]) -> Text:
    verdict = entry["verdict"]
    text = Text(VERDICT_LABELS.get(verdict, verdict), style=VERDICT_STYLE.get(verdict, ""))
    text.append(f"\n{recruitment_label(entry)}")
    return text


def _title_cell(entry: Mapping[str, Any]) -> Text:
    """The title, then the criteria counts and where the patient could take part."""
    counts = entry.get("criteria_counts") or entry.get("counts") or {}
    text = Text(entry.get("title") or "(no title)")
    text.append(
        f"\nCriteria: {counts.get('met', 0)} met, {counts.get('not_met', 0)} not met, "
        f"{counts.get('unknown', 0)} unknown.",
        style="grey62",
    )
    for line in reach_lines(entry):
        text.append(f"\n{line[0].upper()}{line[1:]}.", style="grey62")
    return text


def trials_view(review: Mapping[str, Any]) -> Table | None:
    trials = review.get("trials") or []
    if not trials:
        return None
    table = Table(
        title="Clinical trials, those the patient can reach first",
        title_justify="left",
        show_lines=True,
        expand=True,
    )
    table.add_column("Trial", no_wrap=True)
    table.add_column("Title", ratio=2, min_width=TITLE_MIN_WIDTH)
    table.add_column("Match", ratio=1, min_width=MATCH_MIN_WIDTH)
    for entry in trials[:TRIALS_SHOWN]:
        table.add_row(entry["nct_id"], _title_cell(entry), _match_cell(entry))
    more = len(trials) - TRIALS_SHOWN
    table.caption = (
        f"{more} more in --json; `her2nav trials match CASE --criteria` explains each one"
        if more > 0
        else "`her2nav trials match CASE --criteria` explains every criterion"
    )
    table.caption_justify = "left"
    return table
