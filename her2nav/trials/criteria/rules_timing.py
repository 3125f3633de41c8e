"""Criterion rules about the time since therapy.

- ``washout``: the wash-out since the last dose of anticancer therapy is complete. ``days``: the
  stated interval (0: no therapy at the same time; absent: "adequate", not stated); ``scope``: which
  therapy (systemic | chemotherapy | immunotherapy | antibody | targeted | investigational);
  ``half_lives`` with ``whichever``
  (longer | shorter | absent when the text does not say) for "4 weeks or 5 half-lives". Read the same
  way for an inclusion ("at least 3 weeks since …") and an exclusion ("… within 14 days"): the
  evaluator turns it round for the kind.

The after-effects of therapy (``toxicity``) and evaluable disease are read by rules_toxicity.py.
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import (
    CURATIVE_SETTING,
    DAYS_IN_UNIT,
    STUDY_DOSE,
    Req,
    _has,
    _rx,
    _search,
    _sub,
    settings_named,
)
from her2nav.trials.criteria.therapy_groups import therapy_groups

_THERAPY = (
    r"anti-?\s?cancer|antineoplastic|anti-?\s?tumou?r|systemic (anti|therap|treatment|chemo|cancer)|chemo|"
    r"immunotherap|cytotoxic|monoclonal antibod|biologic|targeted (therap|agent|drug|treatment)|"
    r"cancer therap|wash-?\s?out|"
    r"last (dose|anti|systemic|therap)|prior (dose|anti|systemic|therap)|"
    r"previous (dose|anti|systemic|therap)|"
    # "more than 4 weeks since the last failed treatment"
    r"last (failed |prior |previous )?(treatment|regimen)"
)
_NOT_ANTICANCER = (
    r"radiotherap|radiation|surgery|surgical|vaccin|transfusion|growth factor|steroid|antibiotic|"
    r"investigational (device|product)|herbal|l(?<=\bl)ive\b|attenuated|strong (cyp|inhibitor|inducer)|cyp3a|"
    r"anticoagula|coagulation|bisphosphonate|denosumab|immunosuppress|infection|ejection|lvef|echocardiogra|"
    r"laborator|organ function|myocardial|angina|adjuvant|peri-?\s?operative|claudin|cldn|"
    # "autoimmune disease that has required systemic treatment within 3 months": the disease's treatment
    r"autoimmun|(disease|disorder|condition)s? (that|which) (has |have )?(required|requires|needed)|"
    r"chloroquine|antimalarial|proton[- ]pump|warfarin"
)
_ANTICANCER_NAMED = r"anti-?\s?cancer|antineoplastic|anti-?\s?tumou?r|chemo|immunotherap|cytotoxic|targeted"
_INTERVAL = (
    r"(within|in the|during the|≤|<|<=|at least|≥|>=|>|more than|minimum( of)?|of)?\s*(the )?"
    r"(last |past |previous |prior )?(\d{1,3})\s*(days?|weeks?|wks?|months?)"
)


_CLASSES = {
    "chemotherapy": r"chemo|(?<!non-)cytotoxic",
    "immunotherapy": r"immunotherap|checkpoint|anti-?pd",
    # "Antibody based anti-cancer therapy ≥ 4 weeks" beside "chemotherapy [immunotherapy (non-antibody
    # based therapy)] ≥ 3 weeks" (VIKTORY-2, NCT06085755; fifty-second blind set, VC)
    "antibody": r"monoclonal antibod|biologic|a(?<!non-a)ntibody[- ]based",
    "targeted": r"targeted\W+(\([^)]*\)\s*)?(therap|agent|drug|treatment)",
}
_NAMES_THERAPY = "|".join([*_CLASSES.values(), r"systemic|anti-?\s?cancer|antineoplastic"])


def _scope(text: str) -> str:
    """The therapy a wash-out names; two or more drug classes in one list ("chemotherapy,
    immunotherapy or targeted therapy") are systemic therapy."""
    if sum(_has(pattern, text) for pattern in _CLASSES.values()) >= 2:
        return "systemic"
    # ("antineoplastic therapy including other immunotherapy": all of it, NCT05365581; UZ)
    if _has(r"immunotherap|checkpoint|anti-?pd", text) and not _has(
        r"chemo|systemic|anti-?cancer|antineoplastic", text
    ):
        return "immunotherapy"
    if _has(_CLASSES["chemotherapy"], text) and not _has(r"systemic|anti-?cancer|antineoplastic|any", text):
        return "chemotherapy"
    if _has(_CLASSES["antibody"], text) and not _has(r"chemo|systemic|(?<!based )anti-?cancer", text):
        return "antibody"
    if _has(r"small[- ]molecules?", text) and not _has(r"chemo|systemic|anti-?cancer|antibod", text):
        return "small_molecule"  # "targeted agents and small molecules ≥ 2 weeks" (evaluate_washout)
    if _has(_CLASSES["targeted"], text) and not _has(r"chemo|systemic|anti-?cancer", text):
        return "targeted"
    return "systemic"


# "No investigational anticancer therapy within 30 days": a wash-out of investigational agents only,
# not of the standard therapy a patient may have had days ago (issue 15, class 4). "Research drugs"
# and "experimental drugs" (translated Chinese protocols) are the same agents.
_UNLICENSED = r"investigational|research|experimental"
_INVESTIGATIONAL = (
    # ("any investigational cytotoxic drug within 4 weeks": NCT03607890, the WA reviewer)
    r"(investigational|research|experimental) "
    r"(anti-?\s?cancer |antineoplastic |systemic |anti-?\s?tumou?r |cytotoxic )?"
    r"(therap(y|ies)|treatments?|agents?|drugs?|medicin(e|es|al products?)|products?)"
)


_DEVICE = (
    r"(\b(or|and|and/or)\s+)?(has\s+)?(used\s+)?(an\s+|any\s+)?(other\s+)?(investigational\s+)?"
    r"(medical\s+)?devices?\b"
)


def _investigational_only(text: str, kind: str) -> list[Req] | None:
    """The wash-out of a criterion whose only therapy is investigational (scope ``investigational``),
    else None. A study taken part in, or an investigational device used, in the same weeks goes with the
    agent ("has participated in a study of an investigational agent or has used an investigational
    device within 4 weeks": the outside reviewers of UB, UE and UF read it from the case's courses)."""
    rest = _rx(_INVESTIGATIONAL).sub(" study anticancer therapy ", text)
    if rest == text or _has(_THERAPY, _rx(r"study anticancer therapy").sub(" ", rest)):
        return None
    if "device" in rest:
        rest = _sub(_DEVICE, " ", rest)
    if "concurrent" in rest:  # "… agents or devices concurrently or within 28 days" (UQ): the wash-out
        rest = _sub(_CONCURRENTLY_OR, " ", rest)  # covers a course still running
    reading = "exclusion" if _has(r"^(no|not|without)\b", text) else kind  # "no … within": a wash-out
    found = [r for r in washout(rest, reading) if r.get("days")]
    return [{**r, "scope": "investigational"} for r in found] or None


_CONCURRENTLY_OR = r"\bconcurrently,? (or|and/or) (?=(within|in the|during)\b)"


def washout(text: str, kind: str) -> list[Req]:
    if _has(_UNLICENSED, text) and (only := _investigational_only(text, kind)) is not None:
        return only
    if not _has(_THERAPY, text) and _one_agent(text) is None and not _agents_listed(text):
        return []
    found: list[Req] = []
    if "concurrent" in text:  # "… antineoplastic therapy … concurrently or within 21 days" (NCT05365581,
        text = _sub(_CONCURRENTLY_OR, " ", text)  # UZ): the wash-out covers a course still running
    if _has(
        r"concurrent|concomitant|currently (receiving|on|treated)|ongoing (anti-?cancer|systemic)", text
    ) and not _has(
        # chemotherapy given with radiotherapy before an operation, not beside the study's (TT)
        r"concurrent chemo-?\s?radi\w*[^.;]{0,20}(prior to|before) (surgery|resection)",
        text,
    ):
        if _has(_NOT_ANTICANCER, text) and not _has(_ANTICANCER_NAMED, text):
            return []  # "concurrent severe infection with intravenous systemic antibiotics"
        if not _has(
            r"(concurrent|concomitant|current|ongoing)\w*( [\w-]+){0,4}? "
            r"(anti-?\s?-?\s?cancer|antineoplastic|systemic|chemo)",
            text,
        ):
            return []
        found.append({"type": "washout", "days": 0, "scope": _scope(text)})
    if _has(r"(adequate|appropriate|sufficient) (treatment )?wash-?\s?out", text):
        return [{"type": "washout", "scope": "systemic"}]
    special = _search(_SPECIAL_INTERVAL, text) if "(" in text else None
    if special is not None:
        # "within 14 days … (42 days for nitrosourea or mitomycin-C)": the rest of the item is read
        # without the bracket, which times the agents it names once the rest is read (NTX-1088,
        # NCT05378425; MK-1084, NCT05067283; twenty-ninth session, WM and WQ)
        text = text[: special.start()] + text[special.end() :]
    timed = [r for r in _interval(text, kind) if not found or r.get("days")]
    if special is not None and timed:
        days = int(special.group(1)) * DAYS_IN_UNIT[special.group(2)]
        # (an agent on one schedule only, "pembrolizumab given on a 6-week cycle", is not all its courses)
        what = _sub(r"[\w-]+ (given|administered|dosed) (on|every|in)\b[^,;]*", " ", special.group("what"))
        found += [{"type": "washout", "days": days, "scope": g} for g in therapy_groups(what)]
    return found + timed


# a bracket after an interval giving another interval for some agents or treatments
_SPECIAL_INTERVAL = (
    r"\s*\(\s*(?:at least |≥\s*)?(\d+)\s*(days?|weeks?|months?)\s+(?:for|in case of)\s+"
    r"(?P<what>[^()]{3,120})\)"
)


# "chemotherapy or radiotherapy within 2 weeks": one interval for both; the radiotherapy part is left
# open (rules_parts.py), the drug wash-out is read.
_SHARED_INTERVAL = (
    r"(chemo\w*|immunotherap\w*|anti-?\s?cancer \w+|systemic \w+),? "
    # "chemotherapy, definitive radiation, or biological cancer therapy within 4 weeks" (NCT05067283, WQ)
    r"(or |and |and/or )?((definitive|palliative|curative) )?(radiotherap|radiation)"
)


# How long a state has lasted ("chronic, stable grade 2 toxicities (no worsening to > grade 2 for at
# least 3 months prior to randomization)"): not a time since therapy.
_STATE_LASTED = r"worsening|\bstable\b|stabili[sz]ed|unchanged|without progression|neurologically"


# What a therapy list leaves out ("anti-cancer therapy (including traditional Chinese medicine, but
# excluding herbal prescriptions) within 4 weeks"): not a kind of therapy the interval is about.
_LEFT_OUT = r"e(?<=\be)xcluding\s[^,;)]*|e(?<=\be)xcept( for)?\s[^,;)]*|n(?<=\bn)ot including\s[^,;)]*"


# Therapies CONTRACT §1 treatment lines do not hold: hormone therapy, traditional or herbal medicine.
_NOT_RECORDED_THERAPY = (
    r"h(?<=\bh)ormon\w*( \w+)? therap\w*|(traditional )?chinese (herbal )?medicin\w*[^,;]*|"
    r"h(?<=\bh)erbal[^,;]*"
)


def _therapy_intervals(text: str) -> list[tuple[re.Match[str], str]]:
    """Intervals whose sentence names anticancer therapy, with no other kind of treatment before them
    in that sentence ("radiotherapy within 2 weeks" is not a drug wash-out)."""
    found = []
    bounds = [0, *(b.end() for b in _rx(r"[.;]\s").finditer(text)), len(text)]
    previous = 0
    for m in _rx(_INTERVAL).finditer(text):
        start = max(b for b in bounds if b <= m.start())
        end = min(b for b in bounds if b >= m.end())
        sentence = text[start:end]
        drugs = _has(_THERAPY.replace("wash-?\\s?out|", ""), sentence) or not _has(_NOT_ANTICANCER, text)
        day_of_cycle = text[max(0, m.start() - 6) : m.start()].endswith(("cycle", "cycle "))
        # the therapies an interval applies to are those named since the interval before it
        # ("radiotherapy within 2 weeks, or chemotherapy … within 4 weeks"); when none is named there
        # ("6 months (183 days)"), those named since the sentence began
        before = text[max(start, previous) : m.start()]
        if not _has(_THERAPY + "|" + _NOT_ANTICANCER, before):
            before = text[start : m.start()]
        if _rx(r"\s*(from|since|after) (the )?(any )?(prior|previous|last)\b").match(text, m.end()):
            # "at least 28 days from the previous major surgery, radiotherapy, cytotoxic chemotherapy
            # …; at least 14 days from …": the therapies follow the interval, up to the clause's end
            # (issue 15, eighth blind set: a 28-day wash-out was lost and a 14-day one read for all)
            following = _rx(r";|,? and at least|,? at least").split(text[m.end() : end], maxsplit=1)[0]
            # hormone therapy or traditional medicine "for anti-tumour indications" is not a drug the
            # case records; surgery or radiotherapy alone there make it no drug wash-out at all
            listed = _has(_ANTICANCER_NAMED, _sub(_NOT_RECORDED_THERAPY, " ", following))
            before = following if listed or _has(_NOT_ANTICANCER, following) else before
        else:
            listed = False
        before = _sub(_LEFT_OUT, " ", before)  # "(… but excluding herbal prescriptions)": not a kind asked
        previous = m.end()
        if (
            drugs
            and not day_of_cycle
            and (
                not _has(_NOT_ANTICANCER, before)
                or _has(_SHARED_INTERVAL, before)
                or (listed and _has(_ANTICANCER_NAMED, before))  # surgery, radiotherapy and drugs
            )
            and not _has(_STATE_LASTED, text[max(start, m.start() - 60) : m.start()])
        ):
            found.append((m, before))
    return found


def _days(m: re.Match[str]) -> int:
    return int(m.group(5)) * DAYS_IN_UNIT[m.group(6)]


# "Previous systemic treatment with taxane within 6 months": the wash-out of one agent or family (an
# agents.yaml group), not of every anticancer therapy (issue 15, seventh blind set). Not when the one
# named is an exception or an example, nor beside a broader kind of therapy.
_KINDS = (
    r"chemotherap|immunotherap|anti-?\s?cancer|antineoplastic|anti-?\s?tumou?r|targeted|biologic|"
    r"investigational|radiotherap|radiation|except|other than|excluding|unless|apart from|including|"
    r"such as|e\.g\.|\bany\b|"
    # an event timed from the agent ("progression within 3 months of starting it"), not a wash-out
    r"progress|relaps|recur|respon|start"
)
_BROADER = _KINDS + r"|\bor\b|\band\b"


# "current or recent (within the 7 days prior to enrollment) treatment of tegafur-gimeracil-oteracil"
# (IPXELOX, NCT04943653; forty-eighth blind set, UY): when, not a second therapy
_NOW_OR_LATELY = r"\b(current|concurrent|ongoing)(ly)? (or|and/or) (recent|prior|previous)(ly)?\b"


def _one_agent(text: str) -> str | None:
    if "current" in text or "ongoing" in text:  # ("concurrent" too): _NOW_OR_LATELY opens with one
        text = _sub(_NOW_OR_LATELY, " ", text)
    if "first" in text or "initial" in text:
        text = _sub(STUDY_DOSE, " ", text)  # the study's own treatment (rule_text.py)
    if " or " in text or " and " in text or _has(_BROADER, text):  # first: cheaper than the groups
        return None
    groups = therapy_groups(text)
    return groups[0] if len(groups) == 1 else None


def _agents_listed(text: str) -> list[str]:
    """The agents or families a wash-out names together and alone ("Nitrosoureas or mitomycin C ≥ 6
    weeks", "more than 6 weeks for nitroso or mitomycin": NCT06085755, NCT00970138; the VC, TH and TY
    reviewers timed them from those agents only), else []."""
    if (" or " not in text and " and " not in text) or _has(_KINDS, text):
        return []
    groups = therapy_groups(text)
    return groups if len(groups) > 1 else []


def _per_class(text: str, intervals: list[tuple[re.Match[str], str]]) -> list[Req]:
    """One wash-out per kind of therapy when each interval names its own ("chemotherapy within 4
    weeks, targeted agents within 7 days", "at least 4 weeks since chemotherapy"): the therapy named
    before the interval, else the one named after it up to the next interval or the sentence end.
    None when two intervals fall on the same kind, or when half-lives are offered as well."""
    if _has(r"half\s?-?\s?li(ves|fe)", text):
        return []
    found: list[Req] = []
    for i, (m, before) in enumerate(intervals):
        if not _has(_NAMES_THERAPY, before):
            stop = intervals[i + 1][0].start() if i + 1 < len(intervals) else len(text)
            before = _rx(r"[.;]\s").split(text[m.end() : stop])[0]
        scope = _scope(before)
        if any(r["scope"] == scope for r in found):
            return []
        found.append({"type": "washout", "days": _days(m), "scope": scope})
    return found


# "At least five half-lives from prior cytotoxic chemotherapy, immunotherapy, biological agents": a
# wash-out stated in half-lives alone (matching/evaluate_washout.py knows the antibodies' half-lives).
_HALF_LIVES_FROM = (
    r"(?P<n>\d|five|three)\s*(x\s*)?half\s?-?\s?li(ves|fe)\s*(from|since|after|of) (the )?(any )?"
    r"(prior|previous|last)(?P<what>[^;]*)"
)


# "Less than 6 months have elapsed from completion of prior neoadjuvant or adjuvant chemotherapy or
# chemoradiotherapy to randomization" (RILOMET-1, NCT01697072; twenty-first blind set, TX): the time since
# a curative course only; a palliative line's last dose is not what it measures.
_OF_CURATIVE = (
    rf"\b(completion|end|last (dose|cycle)) of (the )?(prior |previous )?{CURATIVE_SETTING}"
    rf"(\s?(/|or|and|and/or)\s?{CURATIVE_SETTING})*\s(systemic )?(chemo|therap|treatment)"
)


def _curative_settings(text: str) -> list[str] | None:
    """The curative settings a wash-out is timed from, when it names only them (see _OF_CURATIVE)."""
    m = _search(_OF_CURATIVE, text)
    if m is None or _has(r"\bany\b|palliative|metasta|advanced|other (systemic|anti)", text):
        return None
    return settings_named(m.group(0))


def _interval(text: str, kind: str) -> list[Req]:
    intervals = _therapy_intervals(text)
    if not intervals:
        half = _search(_HALF_LIVES_FROM, text) if "half" in text else None
        if half and _has(_ANTICANCER_NAMED + "|biologic", half.group("what")):
            lives = {"five": 5, "three": 3}.get(half.group("n")) or int(half.group("n"))
            return [{"type": "washout", "scope": _scope(half.group("what")), "half_lives": lives}]
        return []
    m = intervals[0][0]
    if not _has(
        r"within|since|before|prior to|wash-?\s?out|from (the )?last|elapsed|≥|>=|>|at least|discontinu|"
        r"post[- ]?dos|in the (past|last|previous) \d|^more than \d",
        text,
    ):
        return []
    if kind == "inclusion" and not _has(
        # "More than 4 weeks for cytotoxic agents or growth inhibitors" (NCT01512745, TY; NCT00970138, TH)
        r"since|at least|≥|>=|>|wash-?\s?out|elapsed|discontinu|from (the )?last|post[- ]?dos|^more than \d",
        text,
    ):
        return []  # "must have received … within 6 months" asks for recent therapy, not a wash-out
    if _has(
        r"diagnos|random\w* within|life expectancy|survival|screening (period|window)|"
        r"(occurrence|appearance) of (the )?(metasta|recurr|relaps|advanced)",  # a time to a relapse
        text,
    ):
        return []
    if "progress" in text and _has(r"progress\w* (\w+ ){0,3}(during or )?within", text):
        return []  # "progression during or within 6 months of the last dose": an event, not a wash-out
    if len({_days(m) for m, _ in intervals}) > 1:
        return _per_class(text, intervals)
    if listed := _agents_listed(text):
        return [{"type": "washout", "days": _days(m), "scope": group} for group in listed]
    req: Req = {"type": "washout", "days": _days(m), "scope": _one_agent(text) or _scope(text)}
    if ("adjuvant" in text or "operative" in text) and (settings := _curative_settings(text)) is not None:
        req["settings"] = settings
    # "5 half-lives", "5x half-life", "5 times the half-life" (NCT05365581; UZ)
    if half := _search(r"(\d|five|three)\s*(x\s*|times (the )?)?half\s?-?\s?li(ves|fe)", text):
        req["half_lives"] = {"five": 5, "three": 3}.get(half.group(1)) or int(half.group(1))
        if _has(r"whichever (is )?(longer|greater)", text):
            req["whichever"] = "longer"
        elif _has(r"whichever (is )?(shorter|less)", text):
            req["whichever"] = "shorter"
    return [req]
