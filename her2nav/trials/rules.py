"""Criterion text → typed requirements (plain dicts, stored as JSON at import time).

A requirement describes the patient property the criterion's text names. For an inclusion criterion
every requirement must hold; for an exclusion criterion none may. ``negated: true`` turns a property
into its opposite ("no prior anti-PD-1" → prior_therapy pd1, negated). Text that no rule understands
yields no requirement: the criterion stays ``unknown`` with its original words.

Types: her2, her2_mutation, cldn18_2, pdl1_cps, msi_high, prior_therapy, prior_lines, therapy_after
(therapy given after a course containing ``group``), ecog, lvef, age, measurable_disease, disease,
condition, organ_function.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from her2nav.knowledge.agents import vocabulary

Req = dict[str, Any]
_NUM = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_N = r"(\d|zero|one|two|three|four|five)"
_OPS = {"≥": ">=", ">=": ">=", "=>": ">=", ">": ">", "≤": "<=", "<=": "<=", "=<": "<=", "<": "<"}
_OP = r"(≥|>=|=>|≤|<=|=<|>|<)"


def _num(word: str) -> int:
    return _NUM[word] if word in _NUM else int(word)


_COMPILED: dict[str, re.Pattern[str]] = {}


def _rx(pattern: str) -> re.Pattern[str]:
    """The compiled pattern (the rules use a few hundred; re's own cache lookup costs more)."""
    found = _COMPILED.get(pattern)
    if found is None:
        found = _COMPILED[pattern] = re.compile(pattern)
    return found


def _has(pattern: str, text: str) -> bool:
    return _rx(pattern).search(text) is not None


def _search(pattern: str, text: str) -> re.Match[str] | None:
    return _rx(pattern).search(text)


def _sub(pattern: str, repl: str, text: str) -> str:
    return _rx(pattern).sub(repl, text)


def _findall(pattern: str, text: str) -> list[Any]:
    return _rx(pattern).findall(text)


# ---------------------------------------------------------------- prior therapy
_CLASS_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "pd1",
        r"anti-?\s?pd-?\s?l?-?1|pd-?1\s*(/\s*pd-?l1\s*)?(inhibitor|antibod|blockade|blocker|target)|"
        r"pd-?\(?l\)?-?1\s*(inhibitor|antibod)|immune[- ]checkpoint|checkpoint inhibitor|immune-oncology|"
        r"immuno-?oncology|\bici\b|\bicis\b|immunotherapy",
    ),
    (
        "topoisomerase_i_adc",
        r"topoisomerase[- ]?(i|1)\b[^.;]{0,40}(adc|conjugate|payload)|"
        r"(adc|conjugate)s?[^.;]{0,60}topoisomerase[- ]?(i|1)\b|exatecan|"
        r"topo-?(1|i)i?\s*(inhibitor\s*)?(adc|payload)",
    ),
    ("mmae_adc", r"\bmmae\b|monomethyl auristatin"),
    ("her2_directed", r"anti-?\s?her-?2|her-?2[- ]?(targeted|directed|targeting|therap|blocking|based)"),
    (
        "cldn18_2",
        r"(claudin|cldn)\s?-?18(\.2)?[- ]?(targeted|directed|target|therap|agent|antibod|car)|"
        r"anti-?\s?(cldn|claudin)",
    ),
    ("vegfr2", r"anti-?vegfr|vegfr-?2 (inhibitor|antibod)"),
)
_PRIOR_WORDS = (
    r"prior|previous|previously|received|receiving|treated with|treatment with|therapy with|exposure|exposed|"
    r"progress|refractory|failed|failure|intoleran|naive|naïve|containing|after|following|pretreated"
)
_NEGATED_PRIOR = (
    r"\bno (prior|previous)|not (have )?(been )?(received|treated|exposed)|without (prior|previous)|"
    r"naive|naïve|never (received|been)|not previously|must not have|not been previously|excluded|"
    r"not permitted|not allowed"
)
_PERMISSION = (
    r"\b(allowed|permitted|permissible|may have (been )?(received|had)|are eligible|is eligible|acceptable|"
    r"if applicable|if eligible|where available|if available)\b"
)
_SKIP_PRIOR = (
    r"(therapy|treatment) (after|since)|participat|investigational (agent|device|product)|toxicit|"
    r"adverse event|"
    r"within (the )?(last |past )?\d+\s*(days?|weeks?)|contracept|teratogen|pregnan|concurrent|concomitant|"
    r"hypersensitiv|allerg|contraindicat|intolerance to|excipient|infusion reaction"
)


