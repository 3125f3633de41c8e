"""Criterion rules for what followed a treatment: therapy given after a course containing a named
agent or class, how the most recent line ended (for advanced disease, when the criterion says so),
and a maintenance study's first line that did not progress (see rules.py for the requirement types)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from her2nav.trials.criteria.rule_text import DAYS_IN_UNIT, Req, _has
from her2nav.trials.criteria.therapy_groups import therapy_groups as _therapy_groups

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
    # "evidence of disease progression on imaging during or after the last systemic treatment"
    r"progress\w*( of (the )?disease| disease| on imaging| radiologically)? "
    r"(on|after|following|during) (or after )?"
    r"(the |their |his or her |her |his )?(last|most recent|latest|immediately preceding) (prior )?"
    r"(line of )?(systemic |anti-?\s?cancer |anti-?\s?tumou?r )?(therapy|treatment|regimen|line)"
)


# "Progressive cancer at the time of enrollment", "progressive disease at study entry": the disease is
# progressing now, which a course ended by progression (or a relapse after it) shows; with no course
# recorded nothing shows it either way (UI's CERTIS1, NCT05417594, thirty-second blind set)
_AT_ENTRY = re.compile(
    r"(progressive|progressing) (disease|cancer|tumou?rs?|malignancy)( \w+)? (at|on|by) (the time of )?"
    r"(study )?(entry|enrol+ment|screening|registration|inclusion|baseline)"
)


def progressed_on_last(text: str, kind: str) -> list[Req]:
    if kind != "inclusion":
        return []
    if not _AFTER_LAST_LINE.search(text):
        return [{"type": "progressed_on_last", "at_entry": True}] if _AT_ENTRY.search(text) else []
    req: Req = {"type": "progressed_on_last"}
    if _has(r"intoleran|not tolerat|unable to tolerate", text):
        req["or_intolerant"] = True
    if _has(_FOR_ADVANCED, text):
        req["advanced_setting"] = True
    return [req]


# "… the most recent systemic therapy for locally-advanced unresectable or metastatic disease": the
# last therapy is a line for advanced disease; a perioperative course whose relapse came later than
# CONTRACT §1's 6 months is none (thirteenth blind set, SGNTUC-019 NCT04579380)
_FOR_ADVANCED = (
    r"\b(therapy|treatment|regimen|line) (given )?(for|in) (the )?(locally[- ]advanced|advanced|unresectable|"
    r"metastatic|recurrent)\b"
)


# "Completion of 6 cycles of first-line chemotherapy … with > stable disease on the end of treatment CT
# scan": a maintenance study after a first line that did not progress (PLATFORM NCT02678182, thirteenth
# blind set): one line, not ended by progression.
# The next sentence may say it ("… received 3-6 months of first-line systemic therapy for advanced disease
# within 4 weeks of … randomization. Patient must have at least stable disease, with no evidence of
# disease progression on first-line systemic therapy": EA2183 NCT04248452, eighteenth blind set, TT),
# and the order may be the other way round ("No disease progression after first-line chemotherapy").
# ("… as first-line chemotherapy and the response was not progression disease (PD)": TV)
_NOT_PROGRESSED = (
    # ("… first line systemic treatment without visceral metastatic progression": STOPGAP, NCT04762953)
    r"(stable disease|without ((disease|visceral|metastatic) ){0,2}progression|"
    r"no (evidence of )?(disease )?progression|"
    r"non-?\s?progress|non-?\s?pd\b|response or stable|disease control|(was|is) not progressi\w*)"
)
# "The fist line treatment should be 5-FU based regimen …, and patients should received 6 cycles …
# treatment with the efficacy of non-PD" (a maintenance study, NCT03889626; twenty-first blind set, TX):
# the first line named, misspelt, before what it must have been
_FIRST = r"fi(?:r)?st[- ]line"
_MAINTENANCE_AFTER_FIRST = re.compile(
    rf"\b(completion of|completed|received|after)\b[^.;]{{0,40}}\b{_FIRST}\b.{{0,300}}?"
    + _NOT_PROGRESSED
    + rf"|\b(no|without) (evidence of )?(disease )?progression (on|after|during|following) (\w+ ){{0,3}}"
    rf"{_FIRST}\b|^the {_FIRST} (treatment|therapy|chemotherapy|regimen)\b.{{0,300}}?" + _NOT_PROGRESSED
)
# "received 3-6 months of first-line systemic therapy": how long the first line has run
_MONTHS_OF_FIRST = re.compile(
    r"\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*months? of (?:\w+ ){0,2}first[- ]line\b"
)
# "6 cycles (3-week regimen) or 12 cycles (2-week regimen)": cycles of a length the item states
_CYCLES_OF = re.compile(r"\b(\d{1,2}) cycles?\s*\(?(?:of )?(?:a |an )?(\d)[- ]week(?:ly)?\b")


def maintenance_after_first_line(text: str, kind: str) -> list[Req]:
    """A maintenance or consolidation study's entry: one first line for advanced disease that has not
    progressed (requirement ``first_line_held``, with ``months`` when the item says how long it ran, or
    ``cycles``, [count, weeks] pairs, when it says how many cycles of a stated length)."""
    if kind != "inclusion" or ("st line" not in text and "st-line" not in text):
        return []
    if not _MAINTENANCE_AFTER_FIRST.search(text):
        return []
    req: Req = {"type": "first_line_held"}
    if m := _MONTHS_OF_FIRST.search(text):
        req["months"] = [int(m.group(1)), int(m.group(2))]
    elif cycles := _CYCLES_OF.findall(text):
        req["cycles"] = [[int(n), int(weeks)] for n, weeks in cycles]
    return [req]


# "disease progression during the first-line chemotherapy" (an exclusion of a maintenance study,
# NCT03598348; nineteenth blind set, TV): a first line for advanced disease that ended in progression
# (requirement ``first_line_progressed``)
_PROGRESSED_ON_FIRST = re.compile(
    rf"^(disease )?progress\w* (during|on|under|while on|while receiving) (the )?{_FIRST} "
    r"(chemotherapy|therapy|treatment|regimen)\b"
)


# "Disease progression during or within 4 months after the last dose of the first-line therapy"
# (fruquintinib's second-line study, NCT03223376; fourteenth blind set, TQ): in an inclusion, the first
# line ended in progression, or the disease progressed within the window after its last dose
# (``within_days``); a (neo)adjuvant course counted as the first line counts with the study's window.
_PROGRESSED_WITHIN_FIRST = re.compile(
    r"progress\w*[^.;]{0,40}?\bwithin (?P<n>\d{1,2}) (?P<unit>months?|weeks?|days?) "
    r"(after|of|from|following) "
    rf"((the )?last (dose|cycle|administration)|(the )?(completion|end)) of (the )?{_FIRST}"
)


def first_line_progressed(text: str, kind: str) -> list[Req]:
    if kind == "inclusion" and (m := _PROGRESSED_WITHIN_FIRST.search(text)):
        return [{"type": "first_line_progressed", "within_days": int(m["n"]) * DAYS_IN_UNIT[m["unit"]]}]
    if kind != "exclusion" or not _PROGRESSED_ON_FIRST.search(text):
        return []
    return [{"type": "first_line_progressed"}]


# "The time from the last cycle treatment to the enrollment cannot exceed 6 weeks" (NCT03889626, TX),
# "Able to proceed with maintenance treatment within 28 days of the last day of the last cycle of
# chemotherapy" (PLATFORM NCT02678182, TO): a maintenance study's window after the last dose, which the
# most recent course's end date decides (requirement ``last_therapy_within``, ``days``).
_LAST_DOSE = r"(the )?last (day of (the )?last )?(cycle|dose|course|administration)( of)?"
_SINCE_LAST_AT_MOST = re.compile(
    rf"\btime from {_LAST_DOSE} ([\w-]+ ){{0,2}}to (the )?(enrol\w*|randomi[sz]\w*|registration) "
    r"(cannot|can not|must not|should not|shall not|may not|does not|not to) exceed (?P<n>\d{1,3}) "
    r"(?P<unit>days?|weeks?)|\bwithin (?P<n2>\d{1,3}) (?P<unit2>days?|weeks?) (of|after|from) " + _LAST_DOSE
)


def last_therapy_within(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or "last" not in text or not (m := _SINCE_LAST_AT_MOST.search(text)):
        return []
    n, unit = int(m["n"] or m["n2"]), m["unit"] or m["unit2"]
    return [{"type": "last_therapy_within", "days": n * (7 if unit.startswith("week") else 1)}]


# A rollover or extension study's own entry ("eligible to receive continued study treatment per the
# Parent Study", "on treatment hold in the Parent Study"): only a patient treated in a parent study
# enters. One with no line given cannot be; for the rest, enrolment in a parent study is a fact no case
# records (CONTRACT §1), left open.
_PARENT_STUDY = re.compile(r"parent (study|studies|trial|protocol)")
_ENTRY_FROM_PARENT = r"continu|treatment hold|rechallenge|enrol|receiv|participat|roll"


def parent_study(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not _PARENT_STUDY.search(text) or not _has(_ENTRY_FROM_PARENT, text):
        return []
    return [
        {"type": "prior_lines", "min": 1},
        {"type": "open_parts", "parts": ["enrolment in the parent study"]},
    ]


class _Read(Protocol):
    kind: str
    requirements: list[Req]


def beyond_the_held_first_line(criteria: Sequence[_Read]) -> None:
    """In a maintenance study (an inclusion asks for ``first_line_held``), an exclusion of "previous
    treatment for advanced disease" excludes treatment beyond the first line the study asks for: its
    prior-lines minimum of 1 becomes 2 (NCT03598348's reviewer, TV: otherwise every patient the study
    takes would be excluded)."""
    if not any(
        r["type"] == "first_line_held" for c in criteria if c.kind == "inclusion" for r in c.requirements
    ):
        return
    for crit in criteria:
        if crit.kind == "exclusion":
            for req in crit.requirements:
                if req["type"] == "prior_lines" and req.get("min") == 1 and "max" not in req:
                    req["min"] = 2
