"""The review's trials in the text view: the summary of each (verdict, recruitment, criteria counts, the
criteria that decide the verdict with what would settle them, the nearest site taking patients per
treatment region), and with ``her2nav review CASE --criteria`` every criterion of each trial with its
verdict and reason (``criteria_view``, from the full match entries). The title column has a minimum
width and a ratio, so Rich wraps titles by words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from her2nav.trials.matching.render import VERDICT_LABELS, reach_lines, recruitment_label

VERDICT_STYLE = {"eligible": "bold green", "possibly_eligible": "yellow", "ineligible": "red"}
# How each criterion status reads, as in `her2nav trials match CASE --criteria`.
CRITERION_MARK = {
    "met": ("✓ met", "green"),
    "not_met": ("✗ not met", "red"),
    "unknown": ("? unknown", "yellow"),
}
MARK_WIDTH = max(len(label) for label, _ in CRITERION_MARK.values())
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
    for crit in entry.get("criteria") or []:
        text.append("\n")
        text.append_text(_deciding_line(crit))
    uninterpreted = entry.get("criteria_uninterpreted") or 0
    if uninterpreted:
        what = "criterion" if uninterpreted == 1 else "criteria"
        text.append(
            f"\n{uninterpreted} {what} not interpreted automatically: ask the study team.", style="grey62"
        )
    for line in reach_lines(entry):
        text.append(f"\n{line[0].upper()}{line[1:]}.", style="grey62")
    return text


def _deciding_line(crit: Mapping[str, Any]) -> Text:
    """'? unknown: <criterion> — to settle: <action>' (a criterion not met: '— why: <reason>')."""
    label, style = CRITERION_MARK.get(crit["status"], (crit["status"], ""))
    text = Text(f"{label}: ", style=style)
    text.append(crit["text"])
    if crit["status"] == "not_met":
        text.append(f" — why: {crit['reason']}")
    elif crit.get("action"):
        text.append(f" — to settle: {crit['action']}")
    return text


def trials_view(review: Mapping[str, Any], *, every_criterion: bool = False) -> Table | None:
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
    for entry in trials:
        table.add_row(entry["nct_id"], _title_cell(entry), _match_cell(entry))
    table.caption = (
        "Every criterion of each trial follows; `her2nav trials match CASE` lists every trial"
        if every_criterion
        else "`her2nav review CASE --criteria` lists every criterion with its reason; "
        "`her2nav trials match CASE` every trial"
    )
    table.caption_justify = "left"
    return table


def criteria_view(entries: Sequence[Mapping[str, Any]]) -> Group | None:
    """Every criterion of each trial (full match entries, CONTRACT §3), with its verdict and reason and
    what would settle an unknown one."""
    if not entries:
        return None
    parts: list[Group] = []
    for entry in entries:
        counts = entry.get("criteria_counts") or entry.get("counts") or {}
        heading = Text(f"{entry['nct_id']}: every criterion", style="bold")
        heading.append(
            f" ({counts.get('met', 0)} met, {counts.get('not_met', 0)} not met, "
            f"{counts.get('unknown', 0)} unknown)",
            style="grey62",
        )
        if entry.get("cohort"):
            heading.append(f" · cohort judged: {entry['cohort']}", style="grey62")
        rows: list[Table | Text] = [_criterion_row(crit) for crit in entry.get("criteria") or []]
        if not rows:
            rows = [Text(entry.get("note") or "no criteria", style="grey62")]
        parts.append(Group(heading, Padding(Group(*rows), (0, 0, 1, 2))))
    return Group(*parts)


def _criterion_row(crit: Mapping[str, Any]) -> Table:
    """The verdict on the left, the criterion with why and what would settle it under a hanging indent."""
    label, style = CRITERION_MARK.get(crit["status"], (crit["status"], ""))
    body = Text(crit["text"])
    body.append(f" ({crit.get('kind', 'criterion')})", style="grey62")
    body.append(f"\nwhy: {crit['reason']}", style="grey62")
    if crit.get("action"):
        body.append(f"\nto settle: {crit['action']}", style="grey62")
    row = Table.grid(padding=(0, 1))
    row.add_column(no_wrap=True, min_width=MARK_WIDTH)
    row.add_column(ratio=1)
    row.add_row(Text(label, style=style), body)
    return row
