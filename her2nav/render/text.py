"""Text view of a review for navigators (Rich): HER2 panel, options with access per region, cautions,
gaps, warnings and what was set aside. Everything shown says what it rests on."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from her2nav.review import ReviewResult

REGIONS = ("US", "EU", "GB", "CN", "JP")
ACCESS_STYLE = {
    "approved": ("green", "✔ approved"),
    "approved_restricted": ("yellow", "◐ restricted"),
    "not_funded": ("dark_orange", "£ not funded"),
    "not_approved": ("red", "✖ not approved"),
    "unknown": ("grey50", "? unknown"),
}
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "grey50"}
PREFERENCE_STYLE = {"preferred": "bold green", "alternative": "cyan", "consider": "grey70"}
HER2_STYLE = {
    "positive": "bold magenta",
    "negative": "bold blue",
    "equivocal": "bold yellow",
    "unknown": "bold red",
}


def _marker(value: object) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def her2_panel(data: dict[str, Any]) -> Panel:
    her2 = data["her2"]
    line = data["current_line"]
    title = Text.assemble(
        ("HER2 ", "bold"),
        (f"{her2['status']}", HER2_STYLE.get(her2["status"], "bold")),
        (f" ({her2['category']})", "bold"),
    )
    body = Text()
    body.append(f"Basis: {her2['basis']}\n")
    body.append(f"Determined on: {her2['determined_on'] or 'unknown'}\n")
    body.append(f"Line being chosen: {line if line is not None else 'none (not an advanced setting)'}")
    if data.get("line_basis"):
        body.append(f" — {data['line_basis']}")
    markers = data.get("markers") or {}
    shown = []
    for key, label in (
        ("pdl1_cps", "PD-L1 CPS"),
        ("cldn18_2_percent", "CLDN18.2 %"),
        ("msi_high", "MSI-high"),
    ):
        shown.append(f"{label}: {_marker(markers.get(key))}")
    body.append("\n" + " · ".join(shown))
    subtitle = f"{data['case_id']} · as of {data['as_of']} · knowledge {data['knowledge_version']}"
    return Panel(body, title=title, subtitle=subtitle, title_align="left", border_style="magenta")


def _access_cell(entry: dict[str, Any]) -> Text:
    style, label = ACCESS_STYLE.get(entry["status"], ("white", entry["status"]))
    text = Text(label, style=style)
    if entry.get("verified") is False:
        text.append(" *", style="grey50")
    return text


def options_table(data: dict[str, Any]) -> Table:
    table = Table(title="Options (best first)", show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Option", ratio=3)
    for region in REGIONS:
        table.add_column(region, no_wrap=True)
    for option in data["options"]:
        name = Text(option["name"], style="bold")
        name.append(f"\n{option['preference']}", style=PREFERENCE_STYLE.get(option["preference"], ""))
        trials = ", ".join(e["trial"] for e in option["evidence"])
        if trials:
            name.append(f" · {trials}", style="grey62")
        for caution in option["cautions"]:
            name.append(f"\n⚠ {caution['code']}", style="bold red")
        table.add_row(str(option["rank"]), name, *(_access_cell(option["access"][r]) for r in REGIONS))
    return table


def details(data: dict[str, Any]) -> Group:
    parts: list[Any] = []
    for option in data["options"]:
        text = Text(f"{option['rank']}. {option['name']}: ", style="bold")
        text.append(option["rationale"])
        for caution in option["cautions"]:
            text.append(f"\n   ⚠ {caution['code']}: {caution['message']}", style="red")
        home = [r for r in REGIONS if option["access"][r]["status"] != "approved"]
        for region in home[:5]:
            text.append(f"\n   {region}: {option['access'][region]['note']}", style="grey62")
        parts.append(text)
    return Group(*parts)


def flags_panel(data: dict[str, Any]) -> Panel | None:
    text = Text()
    for warning in data["warnings"]:
        text.append(f"WARNING {warning['code']}: ", style="bold red")
        text.append(f"{warning['message']}\n")
    for gap in data["gaps"]:
        text.append(f"GAP [{gap['severity']}] {gap['code']}: ", style=SEVERITY_STYLE.get(gap["severity"], ""))
        text.append(f"{gap['message']}\n")
    if not text.plain:
        return None
    text.rstrip()
    return Panel(text, title="Warnings and gaps", title_align="left", border_style="red")


def excluded_panel(data: dict[str, Any]) -> Panel | None:
    if not data["excluded"]:
        return None
    text = Text()
    for entry in data["excluded"]:
        text.append(f"✖ {entry.get('name', entry['id'])}: ", style="bold")
        text.append(f"{entry['reason']}\n")
    text.rstrip()
    return Panel(text, title="Not offered, and why", title_align="left", border_style="grey50")


VERDICT_STYLE = {"eligible": "bold green", "possibly_eligible": "yellow", "ineligible": "red"}
TRIALS_SHOWN = 8


def trials_table(data: dict[str, Any]) -> Table | None:
    """The best trial matches at a glance; `her2nav trials match` explains each criterion."""
    trials = data.get("trials") or []
    if not trials:
        return None
    table = Table(title="Clinical trials (best first)", show_lines=False, expand=True)
    table.add_column("Trial", no_wrap=True)
    table.add_column("Title", ratio=3)
    table.add_column("Verdict")
    table.add_column("Open?")
    table.add_column("Criteria met / not met / unknown", justify="right")
    table.add_column("Site in patient's regions")
    for entry in trials[:TRIALS_SHOWN]:
        counts = entry.get("counts") or {}
        table.add_row(
            entry["nct_id"],
            entry.get("title") or "",
            Text(entry["verdict"].replace("_", " "), style=VERDICT_STYLE.get(entry["verdict"], "")),
            (entry.get("overall_status") or "not stated").replace("_", " ").lower(),
            f"{counts.get('met', 0)} / {counts.get('not_met', 0)} / {counts.get('unknown', 0)}",
            "yes" if entry.get("in_treatment_region") else "no",
        )
    if len(trials) > TRIALS_SHOWN:
        table.caption = (
            f"{len(trials) - TRIALS_SHOWN} more in --json; `her2nav trials match CASE` explains each one"
        )
    else:
        table.caption = "`her2nav trials match CASE` explains every criterion"
    return table


def print_review(result: ReviewResult, console: Console | None = None) -> None:
    data = result.data
    out = console or Console()
    out.print(her2_panel(data))
    warnings = flags_panel(data)
    if warnings is not None:
        out.print(warnings)
    if data["options"]:
        out.print(options_table(data))
        out.print(details(data))
    else:
        out.print(Text("No treatment options listed for this situation (see warnings).", style="bold"))
    excluded = excluded_panel(data)
    if excluded is not None:
        out.print(excluded)
    trials = trials_table(data)
    if trials is not None:
        out.print(trials)
    out.print(
        Text(
            "Decision support for qualified people, not a verdict. * = rests on unverified knowledge. "
            "Access: ✔ approved (GB: funded) · ◐ licensed with a condition not met or not shown · "
            "£ licensed, not routinely funded · ✖ not approved · ? unknown.",
            style="grey50",
        )
    )
