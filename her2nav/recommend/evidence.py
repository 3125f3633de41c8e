"""Evidence entries ``{trial, summary, source}`` for options, and citations of the trials an exclusion rests
on, from the trial records."""

from __future__ import annotations

from typing import Any

from her2nav.knowledge.models import Option, Trial
from her2nav.recommend.context import PatientContext


def _line_words(trial: Trial) -> str:
    low, high = trial.line.min, trial.line.max
    if high is None:
        return f"line {low} or later"
    return f"line {low}" if low == high else f"lines {low}-{high}"


def trial_entry(trial: Trial, ctx: PatientContext) -> dict[str, Any]:
    """The evidence entry for one trial (a fresh dict; the text is built once per trial)."""
    cached = _ENTRIES.get(trial.id)
    if cached is None or cached[0] is not trial:
        cached = _ENTRIES[trial.id] = (trial, _build_entry(trial))
    return dict(cached[1])


_ENTRIES: dict[str, tuple[Trial, dict[str, Any]]] = {}


def _build_entry(trial: Trial) -> dict[str, Any]:
    size = f", n={trial.n}" if trial.n else ""
    summary = f"Phase {trial.phase}, {_line_words(trial)}{size}. {trial.population} {trial.result}"
    if not trial.verified:
        summary += " [unverified: some figures rest on general knowledge]"
    keys = ", ".join(trial.sources)
    source = f"{keys}; {trial.citation}" if trial.citation else keys
    return {
        "trial": trial.id,
        "summary": " ".join(summary.split()),
        "source": source,
        "line": _line_words(trial),
        "verified": trial.verified,
    }


def evidence_for(option: Option, ctx: PatientContext) -> list[dict[str, Any]]:
    """The option's trials, those that tested the current line first."""
    trials = [ctx.kb.trials[t] for t in option.evidence]
    line = ctx.line or 0
    trials.sort(key=lambda t: 0 if t.line.contains(line) else 1)
    return [trial_entry(t, ctx) for t in trials]


def set_aside_evidence(trial_ids: tuple[str, ...], ctx: PatientContext) -> list[dict[str, Any]]:
    """The trials an exclusion's reason rests on, as citations ``{trial, source, line, verified}``: the
    reason already gives the result that matters, so the trial summaries are not repeated (an option's
    evidence carries them, and the knowledge base keeps them)."""
    return [
        {k: v for k, v in trial_entry(ctx.kb.trials[t], ctx).items() if k != "summary"}
        for t in trial_ids
        if t in ctx.kb.trials
    ]
