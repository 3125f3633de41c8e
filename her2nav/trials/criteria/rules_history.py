"""Criterion rules for treatment history: prior therapy by agent or class, prior palliative lines
(including first-line "previously untreated" wording); therapy given after an agent is in rules_after.py
(see rules.py for the requirement types)."""

from __future__ import annotations

import copy
import re

from her2nav.knowledge.agents import vocabulary
from her2nav.trials.criteria.agent_names import (
    drop_optional_partners,
    inn_like_names,
    unknown_agent_names,
)
from her2nav.trials.criteria.rule_text import _N, Req, _has, _num, _search, _sub, settings_named
from her2nav.trials.criteria.rules_agent_lists import (
    doublet_alternatives,
    or_alternatives,
    slash_alternatives,
    without_either_way,
    without_line_description,
)
from her2nav.trials.criteria.rules_biomarkers import her2, without_her2_positive_history
from her2nav.trials.criteria.rules_events import events_on_therapy
from her2nav.trials.criteria.rules_exceptions import exception
from her2nav.trials.criteria.rules_lines import (
    DAYS_PER,
    UNTREATED,
    forbidden_perioperative,
    line_bounds,
    with_perioperative_rule,
)
from her2nav.trials.criteria.rules_standard import CANDIDATE_FOR
from her2nav.trials.criteria.therapy_groups import therapy_groups as _therapy_groups

_PRIOR_WORDS = (
    r"prior|previous|previously|received|receiving|treated with|treatment with|therapy with|exposure|exposed|"
    r"progress|refractory|failed|failure|intoleran|naive|naïve|containing|after|following|pretreated|"
    r"earlier|h(?<=\bh)a(s|ve) had\b"
)
_NEGATED_PRIOR = (
    # "patients did not receive the therapy of apatinib" (eighteenth blind set, TU)
    r"n(?<=\bn)o (prior|previous)|not (have )?(been )?(received|treated|exposed)|without (prior|previous)|"
    r"(did|do|does) not (receive|have|take|get)|"
    r"naive|naïve|never (received|been)|not previously|must not have|not been previously|excluded|"
    r"not permitted|not allowed|not eligible|ineligible"
)
_PERMISSION = (
    r"(a(?<=\ba)llowed|p(?<=\bp)ermitted|p(?<=\bp)ermissible|m(?<=\bm)ay have (been )?(received|had)|"
    r"a(?<=\ba)re eligible|i(?<=\bi)s eligible|a(?<=\ba)cceptable|i(?<=\bi)f applicable|i(?<=\bi)f eligible|"
    r"w(?<=\bw)here available|i(?<=\bi)f available)\b"
)
# An inclusion's clause that lets patients with a therapy in ("… can be included") asks for none.
_CLAUSE_LETS_IN = (
    r"\b(can|may|could) (also )?(be (included|enrolled|eligible)|participate|enrol)|"
    r"\b(are|is) (also )?eligible|"
    r"\b(allowed|permitted)\b"
)
# A sentence of an exclusion that lets some patients in names no exclusion of its own.
_LETS_IN = (
    r"should not be excluded|may (also )?be (considered|included|enrolled|eligible)|"
    r"\b(are|is) (still |also )?eligible"
)
_SKIP_PRIOR = (
    r"therapy (after|since)|treatment (after|since)|participat|"
    r"investigational (agent|device|product)|toxicit|"
    r"adverse event|"
    r"within (the )?(last |past )?\d+\s*(days?|weeks?)|contracept|teratogen|pregnan|concurrent|concomitant|"
    r"hypersensitiv|allerg|contraindicat|intolerance to|excipient|infusion reaction|"
    # drug interactions with an agent, not exposure to it
    r"i(?<=\bi)nducers? of|c(?<=\bc)yp\d|substrates? of|"
    # a dose limit ("the total dose of cisplatin should be less than 300 mg/m2"), not exposure
    r"(total|cumulative) doses? of|"
    # a wash-out ("at least five half-lives from prior immunotherapy"), not an exposure asked for (a
    # count of days may sit beside a regimen asked for: "> 14 days from the last chemotherapy,
    # chemotherapy regimen including …")
    r"half-?\s?lives (from|since|after) (the )?(any )?(prior|previous|last)"
)


# "… any other investigational agents and must not have received prior treatment with T-DXd": a clause
# about investigational agents joined to a named prior-agent exclusion; the named clause is read alone
# (the investigational clause stays open: rules_parts.py).
_JOINED_PRIOR_CLAUSE = re.compile(
    r"\b(?:and|;)\s+(?:must|should|may)\s+not\s+have\s+(?:received|been\s+treated\s+with|had)\b"
)