@cache
def _agent_parts() -> tuple[tuple[str, str, str], ...]:
    """(regex part, agent id, anchor) for every agent name and synonym, longest first, so that a
    single scan finds each mention and "trastuzumab deruxtecan" is read as one agent, not also as
    trastuzumab. The anchor is the name's longest literal run (no hyphen or space): a text without it
    cannot contain the name."""
    vocab = vocabulary()
    words: list[tuple[str, str]] = []
    for agent in vocab.by_id.values():
        for name in {agent.name, *agent.synonyms}:
            if len(name) >= 4 and name.isascii():
                words.append((name.casefold(), agent.id))
    words.sort(key=lambda item: -len(item[0]))
    return tuple(
        (
            re.escape(word).replace(r"\-", "[- ]?").replace(r"\ ", r"[\s-]"),
            agent_id,
            max(re.split(r"[- ]", word), key=len),
        )
        for word, agent_id in words
    )


@lru_cache(maxsize=4096)
def _agent_pattern(present: tuple[int, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation over the names whose anchors occur (same order as the full list, so the same
    leftmost, longest-first matches as a scan over every name)."""
    parts = _agent_parts()
    groups = {f"a{i}": parts[i][1] for i in present}
    body = "|".join(f"(?P<a{i}>{parts[i][0]})" for i in present)
    return re.compile(r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])"), groups


# Words one of which every alternative of a class phrase contains (a substring test is much cheaper
# than the phrase itself, and most criteria name no class).
_CLASS_WORDS: dict[str, tuple[str, ...]] = {
    "pd1": ("pd", "immun", "checkpoint", "ici"),
    "topoisomerase_i_adc": ("topo", "exatecan"),
    "mmae_adc": ("mmae", "monomethyl auristatin"),
    "her2_directed": ("her2", "her-2"),
    "cldn18_2": ("claudin", "cldn"),
    "vegfr2": ("vegfr",),
}


def _therapy_groups(text: str) -> list[str]:
    groups: list[str] = []
    for group, phrase in _CLASS_PHRASES:
        if any(word in text for word in _CLASS_WORDS[group]) and _search(phrase, text):
            groups.append(group)
    present = tuple(i for i, (_, _, anchor) in enumerate(_agent_parts()) if anchor in text)
    if not present:
        return groups
    pattern, names = _agent_pattern(present)
    for match in pattern.finditer(text):
        agent_id = names[match.lastgroup or ""]
        if agent_id not in groups:
            groups.append(agent_id)
    return groups


def prior_therapy(text: str, kind: str) -> list[Req]:
    if not _has(_PRIOR_WORDS, text) or _has(_SKIP_PRIOR, text):
        return []
    if kind == "inclusion" and _has(_PERMISSION, text) and not _has(_NEGATED_PRIOR, text):
        return []  # "prior X is allowed": a permission, not a requirement
    if (
        not _has(r"prior|previous|received|progress\w* (on|after)|treated with|exposure|failed|failure", text)
        and her2(text, kind) != []
    ):
        return []  # a HER2 status definition naming antibodies or agents, not a treatment history
    text = _sub(r"with or without [^,;.]*|and/or [\w-]+|\bor [\w-]+ (therapy|regimens?)", " ", text)
    text = _sub(r"her-?2[- ](directed|targeted|targeting)\s+(?=(topo|adc|antibody[- ]drug))", "", text)
    groups = _therapy_groups(text)
    if "trastuzumab_deruxtecan" in groups and "topoisomerase_i_adc" in groups:
        groups.remove("trastuzumab_deruxtecan")
    negated = _has(_NEGATED_PRIOR, text) if kind == "inclusion" else _has(r"^(no|not|never) ", text)
    out: list[Req] = []
    for group in groups:
        req: Req = {"type": "prior_therapy", "group": group}
        if negated:
            req["negated"] = True
        out.append(req)
    return out


# "Previously untreated" wording of first-line studies (inclusion): a prior-lines maximum of 0.
_UNTREATED = (
    r"previously untreated|(treatment|therapy|systemic)[- ]na[iï]ve(?! to)|"
    r"na[iï]ve to (any )?(prior )?(systemic |anti-?cancer |palliative )?(therapy|treatment|chemotherapy)|"
    r"untreated (for )?(locally advanced|unresectable|advanced|metastatic|her2)|"
    r"no prior (systemic |anti-?cancer |anticancer |palliative )?(therapy|treatment|chemotherapy|systemic)"
    r"(?! with)|"  # "no prior treatment with a PD-1 inhibitor" is about one kind of therapy
    r"not (have )?(been )?(received|had|treated with) (any )?(prior )?"
    r"(systemic|anti-?cancer|chemotherapy|treatment)(?! with)"
)
# Prior palliative therapy named in an exclusion ("has received prior systemic therapy for metastatic
# disease"): a prior-lines minimum of 1 that excludes. Only generic therapy words may stand between
# "prior" and the setting: "prior anti-PD-1 therapy for metastatic disease" or "prior treatment with
# T-DXd in the metastatic setting" exclude one kind of therapy, not every pretreated patient.
_TREATED_FOR_ADVANCED = (
    r"(previously|prior|already|received|had|have|has)\s(received |treated |had )?(prior |previous |any )?"
    r"(systemic |anti-?cancer |cytotoxic(-containing)? |palliative )*"
    r"(chemotherapy|therapy|therapies|treatments?|systemic)\b"
    r"[^.;]{0,30}\b(for|in the|in) (the )?(locally advanced|advanced|metastatic|unresectable|recurrent)"
)
_NOT_A_LINE_COUNT = r"radio|radiat|within \d+\s*(days?|weeks?)|\bsince\b"
_ONE_KIND_OF_THERAPY = r"inhibitor|targeted|directed|antibod|(treatment|therapy) with|with any"  # near it


def _treated_for_advanced(text: str) -> bool:
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
_DAYS_PER = {"month": 30.5, "week": 7.0, "day": 1.0}
SIX_MONTHS_DAYS = 183  # history.EARLY_RELAPSE_DAYS: the window in which a perioperative course counts


def _window_longer_than_six_months(text: str) -> bool:
    """A perioperative exception whose time window is longer than the six months line counting uses
    (a relapse 8 months after adjuvant therapy counts as no prior line here, yet the study would
    exclude it): the maximum of 0 lines would not be faithful."""
    if not _has(r"adjuvant|peri-?\s?operative|curative", text):
        return False
    return any(
        int(n) * _DAYS_PER[unit.rstrip("s")] > SIX_MONTHS_DAYS + 1 for n, unit in _DURATION.findall(text)
    )


def _untreated_reading_holds(text: str) -> bool:
    """Whether "no prior therapy" wording can be read as 0 prior palliative lines: no exception other
    than a perioperative course or a single dose, no "since" (therapy since a given event), and no
    perioperative window longer than six months."""
    if _has(r"\bsince\b", text) or _window_longer_than_six_months(text):
        return False
    return all(
        _has(_COMPATIBLE_EXCEPTION, clause)
        for clause in re.split(r"[.;]\s", text)
        if _has(r"\b(except|other than|unless)\b", clause)
    )


def prior_lines(text: str, kind: str) -> list[Req]:
    if kind != "inclusion":
        if _treated_for_advanced(text) and _untreated_reading_holds(text):
            return [{"type": "prior_lines", "min": 1}]
        return []
    lines = r"(prior |previous )?(lines?|regimens?|systemic|treatments?|therap|chemo)"
    low: int | None = None
    high: int | None = None
    if m := _search(rf"(at least|≥|>=|minimum of)\s*{_N}\s*{lines}", text):
        low = _num(m.group(2))
    elif m := _search(rf"{_N}\s*or more\s*{lines}", text):
        low = _num(m.group(1))
    elif m := _search(rf"(after|following|received)\s*>\s*{_N}\s*{lines}", text):
        low = _num(m.group(2)) + 1  # "progressed after >1 systemic therapy"
    if m := _search(rf"(maximum( of)?|no more than|not more than|up to|≤|<=|at most)\s*{_N}\s*{lines}", text):
        high = _num(m.group(3))
    if _has(_UNTREATED, text) and _untreated_reading_holds(text):
        high = 0
    if low is None and _has(
        r"progress\w*\s+(on|after|during|following)\s+(or after\s+)?(at least one|one|"
        r"first[- ]line|1l|a prior|prior|previous|standard)",
        text,
    ):
        low = 1
    if (low is None and high is None) or (low is not None and high is not None and low > high):
        return []
    req: Req = {"type": "prior_lines"}
    if low is not None:
        req["min"] = low
    if high is not None:
        req["max"] = high
    return [req]


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


# ---------------------------------------------------------------- biomarkers
_THERAPY_HER2 = re.compile(
    r"(anti-?\s?her-?2|her-?2[- ]?(targeted|directed|targeting|therap|blocking|based|adc|specific|bispecific)"
    r"|her-?2 (antibod|tki|inhibitor))[^,;]*"
)


def her2(text: str, kind: str) -> list[Req]:
    body = _THERAPY_HER2.sub(" ", text)
    if not _has(r"her-?\s?2|erbb2|\bihc\b", body):
        return []
    if _has(
        r"her-?2[\s-]*(activating\s+)?(mutant|mutation|activating|exon)|(erbb2|her2) mutation|"
        r"mutation of her-?2",
        body,
    ):
        return [{"type": "her2_mutation"}]
    statuses = set()
    if _has(r"ultra-?low", body):
        statuses.add("ultralow")
    if _has(r"her-?2(/neu)?[\s-]*(low)\b", body):
        statuses.add("low")
    if _has(
        r"her-?2\)?(/neu)?[\s-]*(positiv|\+(?![\w/])|amplif|over-?express|high)|ihc\s*3\+\s*(or|,)|"
        r"her-?2 ihc\s*3\+|ihc\s*2\+\s*/\s*(ish|fish|sish)\s*(\+|positive)|positive (for )?her-?2",
        body,
    ):
        statuses.add("positive")
    if _has(r"her-?2\)?(/neu)?[\s-]*(negativ|non-?amplified|-(?!\w))|negative (for )?her-?2", body):
        statuses.add("negative")
    if (
        _has(
            r"her-?2(/neu)?[\s-]*(expressing|expression)|ihc\s*(≥|>=)\s*1\+|1\+\s*or (above|higher|greater)|"
            r"(1\+|2\+|3\+)[ ,]+(or )?(1\+|2\+|3\+)[ ,]+(or )?(1\+|2\+|3\+)",
            body,
        )
        and "negative" not in statuses
    ):
        statuses.add("ihc_1_plus_or_more")
    if _has(r"ihc\s*(2\+\s*or\s*(ihc\s*)?1\+|1\+\s*or\s*(ihc\s*)?2\+)", body) and not statuses:
        statuses = {"ihc_1_or_2"}
    if _has(r"regardless of (the )?(ish|fish|amplif|in situ)", body) or (
        _has(r"3\+\s*or\s*(ihc\s*)?2\+|2\+\s*or\s*(ihc\s*)?3\+", body)
        and not _has(r"2\+[^.;]{0,40}(ish|fish|sish|cish|amplif|in situ|hybridi)", body)
    ):
        statuses = {"ihc_2_3"}
    if statuses == {"positive", "low"} or statuses == {"ihc_1_plus_or_more", "positive"}:
        statuses = {"ihc_1_plus_or_more"}
    if len(statuses) != 1:
        return []
    req: Req = {"type": "her2", "status": statuses.pop()}
    if kind == "inclusion":
        if not _has(r"local(ly)? or central|local(ly)?/central|retrospective", text) and _has(
            r"central(ly)?\s*(lab\w*\s*)?(confirm|test|assess|review|determin|evaluat)|confirmed centrally|"
            r"central (laboratory|lab|testing|assessment|review)",
            text,
        ):
            req["central"] = True
        if _has(
            r"(biops\w+|tissue|specimen|sample)[^.;]{0,80}(after|following|since|post[- ])\s*(the )?"
            r"(most recent |disease |documented )?(progression|progress)",
            text,
        ):
            req["post_progression_biopsy"] = True
    return [req]


def cldn18(text: str, kind: str) -> list[Req]:
    if not _has(r"(claudin|cldn)\W*(\(cldn\))?\s*-?\s*18", text) or _has(
        r"(targeted|directed|therap|agent|prior|previous)", text
    ):
        return []
    if m := _search(r"(≥|>=|at least)\s*(\d{1,3})\s*%", text):
        return [{"type": "cldn18_2", "op": ">=", "value": int(m.group(2))}]
    if _has(r"positiv|express|\+", text):
        return [{"type": "cldn18_2", "op": ">=", "value": None}]
    return []


def pdl1(text: str, kind: str) -> list[Req]:
    if m := _search(rf"(cps|combined positive score)\s*(score\s*)?(of\s*)?{_OP}\s*(\d+(\.\d+)?)", text):
        return [{"type": "pdl1_cps", "op": _OPS[m.group(4)], "value": float(m.group(5))}]
    return []


def msi(text: str, kind: str) -> list[Req]:
    if _has(
        r"msi-?h\b|msi-high|microsatellite instability[- ]?(high|\(msi-h\))|high microsatellite|\bdmmr\b|"
        r"mismatch repair[- ]deficien|deficient mismatch",
        text,
    ):
        return [{"type": "msi_high"}]
    if _has(
        r"\bmss\b|microsatellite[- ]stable|\bpmmr\b|proficient mismatch|mismatch repair[- ]proficient", text
    ):
        return [{"type": "msi_high", "negated": True}]
    return []


# ---------------------------------------------------------------- fitness and history
def ecog(text: str, kind: str) -> list[Req]:
    if not _has(r"ecog|performance status|\bps\b|zubrod", text):
        return []
    if kind == "exclusion" and (m := _search(r"(≥|>=|>)\s*([0-4])", text)):
        top = int(m.group(2)) - (1 if m.group(1) != ">" else 0)
        return [{"type": "ecog", "max": top, "negated": True}]
    found = [int(d) for d in _findall(r"(?<![\d.])([0-4])(?!\d|\.\d|\s?%)", text)]
    found += [_NUM[w] for w in _findall(r"\b(zero|one|two)\b", text)]
    if m := _search(r"(≤|<=|=<)\s*([0-4])", text):
        return [{"type": "ecog", "max": int(m.group(2))}]
    if not found:
        return []
    return [{"type": "ecog", "max": max(found)}]


def lvef(text: str, kind: str) -> list[Req]:
    if not _has(r"lvef|ejection fraction|\bef\b", text):
        return []
    if m := _search(rf"{_OP}\s*(\d{{2}})\s*%", text):
        return [{"type": "lvef", "op": _OPS[m.group(1)], "value": int(m.group(2))}]
    if m := _search(r"(at least|of at least|above|greater than)\s*(\d{2})\s*%", text):
        return [{"type": "lvef", "op": ">=", "value": int(m.group(2))}]
    if m := _search(r"(below|less than|lower than|under)\s*(\d{2})\s*%", text):
        return [{"type": "lvef", "op": "<", "value": int(m.group(2))}]
    return []


def age(text: str, kind: str) -> list[Req]:
    out: list[Req] = []
    if m := _search(r"(\d{1,2})\s*(-|–|to|and)\s*(\d{2,3})\s*years", text):
        return [
            {"type": "age", "op": ">=", "value": int(m.group(1))},
            {"type": "age", "op": "<=", "value": int(m.group(3))},
        ]
    if m := _search(
        rf"\b(age|aged|years|participants?|patients?|subjects?)\b[^.;]{{0,30}}?{_OP}\s*(\d{{2}})", text
    ):
        out.append({"type": "age", "op": _OPS[m.group(2)], "value": int(m.group(3))})
    elif m := _search(r"(\d{2})\s*years( of age)?( old)?\s*(or|and)\s*(older|above|over)", text):
        out.append({"type": "age", "op": ">=", "value": int(m.group(1))})
    elif m := _search(r"(at least|aged|age of|older than|over)\s*(\d{2})\s*(years)?", text):
        out.append(
            {
                "type": "age",
                "op": ">" if m.group(1) in ("older than", "over") else ">=",
                "value": int(m.group(2)),
            }
        )
    elif kind == "inclusion" and _has(
        r"^(male or female )?adults?\b|\badult (patients|participants|subjects)", text
    ):
        out.append({"type": "age", "op": ">=", "value": 18})
    if out and not _has(r"\bage|aged|years|adult|old", text):
        return []
    return out


def measurable(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not _has(r"\bmeasurable", text):
        return []
    if _has(r"measurable or (non-?measurable|evaluable)|evaluable or measurable|non-?measurable", text):
        return []
    return [{"type": "measurable_disease"}]


_CONDITIONS: tuple[tuple[str, str], ...] = (
    ("interstitial_lung_disease", r"interstitial lung disease|\bild\b|pneumonitis|pulmonary fibrosis"),
    (
        "brain_metastases",
        r"(brain|cns|central nervous system( \(cns\))?)\s*(metasta|lesion|disease|involvement)|"
        r"leptomeningeal",
    ),
    ("hiv", r"\bhiv\b|human immunodeficiency"),
    ("hepatitis_b", r"hepatitis\s*(a/)?b\b|\bhbv\b|hepatitis b/c|hepatitis a/b/c"),
    ("hepatitis_c", r"hepatitis\s*(b/)?c\b|\bhcv\b|hepatitis b or c|hepatitis a/b/c"),
    ("autoimmune_disease", r"auto-?immune"),
    ("organ_transplant", r"(organ|allogeneic|solid organ|stem cell|bone marrow)[^.;]{0,20}transplant"),
    ("heart_failure", r"heart failure|cardiac failure|\bnyha\b|\bchf\b"),
)
_QUALIFIED = (
    r"\bactive|untreated|symptomatic|progressive|unstable|uncontrolled|requir|steroid|current|"
    r"suspected|within \d|grade\s*(≥|>=)?\s*[2-4]|(≥|>=)\s*g(rade)?\s*[1-4]|clinically significant|"
    r"except|unless"
)


# Words one of which every alternative of a condition's pattern contains (cheap test first).
_CONDITION_WORDS: dict[str, tuple[str, ...]] = {
    "interstitial_lung_disease": ("interstitial lung disease", "ild", "pneumonitis", "pulmonary fibrosis"),
    "brain_metastases": ("brain", "cns", "central nervous system", "leptomeningeal"),
    "hiv": ("hiv", "human immunodeficiency"),
    "hepatitis_b": ("hepatitis", "hbv"),
    "hepatitis_c": ("hepatitis", "hcv"),
    "autoimmune_disease": ("auto",),
    "organ_transplant": ("transplant",),
    "heart_failure": ("heart failure", "cardiac failure", "nyha", "chf"),
}


def conditions(text: str, kind: str) -> list[Req]:
    if kind != "exclusion":
        return []
    out: list[Req] = []
    for condition, pattern in _CONDITIONS:
        if any(word in text for word in _CONDITION_WORDS[condition]) and _search(pattern, text):
            out.append({"type": "condition", "condition": condition, "qualified": _has(_QUALIFIED, text)})
    return out


_OTHER_CANCERS = (
    r"breast|lung|nsclc|colorectal|\bcolon|pancrea|pdac|biliary|cholangio|gallbladder|bladder|urothelial|"
    r"ovarian|endometri|prostate|hepatocellular|melanoma|sarcoma|head and neck|cervical|renal cell|lymphoma|"
    r"leuka?emia|myeloma|glioma|glioblastoma|thyroid"
)


_SITE_WORDS = (("stomach", r"gastric|stomach"), ("gej", r"junction|gastro-?\s?o?esophageal"))


def disease(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not _has(
        r"cancer|carcinoma|tumou?r|malignan|neoplasm|\bgc\b|gejc|\bgea\b", text
    ):
        return []
    text = _sub(r"response evaluation criteria in solid tumou?rs?", "recist", text)
    left_out = " ".join(_findall(r"\b(?:excluding|except|other than|not including)\b[^.;)]*", text))
    text = _sub(r"\b(excluding|except|other than|not including)\b[^.;)]*", " ", text)
    not_sites = [site for site, pattern in _SITE_WORDS if _search(pattern, left_out)]
    sites: list[str] = []
    if _has(r"gastric|stomach|\bgc\b", text):
        sites.append("stomach")
    if _has(r"junction|\bgej|\begj|\bgea\b|gastro-?\s?o?esophageal|o?esophago-?gastric|cardia", text):
        sites.append("gej")
    if _has(r"(?<!gastro)(?<!gastro-)(?<!gastro )\bo?esophag(?!o-?gastric)", text):
        sites.append("esophagus")
    if _has(r"solid tumou?r|solid malignan|any tumou?r type", text):
        sites.append("solid")
    if _has(_OTHER_CANCERS, text) and not _has(r"history|prior|previous|other malignan", text):
        sites.append("other")
    if not sites:
        return []
    req: Req = {"type": "disease", "sites": sites}
    if not_sites:
        req["not_sites"] = not_sites
    if _has(r"adenocarcinoma", text) and not _has(r"squamous", text):
        req["histology"] = "adenocarcinoma"
    if _has(r"absence of distant metasta|non-?metastatic|\bm0\b|without distant metasta", text):
        req["advanced"] = False
    elif _has(r"unresectable|metastatic|advanced|recurrent|stage iv|incurable", text):
        req["advanced"] = True
    elif _has(r"(?<!un)(?<!non-)resectable|operable|curative", text):
        req["advanced"] = False
    return [req]


def organ_function(text: str, kind: str) -> list[Req]:
    if kind != "inclusion":
        return []
    if _has(
        r"(adequate|sufficient|normal|acceptable|appropriate)[^.;]{0,60}"
        r"(organ|bone marrow|hepatic|renal|liver|kidney|"
        r"ha?ematolog|marrow|coagulation)|\b(creatinine|bilirubin|neutrophil|platelets?|ha?emoglobin|anc)\b",
        text,
    ):
        return [{"type": "organ_function"}]
    return []


_HER2_LONG = re.compile(
    r"her-?2\s*\(human epidermal growth factor receptor[- ]2\)|human epidermal growth factor receptor[- ]2"
    r"(\s*\((her-?2)\))?"
)

RULES = (
    her2,
    cldn18,
    pdl1,
    msi,
    prior_therapy,
    prior_lines,
    therapy_after,
    ecog,
    lvef,
    age,
    measurable,
    conditions,
    disease,
    organ_function,
)


# Gates: a rule runs only when one of its gate words occurs in the text (and, for some, only for one
# kind of criterion). Each gate is a necessary condition of the rule finding anything: every pattern
# the rule could succeed with contains one of the words. Gating changes speed, never results (checked
# against the ungated rules on the labels, the shared records and perturbed copies of them). Substring
# tests: faster here than one regular expression per gate.
_GATES: dict[str, tuple[str, ...]] = {
    "her2": ("her2", "her-2", "her 2", "her- 2", "erbb2", "ihc"),  # her2(): her-?\s?2|erbb2|\bihc\b
    "cldn18": ("claudin", "cldn"),
    "pdl1": ("cps", "combined positive"),
    "msi": ("msi", "mss", "mmr", "mismatch", "microsatellite"),
    "prior_therapy": (
        "prior",
        "previous",
        "receiv",
        "treated with",
        "treatment with",
        "therapy with",
        "expos",
        "progress",
        "refractory",
        "fail",
        "intoleran",
        "naive",
        "naïve",
        "containing",
        "after",
        "following",
        "pretreated",
    ),
    "prior_lines": (
        "line",
        "regimen",
        "systemic",
        "treat",
        "therap",
        "chemo",
        "naive",
        "naïve",
        "progress",
        "received",
        "had",
    ),
    "therapy_after": ("after", "following", "since"),
    "ecog": ("ecog", "performance status", "ps", "zubrod"),
    "lvef": ("lvef", "ejection fraction", "ef"),
    "age": ("age", "years", "adult", "old"),
    "measurable": ("measurable",),
    "conditions": (
        "interstitial",
        "ild",
        "pneumonitis",
        "fibrosis",
        "brain",
        "cns",
        "central nervous",
        "leptomeningeal",
        "hiv",
        "immunodeficiency",
        "hepatitis",
        "hbv",
        "hcv",
        "immune",
        "transplant",
        "heart failure",
        "cardiac failure",
        "nyha",
        "chf",
    ),
    "disease": ("cancer", "carcinoma", "tumor", "tumour", "malignan", "neoplasm", "gc", "gejc", "gea"),
    "organ_function": (
        "adequate",
        "sufficient",
        "normal",
        "acceptable",
        "appropriate",
        "creatinine",
        "bilirubin",
        "neutrophil",
        "platelet",
        "hemoglobin",
        "haemoglobin",
        "anc",
    ),
}
_ONLY_FOR: dict[str, str] = {
    "measurable": "inclusion",
    "conditions": "exclusion",
    "disease": "inclusion",
    "organ_function": "inclusion",
}
# Tighter gates for one kind of criterion. prior_lines: an inclusion needs a count ("at least 2", "or
# more", "> 1", "no more than", "up to", "≤"), untreated wording or "progress…"; an exclusion needs
# the advanced setting its pattern ends with.
_KIND_GATES: dict[tuple[str, str], tuple[str, ...]] = {
    ("prior_lines", "inclusion"): (
        "at least",
        "minimum of",
        "or more",
        ">",
        "≥",
        "maximum",
        "more than",
        "up to",
        "≤",
        "<=",
        "at most",
        "untreated",
        "naive",
        "naïve",
        "no prior",
        "not ",
        "progress",
    ),
    ("prior_lines", "exclusion"): ("advanced", "metastatic", "unresectable", "recurrent"),
}


def _gates_for(kind: str) -> tuple[tuple[Any, tuple[str, ...]], ...]:
    return tuple(
        (rule, _KIND_GATES.get((rule.__name__, kind), _GATES[rule.__name__]))
        for rule in RULES
        if _ONLY_FOR.get(rule.__name__, kind) == kind
    )


_GATED: dict[str, tuple[tuple[Any, tuple[str, ...]], ...]] = {
    "inclusion": _gates_for("inclusion"),
    "exclusion": _gates_for("exclusion"),
}


def _normalise(text: str) -> str:
    r"""Lower-cased, curly apostrophes straightened, each run of white space one space (as
    re.sub(r"\s+", " ", …) would, leading and trailing runs included)."""
    folded = text.casefold().replace("’", "'")
    low = " ".join(folded.split())
    if not low:
        return " " if folded else ""
    if folded[0].isspace():
        low = " " + low
    if folded[-1].isspace():
        low += " "
    return low


def interpret(text: str, kind: str) -> list[Req]:
    """Every requirement the rules find in one criterion's text (lower-cased, markdown unescaped).
    Memoised per (text, kind): registries repeat boilerplate criteria across studies; each caller
    gets its own copies."""
    return [{k: list(v) if isinstance(v, list) else v for k, v in r.items()} for r in _interpret(text, kind)]


@lru_cache(maxsize=16384)
def _interpret(text: str, kind: str) -> tuple[Req, ...]:
    low = _normalise(text)
    if "human epidermal" in low:
        low = _HER2_LONG.sub("her2", low)
    found: list[Req] = []
    gated = _GATED.get(kind) or _gates_for(kind)
    for rule, words in gated:
        if not any(word in low for word in words):
            continue
        for req in rule(low, kind):
            if req not in found:
                found.append(req)
    return tuple(found)
