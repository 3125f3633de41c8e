"""Trial match entries as text for people (Rich)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape

_MARK = {"met": "[green]✓ met[/]", "not_met": "[red]✗ not met[/]", "unknown": "[yellow]? unknown[/]"}
_VERDICT = {
    "eligible": "[green]eligible[/]",
    "possibly_eligible": "[yellow]possibly eligible[/]",
    "ineligible": "[red]ineligible[/]",
}


def print_entries(entries: list[dict[str, Any]], console: Console | None = None) -> None:
    console = console or Console()
    if not entries:
        console.print("No open trial in the registry is relevant to this case.")
        return
    console.print(f"{len(entries)} trial(s), best first. Decision support only: confirm with the study team.")
    for e in entries:
        counts = e["counts"]
        status = e["overall_status"] or "status not stated"
        console.print(
            f"\n[bold]{e['nct_id']}[/] {escape(e['title'])}\n  {_VERDICT[e['verdict']]} · "
            f"score {e['score']} · {status} · {', '.join(e['phases']) or 'phase not stated'} · "
            f"record updated {e['last_update'] or 'date not stated'}"
            f" · {counts['met']} met, {counts['not_met']} not met, {counts['unknown']} unknown"
        )
        if e.get("cohort"):
            console.print(f"  cohort judged: {escape(e['cohort'])}")
        countries = sorted({s["country"] for s in e["sites"] if s.get("country")})
        region = (
            "in the patient's treatment regions"
            if e["in_treatment_region"]
            else "outside the patient's regions"
        )
        console.print(f"  sites: {escape(', '.join(countries)) or 'none listed'} ({region})")
        for c in e["criteria"]:
            if c["status"] == "met" and e["verdict"] != "eligible":
                continue
            console.print(f"  {_MARK[c['status']]} [dim]{c['kind']}[/] {escape(c['text'][:160])}")
            console.print(f"      why: {escape(c['reason'])}")
            if c.get("action"):
                console.print(f"      to settle: {escape(c['action'])}")
        hidden = counts["met"] if e["verdict"] != "eligible" else 0
        if hidden:
            console.print(f"  [dim]({hidden} criteria met; --json lists them)[/]")
