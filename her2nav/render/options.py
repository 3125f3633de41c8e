"""The options of a review for the text view: one block per option on narrow terminals, an overview
table plus the same blocks (without the per-region rows) on wide ones. The home region comes first and is
marked, then the other regions the patient can be treated in, then the rest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from her2nav.knowledge.regions import REGIONS

# Below this many columns an options table squeezes the option names: stack each option as a block.
# From this width on, the table is used when Rich measures that it fits with the option column at
# OPTION_NAME_MIN_WIDTH and every access column as wide as the longest access label (about 120 columns).
WIDE_LAYOUT_MIN_WIDTH = 100
OPTION_NAME_MIN_WIDTH = 24
RANK_WIDTH = 2  # "1."; ranks above 9 widen the column for every row alike
ACCESS_STYLE = {
    "approved": ("green", "✔ approved"),
    "approved_restricted": ("yellow", "◐ restricted"),
    "not_funded": ("dark_orange", "£ not funded"),
    "not_approved": ("red", "✖ not approved"),
    "unknown": ("grey50", "? unknown"),
}
UNBOUNDED_WIDTH = 10_000
ACCESS_CELL_WIDTH = max(len(label) for _, label in ACCESS_STYLE.values())  # a longer cell wraps its " *"
PREFERENCE_STYLE = {"preferred": "bold green", "alternative": "cyan", "consider": "grey70"}


def region_order(home: str | None, treatment: Sequence[str]) -> list[str]:
    """Home first, then the other regions where the patient can be treated, then the rest."""
    first: list[str] = [r for r in (home, *treatment) if r in REGIONS]
    ordered = list(dict.fromkeys(first))
    return ordered + [r for r in REGIONS if r not in ordered]


def region_label(region: str, home: str | None, treatment: Sequence[str]) -> Text:
    if region == home:
        return Text(f"{region} (home)", style="bold")
    if region in treatment:
        return Text(f"{region} (travel)", style="bold")
    return Text(region)


def access_text(entry: Mapping[str, Any]) -> Text:
    style, label = ACCESS_STYLE.get(entry["status"], ("", entry["status"]))
    text = Text(label, style=style)
    if entry.get("verified") is False:
        text.append(" *", style="grey50")
    return text


def _rows_for_regions(
    option: Mapping[str, Any], regions: Sequence[str], home: str | None, treatment: Sequence[str]
) -> list[tuple[Text, Text]]:
    """One row per region; the note is shown where the patient can be treated (elsewhere: --json)."""
    rows = []
    for region in regions:
        entry = option["access"][region]
        cell = access_text(entry)
        if (region == home or region in treatment) and entry.get("note"):
            cell.append(f" — {entry['note']}", style="")
        rows.append((region_label(region, home, treatment), cell))
    return rows


def option_block(
    option: Mapping[str, Any],
    regions: Sequence[str],
    home: str | None,
    treatment: Sequence[str],
    *,
    wide: bool,
) -> RenderableType:
    """The rank, then the name and preference with labelled rows below, all under a hanging indent so
    that wrapped text stays in its column. On a wide terminal the table shows access in every region, so
    the block keeps only the rows of the regions where the patient can be treated."""
    heading = Text(option["name"], style="bold")
    heading.append(f"  {option['preference']}", style=PREFERENCE_STYLE.get(option["preference"], ""))
    rows = Table.grid(padding=(0, 1))
    rows.add_column(no_wrap=True, style="grey62")
    rows.add_column(ratio=1)
    shown = [r for r in regions if r == home or r in treatment] if wide else list(regions)
    for label, cell in _rows_for_regions(option, shown, home, treatment):
        rows.add_row(label, cell)
    rows.add_row("Why", option["rationale"])
    for condition, state in (option.get("access_conditions") or {}).items():  # named by access notes
        rows.add_row("Condition", f"{condition}: {state}")
    trials = [e["trial"] for e in option.get("evidence") or []]
    if trials:
        rows.add_row("Evidence", ", ".join(trials))
    for caution in option.get("cautions") or []:
        rows.add_row(
            Text("Caution", style="bold red"), Text(f"{caution['code']}: {caution['message']}", style="red")
        )
    block = Table.grid(padding=(0, 1))
    block.add_column(no_wrap=True, min_width=RANK_WIDTH)
    block.add_column(ratio=1)
    block.add_row(Text(f"{option['rank']}.", style="bold"), Group(heading, rows))
    return block


def options_table(
    options: Sequence[Mapping[str, Any]], regions: Sequence[str], home: str | None, treatment: Sequence[str]
) -> Table:
    """Overview for wide terminals: every option against every region, home region first."""
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Option", ratio=1, min_width=OPTION_NAME_MIN_WIDTH)
    for region in regions:
        table.add_column(region_label(region, home, treatment), width=ACCESS_CELL_WIDTH)
    for option in options:
        name = Text(option["name"], style="bold")
        name.append(f"\n{option['preference']}", style=PREFERENCE_STYLE.get(option["preference"], ""))
        for caution in option.get("cautions") or []:
            name.append(f"\n⚠ {caution['code']}", style="bold red")
        table.add_row(str(option["rank"]), name, *(access_text(option["access"][r]) for r in regions))
    return table


def options_view(
    review: Mapping[str, Any], console: Console, home: str | None, treatment: Sequence[str]
) -> RenderableType:
    """The overview table when the console is wide enough for it, then one block per option."""
    options = review["options"]
    regions = region_order(home, treatment)
    parts: list[RenderableType] = []
    table = options_table(options, regions, home, treatment)
    wide = console.width >= WIDE_LAYOUT_MIN_WIDTH and _fits(console, table)
    if wide:
        parts.append(table)
    parts += [option_block(o, regions, home, treatment, wide=wide) for o in options]
    return Group(*parts)


def _fits(console: Console, table: Table) -> bool:
    """Rich's own measure: the narrowest the table can be without squeezing a column below its minimum.
    Measured without a width bound, because Rich clamps a measurement to the width it is given."""
    unbounded = console.options.update_width(UNBOUNDED_WIDTH)
    return Measurement.get(console, unbounded, table).minimum <= console.width
