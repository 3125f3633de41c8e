"""Trial match entries as text for people (Rich).

By default each trial shows its summary: verdict, recruitment, where the patient can take part (the
nearest site taking patients per treatment region), the criteria counts, every criterion not met and
what would settle the unknown ones. ``show_criteria`` lists every criterion with its reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.markup import escape

# What a verdict says to people: ``eligible`` rests on the registry text and the case record only.
VERDICT_LABELS = {
    "eligible": "likely eligible — confirm at screening",
    "possibly_eligible": "possibly eligible",
    "ineligible": "ineligible",
}
_MARK = {"met": "[green]✓ met[/]", "not_met": "[red]✗ not met[/]", "unknown": "[yellow]? unknown[/]"}
_VERDICT_STYLE = {"eligible": "green", "possibly_eligible": "yellow", "ineligible": "red"}


def recruitment_label(entry: Mapping[str, Any]) -> str:
    status = entry.get("overall_status")
    if status is None:
        return "recruitment status unknown"
    return str(status).replace("_", " ").lower()


def site_line(site: Mapping[str, Any]) -> str:
    """'Leeds, United Kingdom · St James's · recruiting · 58 km · contact: …' (what is known)."""
    place = ", ".join(str(site[k]) for k in ("city", "country") if site.get(k))
    parts = [place or "place not stated"]
    if site.get("facility"):
        parts.append(str(site["facility"]))
    parts.append(str(site.get("status") or "site status not stated").replace("_", " ").lower())
    if site.get("distance_km") is not None:
        parts.append(f"{site['distance_km']} km")
    if site.get("contact"):
        parts.append(f"contact: {site['contact']}")
    return " · ".join(parts)


def reach_lines(entry: Mapping[str, Any]) -> list[str]:
    """The nearest site taking patients per treatment region, or why there is none."""
    nearest = entry.get("nearest_sites")
    if nearest is None:  # a review summary: its sites are the nearest, each naming its region
        nearest = [s for s in entry.get("sites") or [] if s.get("region")]
    if nearest:
        return [f"nearest site taking patients in {s['region']}: {site_line(s)}" for s in nearest]
    countries = sorted({s["country"] for s in entry.get("sites") or [] if s.get("country")})
    where = ", ".join(countries) or "none listed"
    return [f"no site taking patients where the patient can be treated (sites: {where})"]


def _counts(entry: Mapping[str, Any]) -> Mapping[str, int]:
    return entry.get("criteria_counts") or entry.get("counts") or {}


def print_entries(
    entries: list[dict[str, Any]], console: Console | None = None, *, show_criteria: bool = False
) -> None:
    console = console or Console()
    if not entries:
        console.print("No open trial in the registry is relevant to this case.")
        return
    console.print(
        f"{len(entries)} trial(s), those the patient can reach first. Decision support only: confirm with "
        "the study team."
    )
    for e in entries:
        counts = _counts(e)
        verdict = f"[{_VERDICT_STYLE[e['verdict']]}]{VERDICT_LABELS[e['verdict']]}[/]"
        console.print(
            f"\n[bold]{e['nct_id']}[/] {escape(e['title'])}\n  {verdict} · {recruitment_label(e)} · "
            f"{', '.join(e['phases']) or 'phase not stated'} · score {e['score']} · "
            f"record updated {e['last_update'] or 'date not stated'}"
            f"\n  criteria: {counts.get('met', 0)} met, {counts.get('not_met', 0)} not met, "
            f"{counts.get('unknown', 0)} unknown"
        )
        if e.get("cohort"):
            console.print(f"  cohort judged: {escape(e['cohort'])}")
        for line in reach_lines(e):
            console.print(f"  {escape(line)}")
        _print_criteria(e, console, show_criteria)


def _print_criteria(e: Mapping[str, Any], console: Console, show_all: bool) -> None:
    criteria = e["criteria"]
    if show_all:
        for c in criteria:
            console.print(f"  {_MARK[c['status']]} [dim]{c['kind']}[/] {escape(c['text'])}")
            console.print(f"      why: {escape(c['reason'])}")
            if c.get("action"):
                console.print(f"      to settle: {escape(c['action'])}")
        return
    for c in criteria:
        if c["status"] == "not_met":
            console.print(f"  {_MARK['not_met']} [dim]{c['kind']}[/] {escape(c['text'][:160])}")
            console.print(f"      why: {escape(c['reason'])}")
    actions: dict[str, int] = {}  # each way to settle unknowns, with how many criteria it settles
    for c in criteria:
        if c["status"] == "unknown":
            action = c["action"] or "ask the study team"
            actions[action] = actions.get(action, 0) + 1
    for action, n in sorted(actions.items(), key=lambda item: -item[1]):
        what = "criterion" if n == 1 else "criteria"
        console.print(f"  {_MARK['unknown']} {n} {what}; to settle: {escape(action)}")
    if criteria:
        console.print("  [dim](--criteria lists every criterion with its reason)[/]")
