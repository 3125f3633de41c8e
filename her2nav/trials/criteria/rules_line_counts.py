"""Criterion rule for the count of prior palliative lines (requirement ``prior_lines``), including
first-line "previously untreated" wording, a (neo)adjuvant course the study counts as a line, and the
lines a maintenance study's first line leaves; prior therapy by agent or class is rules_history.py's."""

from __future__ import annotations

import copy
import re

from her2nav.knowledge.agents import vocabulary
from her2nav.trials.criteria.agent_names import inn_like_names
from her2nav.trials.criteria.rule_text import _N, Req, _has, _num, _search, _sub, settings_named
from her2nav.trials.criteria.rules_history import CHEMOTHERAPY_BUT_CURATIVE, CURATIVE_ALLOWANCE
from her2nav.trials.criteria.rules_lines import (
    DAYS_PER,
    UNTREATED,
    forbidden_perioperative,
    line_bounds,
    with_perioperative_rule,
)
from her2nav.trials.criteria.therapy_groups import therapy_groups as _therapy_groups

# Prior palliative therapy named in an exclusion ("has received prior systemic therapy for metastatic
# disease"): a prior-lines minimum of 1 that excludes. Only generic therapy words may stand between
# "prior" and the setting: "prior anti-PD-1 therapy for metastatic disease" or "prior treatment with
# T-DXd in the metastatic setting" exclude one kind of therapy, not every pretreated patient.
_TREATED_FOR_ADVANCED = (
    r"(previously|previous|prior|already|received|had|have|has)\s(received |treated |had )?"
    r"(prior |previous |any )?"
    r"(systemic |anti-?cancer |cytotoxic(-containing)? |palliative )*"
    r"(chemotherapy|therapy|therapies|treatments?|systemic)\b"
    r"[^.;]{0,30}\b(for|in the|in) (the )?(locally advanced|advanced|metastatic|unresectable|recurrent)"
)
_NOT_A_LINE_COUNT = r"radio|radiat|within \d+\s*(days?|weeks?)|\bsince\b"
_ONE_KIND_OF_THERAPY = r"inhibitor|targeted|directed|antibod|(treatment|therapy) with|with any"  # near it


# "Have received chemotherapy before; patients that received neoadjuvant or adjuvant chemotherapy are
# eligible provided …": any chemotherapy before, the perioperative exception read with it.
_CHEMO_BEFORE = r"^(have|has|had) (received|been given) (any )?(systemic )?chemotherapy (before|previously)\b"


def _treated_for_advanced(text: str) -> bool:
    if text.startswith("ha") and _has(_CHEMO_BEFORE, text):
        return True
    m = _search(_TREATED_FOR_ADVANCED, text)
    if m is None or _has(_NOT_A_LINE_COUNT, text):
        return False
    return not _has(_ONE_KIND_OF_THERAPY, text[m.start() : m.end() + 40])


# Exceptions that leave "no prior therapy for advanced disease" meaning 0 prior palliative lines: a
# perioperative course (history.count_lines counts it as a line only after a relapse within 6 months)
# and a single dose, cycle or course given before enrolment. Judged per clause (between . and ;).
_COMPATIBLE_EXCEPTION = (
    r"neo-?\s?adjuvant|adjuvant|peri-?\s?operative|curative|(1|one) (treatment )?(dose|cycle|course)"
)
_DURATION = re.compile(r"(\d+)\s*(months?|weeks?|days?)")
SIX_MONTHS_DAYS = 183  # history.EARLY_RELAPSE_DAYS: the window in which a perioperative course counts


def _window_longer_than_six_months(text: str) -> bool:
    """A perioperative exception whose time window is longer than the six months line counting uses
    (a relapse 8 months after adjuvant therapy counts as no prior line here, yet the study would
    exclude it): the maximum of 0 lines would not be faithful."""
    if not _has(r"adjuvant|peri-?\s?operative|curative", text):
        return False
    return any(
        int(n) * DAYS_PER[unit.rstrip("s")] > SIX_MONTHS_DAYS + 1 for n, unit in _DURATION.findall(text)
    )


def _untreated_reading_holds(text: str) -> bool:
    """Whether "no prior therapy" wording can be read as 0 prior palliative lines: no exception other
    than a perioperative course or a single dose, no "since" (therapy since a given event), and no
    perioperative window longer than six months."""
    # ("more than 6 months since end of the treatment": an allowance's window, not therapy since an event)
    if _has(r"\bsince\b", _sub(r"\d+\s*(months?|weeks?|days?) since\b", " ", text)) or (
        _window_longer_than_six_months(text)
    ):
        return False
    # "Treatment naive or have received prior standard therapy appropriate for tumor type and stage"
    # (RMC-6236, NCT05379985; twenty-eighth session, WI): untreated or treated, no bound on lines
    if _has(_OR_TREATED, text):
        return False
    return all(
        _has(_COMPATIBLE_EXCEPTION, clause)
        for clause in re.split(r"[.;]\s", text)
        if _has(r"\b(except|other than|unless)\b", clause)
    )


