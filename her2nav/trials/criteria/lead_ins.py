"""Lead-ins whose deeper-indented items are criteria of their own, or alternatives (eligibility.py)."""

from __future__ import annotations

import re
from typing import Any

from her2nav.trials.criteria.cohort_labels import inline_cohort
from her2nav.trials.criteria.run_on_lines import OPTIONS

# A lead-in whose items apply only to some patients ("… with treated CNS metastases are eligible,
# provided the following criteria are met:"): its items stay with it.
_CONDITIONAL = re.compile(
    r"\b(provided|if|unless|as long as|in case)\b|(participants?|patients?|subjects?) with\b", re.I
)


# A lead-in whose items must all hold ("… adenocarcinoma of the esophagus meeting the following
# criteria:" over bullets, as NCI's trial pages list them: issue 15, ninth blind set).
# A lead-in ending in a relative clause is one too ("… gastro-oesophageal cancer which:" over "has arisen in
# …; and", "is of adenocarcinoma … histology; and": NCT02773524, the VT reviewer).
_ALL_OF = re.compile(
    r"\b(meet(ing|s)?|fulfil\w*|satisfy\w*) (all )?(of )?the following( criteria)?:$|"
    r"\b(which|that|whose)\s*:$",
    re.I,
)


# A lead-in over the section's whole list, its items criteria each ("Participants must be ≥ 18 years old
# and must fulfil all the following inclusion criteria …" over "1. Dose escalation cohort: …", "11. ECOG
# performance status in 0 or 1"; "Participants presenting with any of the following will not be included
# in the study:" over every exclusion: NCT06130254; twenty-ninth session, WN)
_WHOLE_LIST = re.compile(
    r"\b(all|each of|every one of) the following (inclusion |exclusion |eligibility )?criteria\b|"
    r"\bany of the following\b[^.;:]{0,40}\b(will|shall) not be (included|enrolled|eligible)\b",
    re.I,
)


def own_criterion(parent: str, body: str, numbered: bool) -> bool:
    """Whether a deeper-indented item under ``parent`` is a criterion of its own: any item under a lead-in
    over the whole list; a numbered or lettered item (or any item under a lead-in whose items must all
    hold) under a lead-in that ends with ':' and offers no alternatives."""
    if _WHOLE_LIST.search(parent):
        return True
    return (
        (numbered or _ALL_OF.search(parent) is not None)
        and parent.endswith(":")
        and not OPTIONS.search(parent)
        and not _CONDITIONAL.search(parent)
        and not OPTIONS.search(body)
    )


def offers_options(text: str) -> bool:
    return (
        text.endswith(":") and re.search(r"\b(one|either|any) of the following\b[^.;]*:$", text) is not None
    )


_RELATIVE = re.compile(r"\b(which|that|whose)\s*:$", re.I)


def continues(parent: str) -> str:
    """``parent`` when its items end its sentence ("… gastro-oesophageal cancer which:" / "is of
    adenocarcinoma … histology"): an item that reads as nothing alone is read after it; else ""."""
    return parent if _RELATIVE.search(parent) else ""


def cohort_of(parent: Any, above: Any, body: str) -> str | None:
    """The cohort of an item ``body`` under the lead-in ``parent`` (eligibility.Criterion): the
    lead-in's; or, under an inclusion item ``above`` it that names its cohort and ends with ':' ("Phase
    1B combination expansion cohort: … Disease progression on an anti-PD-1/L1 therapy is defined as
    both:" over "1. Having received anti-PD-1/L1 therapy at least twice …": LNS8801, NCT04130516;
    twenty-eighth session, WI), that cohort's, as for the items after it that such an item began ("2.
    Having documented … progression …"). An item naming its own cohort keeps it (parse_criteria)."""
    the_lead_ins: str | None = parent.cohort
    if above is parent or above.kind != "inclusion" or inline_cohort(body):
        return the_lead_ins
    named: str | None = above.cohort
    if above.text.endswith(":"):
        named = named or inline_cohort(above.text)
    return named or the_lead_ins
