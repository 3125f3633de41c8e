"""Inclusion bullets that each open with a tumour type: the cohorts of a basket or umbrella study
(issue 15, held-out review, classes 1, 3 and 4).

A basket study often lists its cohorts as plain bullets, one per tumour, each with its own conditions:
"Clear-cell renal cell carcinoma after a VEGF inhibitor …", "Non-small cell lung cancer with PD-L1 …",
"Gastric or GEJ adenocarcinoma after one prior line …". They are alternatives (ICH E9 and the usual
basket design: each cohort has its own population), not requirements that all hold. Such bullets get a
cohort label "tumour cohort: <tumour words>" (cohorts.TUMOUR_COHORT) and matching (judge.CohortView)
judges the study by the cohort that fits the patient best: a bullet for another tumour then does not
apply, and a patient who fits no tumour cohort fails each.

Bullets become tumour cohorts when at least two of them open with tumour types and either

- they name at least two kinds of tumour, and one is gastro-oesophageal or no general inclusion admits
  solid tumours at large (then the other tumours' bullets are the study's only doors; when a general
  inclusion does admit any solid tumour and no bullet is gastro-oesophageal, a bullet for another
  tumour is a clause for those patients, rules_scope.py); or
- they are gastro-oesophageal bullets that each ask a HER2 level the others exclude (a HER2-positive
  and a HER2-low cohort of the same tumour); a bullet of that tumour asking no HER2 level applies to
  both, and levels that overlap ("HER2-negative" and "IHC 0") are requirements that all hold.

A bullet for another tumour is read as that tumour only (its own PD-L1, HER2, prior-therapy or line
conditions are never judged for a gastro-oesophageal patient); a gastro-oesophageal bullet keeps its
conditions. A gastric-only study's bullets never become cohorts: they name one kind of tumour.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Protocol

from her2nav.knowledge.tumour_types import tumour_types
from her2nav.trials.criteria.cohorts import TUMOUR_COHORT, is_tumour_cohort, tumour_of
from her2nav.trials.criteria.rule_text import Req


class _Crit(Protocol):
    text: str
    kind: str
    cohort: str | None
    requirements: list[dict[str, Any]]


# Gastro-oesophageal tumour words and other tumour types, each a family with its plain name (two
# bullets of one family are one kind of tumour): knowledge/data/tumour_types.yaml.
GASTRO_OESOPHAGEAL = tumour_types().gastro_oesophageal
OTHER_TUMOURS: tuple[tuple[str, str, str], ...] = tuple(
    (t.family, t.words, t.plain) for t in tumour_types().others
)
# Words that make the opening a tumour type ("… cancer", "… carcinoma", or an abbreviation that is one).
# (The abbreviations as words spelt letter-first, x(?<=\bx)…\b for \bx…\b: rule_text.py.)
_TUMOUR_NOUN = (
    r"cancers?|carcinomas?|adenocarcinomas?|tumou?rs?|neoplasms?|malignanc\w*|sarcoma|melanoma|"
    r"mesothelioma|glioma|glioblastoma|lymphoma|leuka?emia|myeloma|"
    r"n(?<=\bn)sclc\b|s(?<=\bs)clc\b|c(?<=\bc)rc\b|r(?<=\br)cc\b|h(?<=\bh)cc\b|b(?<=\bb)tc\b|p(?<=\bp)dac\b|"
    r"t(?<=\bt)nbc\b|m(?<=\bm)bc\b|b(?<=\bb)c\b|h(?<=\bh)nscc\b|s(?<=\bs)cchn\b|g(?<=\bg)c\b|g(?<=\bg)ej\w*\b|"
    r"e(?<=\be)gj\w*\b|g(?<=\bg)ea\b|e(?<=\be)gc\b|u(?<=\bu)c\b|c(?<=\bc)rpc\b|m(?<=\bm)crpc\b"
)
# Where the opening ends: the bullet's conditions follow.
_OPENING_END = re.compile(
    r"[:;,.(\[]|\s[-–]\s|\b(with|who|whose|that|which|after|following|previously|progress\w*|"
    r"refractory|resistant to|must|should|having|has|have|received|treated|defined|confirmed by|"
    r"according|per|in patients|for patients|requiring|not|only|are|is|will|may|can)\b"
)
# Openings that are not a cohort: history, exclusions of other cancers, generic solid tumours; the
# words at the start (matched there) and anywhere (searched: each alternative opens with a plain
# letter, x(?<=\bx) for \bx, so that re jumps to where a match can start, rule_text.py).
_NOT_A_COHORT_START = re.compile(
    r"no |any |other |an? (history|prior|previous|other|another|second)|history|prior|previous|known|"
    r"second|concurrent|active|patients? who|participants? who|subjects? who|a diagnosis of (another|other)"
)
_NOT_A_COHORT = re.compile(
    r"h(?<=\bh)istory of\b|s(?<=\bs)urvivors?\b|s(?<=\bs)econd (primary|malignanc)|"
    r"n(?<=\bn)on-?\s?(breast|gastric|lung|gi)\b|s(?<=\bs)olid (tumou?rs?|malignanc\w*|cancers?)\b|"
    r"a(?<=\ba)ny (tumou?r|cancer)|m(?<=\bm)etastas[ie]s\b"
)


def _not_a_cohort(words: str) -> bool:
    return _NOT_A_COHORT_START.match(words) is not None or _NOT_A_COHORT.search(words) is not None


# "Patients with …", "Histologically confirmed …" before the tumour words.
_LEAD = re.compile(
    r"^((for )?(patients?|participants?|subjects?) (with|diagnosed with|having) )?"
    r"((histologically|cytologically|pathologically)( (and|or)/? ?(histologically|cytologically))? "
    r"(confirmed|documented|proven) )?",
)
_STAGE = re.compile(r"^((locally )?advanced|unresectable|metastatic|recurrent|relapsed|and/or|or|and|,|\s)+")
_HER2_LEVELS = ("positive", "low", "negative", "zero", "ultralow")
# HER2 levels no tumour can have at once (gastric scoring: positive = IHC 3+ or 2+/ISH+, low = IHC 1+ or
# 2+/ISH-, zero = IHC 0): bullets asking two of them cannot both hold, so they are alternatives. "Negative"
# holds low, zero and ultralow: beside one of them it is a requirement like any other.
_EXCLUSIVE_LEVELS = frozenset(
    {frozenset({"positive", other}) for other in ("low", "negative", "zero", "ultralow")}
    | {frozenset({"low", "zero"}), frozenset({"low", "ultralow"})}
)


def _normal(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def lists_own_tumour(text: str) -> bool:
    """Whether the first sentence of ``text`` lists a gastro-oesophageal tumour among several ("…
    breast cancer, oesophagogastric cancer, mesothelioma"): a cohort that takes the patient's tumour."""
    first = re.split(r"(?<=[.;])\s", _normal(text), maxsplit=1)[0]
    return "," in first and re.search(GASTRO_OESOPHAGEAL, first) is not None


def tumour_opening(text: str) -> str | None:
    """The tumour words a bullet opens with ("renal cell carcinoma" of "Renal cell carcinoma: …"),
    or None when it does not open with a tumour type."""
    low = _LEAD.sub("", _normal(text), count=1)
    end = _OPENING_END.search(low)
    head = (low[: end.start()] if end else low).strip(" -–")
    if not head or len(head.split()) > 10 or _not_a_cohort(head) or _not_a_cohort(low[:40]):
        return None
    if not re.search(_TUMOUR_NOUN, head):
        return None
    head = _STAGE.sub("", head) or head  # "metastatic colorectal cancer" names colorectal cancer
    if not (re.search(GASTRO_OESOPHAGEAL, head) or any(re.search(p, head) for _, p, _ in OTHER_TUMOURS)):
        return None
    return head


def _opens_with(text: str, label: str) -> bool:
    """Whether a cohort label was read from the start of the criterion itself (cohort_labels.inline_cohort),
    not from a heading above it."""
    return _normal(text).startswith(_normal(label))


def family_of(words: str, listed: bool = False) -> str:
    """The kind of tumour named: "gastro-oesophageal", one of OTHER_TUMOURS, or "mixed" when words
    name several kinds ("biliary or pancreatic cancer" is one bullet, one cohort) or the bullet lists
    a gastro-oesophageal tumour after them (``listed``)."""
    if listed:
        return "mixed"
    found = ["gastro-oesophageal"] if re.search(GASTRO_OESOPHAGEAL, words) else []
    found += [name for name, pattern, _ in OTHER_TUMOURS if re.search(pattern, words)]
    return found[0] if len(found) == 1 else "mixed"


def _her2_level(crit: _Crit) -> str | None:
    levels = {str(r.get("status")) for r in crit.requirements if r.get("type") == "her2"}
    levels &= set(_HER2_LEVELS)
    return levels.pop() if len(levels) == 1 else None


# A population named without a tumour type: "advanced or metastatic cancer with HER2 amplification".
_ANY_TUMOUR = re.compile(
    r"\b(advanced|metastatic|unresectable|recurrent|histologically|cytologically)\b[^.;]{0,40}"
    r"\b(cancers?|carcinomas?|tumou?rs?|malignanc\w*|neoplasms?)\b"
)


def _admits_any_tumour(criteria: list[_Crit], bullets: list[_Crit]) -> bool:
    """Whether a general inclusion takes solid tumours at large (the disease rule's "solid", or a
    population named without a tumour type)."""
    for crit in criteria:
        if crit.kind != "inclusion" or crit.cohort or any(crit is b for b in bullets):
            continue
        if any(r.get("type") == "disease" and "solid" in (r.get("sites") or []) for r in crit.requirements):
            return True
        low = _normal(crit.text)
        named = re.search(GASTRO_OESOPHAGEAL, low) or any(re.search(p, low) for _, p, _ in OTHER_TUMOURS)
        if _ANY_TUMOUR.search(low) and not named:
            return True
    return False


def _listed_with(text: str, words: str) -> str:
    """The name of a cohort that lists the patient's tumour among others: its gastro-oesophageal item
    and the first one ("esophagogastric cancer, listed with triple negative breast cancer")."""
    first = re.split(r"(?<=[.;])\s", _normal(text), maxsplit=1)[0]
    items = [i.strip(" .") for i in re.split(r",|\band\b|\bor\b", first)]
    item = next((i for i in items if re.search(GASTRO_OESOPHAGEAL, i)), "")
    return f"{item}, listed with {words}" if item else words


def _longer(text: str, words: str) -> str:
    """The opening and the words that tell one cohort of a tumour from another ("gastric or gej
    adenocarcinoma, her2-low"), for a tumour with several cohorts."""
    low = _LEAD.sub("", _normal(text), count=1)
    rest = low[len(words) :] if low.startswith(words) else ""
    more = re.split(r"\s*\(|[.;]|,(?!\s*$)", rest.strip(" ,:-–"), maxsplit=1)[0].strip()
    return f"{words}, {' '.join(more.split()[:6])}" if more else words


def _other_tumour_reading(words: str) -> list[Req]:
    """A bullet for another tumour, read as that tumour only (CONTRACT §3: its conditions do not
    apply to a gastro-oesophageal patient)."""
    return [{"type": "disease", "sites": ["other"], "names": words}]


def label_tumour_cohorts(criteria: list[Any]) -> None:
    """Give the tumour-type bullets of ``criteria`` (interpreted, in reading order) their tumour cohort
    labels, in place, when they are a study's cohorts (module docstring), and those of sub-studies
    named by headings (label_heading_cohorts)."""
    label_heading_cohorts(criteria)
    bullets: list[tuple[Any, str, str]] = []
    for crit in criteria:
        if crit.kind != "inclusion" or (crit.cohort and not _opens_with(crit.text, crit.cohort)):
            continue
        words = tumour_opening(crit.cohort or crit.text)  # a cohort named at the start: "NSCLC (…) - …"
        if words is not None:
            listed = lists_own_tumour(crit.text) and not re.search(GASTRO_OESOPHAGEAL, words)
            shown = _listed_with(crit.text, words) if listed else words
            bullets.append((crit, shown, family_of(words, listed)))
    if len(bullets) < 2:
        return
    families = {family for _, _, family in bullets}
    own = [b for b in bullets if b[2] == "gastro-oesophageal"]
    if len(families) >= 2:
        if not own and _admits_any_tumour(criteria, [b[0] for b in bullets]):
            return
        chosen = bullets
    else:
        # the bullets that each ask their own HER2 level; one that asks none applies to all
        chosen = [b for b in own if _her2_level(b[0]) is not None]
        levels = [_her2_level(crit) for crit, _, _ in chosen]
        exclusive = all(
            frozenset({a, b}) in _EXCLUSIVE_LEVELS for i, a in enumerate(levels) for b in levels[i + 1 :]
        )
        if len(chosen) < 2 or not exclusive:
            return
    repeated = {w for w in (b[1] for b in chosen) if sum(b[1] == w for b in chosen) > 1}
    taken: set[str] = set()
    for crit, words, _ in chosen:
        label = TUMOUR_COHORT + (_longer(crit.text, words) if words in repeated else words)
        n = 2
        while label in taken:
            label, n = f"{TUMOUR_COHORT}{words} ({n})", n + 1
        taken.add(label)
        crit.cohort = label
        if not re.search(GASTRO_OESOPHAGEAL, words) and not lists_own_tumour(crit.text):
            crit.requirements = _other_tumour_reading(words)
    _lead_ins_ask_one(criteria)


LEAD_IN: Req = {"type": "definition", "about": "lead_in"}  # what rules._LIST_LEAD_IN reads


def _lead_ins_ask_one(criteria: list[Any]) -> None:
    """A lead-in ("Has one of the following cancers:") before the tumour cohorts' bullets asks for one
    of them: a patient none of them takes fails it (the UN and VC reviewers: a resectable tumour is
    none of the advanced cancers listed)."""
    for at, crit in enumerate(criteria):
        if crit.requirements != [LEAD_IN]:
            continue
        items = []
        for item in criteria[at + 1 :]:
            if item.kind != crit.kind or not is_tumour_cohort(item.cohort):
                break
            items.append(copy.deepcopy(item.requirements))
        if items and all(items):
            crit.requirements = [{"type": "any_of", "options": items}]


# Words that set tumours apart from a population ("excluding breast and gastric cancer"), and a
# population of tumours at large ("solid tumours that express HER2", "rare tumours").
_EXCEPTING = re.compile(r"\b(excluding|except( for)?|other than|not including|apart from)\b[^.;)]*")
_AT_LARGE = re.compile(r"\bsolid (tumou?r|malignanc|cancer)|\bany (tumou?r|cancer|histolog)|\brare tumou?r")


def _another_tumour_named(text: str) -> str | None:
    """The plain name of the one other tumour an inclusion names as its population ("histologically
    confirmed … adenocarcinoma of biliary tract" → "biliary cancer"), or None (also for tumours at
    large, or a gastro-oesophageal tumour named beside it)."""
    low = _EXCEPTING.sub("", _normal(text))
    if re.search(GASTRO_OESOPHAGEAL, low) or not re.search(_TUMOUR_NOUN, low) or _AT_LARGE.search(low):
        return None
    found = {plain for _, pattern, plain in OTHER_TUMOURS if re.search(pattern, low)}
    return found.pop() if len(found) == 1 else None


def tumours_taken(text: str) -> tuple[bool, frozenset[str]]:
    """What population an inclusion names: whether it may take a gastro-oesophageal tumour (it names
    one, or tumours at large, or a cancer without a type), and the other tumours it names with a
    tumour noun (plain names; heading_groups.py)."""
    low = _EXCEPTING.sub("", _normal(text))
    if not re.search(_TUMOUR_NOUN, low):
        return False, frozenset()
    others = frozenset(plain for _, pattern, plain in OTHER_TUMOURS if re.search(pattern, low))
    at_large = _AT_LARGE.search(low) is not None or (_ANY_TUMOUR.search(low) is not None and not others)
    return re.search(GASTRO_OESOPHAGEAL, low) is not None or at_large, others


def label_heading_cohorts(criteria: list[Any]) -> None:
    """Sub-studies, parts or arms named by a heading ("Sub study 3 Specific Inclusion criteria") whose
    inclusions take one other tumour as their population (not tumours at large, not beside a
    gastro-oesophageal one), in a study of several such cohorts: each becomes a tumour cohort for that
    tumour ("tumour cohort: biliary cancer (Sub study 3)"), in place, for all its criteria. A master
    protocol's sub-studies are alternatives, each with its own population (ICH E9, the module
    docstring's basket design), so a gastro-oesophageal patient is judged by a cohort that may take him
    (judge.CohortView), and the others do not apply to him; the population bullet is read as that
    tumour only."""
    cohorts: dict[str, list[Any]] = {}
    for crit in criteria:
        if crit.cohort and not is_tumour_cohort(crit.cohort):
            cohorts.setdefault(crit.cohort, []).append(crit)
    if len(cohorts) < 2:
        return
    for label, crits in cohorts.items():
        if any(c.kind == "inclusion" and tumours_taken(c.text)[0] for c in crits):
            # it names a gastro-oesophageal tumour or takes tumours at large ("Expansion Group B: …
            # solid-tumor malignancy, excluding NSCLC or CRC" beside Group A's NSCLC: MK-1084's Arm 3,
            # NCT05067283; twenty-ninth session, WQ)
            continue
        named = {c.text: p for c in crits if c.kind == "inclusion" and (p := _another_tumour_named(c.text))}
        if len(set(named.values())) != 1:
            continue
        plain = next(iter(named.values()))
        for crit in crits:
            crit.cohort = f"{TUMOUR_COHORT}{plain} ({label})"
            if crit.text in named:
                crit.requirements = _other_tumour_reading(plain)


def for_another_tumour(label: str | None) -> bool:
    """Whether a cohort label names a tumour cohort that takes no gastro-oesophageal tumour."""
    return is_tumour_cohort(label) and not re.search(GASTRO_OESOPHAGEAL, tumour_of(str(label)).casefold())


# "For participants with breast cancer (Cohort 2) or GEA (Cohort 3), prior HER2-targeted therapy is
# permitted …": the text says which cohort takes a gastro-oesophageal patient, so a clause only another
# cohort's ("Prior treatment with HER2-targeted therapy (Cohort 1 only)") is not the patient's (outside
# set TB, DiscovHER PAN-206 NCT06695845; judge._not_for_this_patient otherwise leaves such a clause
# open when it would exclude).
_COHORT_OF_OWN_TUMOUR = re.compile(rf"(?:{GASTRO_OESOPHAGEAL})[^().;]{{0,40}}\((cohort \w{{1,3}})\)")


def _own_cohort(criteria: list[Any]) -> str | None:
    """The one cohort ("cohort 3") the text names for gastro-oesophageal tumours, or None."""
    own = {m.group(1) for c in criteria for m in _COHORT_OF_OWN_TUMOUR.finditer(c.text.lower())}
    return own.pop() if len(own) == 1 else None


def set_aside_other_cohorts_clauses(criteria: list[Any]) -> None:
    """Mark as another cohort's the exclusions of a cohort other than the one the text names for
    gastro-oesophageal tumours, in a study whose cohorts only exclusions name."""
    named = [c for c in criteria if c.cohort]
    if not named or any(c.kind != "exclusion" for c in named) or (ours := _own_cohort(criteria)) is None:
        return
    for crit in named:
        if crit.cohort.lower() != ours and crit.cohort.lower().startswith("cohort"):
            crit.requirements = [{"type": "other_cohort", "cohort": crit.cohort}]


# A sentence inside a longer criterion that is for one cohort only ("… and have no available treatment
# options that have confirmed benefit. Prior treatment with HER2-targeted therapy is not permitted
# (Cohort 1 only). For participants with breast cancer (Cohort 2) or GEA (Cohort 3), prior
# HER2-targeted therapy is permitted and prior therapy with trastuzumab deruxtecan (T-DXd) is
# required.": DiscovHER PAN-206, NCT06695845; the UP and TB reviewers). When the text names another
# cohort for gastro-oesophageal tumours, the sentence is not the patient's: the criterion is read
# without it. The sentence naming the patient's cohort is read without its lead-in, and what it
# permits apart from what it requires.
_ONE_COHORTS_SENTENCE = re.compile(r"[^.;]*\((?:for |in )?(cohort \w{1,3})\s+only\)\s*[.;]?", re.IGNORECASE)
_COHORTS_LEAD_IN = re.compile(
    r"\bfor (?:participants|patients|subjects) with [^.;]*?\((cohort \w{1,3})\)\s*,\s*([^.;]*)", re.IGNORECASE
)
_PERMITTED = re.compile(r"\b(?:is|are) (?:also )?(?:permitted|allowed)\s*$", re.IGNORECASE)


def _asked_of(cohort: str, ours: str, clauses: str) -> str:
    """What a sentence led in by the cohorts it is for asks of the patient's cohort: nothing when it
    names another cohort, else its clauses joined by "and" less those that only permit."""
    if cohort.lower() != ours:
        return " "
    parts = re.split(r",?\s+and\s+(?=(?:prior|previous)\b)", clauses)
    return " and ".join(p for p in parts if not _PERMITTED.search(p)) or " "


class _Interpret(Protocol):
    def __call__(self, text: str, kind: str) -> list[Req]: ...


def without_other_cohorts_sentences(criteria: list[Any], interpret: _Interpret) -> None:
    """Read again each criterion holding a sentence for a cohort other than the one the record names
    for gastro-oesophageal tumours (without it), or one led in by the cohorts it is for (what it asks of
    the patient's). A criterion that is all one such sentence keeps its cohort
    (eligibility.ONLY_FOR_COHORT)."""
    if not any("(cohort" in c.text.lower() for c in criteria) or (ours := _own_cohort(criteria)) is None:
        return
    for crit in criteria:
        if "(cohort" not in crit.text.lower():
            continue
        kept = _ONE_COHORTS_SENTENCE.sub(
            lambda m: m.group(0) if m.group(1).lower() == ours else " ", crit.text
        )
        kept = _COHORTS_LEAD_IN.sub(lambda m: _asked_of(m.group(1), ours, m.group(2)), kept)
        if kept != crit.text and kept.strip(" .;"):
            crit.requirements = interpret(kept, crit.kind)
