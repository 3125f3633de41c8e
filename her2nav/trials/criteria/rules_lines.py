"""Line-of-therapy settings a criterion requires in passing (inclusion): "… gastric cancer in the
second-line setting", "… and has been previously treated", "progressed after one prior systemic
therapy", "newly diagnosed". Each gives bounds on prior palliative lines, counted as the case counts
them (history.count_lines, CONTRACT §1: a relapse within 6 months of perioperative therapy is a line).
Used by rules_line_counts.prior_lines, which merges these bounds with its own counts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from her2nav.knowledge.agents import vocabulary
from her2nav.trials.criteria.rule_text import Req, _has, _rx, _search

DAYS_PER = {"month": 30.5, "week": 7.0, "day": 1.0}

_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ORD = r"(first|1st|second|2nd|third|3rd|fourth|4th)"
# An ordinal line named as a setting: "second-line", "second line", "2nd-line", "second- or third-line".
_ORDINAL_LINE = rf"\b{_ORD}(?:[- ]?(?:or|and|to)[- ]?{_ORD})?[- ]line\b"
# Words before an ordinal line that make it a line already given ("progressed after first-line
# therapy", "failure of second-line"), not the setting the study treats in.
_GIVEN_BEFORE = (
    r"(\bon|\bafter|following|received|\bhad|failure of|failed|refractory to|intoleran\w* (to|of)|"
    r"completi?o?n?g? of|completed|completing|beyond|progress\w*|prior|previous|during|"
    r"count\w* as|considered( as)?|regarded as|dose of|ineffective|"
    # "At least one measurable or evaluable lesion in the first-line chemotherapy" (a maintenance
    # study's record, NCT03889626; twenty-first blind set, TX): a lesion followed during that line
    r"lesions? (in|during))\b[^.;]{0,40}$"
)
# "first-line and second-line chemotherapy of advanced gastric cancer": two lines joined by "and" are
# lines given (or cohorts of both), never one setting to treat in; not read as a setting (eleventh
# blind set: the reviewer read lines given, the rule had read "0 or 1 prior line")
_AND_JOINED = rf"{_ORD}[- ](line[- ])?(and|&)[- ]{_ORD}[- ]line"
# "second-line or later", "second line and beyond", "at least second-line": a minimum only.
_OR_LATER = r"^[- ]?(?:(?:setting|therapy|treatment)\s)?(or|and) (later|beyond|higher|above|subsequent)"
_AT_LEAST_BEFORE = r"(at least|≥|>=|or later)\s*(a |the )?$"


@dataclass(frozen=True)
class LineBounds:
    low: int | None = None
    high: int | None = None
    newly_diagnosed: bool = False
    setting: bool = False  # a line the study treats in ("second-line"): a line for advanced disease


def _merge(a: LineBounds, low: int | None, high: int | None, new: bool = False) -> LineBounds:
    lows = [v for v in (a.low, low) if v is not None]
    highs = [v for v in (a.high, high) if v is not None]
    return LineBounds(
        max(lows) if lows else None, min(highs) if highs else None, a.newly_diagnosed or new, a.setting
    )


def _ordinal_setting(text: str) -> tuple[int | None, int | None]:
    """(min, max) prior lines from an ordinal line the study treats in: "second-line" → exactly one
    prior line; "second- or third-line" → one or two; "second-line or later" → at least one. An ordinal
    line given already ("after first-line therapy") says nothing here (rules_history reads it)."""
    spans: list[tuple[int, int | None]] = []
    if " and " in text and _has(_AND_JOINED, text):
        return None, None
    for m in _rx(_ORDINAL_LINE).finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        # "… as second-line treatment": the study's setting; not "… is counted as first-line therapy"
        as_setting = before.endswith((" as ", " as a ")) and not _has(
            r"(count\w*|considered|regarded) as (a )?$", before
        )
        if (_has(_GIVEN_BEFORE, before) and not as_setting) or "criteria:" in before:
            continue  # a line given already, or a cohort heading run into the item (cohorts.py)
        if _has(r"^\s*(therapy|treatment|regimen|chemotherapy)?\s*(should|must)\b", after):
            continue  # "First-line therapy should include …": what the line given was
        if _has(
            r"^\s*(chemotherapy |therapy |treatment |regimen )?(failure|failed|progression|refractory)", after
        ):
            continue  # "The first-line chemotherapy failure (…)": a line given already (TZ, NCT01836120)
        first = _ORDINAL[m.group(1)]
        last = _ORDINAL[m.group(2)] if m.group(2) else first
        open_ended = _has(_OR_LATER, after) or _has(_AT_LEAST_BEFORE, before)
        spans.append((first - 1, None if open_ended else last - 1))
    if not spans:
        return None, None
    low = min(lo for lo, _ in spans)
    highs = [hi for _, hi in spans]
    high = None if None in highs else max(h for h in highs if h is not None)
    return (low or None), high


# "previously treated", "pretreated" as a state of the disease (not "previously treated with X", which
# is prior_therapy's, nor previously treated brain metastases, nor "untreated or previously treated").
_PREVIOUSLY_TREATED = (
    r"(p(?<=\bp)reviously[- ]treated|p(?<=\bp)re-?treated|a(?<=\ba)lready[- ]treated)\b(?!\s+with\b)|"
    # "has received prior therapy for the cancer": the same state, in other words
    r"r(?<=\br)eceived (any )?(prior|previous) (systemic |anti-?\s?cancer )?(therap(y|ies)|treatments?) for "
    r"(the|their|his or her|this|that) (cancer|disease|tumou?r|malignancy)\b"
)
# "advanced refractory HER2-positive solid tumours", "refractory metastatic gastric cancer": disease
# that progressed on treatment, so at least one prior line (NCI Dictionary of Cancer Terms: refractory,
# "does not respond to treatment"). Not "refractory to X" (prior_therapy reads the agent), nor
# "relapsed or refractory", which a relapse after curative therapy meets without any palliative line.
_REFRACTORY_DISEASE = (
    r"r(?<=\br)(?<!relapsed or r)(?<!recurrent or r)(?<!relapsed/r)(?<!recurrent/r)efractory"
    r"(?! to\b)(?! or relapsed)(?! or recurrent)(?!/relapsed)(?!/recurrent)"
    r" ([\w-]+ ){0,5}?(tumou?rs?|cancers?|carcinomas?|adenocarcinomas?|disease|malignanc\w*|neoplasms?)\b"
)
_NOT_PREVIOUSLY = r"\b(not|never|no|un)\b\s*(have\s+)?(been\s+)?(previously[- ]treated|pre-?treated)"
_OTHER_SUBJECT = r"brain|\bcns\b|central nervous|leptomening|spinal cord|lesions? (that|which)|untreated"
_PERMISSION = r"\b(allowed|permitted|eligible|acceptable|may (be|have))\b"
# "progressed on/after one (prior) systemic therapy": exactly one prior line. Also "disease progression
# under or after 1 prior platinum-based or 5-fluoropyrimidine-based chemotherapy" (NCT02005484, UD) and
# "Failed treatment with one regimen containing …" (NCT02178956, TX): both reviewers, one line only.
_ONE_PRIOR = (
    r"(progress\w*|relaps\w*|fail\w*|refractory)\s+(\w+\s+){0,2}?(on|after|during|following|to|under|with)\s+"
    r"(or after\s+)?(exactly |only )?(one|1|a single)\s+(prior |previous )?"
    r"([\w/-]+-(based|containing)\s+((or|and)\s+)?){0,2}"
    r"(line|regimen|systemic|therap|treatment|chemo)"
)
_EXACTLY_ONE = (
    r"(e(?<=\be)xactly|o(?<=\bo)nly|o(?<=\bo)ne and only)\s+(one|1)\s+(prior |previous )?"
    r"(line|regimen|systemic|therap|treatment)|"
    # "received only first line"
    r"(r(?<=\br)eceived|h(?<=\bh)ad) (only|exactly) (the |a |one )?(first|1st)[- ]line\b"
)
_NEWLY_DIAGNOSED = r"n(?<=\bn)ewly[- ]diagnosed\b"
# An ordinal line already given ("failure of the second-line standard treatment", "have received at
# least the first-line platinum-based treatment", "progressed after second-line therapy"): at least that
# many prior lines. Not a line counted as ("… can be counted as one previous (1st-line) therapy"), nor a
# line not given ("has not received first-line therapy"), nor a permission.
_GIVEN_LINE = (
    rf"(r(?<=\br)eceived|h(?<=\bh)ad|a(?<=\ba)fter|f(?<=\bf)ollowing|f(?<=\bf)ailure of|f(?<=\bf)ailed|"
    rf"r(?<=\br)efractory to|i(?<=\bi)ntoleran\w* (to|of)|"
    # "radiographic progression or clinical worsening of symptoms during second-line treatment"
    rf"p(?<=\bp)rogress\w*( or [a-z ]{{1,40}}?)? (on|after|during|following)|"
    # "… who have failed to the second line or higher line chemotherapy" (ALTER0503, NCT02461407; VX)
    rf"c(?<=\bc)ompleted|b(?<=\bb)eyond|d(?<=\bd)ose of)( or after)? (to |in )?(at least )?(the |a |one )?"
    r"(standard |approved )?"
    rf"{_ORD}[- ]line"
)
_LINE_FAILURE = rf"\b{_ORD}[- ]line (chemotherapy |therapy |treatment |regimen )?(failure|failed)\b"
_NOT_GIVEN = r"\b(not|no|never|without)\b[^.;]{0,25}$"


_IF_ELIGIBLE = re.compile(r"\bif (they|he|she|the (patient|participant|subject)s?) (is|are) eligible\b")


def _given_line(text: str) -> int | None:
    lows = [
        _ORDINAL[m.group(m.lastindex or 0)]
        for clause in re.split(r"[.;] ", text)
        # not a permission (one in a bracket that opens "(if …": another way in), not one cohort's
        # (nor one "if they are eligible to receive" it: a condition, TIL's NCT03935893, WG)
        if not _has(_PERMISSION, _IF_ELIGIBLE.split(clause.split("(if ", 1)[0], 1)[0])
        and not _has(_COHORT_NAME, clause)
        for m in _rx(_GIVEN_LINE).finditer(clause)
        if not _has(_NOT_GIVEN, clause[max(0, m.start() - 40) : m.start()])
    ]
    return max(lows) if lows else None


# A sentence listing several cohorts or arms: a line setting in it belongs to one of them (cohorts.py).
_COHORT_NAME = r"\b(exp|cohort|arm|part)[- ]?\w{1,2}\b"
_SEVERAL_COHORTS = rf"\b(cohorts|arms|parts)\b|{_COHORT_NAME}[^.;]*{_COHORT_NAME}"
_COHORT_NAME_WORDS = ("cohort", "arm", "part", "exp")  # each _SEVERAL_COHORTS match has one


def line_bounds(text: str) -> LineBounds:
    """Bounds on prior palliative lines a line-of-therapy setting in ``text`` requires (inclusion)."""
    bounds = LineBounds()
    if "line" in text and (given := _given_line(text)) is not None:
        bounds = _merge(bounds, given, None)
    if any(word in text for word in _COHORT_NAME_WORDS) and _has(_SEVERAL_COHORTS, text):
        return bounds
    low, high = _ordinal_setting(text)
    if low is not None or high is not None:
        bounds = replace(_merge(bounds, low, high), setting=True)
    if (
        _has(_PREVIOUSLY_TREATED, text)
        and not _has(_NOT_PREVIOUSLY, text)
        and not _has(_OTHER_SUBJECT, text)
        and not _has(_PERMISSION, text)
    ):
        bounds = _merge(bounds, 1, None)
    if (
        "refractory" in text
        and _has(_REFRACTORY_DISEASE, text)
        and not _has(_OTHER_SUBJECT, text)
        and not _has(_PERMISSION, text)
    ):
        bounds = _merge(bounds, 1, None)
    if "fail" in text and (m := _search(_LINE_FAILURE, text)):
        # "The first-line chemotherapy failure (required containing 5-fluorouracil)" (a second-line
        # study, NCT01836120; TZ): the patient's state is that line's failure, so that many lines
        bounds = _merge(bounds, _ORDINAL[m.group(1)], _ORDINAL[m.group(1)])
    if (_has(_ONE_PRIOR, text) or _has(_EXACTLY_ONE, text)) and not _has(
        # "at least" of the count, not of what the regimen held ("… containing at least a doublet")
        r"at least (one|1)\b|at least an?( single| prior| previous)? (line|regimen|therap|treatment|chemo)|"
        r"or more|one or two|1 or 2|one to|1-|up to|≥|>=",
        text,
    ):
        bounds = _merge(bounds, 1, 1)
    if (m := _search(_NEWLY_DIAGNOSED, text)) and not _has(
        r"brain|\bcns\b|recurren|relaps|or (previously )?treated", text[m.start() :]
    ):
        bounds = _merge(bounds, None, 0, new=True)
    return bounds


# A study's own rule for prior (neo)adjuvant therapy, timed from the study's start: "neoadjuvant or
# adjuvant therapy is allowed; however, … > 3 months from planned C1D1", "may have received neo-adjuvant
# or adjuvant chemotherapy … as long as it was completed at least 6 months prior to randomization". The
# course is then not one of the study's prior lines once that window has passed, whatever CONTRACT §1
# makes of an early relapse after it (matching/evaluate_history.prior_lines);
# ``perioperative_allowed_days`` is the window in days. A window timed to the recurrence ("> 6 months
# between the end of adjuvant treatment and the diagnosis of recurrent disease") is CONTRACT §1's own
# early-relapse rule, and an allowance with no window leaves that rule to decide too.
_PERIOPERATIVE_ALLOWED = re.compile(
    r"(neo-?\s?adjuvant|adjuvant|peri-?\s?operative)[^.;]{0,120}?\b(is|are) (also )?"
    r"(allowed|permitted|permissible|acceptable)|"
    # "previous (neo-)adjuvant chemotherapy allowed if finished at least 6month ago" (TZ, NCT01283204)
    r"(neo-?\)?-?\s?adjuvant|adjuvant|peri-?\s?operative) (systemic )?(chemotherapy|therapy|treatment) "
    r"(is |are )?(allowed|permitted) (if|when|provided)|"
    r"may have received (either )?(prior )?(neo-?\s?adjuvant|adjuvant|peri-?\s?operative)"
)
_WINDOW = re.compile(
    r"(>|≥|>=|more than|at least|greater than|longer than|over)\s*(?P<n>\d+)\s*(?P<unit>months?|weeks?|days?)"
    r"[^.;]{0,30}?\b(from|before|prior to)\s+(the\s+)?(planned\s+)?"
    r"(c1d1|cycle 1|first dose|randomi[sz]ation|enrol\w*|registration|study (treatment|drug|entry|start)|"
    r"start of (the )?study)|"
    r"(>|≥|>=|more than|at least|greater than|longer than|over)\s*(?P<n2>\d+)\s*"
    r"(?P<unit2>months?|weeks?|days?) ago\b"
)


def with_perioperative_rule(req: Req, text: str) -> Req:
    if "adjuvant" not in text and "operative" not in text:
        return req
    m = _PERIOPERATIVE_ALLOWED.search(text)
    if m is None:
        return req
    sentence = text[m.start() :].split(". ", 1)[0]  # the window is stated in the same sentence
    if not (w := _WINDOW.search(sentence)):
        return req
    n, unit = int(w["n"] or w["n2"]), (w["unit"] or w["unit2"]).rstrip("s")
    return {**req, "perioperative_allowed_days": round(n * DAYS_PER[unit])}


# "… is permitted, but platinum-based adjuvant/neoadjuvant chemotherapy is not permitted": a
# (neo)adjuvant course with an agent of that family is what the item excludes, whatever its timing
# (families as agents.yaml names them).
_PERIOPERATIVE_FORBIDDEN = (
    r"(?P<family>[a-z]+)[- ](based|containing) (neo-?\s?adjuvant|adjuvant|peri-?\s?operative)[^.;]{0,60}?"
    r"\b(is|are) not (permitted|allowed)"
)


def forbidden_perioperative(text: str, kind: str) -> list[Req]:
    """A prior-therapy requirement on each agent family a "not permitted" (neo)adjuvant clause names."""
    if "not permitted" not in text and "not allowed" not in text:
        return []
    vocab = vocabulary()
    families = {a.family for a in vocab.by_id.values() if a.family}
    out: list[Req] = []
    for m in _rx(_PERIOPERATIVE_FORBIDDEN).finditer(text):
        if m.group("family") in families:
            req: Req = {"type": "prior_therapy", "group": m.group("family")}
            out.append(req if kind != "inclusion" else {**req, "negated": True})
    return out


# "If patient received adjuvant therapy for non-metastatic disease, this therapy should be completed more
# than 6 months before the diagnosis of metastatic or recurrent disease", "provided there is > 6 months
# between the end of perioperative treatment and the diagnosis of recurrent disease" (issue 15, ninth
# blind set): a (neo)adjuvant course, if the case had one, ended at least that long before the relapse
# (``late_relapse``, ``days``; matching/evaluate_history.py).
_RELAPSE_WINDOW = (
    r"(neo-?\s?adjuvant|adjuvant|peri-?\s?operative)[^.;]{0,120}?(completed|ended|finished)[^.;]{0,30}?"
    r"(more than|at least|>|≥|>=|over)\s*(?P<n>\d+)\s*(?P<unit>month|week|day)s?[^.;]{0,15}?"
    r"(before|prior to)\s+(the\s+)?(first\s+)?"
    r"(diagnosis|recurrence|relapse|documentation|occurrence|appearance)|"
    r"(more than|at least|>|≥|>=)\s*(?P<n2>\d+)\s*(?P<unit2>month|week|day)s? between the end of"
    r"[^.;]{0,80}?(neo-?\s?adjuvant|adjuvant|peri-?\s?operative)[^.;]{0,60}? and the (diagnosis of )?"
    r"(recurren|relaps|metasta)"
)


# "Relapse within 6 months after adjuvant chemotherapy" (a second-line study's entry route beside
# progression on a first line, NCT03137004; VW): a (neo)adjuvant course, if the case had one, ended at
# most that long before the relapse; a case with none is entered by the other route
_EARLY_RELAPSE = (
    r"^(relapse|recurrence|progression)d?\w* (within|in|≤|<=|<) (?P<n>\d+) (?P<unit>month|week|day)s? "
    r"(after|of|following|from) (the )?(completion of |end of |last dose of )?"
    r"(neo-?\s?adjuvant|adjuvant|peri-?\s?operative)\b"
)


def relapse_window(text: str, kind: str) -> list[Req]:
    if kind == "inclusion" and "within" in text and (m := _search(_EARLY_RELAPSE, text)):
        req: Req = {"type": "late_relapse", "days": round(int(m.group("n")) * DAYS_PER[m.group("unit")])}
        return [{**req, "early": True, **({"chemotherapy": True} if "chemo" in text else {})}]
    if kind != "inclusion" or not (m := _search(_RELAPSE_WINDOW, text)):
        return []
    n, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
    return [{"type": "late_relapse", "days": round(int(n) * DAYS_PER[unit])}]


# "Previously untreated" wording of first-line studies (inclusion): a prior-lines maximum of 0
# (rules_line_counts.prior_lines).
UNTREATED = (
    r"previously untreated|treatment[- ]na[iï]ve(?! to)|therapy[- ]na[iï]ve(?! to)|"
    r"systemic[- ]na[iï]ve(?! to)|"
    r"na[iï]ve to (any )?(prior )?(systemic |anti-?cancer |palliative )?(therapy|treatment|chemotherapy)|"
    r"untreated (for )?(locally advanced|unresectable|advanced|metastatic|her2)|"
    # "untreated gastric cancers", "with no treatment previously", "without prior systemic therapy"
    # (issue 15, seventh blind set); not untreated brain metastases (no cancer noun follows them)
    r"untreated ((?!brain|cns|central)[\w/-]+ ){0,3}(cancers?|carcinomas?|adenocarcinomas?|tumou?rs?)\b|"
    r"no (systemic |anti-?cancer )?(treatment|therapy) previously|"
    # "never received systemic anti-tumor drug therapy before" (issue 15, tenth blind set)
    r"never (received|been treated with) (any )?(prior )?(systemic )?(anti-?\s?(tumou?r|cancer) )?(drug )?"
    r"(therapy|treatment)|"
    r"(with no|without( any)?) (prior|previous) (systemic |anti-?\s?cancer |palliative )*"
    r"(therapy|treatment|chemotherapy)(?! with)|"
    # "No previous systemic therapy for … metastatic gastric/GEJ cancer" (eighteenth blind set, TT)
    # … and "No prior cytotoxic or targeted therapy" (TT)
    r"no (prior|previous) ((systemic|anti-?cancer|anticancer|palliative|cytotoxic|targeted)( or | and | ))?"
    r"((systemic|cytotoxic|targeted) )?(therapy|treatment|chemotherapy|systemic)"
    r"(?! with)|"  # "no prior treatment with a PD-1 inhibitor" is about one kind of therapy
    # "… that has not previously received any systemic treatment"
    r"not (have )?(been )?(previously |yet )?(received|had|treated with) (any )?(prior )?"
    r"(systemic|anti-?cancer|chemotherapy|treatment)(?! with)|"
    # "Patients with pre-treatment(radiotherapy, chemotherapy) is not carried out" (TZ, NCT01283204)
    r"pre-?\s?treatment\s?(\([^)]{0,40}\))?\s?(is|was|has been) not (carried out|performed|given|done)"
)