def _named_clause(text: str, kind: str) -> str:
    """The clause of ``text`` after an investigational-agents clause that names a prior agent (else
    ``text``); exclusions only. In an exclusion list "must not have received X" excludes those who did."""
    if kind != "exclusion" or "investigational" not in text:
        return text  # an inclusion would lose its investigational clause (open parts: exclusions only)
    m = _JOINED_PRIOR_CLAUSE.search(text)
    if m is None or not _has(r"investigational", text[: m.start()]) or _has(_SKIP_PRIOR, text[m.end() :]):
        return text
    return "received " + text[m.end() :]


def _exception(text: str) -> tuple[str, list[str], list[str]]:
    """``text`` without an exception naming agents or kinds of molecule (rules_exceptions.py), with
    those agents (ids) and modalities; else ``text``, [], []."""
    found = exception(text)
    if found is None:
        return text, [], []
    rest, what, modalities = found
    named = [g for g in _therapy_groups(what) if g in vocabulary().by_id]
    if not named and not modalities:
        return text, [], []
    return rest, named, modalities


def _without_other_sentences(text: str, other: str) -> str:
    """``text`` without its later sentences about something else (``other``): "Prior treatment with an
    exatecan ADC. Has unresolved toxicities …" is read for its first sentence. Nothing is left when the
    first sentence is about something else, or when a sentence left out names the same therapy (it
    qualifies it: "… is eligible for dose expansion cohorts only")."""
    if not _has(other, text):
        return text
    sentences = text.split(". ")
    if _has(other, sentences[0]):
        return ""
    kept = [s for s in sentences if not _has(other, s)]
    named = set(_therapy_groups(". ".join(kept)))
    if any(named.intersection(_therapy_groups(s)) for s in sentences if s not in kept):
        return ""
    return ". ".join(kept)


def _events_on(text: str, kind: str) -> list[Req] | None:
    """The ``event_on`` requirements of a clause naming events on the therapy it names, or None."""
    if (events := events_on_therapy(text, kind)) is not None and (
        groups := _therapy_groups(_sub(r"\s\([^)]*\)", " ", text))  # not the arms named in brackets
    ):
        return [{"type": "event_on", "group": g, **({"events": events} if events else {})} for g in groups]
    return None


