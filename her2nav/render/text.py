"""Text view of a review for navigators (Rich), read top to bottom: the headline, HER2, warnings, gaps
with the step that closes each, the options (blocks on narrow terminals, a table on wide ones), what was
set aside, trials, and what to do next. Everything shown says what it rests on.

Width: the console's (the terminal's, or 80 columns when output is piped: Rich's default); tests pass a
``Console(width=...)``. No column arithmetic here: Rich wraps every text by words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from her2nav.render.actions import gap_action, next_steps
from her2nav.render.headline import BLOCKING_SEVERITIES, Headline, build_headline, is_blocking
from her2nav.render.options import options_view
from her2nav.render.trials import criteria_view, trials_view

if TYPE_CHECKING:
    from her2nav.case.models import Patient
    from her2nav.review import ReviewResult

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "grey50"}
HER2_STYLE = {
    "positive": "bold magenta",
    "negative": "bold blue",
    "equivocal": "bold yellow",
    "unknown": "bold red",
}
LEGEND = (
    "Decision support for qualified people, not a verdict. * = rests on unverified knowledge. "
    "Access: ✔ approved (GB: licensed and funded) · ◐ licensed with a condition not met or not shown · "
    "£ licensed, not routinely funded · ✖ not approved · ? unknown."
)


def _marker(value: object) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _labelled(rows: Sequence[tuple[str | Text, str | Text]]) -> Table:
    """Label on the left, text wrapping by words on the right (a hanging indent)."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="grey62")
    grid.add_column(ratio=1)
    for label, value in rows:
        grid.add_row(label, value)
    return grid


def headline_view(headline: Headline, review: Mapping[str, Any], treatment: Sequence[str]) -> Group:
    text = Text(headline.text, style="bold")
    where = f"home region {headline.home_region or 'not recorded'}"
    others = [r for r in treatment if r != headline.home_region]
    if others:
        where += f", can also be treated in {', '.join(others)}"
    about = f"Case {review['case_id']} · as of {review['as_of']} · knowledge {review['knowledge_version']}"
    context = Text(f"{about} · {where}", style="grey62")
    return Group(text, context)


def her2_panel(review: Mapping[str, Any]) -> Panel:
    her2 = review["her2"]
    line = review["current_line"]
    title = Text.assemble(("HER2 ", "bold"), (her2["status"], HER2_STYLE.get(her2["status"], "bold")))
    if her2["category"] != her2["status"]:
        title.append(f" ({her2['category']})", style="bold")
    line_text = str(line) if line is not None else "none (not an advanced setting)"
    if review.get("line_basis"):
        line_text += f" — {review['line_basis']}"
    markers = review.get("markers") or {}
    rows: list[tuple[str | Text, str | Text]] = [
        ("Basis", her2["basis"]),
        ("Determined", her2["determined_on"] or "unknown"),
        ("Line", line_text),
        ("PD-L1 CPS", _marker(markers.get("pdl1_cps"))),
        ("CLDN18.2 %", _marker(markers.get("cldn18_2_percent"))),
        ("MSI-high", _marker(markers.get("msi_high"))),
    ]
    rows += [("Note", note) for note in her2.get("notes") or []]
    return Panel(_labelled(rows), title=title, title_align="left", border_style="magenta")


def warnings_panel(review: Mapping[str, Any]) -> Panel | None:
    if not review["warnings"]:
        return None
    rows = [(Text(w["code"], style="bold red"), w["message"]) for w in review["warnings"]]
    return Panel(_labelled_stacked(rows), title="Warnings", title_align="left", border_style="red")


def _labelled_stacked(rows: Sequence[tuple[Text, str]]) -> Group:
    """A code on its own line, its text indented below (codes are too long to sit beside text at 60)."""
    return Group(*(Group(label, Padding(Text(value), (0, 0, 0, 2))) for label, value in rows))


def gaps_panel(review: Mapping[str, Any]) -> Panel | None:
    gaps = review["gaps"]
    if not gaps:
        return None
    parts: list[RenderableType] = []
    for gap in gaps:
        heading = Text(gap["code"], style=SEVERITY_STYLE.get(gap["severity"], "bold"))
        heading.append(f"  {gap['severity']}" + (", blocks the decision" if is_blocking(gap) else ""))
        body = _labelled([("Why", gap["message"]), (Text("Do", style="bold"), gap_action(gap))])
        parts.append(Group(heading, Padding(body, (0, 0, 0, 2))))
    blocking = " or ".join(sorted(BLOCKING_SEVERITIES))
    return Panel(
        Group(*parts),
        title="Gaps: missing information",
        subtitle=f"{blocking} severity blocks the decision",
        title_align="left",
        subtitle_align="left",
        border_style="yellow",
    )


def excluded_panel(review: Mapping[str, Any]) -> Panel | None:
    if not review["excluded"]:
        return None
    rows = [(Text(f"✖ {e.get('name', e['id'])}", style="bold"), e["reason"]) for e in review["excluded"]]
    return Panel(
        _labelled_stacked(rows), title="Not offered, and why", title_align="left", border_style="grey50"
    )


def next_steps_panel(review: Mapping[str, Any], headline: Headline) -> Panel:
    rows = [(f"{i}.", step) for i, step in enumerate(next_steps(review, headline), start=1)]
    return Panel(_labelled(rows), title="What to do next", title_align="left", border_style="green")


def render_review(
    review: Mapping[str, Any],
    console: Console,
    home_region: str | None,
    treatment_regions: Sequence[str] = (),
    trial_entries: Sequence[Mapping[str, Any]] | None = None,
) -> list[RenderableType]:
    """The text view as Rich renderables, top to bottom, laid out for the console's width. With
    ``trial_entries`` (the full match entries of the review's trials) every criterion of each trial
    follows the trials table."""
    treatment = list(treatment_regions) or ([home_region] if home_region else [])
    headline = build_headline(review, home_region)
    parts: list[RenderableType] = [headline_view(headline, review, treatment), her2_panel(review)]
    parts += [p for p in (warnings_panel(review), gaps_panel(review)) if p is not None]
    parts.append(Rule("Options, best first", align="left"))
    if review["options"]:
        parts.append(options_view(review, console, home_region, treatment))
    else:
        parts.append(Text("No treatment options listed for this situation (see warnings).", style="bold"))
    every = trial_entries is not None
    parts += [
        p for p in (excluded_panel(review), trials_view(review, every_criterion=every)) if p is not None
    ]
    if review.get("trials") and trial_entries:
        listed = {t["nct_id"] for t in review["trials"]}
        every_criterion = criteria_view([e for e in trial_entries if e["nct_id"] in listed])
        if every_criterion is not None:
            parts.append(every_criterion)
    parts.append(next_steps_panel(review, headline))
    parts.append(Text(LEGEND, style="grey50"))
    return parts


def print_review(
    result: ReviewResult,
    console: Console | None = None,
    *,
    patient: Patient | None = None,
    trial_entries: Sequence[Mapping[str, Any]] | None = None,
) -> None:
    """Print the review; ``patient`` gives the home region and where they can be treated (the review
    itself does not carry them); ``trial_entries`` adds every criterion of each trial."""
    out = console or Console()
    home = patient.region if patient is not None else None
    treatment = patient.regions_for_treatment if patient is not None else []
    for part in render_review(result.data, out, home, treatment, trial_entries):
        out.print(part)
