"""Criterion rules for what followed a treatment: therapy given after a course containing a named
agent or class, and how the most recent line ended (see rules.py for the requirement types)."""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import Req, _has
from her2nav.trials.criteria.rules_history import _therapy_groups

# "No anticancer therapy after trastuzumab", "has not received any treatment since the last dose of
# pembrolizumab": therapy given after a course containing a named agent or class.
_AFTER_THERAPY = re.compile(
    r"(anti-?cancer|systemic|other|further|subsequent|additional|any)\s+(therap(y|ies)|treatments?|regimens?)"
    r"\s+(after|following|since)\s+(?P<what>[^.;]{0,80})"
)


def therapy_after(text: str, kind: str) -> list[Req]:
    if not (m := _AFTER_THERAPY.search(text)):
        return []
    what = m.group("what")
    if _has(
        r"^(the )?(first|initial|start|randomi|enrol|registration|screening|consent|surgery|resection|"
        r"diagnosis|study)",
        what,
    ):
        return []  # a point in time, not a treatment
    groups = _therapy_groups(what)
    if len(groups) != 1:
        return []
    req: Req = {"type": "therapy_after", "group": groups[0]}
    if _has(r"\b(no|not|never|without)\b", text[: m.start()]):
        req["negated"] = True  # "has not received any treatment since …"
    return [req]


# "Progression after the last systemic therapy, or intolerance of it": how the most recent line ended.
_AFTER_LAST_LINE = re.compile(
    r"progress\w*( of (the )?disease| disease)? (on|after|following|during) (or after )?"
    r"(the |their |his or her |her |his )?(last|most recent|latest|immediately preceding) (prior )?"
    r"(line of )?(systemic |anti-?\s?cancer |anti-?\s?tumou?r )?(therapy|treatment|regimen|line)"
)


def progressed_on_last(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not _AFTER_LAST_LINE.search(text):
        return []
    req: Req = {"type": "progressed_on_last"}
    if _has(r"intoleran|not tolerat|unable to tolerate", text):
        req["or_intolerant"] = True
    return [req]