_OR_TREATED = (
    r"(na[iï]ve|untreated),? or (have |has |had )?(received|had|been treated with) (prior|previous)\b"
)
_IN_THE_ADVANCED_SETTING = r"(in|for) (the )?(locally advanced|advanced|metastatic|unresectable|recurrent)"
# "(previously|prior|already) treated …" spelt out: every alternative opens with a letter (rule_text.py)
_TREATED_IN_SETTING = (
    rf"previously treated {_IN_THE_ADVANCED_SETTING}|prior treated {_IN_THE_ADVANCED_SETTING}|"
    rf"already treated {_IN_THE_ADVANCED_SETTING}|"
    r"progress\w* (on|after|following) (at least one |one |a )?(prior )?(systemic |palliative )?"
    r"(therapy|treatment|regimen|line)s? (for|in) (the )?(locally advanced|advanced|metastatic|unresectable)"
)
_AT_LEAST = r"(at least|≥|>=|minimum of)"
_AT_MOST = r"(maximum( of)?|no more than|not more than|up to|≤|<=|at most)"
_MORE_THAN_LINES = rf"(more than|greater than|>)\s*{_N}\s*(prior |previous )?(lines?|regimens?)"


# "progression after 1-2 lines of conventional chemotherapy", "failed one or two prior regimens": the
# count of lines as a range (thirteenth blind set, NCT06759233)
_LINE_RANGE = (
    rf"(after|following|failed|failure of|received|progress\w* (on|after))\s+{_N}\s*(-|–|to|or)\s*{_N}\s+"
    r"(prior |previous )?(lines?|regimens?)\b"
)


_ALLOWANCE_NAMES_AGENTS = r"\bexcept\b|\bonly\b|one kind|single[- ]agent|monotherapy"
_AGENTS_OF_THE_COURSE: Req = {
    "type": "applies_if",
    "when": {"type": "prior_therapy", "group": "chemotherapy", "settings": settings_named("perioperative")},
    "then": [
        {"type": "open_parts", "parts": ["the agents of the (neo)adjuvant course, which the study names"]}
    ],
}
# "Received 2 or more regimens for palliative chemotherapy" (an exclusion of a maintenance study,
# NCT03889626; twenty-first blind set, TX): that many prior lines exclude
_OR_MORE_LINES = (
    rf"{_N}\s*or more\s*(prior |previous )?(palliative |systemic |chemotherapy )?(lines?|regimens?)"
)
_ONE_KIND_COUNTED = r"in any setting|-based|with an? |alkylating|containing|of (\w+ )?(inhibitor|antibod)"


