"""Criterion rules for treatment history: prior therapy by agent or class; the count of prior
palliative lines is in rules_line_counts.py, therapy given after an agent in rules_after.py (see
rules.py for the requirement types)."""

from __future__ import annotations

import re

from her2nav.knowledge.agents import vocabulary
from her2nav.trials.criteria.agent_names import (
    drop_optional_partners,
    unknown_agent_names,
)
from her2nav.trials.criteria.rule_text import Req, _has, _search, _sub
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
    # a risk of the study's treatment ("… at greater risk when receiving pembrolizumab": NCT06270706,
    # the WB reviewer), not a course given before
    r"(when|while|if) (receiving|given|treated with)|"
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
        graded: Req = {}
        if events and (m := _search(_GRADED_EVENT, text)):  # milder events do not count
            graded["min_grade"] = int(m.group("n") or m.group("n2")) + (1 if m.group("op") == ">" else 0)
        return [
            {"type": "event_on", "group": g, **({"events": events} if events else {}), **graded}
            for g in groups
        ]
    return None


# "Grade ≥3 immune-related AE … attributed to prior cancer immunotherapy" (UE's NCT06241456): events of
# that grade or worse only
# … or "a Grade 3 or higher irAE" (LNS8801, NCT04130516; twenty-eighth session, WK)
_GRADED_EVENT = (
    r"grade\s*((?P<op>≥|>=|≧|>)\s*(?P<n>[1-4])|(?P<n2>[1-4]) or (higher|greater|above|more))\s+"
    r"(immune|ir\b|irae)"
)


# "Prior chemotherapy (however, previous (neo-)adjuvant chemotherapy allowed if finished at least 6month
# ago except S-1, Paclitaxel, Docetaxel, Oxaliplatin . Allowed 5-FU, Cisplatin if finished 6month ago)"
# (a Korean first-line study, NCT01283204; twenty-third blind set, TZ): prior chemotherapy for advanced
# disease excludes, a (neo)adjuvant course within the window does too, and one the allowance names
# agents for stays open (which agents it held decides)
CURATIVE_ALLOWANCE = (
    r"\(?\s*(however,?\s)?(previous |prior )?\(?(neo-?\)?-?\s?adjuvant|adjuvant|peri-?\s?operative)\)?[^;]*?"
    r"\b(allowed|permitted)\b[^;]*"
)
CHEMOTHERAPY_BUT_CURATIVE = (
    r"^(prior|previous) (systemic )?chemotherap(y|ies)\b[^.;]{0,10}\(?\s*(however|except)"
)


def prior_therapy(text: str, kind: str) -> list[Req]:
    text = _named_clause(text, kind)
    if kind == "exclusion" and _has(CHEMOTHERAPY_BUT_CURATIVE, text):
        text = _sub(CURATIVE_ALLOWANCE, " ", text)  # the agents an allowance names are not excluded
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
    # "first-line therapy without taxanes" (a docetaxel study's record, NCT03137004; VW): the agents
    # named after "without" only are ones the patient must not have had
    absent = _named_without(text) if kind == "inclusion" and "without" in text else set()
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
        if (negated and (not naming or any(_has(_NEGATED_PRIOR, s) for s in naming))) or group in absent:
            req["negated"] = True
        out.append(req)
    if kind == "inclusion" and not any(r.get("negated") for r in out):
        # "A/B or A/C doublet": one doublet or the other; "A/B", "A or B": either agent
        out = or_alternatives(text, slash_alternatives(text, doublet_alternatives(text, out)))
    if kind == "exclusion" and not negated and (names := unknown_agent_names(text)):
        # agents.yaml does not hold them, so no case can record them: open, named (agent_names.py)
        out.append({"type": "open_parts", "parts": [f"prior {name}" for name in names]})
    return out


_WITHOUT = r"\bwithout (any |a |an )?[\w-]+( (or|and) [\w-]+)?"


def _named_without(text: str) -> set[str]:
    """The agent groups ``text`` names only after "without" ("therapy without taxanes")."""
    spans = " ".join(m.group(0) for m in re.finditer(_WITHOUT, text))
    return set(_therapy_groups(spans)) - set(_therapy_groups(re.sub(_WITHOUT, " ", text)))


# "Patients must be receiving immunotherapy (checkpoint inhibitor …) with overall response of progressive
# disease" (NCT04221893; the VZ reviewer: not met once the immunotherapy has stopped), "Currently receiving
# first-line …": the therapy running now, not one ever given
_NOW = re.compile(r"\b(must|should) be (currently )?receiving\b|\bcurrently (receiving|on|undergoing)\b")


def received_now(text: str, kind: str, found: list[Req]) -> list[Req]:
    """``found`` with each prior therapy an inclusion says the patient is receiving marked ``now``."""
    if kind != "inclusion" or ("receiving" not in text and "currently" not in text) or not _NOW.search(text):
        return found
    now = [{**r, "now": True} if r["type"] == "prior_therapy" and not r.get("negated") else r for r in found]
    if _WITH_PROGRESSION.search(text):  # "… with overall response of progressive disease": progressing on it
        now.append({"type": "progressed_on_last", "at_entry": True})
    return now


_WITH_PROGRESSION = re.compile(
    r"\bwith (an? )?(overall response of |best response of )?(progressive disease|(disease|"
    r"radiographic|radiological|documented) progression)\b"
)
