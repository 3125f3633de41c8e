"""Parts of an eligibility text written for some participants only.

A treatment group's part ("For all participants in combination therapy (CT) administration:", "For All
Participants in ASP2138 in Combination with Pembrolizumab & CAPOX:") holds criteria of the cohorts that
give that treatment: each of its items is that cohort's (copied once per cohort the heading's words
name), so a patient judged for another cohort is not held to them (ASP2138, NCT05365581: the VI, UL,
UO and UZ reviewers judged them for the combination cohorts only). A heading naming no cohort of the
study leaves its items general.

Parts written for someone other than the patient at entry: a case-control
study's controls ("Controls:" then their inclusion and exclusion criteria: people in whom the disease was
looked for and not found) and the criteria for leaving a study once in it ("Withdrawal criteria:").
Neither asks anything of a patient with the disease who is screened for the study, so their items are
met as not applying (issue 15 class 8). A heading that returns to the study's own patients ("Cases:")
ends the controls' part; the next inclusion or exclusion heading ends the withdrawal criteria.

Read from a case-control study of gastric cancer's microbiome (NCT04015466, thirteenth blind set, TP:
the reviewer judged every control criterion "does not apply", and the withdrawal criterion met for a
patient whose diagnosis the pathology report confirms)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from her2nav.trials.criteria.rule_text import Req
from her2nav.trials.criteria.tumour_cohorts import for_another_tumour

CONTROLS = "controls"
WITHDRAWAL = "withdrawal"
GROUP = "group:"  # + the treatment the heading names

_CONTROLS = re.compile(
    r"^(healthy )?(controls?|control (group|subjects|participants|cohort))\s*(\([^)]*\))?\s*:\s*\*?$|"
    r"^healthy (volunteers|subjects|participants)\s*:\s*\*?$",
    re.IGNORECASE,
)
_CASES = re.compile(r"^(cases|case (group|subjects|participants|cohort))\s*:\s*\*?$", re.IGNORECASE)
_WITHDRAWAL = re.compile(r"^(withdrawal|discontinuation) criteria\s*:$", re.IGNORECASE)
# "… not confirmed by the pathological report. Controls: *": a flattened text's heading at a line's end
_TRAILING = re.compile(r"(?<=[.;])\s+((healthy )?controls?|cases)\s*:\s*\*?\s*$", re.IGNORECASE)


def role_heading(line: str) -> str | None:
    """CONTROLS or WITHDRAWAL for a heading that opens such a part, "" for one that returns to the
    study's own patients ("Cases:"), None for any other line."""
    text = line.strip()
    if len(text) > 60 or not text.endswith((":", "*")):  # every heading ends so (a cheap test first)
        return None
    if _CONTROLS.match(text):
        return CONTROLS
    if _WITHDRAWAL.match(text):
        return WITHDRAWAL
    return "" if _CASES.match(text) else None


_FOR_ALL_IN = re.compile(
    r"^for all (participants|patients|subjects) (in|receiving|given|treated with|on)\s+(?P<target>.+?)\s*:$",
    re.IGNORECASE,
)
_NOT_A_NAME = {"administration", "arm", "arms", "cohort", "cohorts", "group", "groups", "the", "all"}


def group_role(line: str) -> str | None:
    """GROUP + the treatment a "For all participants in …:" heading names, or None (the whole study)."""
    m = _FOR_ALL_IN.match(line.strip())
    return GROUP + m["target"] if m else None


def _words(text: str) -> set[str]:
    return set(re.sub(r"\([^)]*\)|[^a-z0-9+]+", " ", text.casefold()).split()) - _NOT_A_NAME


def _cohorts_named(target: str, cohorts: list[str]) -> list[str]:
    words = _words(target)
    named = [c for c in cohorts if words and words <= _words(c)]
    for kind in ("combination", "monotherapy"):  # "combination therapy (CT)": every combination cohort
        if not named and kind in words:
            named = [c for c in cohorts if kind in _words(c)]
    # another tumour's cohort never takes the patient: its copy would only be shown as not applying
    return [c for c in named if not for_another_tumour(c)] or named


def to_named_groups(criteria: list[Any], copy: Callable[[Any, str], Any]) -> list[Any]:
    """``criteria`` with each item of a treatment group's part given to the cohorts that group names
    (``copy(criterion, cohort)`` once per cohort); items of a group naming none stay general."""
    cohorts = list(dict.fromkeys(c.cohort for c in criteria if c.cohort and c.kind == "inclusion"))
    short = _abbreviations([c.role[len(GROUP) :] for c in criteria if _in_group(c)])
    out: list[Any] = []
    for crit in criteria:
        named = _cohorts_named(_spelt_out(crit.role[len(GROUP) :], short), cohorts) if _in_group(crit) else []
        out.extend([copy(crit, cohort) for cohort in named] if named and not crit.cohort else [crit])
    return out


def _abbreviations(targets: list[str]) -> dict[str, str]:
    """Abbreviations the headings define ("combination therapy (CT)"): the words before the brackets
    whose initials spell it."""
    found: dict[str, str] = {}
    for target in targets:
        for m in re.finditer(r"((?:[A-Za-z][\w-]*\s+){1,4})\(([A-Za-z]{2,5})\)", target):
            words = m[1].split()[-len(m[2]) :]
            if len(words) == len(m[2]) and "".join(w[0] for w in words).casefold() == m[2].casefold():
                found[m[2].casefold()] = " ".join(words)
    return found


def _spelt_out(target: str, short: dict[str, str]) -> str:
    """The heading's target with the abbreviations the text defined spelt out ("CT administration")."""
    return " ".join(short.get(word.casefold(), word) for word in target.split())


def _in_group(crit: Any) -> bool:
    return bool(crit.role) and str(crit.role).startswith(GROUP)


def trailing_heading(line: str) -> list[str]:
    """The line, with a "Controls:"/"Cases:" heading glued to its end set on a line of its own."""
    if ":" not in line or (m := _TRAILING.search(line)) is None:
        return [line]
    return [line[: m.start()], m.group(1) + ":"]


def role_reading(role: str) -> list[Req] | None:
    """What an item of the controls' part or of the withdrawal criteria asks of the patient: nothing
    (matching/evaluate_scope.py); None for a treatment group's item, read as written."""
    if role == CONTROLS:
        return [{"type": "other_cohort", "cohort": "Controls", "controls": True}]
    return [{"type": "definition", "about": WITHDRAWAL}] if role == WITHDRAWAL else None


def ends_at_heading(marks: list[tuple[int, str | None]], start: int) -> None:
    """An inclusion, exclusion or cohort heading read at criterion ``start`` ends the withdrawal
    criteria and a treatment group's part (not the controls': "Controls:" has lists of both kinds)."""
    role = marks[-1][1] if marks else None
    if role and (role == WITHDRAWAL or role.startswith(GROUP)):
        marks.append((start, None))