def prior_lines(text: str, kind: str) -> list[Req]:
    if kind != "inclusion":
        if (m := _search(_MORE_THAN_LINES, text)) and not _has(_ONE_KIND_COUNTED, text):
            return [{"type": "prior_lines", "min": _num(m.group(2)) + 1}]
        if "or more" in text and (m := _search(_OR_MORE_LINES, text)) and not _has(_ONE_KIND_COUNTED, text):
            return [{"type": "prior_lines", "min": _num(m.group(1))}]
        if _has(CHEMOTHERAPY_BUT_CURATIVE, text) and (allowance := _search(CURATIVE_ALLOWANCE, text)):
            rule = with_perioperative_rule({"type": "prior_lines", "min": 1}, text)
            if not _has(_ALLOWANCE_NAMES_AGENTS, allowance.group(0)):
                return [rule]
            return [rule, copy.deepcopy(_AGENTS_OF_THE_COURSE)]
        if _treated_for_advanced(text) and _untreated_reading_holds(text):
            rule = with_perioperative_rule({"type": "prior_lines", "min": 1}, text)
            return [rule, *forbidden_perioperative(text, kind)]
        return []
    lines = (
        r"(prior |previous )?(cytotoxic |standard |palliative )?"
        r"(lines?|regimens?|systemic|treatments?|therap|chemo)"
    )
    low: int | None = None
    high: int | None = None
    # "no less than two lines of systematic treatment" (a Chinese study, NCT03957564; TZ)
    if m := _search(
        rf"(at least|≥|>=|minimum of|no less than|not less than|no fewer than)\s*{_N}\s*{lines}", text
    ):
        low = _num(m.group(2))
    elif "or more" in text and (m := _search(rf"{_N}\s*or more\s*{lines}", text)):
        low = _num(m.group(1))
    elif m := _search(rf"(after|following|received)\s*>\s*{_N}\s*{lines}", text):
        low = _num(m.group(2)) + 1  # "progressed after >1 systemic therapy"
    elif m := _search(rf"{_AT_LEAST}\s*{_N}\s*,?\s*(but|and)\s*{_AT_MOST}\s*{_N}\s*{lines}", text):
        low = _num(m.group(2))  # one noun for both bounds: "at least 1, but no more than 3 regimens"
    elif m := _search(rf"b(?<=\bb)etween\s*{_N}\s*and\s*{_N}\s*{lines}", text):
        low = _num(m.group(1))  # "between 1 and 3 prior lines" (the upper bound is read below)
    elif m := _search(_LINE_RANGE, text):
        low = _num(m.group(3))  # "progression after 1-2 lines of conventional chemotherapy"
    elif m := _search(rf"^(have |has )?failed (for |in )?{_N}\s*(prior |previous )?lines\b", text):
        low = _num(m.group(3))  # "Have failed for 2 lines of chemotherapy" (NCT00970138, TH)
    if m := _search(rf"{_AT_MOST}\s*{_N}\s*{lines}", text):
        high = _num(m.group(3))
    elif m := _search(rf"b(?<=\bb)etween\s*{_N}\s*and\s*{_N}\s*{lines}", text):
        high = _num(m.group(2))
    elif m := _search(_LINE_RANGE, text):
        high = _num(m.group(5))
    if _has(UNTREATED, text) and _untreated_reading_holds(text):
        high = 0
    if low is None and (
        _has(
            r"progress\w*\s+(on|after|during|following)\s+(or after\s+)?(at least one|one|"
            r"first[- ]line|1st[- ]line|1l|a prior|prior|previous|standard)|"
            # "Failure after no more than 2 prior chemotherapy regimens": at least one failed (twelfth
            # blind set)
            r"^(treatment )?(failure|failed|progression) (after|on|of|following) (no more than|not more than|"
            r"up to|at most|a maximum of|≤)",
            text,
        )
        or (
            _has(_TREATED_IN_SETTING, text)
            and not _has(rf"\b(not|never|no)\b[^.;]{{0,20}}({_TREATED_IN_SETTING})", text)
        )
    ):
        low = 1
    bounds = line_bounds(text)
    merged_low = low if bounds.low is None else max(low or 0, bounds.low)
    merged_high = high if bounds.high is None else min(bounds.high, 99 if high is None else high)
    if merged_low is None or merged_high is None or merged_low <= merged_high:
        low, high = merged_low, merged_high  # a setting that contradicts the counts is not read
    if (low is None and high is None) or (low is not None and high is not None and low > high):
        return []
    req: Req = {"type": "prior_lines"}
    if low is not None and (kind_named := _counted_kind_unread(text)):
        return [
            {**req, "min": low},
            {"type": "open_parts", "parts": [f"the kind of regimen counted ({kind_named})"]},
        ]
    if bounds.newly_diagnosed:
        req["newly_diagnosed"] = True
    if bounds.setting:
        req["palliative"] = True  # "first- or second-line systemic treatment": for advanced disease
    if low is not None:
        req["min"] = low
    if high is not None:
        req["max"] = high
    if group := _perioperative_counted_only_with(text):
        req["perioperative_counts_with"] = group
    found = [with_perioperative_rule(req, text), *forbidden_perioperative(text, kind)]
    if (
        high == 0
        and (allowance := _search(CURATIVE_ALLOWANCE, text))
        and _has(_ALLOWANCE_NAMES_AGENTS, allowance[0])
    ):
        # "(However, adjuvant chemotherapy using one kind of medication is allowed …)" (TZ)
        found.append(copy.deepcopy(_AGENTS_OF_THE_COURSE))
    return found


# A count of one kind of regimen ("at least one prior gemcitabine and platinum-based regimen", "at least
# 2 previous lines of ET"): when the kind names an agent the vocabulary does not hold (an INN-shaped
# name) or endocrine therapy, which no gastric case records, the count alone would pass any line.
_COUNTED_KIND = re.compile(
    r"(at least|≥|>=|minimum of)\s*\S+\s*(prior |previous )?(systemic )?(lines? of )?"
    r"(?P<kind>[^.;,()]{2,50}?)[- ]?(based |containing )?(regimens?|lines?|therap(y|ies)|treatments?)\b"
)
_ENDOCRINE = re.compile(r"\b(endocrine|hormonal|et|cdk4/6)\b")


def _counted_kind_unread(text: str) -> str | None:
    m = _COUNTED_KIND.search(text)
    if m is None:
        return None
    kind = m.group("kind")
    names = [name for name in inn_like_names(kind) if vocabulary().resolve(name) is None]
    if not names and _ENDOCRINE.search(kind):
        names = ["endocrine therapy"]
    return ", ".join(names) or None


# A study's own note on line counting: "(neo)adjuvant therapy that does not include trastuzumab will not
# be counted as a line": a perioperative course counts (history.count_lines) only if it had that agent.
_NOT_COUNTED = re.compile(
    r"(neo-?\s?adjuvant|adjuvant|peri-?\s?operative)[^.;]{0,60}\b(that|which) (does|do|did) not "
    r"(include|contain)\s(?P<what>[^.;]{1,40}?)\s(will|shall|is|are|does|do) not (be )?counted as a "
    r"(prior )?line"
)


def _perioperative_counted_only_with(text: str) -> str | None:
    m = _NOT_COUNTED.search(text)
    groups = _therapy_groups(m.group("what")) if m else []
    return groups[0] if len(groups) == 1 else None