def prior_therapy(text: str, kind: str) -> list[Req]:
    text = _named_clause(text, kind)
    if kind == "exclusion" and _has(_CHEMOTHERAPY_BUT_CURATIVE, text):
        text = _sub(_CURATIVE_ALLOWANCE, " ", text)  # the agents an allowance names are not excluded
    if kind == "inclusion" and _has(CANDIDATE_FOR, text):  # a regimen to receive (rules_standard.py)
        text = _sub(CANDIDATE_FOR, " ", text)
    if (found := _events_on(text, kind)) is not None:
        return found
    if kind == "exclusion" and "; " in text:
        # "Discontinued prior immune checkpoint therapy due to immune-related adverse events; received
        # prior anti-TIGIT …": the clause of events, and what the other clauses ask (eighteenth blind
        # set, TT: read as any prior anti-PD-1 therapy excluding)
        clauses = text.split("; ")
        for at, clause in enumerate(clauses):
            if (found := _events_on(clause, kind)) is not None:
                rest = "; ".join(clauses[:at] + clauses[at + 1 :])
                return [*found, *prior_therapy(rest, kind)] if rest.strip() else found
    text = _without_other_sentences(text, _SKIP_PRIOR)
    text = without_either_way(text)  # "acceptable or not received bevacizumab": no requirement
    if kind == "inclusion":  # "HER2-positive patients must also include trastuzumab": read apart
        text = without_her2_positive_history(text)
    if kind == "exclusion":  # "… exposed to anti-PD-1 … should not be excluded"
        text = _without_other_sentences(text, _LETS_IN)
    if not _has(_PRIOR_WORDS, text):
        return []
    if kind == "inclusion" and _has(_PERMISSION, text) and not _has(_NEGATED_PRIOR, text):
        return []  # "prior X is allowed": a permission, not a requirement
    if (
        not _has(
            r"prior|previous|received|progress\w* (on|after)|treated with|exposure|exposed to|failed|failure",
            text,
        )
        and her2(text, kind) != []
    ):
        return []  # a HER2 status definition naming antibodies or agents, not a treatment history
    text = drop_optional_partners(text)
    # "HER2-directed topoisomerase I ADC", "HER2-targeted ADC with a topoisomerase I payload": the payload
    # class is asked; a HER2 ADC with no payload named is the HER2 ADC class (therapy_groups.py)
    text = _sub(
        r"her-?2[- ](directed|targeted|targeting)\s+(?=topo|(adcs?|antibody[- ]drug conjugates?)\b[^.;]{0,60}"
        r"(topo|exatecan|payload|tubulin|mmae|auristatin))",
        "",
        text,
    )
    text, excepted, kinds = _exception(text)
    if kind == "inclusion":
        text = without_line_description(text)  # "at least 2 lines of therapy (X, Y/Z)": what they were
        # "… at least 1 prior line, which may include chemotherapy and/or a HER2 directed ADC"
        text = _sub(r",?\s(which |that )?(may|can|could) include\b[^.;]*", " ", text)
    groups = _therapy_groups(text)
    if kind == "inclusion" and "fluorouracil" in groups:
        # "the previous treatment must include fluorouracil and platinum": capecitabine and S-1 are
        # oral fluorouracil prodrugs given in its place (ESMO gastric cancer guideline 2022: "a
        # fluoropyrimidine (5-FU or capecitabine)" in the same regimens), so the family is asked
        groups = [g for g in groups if g != "fluorouracil"]
        if "fluoropyrimidine" not in groups:
            groups.insert(0, "fluoropyrimidine")
    if "trastuzumab_deruxtecan" in groups and "topoisomerase_i_adc" in groups:
        groups.remove("trastuzumab_deruxtecan")
    if "her2_adc" in groups:  # "HER2 ADC such as T-DXd": the agents are examples of the class
        adcs = vocabulary().ids_in_group("her2_adc")
        groups = [g for g in groups if g not in adcs]
    # An exclusion that opens with "No prior X" (inclusion wording in an exclusion list) excludes prior
    # X: read by intent, as the reviewers of issue 15's seventh blind set read it (literally it would
    # exclude every patient who never had X). "Not"/"never" stay literal.
    negated = _has(_NEGATED_PRIOR, text) if kind == "inclusion" else _has(r"^(not|never) ", text)
    sentences = re.split(r"\. |; |: ", text) if kind == "inclusion" else []
    out: list[Req] = []
    for group in groups:
        naming = [s for s in sentences if group in _therapy_groups(s)]
        if naming and all(_has(_CLAUSE_LETS_IN, s) and not _has(_NEGATED_PRIOR, s) for s in naming):
            continue  # "patients who received platinum-based adjuvant therapy … can be included"
        req: Req = {"type": "prior_therapy", "group": group}
        if excepted:
            req["except"] = excepted
        if kinds:
            req["except_modality"] = kinds
        # a negation reaches the agents of its own sentence or clause only: "… must have progressed on
        # anti-HER2 therapy. … prior treatment with DS8201a is not allowed"
        if negated and (not naming or any(_has(_NEGATED_PRIOR, s) for s in naming)):
            req["negated"] = True
        out.append(req)
    if kind == "inclusion" and not any(r.get("negated") for r in out):
        # "A/B or A/C doublet": one doublet or the other; "A/B", "A or B": either agent
        out = or_alternatives(text, slash_alternatives(text, doublet_alternatives(text, out)))
    if kind == "exclusion" and not negated and (names := unknown_agent_names(text)):
        # agents.yaml does not hold them, so no case can record them: open, named (agent_names.py)
        out.append({"type": "open_parts", "parts": [f"prior {name}" for name in names]})
    return out


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
    return all(
        _has(_COMPATIBLE_EXCEPTION, clause)
        for clause in re.split(r"[.;]\s", text)
        if _has(r"\b(except|other than|unless)\b", clause)
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


# "Prior chemotherapy (however, previous (neo-)adjuvant chemotherapy allowed if finished at least 6month
# ago except S-1, Paclitaxel, Docetaxel, Oxaliplatin . Allowed 5-FU, Cisplatin if finished 6month ago)"
# (a Korean first-line study, NCT01283204; twenty-third blind set, TZ): prior chemotherapy for advanced
# disease excludes, a (neo)adjuvant course within the window does too, and one the allowance names
# agents for stays open (which agents it held decides)
_CURATIVE_ALLOWANCE = (
    r"\(?\s*(however,?\s)?(previous |prior )?\(?(neo-?\)?-?\s?adjuvant|adjuvant|peri-?\s?operative)\)?[^;]*?"
    r"\b(allowed|permitted)\b[^;]*"
)
_ALLOWANCE_NAMES_AGENTS = r"\bexcept\b|\bonly\b|one kind|single[- ]agent|monotherapy"
_CHEMOTHERAPY_BUT_CURATIVE = (
    r"^(prior|previous) (systemic )?chemotherap(y|ies)\b[^.;]{0,10}\(?\s*(however|except)"
)
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
        if _has(_CHEMOTHERAPY_BUT_CURATIVE, text) and (allowance := _search(_CURATIVE_ALLOWANCE, text)):
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
        and (allowance := _search(_CURATIVE_ALLOWANCE, text))
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
