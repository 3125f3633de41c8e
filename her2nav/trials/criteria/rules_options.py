"""Treatment-history option lists (inclusion): a lead-in such as "the prior treatment must meet one of
the following" with options that each describe a course of earlier treatment ("first treatment for
metastatic disease without prior (neo)adjuvant treatment, progressed within 4 months"; "(neo)adjuvant
treatment that progressed within 6 months"; "(neo)adjuvant treatment, then a first treatment for
metastatic disease …"). The options are alternatives: one ``any_of`` whose options each hold one
``history_option`` requirement:

- ``palliative``: [min, max] palliative lines the option describes (a "first treatment for metastatic
  disease" is exactly one; a (neo)adjuvant course alone is none), absent when it says nothing;
- ``perioperative``: whether the option has a (neo)adjuvant course (true), excludes one ("without
  prior (neo)adjuvant", false), or does not say (absent);
- ``timed``: the option also times the progression ("within 4 months"), which no case field settles.

A case that fits no option's counts fails the lead-in (ESMO gastric cancer guideline 2022: the line of
therapy follows from the (neo)adjuvant course and the palliative lines given).
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import Req, _has, _search

_LEAD_IN = (
    r"\b(meets?|fulfill?s?|satisf(y|ies)|match(es)?)\s+(at least\s+)?(one|either|any)\s+of the following\b"
)
_PERIOPERATIVE = r"\(neo\)\s?-?adjuvant|neo-?adjuvant|\badjuvant|peri-?operative"
_WITHOUT = r"\b(without|no|not received|never received)\b[^;,]{0,25}$"
_FIRST_METASTATIC = (
    r"\bfirst[- ](line\b|(treatment|therapy|regimen)s?\s+(for|in)\s+(the\s+)?(metastatic|advanced|"
    r"unresectable|recurrent|palliative))"
)
_SECOND_METASTATIC = (
    r"\bsecond[- ](line\b|(treatment|therapy|regimen)s?\s+(for|in)\s+(the\s+)?(metastatic|advanced))"
)
_TIMED = (
    r"within\s+\d+\s*(days?|weeks?|months?)|more than\s+\d+\s*(weeks?|months?)|>\s*\d+\s*(weeks?|months?)"
)


def _option(text: str) -> Req | None:
    """What one option says of the case's history, or None when it says nothing the case records."""
    req: Req = {"type": "history_option"}
    if m := _search(_PERIOPERATIVE, text):
        req["perioperative"] = not _has(_WITHOUT, text[: m.start()])
    if _has(_SECOND_METASTATIC, text):
        req["palliative"] = [2, 2]
    elif _has(_FIRST_METASTATIC, text):
        req["palliative"] = [1, 1]
    elif req.get("perioperative"):
        req["palliative"] = [0, 0]
    if _has(_TIMED, text):
        req["timed"] = True
    return req if len(req) > 1 else None


def history_options(text: str, kind: str) -> list[Req] | None:
    """The option list of a lead-in "must meet one of the following", when every option is read; None
    when the text is not one (the other rules read it)."""
    if kind != "inclusion" or (m := _search(_LEAD_IN, text)) is None:
        return None
    rest = text[m.end() :]
    rest = rest[rest.index(":") + 1 :] if ":" in rest[:80] else rest  # "… criteria with this history:"
    parts = [p.strip() for p in re.split(r";\s*|\s(?=\(?(?:\d|[ivx]+|[a-e])[.)]\s)", rest)]
    options = [_option(p) for p in parts if p.strip(" :.")]
    if len(options) < 2 or any(o is None for o in options):
        return None
    return [{"type": "any_of", "options": [[o] for o in options if o is not None]}]
