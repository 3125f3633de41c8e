"""Criterion rules for what followed a treatment: therapy given after a course containing a named
agent or class, how the most recent line ended (for advanced disease, when the criterion says so),
and a maintenance study's first line that did not progress (see rules.py for the requirement types)."""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import Req, _has
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


def progressed_on_last(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not _AFTER_LAST_LINE.search(text):
        return []
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
    r"(stable disease|without (disease )?progression|no (evidence of )?(disease )?progression|"
    r"non-?\s?progress|response or stable|disease control|(was|is) not progressi\w*)"
)
_MAINTENANCE_AFTER_FIRST = re.compile(
    r"\b(completion of|completed|received|after)\b[^.;]{0,40}\bfirst[- ]line\b.{0,300}?"
    + _NOT_PROGRESSED
    + r"|\b(no|without) (evidence of )?(disease )?progression (on|after|during|following) (\w+ ){0,3}"
    r"first[- ]line\b"
)
# "received 3-6 months of first-line systemic therapy": how long the first line has run
_MONTHS_OF_FIRST = re.compile(
    r"\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*months? of (?:\w+ ){0,2}first[- ]line\b"
)


def maintenance_after_first_line(text: str, kind: str) -> list[Req]:
    """A maintenance or consolidation study's entry: one first line for advanced disease that has not
    progressed (requirement ``first_line_held``, with ``months`` when the item says how long it ran)."""
    if kind != "inclusion" or "first" not in text or not _MAINTENANCE_AFTER_FIRST.search(text):
        return []
    req: Req = {"type": "first_line_held"}
    if m := _MONTHS_OF_FIRST.search(text):
        req["months"] = [int(m.group(1)), int(m.group(2))]
    return [req]


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
