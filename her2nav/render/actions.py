"""What a navigator does next: the step that closes each gap, and a short ordered to-do list.

The gap's own message (from the engine and the knowledge base) says why it matters and carries every
cut-off and source; the steps here only name the task (test, measure, record), so they hold no clinical
figures. A gap that carries its own ``action`` (an extra field the engine may add) wins over this table.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from her2nav.render.headline import Headline, at_home_phrase, is_blocking

GAP_ACTIONS = {
    "HER2_UNTESTED": "Request HER2 testing (IHC, with ISH when IHC is 2+) on the tumour sample.",
    "HER2_ISH_REQUIRED": "Ask the pathology lab for the HER2 ISH result (reflex or repeat ISH).",
    "HER2_RETEST_RECOMMENDED": "Discuss a re-biopsy to retest HER2 before the next HER2-directed line.",
    "HER2_RESCORE_GASTRIC_CRITERIA": "Ask the lab to re-score HER2 with the gastric criteria.",
    "PDL1_CPS_UNKNOWN": "Request PD-L1 testing with a combined positive score (CPS).",
    "CLDN18_UNKNOWN": "Request CLDN18.2 immunohistochemistry.",
    "MMR_UNKNOWN": "Request MMR immunohistochemistry or MSI testing.",
    "LVEF_UNKNOWN": "Arrange an echocardiogram or MUGA scan to measure LVEF.",
    "ECOG_UNKNOWN": "Record the ECOG performance status.",
    "TREATMENT_SETTING_UNKNOWN": "Record the line or setting of each prior treatment.",
}


def gap_action(gap: Mapping[str, Any]) -> str:
    """The step that closes this gap; unknown codes fall back to the gap's message."""
    own = gap.get("action")
    if isinstance(own, str) and own:
        return own
    return GAP_ACTIONS.get(gap["code"], "Resolve: see the message above.")


def first_option_at_home(review: Mapping[str, Any], region: str | None) -> Mapping[str, Any] | None:
    """The best-ranked option the patient can have in their home region without a condition."""
    if region is None:
        return None
    options: list[Mapping[str, Any]] = review.get("options") or []
    for option in options:
        if option["access"].get(region, {}).get("status") == "approved":
            return option
    return None


def next_steps(review: Mapping[str, Any], headline: Headline) -> list[str]:
    """The to-do list, most urgent first: close blocking gaps, then check access to the best option,
    weigh its cautions, then close the other gaps and look at trials."""
    gaps = review.get("gaps") or []
    steps = [f"{gap_action(g)} ({g['code']}: blocks the decision)" for g in gaps if is_blocking(g)]
    options = review.get("options") or []
    if not options:
        steps.append("Read the warnings: no palliative option is listed for this situation.")
        return steps
    best = options[0]
    if headline.home_region is not None and headline.home_access != "approved":
        if headline.home_access in (None, "unknown"):
            step = (
                f"Access to {best['name']} at home ({headline.home_region}) is not known: check it locally."
            )
        else:
            where = at_home_phrase(headline.home_access, headline.home_region)
            step = f"{best['name']} is {where}: read its access note."
        alternative = first_option_at_home(review, headline.home_region)
        if alternative is not None and alternative is not best:
            step += (
                f" The best option available at home is rank {alternative['rank']}, {alternative['name']}."
            )
        steps.append(step)
    for caution in best.get("cautions") or []:
        steps.append(f"Weigh the caution on {best['name']} ({caution['code']}) with the treating team.")
    steps += [f"{gap_action(g)} ({g['code']}: refines the choice)" for g in gaps if not is_blocking(g)]
    if review.get("trials"):
        steps.append("Go through the trial matches: `her2nav trials match CASE` explains every criterion.")
    steps.append(
        "Take the review to the treating oncologist or tumour board; it supports, not replaces, them."
    )
    return steps
