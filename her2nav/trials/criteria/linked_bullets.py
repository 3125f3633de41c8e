"""Bullets that belong to the bullet before them (issue 15, held-out review, classes 7 and 8).

- A note ("Note: prior immunotherapy in the (neo)adjuvant setting is allowed as long as …",
  "NB: archival samples … can be accepted") is its own criterion, never part of the requirement above
  it (splitting: eligibility.split_criteria). A note that only allows something is a permission (met,
  "does not apply: a permission clause"); a note "except participants enrolling to Part C" scopes the
  criterion above it to the other parts the study names, and asks nothing itself. Any other note is
  read like a criterion.
- A bullet that opens with "or" ("or significant overexpression of HER2 protein by proteomics"), or
  that follows a bullet ending with "or", is an alternative of the bullet before it: both are read as
  one ``any_of`` (met when either holds, not met only when both are known to fail, unknown otherwise),
  and each bullet shows the pair's status.
- The bullets after an exclusion ending "with the exception of:" that name a cancer ("Treated,
  non-melanoma skin cancers", "Treated carcinoma in situ") are its exceptions, listed at the same level
  by the registry: they let patients in and ask nothing (``permission``, about ``exception``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from her2nav.trials.criteria.cohorts import label_parts
from her2nav.trials.criteria.rule_text import Req

NOTE = re.compile(r"^\(?\s*(note|nb|n\.b\.|please note)\b\s*\d*\s*[:.\-–]\s*", re.IGNORECASE)
# "… IHC 3+. Note: …" inside one bullet: the note starts a criterion of its own.
# (?<=[.;)])\s+(?=…), spelt to open with \s (rule_text.py: faster, the same matches)
NOTE_INSIDE = re.compile(r"\s(?<=[.;)]\s)\s*(?=(?:Note|NOTE|NB|N\.B\.)\s*:\s)")
_ALLOWS = re.compile(
    r"\b(is|are|will be|may be|can be|would be) (also )?(allowed|permitted|accepted|acceptable|eligible)|"
    r"\bcan be (used|included|enrolled|submitted|counted|considered)|"
    r"\bmay (be included|be enrolled|participate|enrol|have)\b|"
    r"\bis not (required|mandatory)|\bare not (required|mandatory)|\bdo(es)? not need\b",
    re.IGNORECASE,
)
_FORBIDS = re.compile(
    r"\bnot (be )?(allowed|permitted|eligible|accepted)|\bexcluded\b|\bineligible\b|\bmust\b|\brequired\b|"
    r"\b(additional|other|further) (inclusion|exclusion|eligibility)\b",  # criteria not listed (rules.py)
    re.IGNORECASE,
)
_EXCEPT_PARTS = re.compile(
    r"^(this (criterion|requirement) )?(does not apply to|except( for)?|not (applicable|required) for|"
    r"excluding)\b(?P<who>[^.;]{0,80})",
    re.IGNORECASE,
)
# "An exception to this is metastatic NSCLC patients … who may enter … Cohort C3 …" under "Has no standard
# of care …" (LNS8801, NCT04130516; twenty-eighth session, WI): who else is let in, a permission
_AN_EXCEPTION = re.compile(
    r"^\s*an exception to (this|the above)( criterion| rule)? (is|are)\b", re.IGNORECASE
)
_OR_START = re.compile(r"^\(?\s*or\b[\s,:]*", re.IGNORECASE)
# [\s,;]or[\s:]*$ in any case, spelt to open with the o (rule_text.py): re jumps to each o
_OR_END = re.compile(r"[oO](?<=[\s,;][oO])[rR][\s:]*$")


def is_note(text: str) -> bool:
    return NOTE.match(text.strip()) is not None


def standalone_note(text: str) -> bool:
    """A note that stands apart from the criterion above it: one that only allows something, or one
    that excepts some parts. Other notes ("Note: participants with … will not be admitted") explain
    the criterion above and stay part of it."""
    if _AN_EXCEPTION.match(text):
        return True
    if not is_note(text):
        return False
    body = NOTE.sub("", text.strip(), count=1)
    if _EXCEPT_PARTS.match(body) and label_parts(body):
        return True
    return _ALLOWS.search(body) is not None and _FORBIDS.search(body) is None


def split_notes(text: str) -> list[str]:
    """A criterion with a standalone note inside it ("… IHC 3+. Note: … is allowed") as the
    criterion and the note."""
    if "N" not in text:  # every note word NOTE_INSIDE splits at opens with a capital N (a cheap test)
        return [text]
    pieces = [p.strip() for p in NOTE_INSIDE.split(text) if p.strip()]
    if len(pieces) < 2:
        return [text]
    out = [pieces[0]]
    for piece in pieces[1:]:
        if standalone_note(piece):  # the note is its first sentence; what follows is its own
            out.extend(p for p in re.split(r"(?<=\.)\s+(?=[A-Z])", piece, maxsplit=1) if p)
        else:
            out[-1] += " " + piece
    return out


def note_reading(text: str) -> list[Req]:
    """The requirements of a standalone note: it asks nothing (a permission, or the scope of the
    criterion above it, which scope_excepted_parts applies)."""
    return [{"type": "permission"}] if standalone_note(text) else []


def excepted_parts(text: str) -> tuple[str, ...]:
    """The parts a note says the criterion above does not apply to ("except participants enrolling
    to Part C" → Part C)."""
    m = _EXCEPT_PARTS.match(NOTE.sub("", text.strip(), count=1)) if is_note(text) else None
    return label_parts(m.group("who")) if m else ()


def scope_excepted_parts(criteria: list[Any], copy_for: Callable[[Any, str], Any]) -> list[Any]:
    """Each criterion followed by a note excepting some parts, copied (``copy_for``) to every other
    part the study names; left as it is when the study names no other part."""
    named = list(dict.fromkeys(p for c in criteria if c.cohort for p in label_parts(c.cohort)))
    out: list[Any] = []
    for at, crit in enumerate(criteria):
        after = criteria[at + 1] if at + 1 < len(criteria) else None
        excepted = excepted_parts(after.text) if after is not None else ()
        others = [p for p in named if p not in excepted]
        if excepted and not crit.cohort and others and not is_note(crit.text):
            out.extend(copy_for(crit, part) for part in others)
        else:
            out.append(crit)
    return out


def join_alternatives(criteria: list[Any]) -> None:
    """Read a bullet that opens with "or" (or follows one ending with "or") together with the ones
    before it, in place: each bullet of the run gets the run's ``any_of``."""
    runs: list[list[Any]] = []
    for at, crit in enumerate(criteria):
        before = criteria[at - 1] if at else None
        joined = (
            before is not None
            and before.kind == crit.kind
            and before.cohort == crit.cohort
            and (
                _OR_START.match(crit.text) is not None
                or _OR_END.search(before.text) is not None
                or (crit.kind == "inclusion" and _exclusive_lines(before.requirements, crit.requirements))
            )
        )
        if joined and runs and runs[-1][-1] is before:
            runs[-1].append(crit)
        elif joined:
            runs.append([before, crit])
    for run in runs:
        options = [option for crit in run for option in _options(crit.requirements)]
        pair: Req = {"type": "any_of", "options": options, "pair": True}
        for crit in run:
            crit.requirements = [copy.deepcopy(pair)]


def _exclusive_lines(first: list[Req], second: list[Req]) -> bool:
    """Two inclusion bullets in a row that ask only for line counts no patient has at once ("treatment
    naive patients as first-line treatment;" then "progression on first-line chemotherapy as
    second-line treatment;"): the study's populations, so alternatives."""
    ranges = []
    for reqs in (first, second):
        if len(reqs) != 1 or reqs[0].get("type") != "prior_lines":
            return False
        ranges.append((reqs[0].get("min") or 0, 99 if reqs[0].get("max") is None else reqs[0]["max"]))
    (low_a, high_a), (low_b, high_b) = ranges
    return high_a < low_b or high_b < low_a


def _options(reqs: list[Req]) -> list[list[Req]]:
    """The alternatives a bullet offers: those of its own pair or ``any_of``, else its requirements."""
    if len(reqs) == 1 and reqs[0].get("type") == "any_of":
        return [list(option) for option in reqs[0].get("options") or []]
    return [list(reqs)]


# "Active second malignancy or history of another malignancy within the last 2 years with the exception
# of:" and the cancers listed under it at the same level (UG's NCT05872295)
_EXCEPTION_LEAD = re.compile(
    r"(with the exceptions? of|except(ions?)?( for)?|other than|excluding|apart from)"
    r"( the following)?\s*:\s*$",
    re.IGNORECASE,
)
_A_CANCER = re.compile(
    r"carcinoma|cancer|tumou?r|melanoma|malignan|neoplas|\bcis\b|in situ|lymphoma|leuka?emia|sarcoma",
    re.IGNORECASE,
)
# what opens a criterion of its own rather than one more cancer of the list
_OWN_CRITERION = re.compile(
    r"^(known|active|history|patients?|participants?|subjects?|has|have|any|prior|previous|current|"
    r"uncontrolled|clinically|symptomatic|presence)\b",
    re.IGNORECASE,
)


def listed_exceptions(criteria: list[Any]) -> None:
    """Mark, in place, the cancers listed as exceptions after an exclusion that ends by announcing
    them: each asks nothing of its own."""
    for at, crit in enumerate(criteria):
        if crit.kind != "exclusion" or not _EXCEPTION_LEAD.search(crit.text):
            continue
        for item in criteria[at + 1 :]:
            text = item.text.strip()
            if item.kind != crit.kind or not _A_CANCER.search(text) or _OWN_CRITERION.match(text):
                break
            item.requirements = [{"type": "permission", "about": "exception"}]
