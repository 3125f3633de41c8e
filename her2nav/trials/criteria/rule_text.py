"""Shared pieces of the criterion rules (rules.py, rules_history.py, rules_biomarkers.py): the
requirement type, number words and comparison operators, and a compiled-pattern cache.

Speed (import parses every criterion of every offerable study): re jumps straight to the places where
a pattern can start only when each of its alternatives opens with a plain letter; a leading group,
optional letter or word boundary makes it try every position. The patterns run on every criterion
therefore spell such alternatives out, writing ``x(?<=\bx)`` for ``\bx`` (the same match, checked just
after the letter)."""

from __future__ import annotations

import re
from typing import Any

Req = dict[str, Any]
# The agents.yaml groups a wash-out scope times where the scope is not itself a group (criteria/rules.py
# drops a prior-therapy item the wash-out takes over; matching/evaluate_washout.py finds the courses):
# "immunotherapy" times the checkpoint inhibitors; "targeted" agents are aimed at a molecular target of
# the tumour or its vessels, not checkpoint inhibitors (the one label agents.yaml gives them)
WASHOUT_SCOPE_GROUPS: dict[str, tuple[str, ...]] = {
    # "prior anticancer therapy within 4 weeks" takes over "prior systemic therapy"; matching times every
    # course for it (evaluate_washout._courses)
    "systemic": ("systemic_therapy",),
    "chemotherapy": ("chemotherapy",),
    "immunotherapy": ("pd1",),
    "targeted": ("targeted",),
}
# Every requirement type the rules produce: matching/evaluate.py has one evaluator per type (a test
# holds them equal), and the registry's index columns are computed from the same set.
REQUIREMENT_TYPES = frozenset(
    {
        "her2",
        "her2_scoring",
        "her2_mutation",
        "cldn18_2",
        "pdl1_cps",
        "pdl1_known",
        "her2_known",
        "msi_high",
        "prior_therapy",
        "prior_target",
        "prior_lines",
        "therapy_after",
        "late_relapse",
        "event_on",
        "history_option",
        "distant_metastases",
        "early_stage",
        "progressed_on_last",
        "ecog",
        "karnofsky",
        "lvef",
        "age",
        "sex",
        "measurable_disease",
        "disease",
        "resection_done",
        "tumour_operated",
        "condition",
        "organ_function",
        "reproductive",
        "applies_if",
        "permission",
        "definition",
        "other_cohort",
        "consent",
        "washout",
        "toxicity",
        "evaluable_disease",
        "open_parts",
        "standard_exhausted",
        "not_standard_candidate",
        "regimen_given",
        "any_of",
        "recurrence",
        "first_line_held",
        "last_therapy_within",
        "first_line_progressed",
        "exclusions_unlisted",
        "diagnosed_between",
    }
)
# Types no case field settles: their evaluation is unknown for every case.
ALWAYS_UNKNOWN_TYPES = frozenset({"organ_function", "her2_mutation", "open_parts", "exclusions_unlisted"})
# Types met for every case: another part of the study's criterion (heading_groups.py) does not apply.
ALWAYS_MET_TYPES = frozenset({"other_cohort"})
# Days in a wash-out's unit (a month as 30 days), for every rule that reads "N days/weeks/months".
DAYS_IN_UNIT = {"day": 1, "days": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "month": 30, "months": 30}
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


# Cyrillic letters that look Latin (lower case, as casefold leaves them), typed into English registry
# text beside Latin letters or digits ("сT3, сТ4b; сM0" in NCT06028737: twelfth blind set)
_LOOKALIKES = str.maketrans("асеокмортухві", "aceokmoptyxbi")
_MIXED_WORD = re.compile(r"[a-z0-9а-яёі]*(?:[а-яёі][a-z0-9]|[a-z0-9][а-яёі])[a-z0-9а-яёі]*")


# Roman numerals as single characters ("stageⅡA, ⅡB, ⅢA", as Chinese registries type stages; lower
# case, as casefold leaves them), spelt in Latin letters after a space (eighteenth blind set, TU)
_ROMAN_LETTERS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN = str.maketrans({chr(0x2170 + i): " " + r for i, r in enumerate(_ROMAN_LETTERS)})


def roman_numerals(text: str) -> str:
    return text if text.isascii() else text.translate(_ROMAN)


def latin_lookalikes(text: str) -> str:
    """``text`` (lower-cased) with the Cyrillic look-alikes of each word that mixes them with Latin
    letters or digits made Latin; Cyrillic words stand as they are."""
    if text.isascii():
        return text
    return _MIXED_WORD.sub(lambda m: m.group(0).translate(_LOOKALIKES), text)


# The curative settings of CONTRACT §1's treatment.setting a criterion may name, each with the settings
# that count for it: a perioperative course holds both a neoadjuvant and an adjuvant part (thirteenth
# blind set, NCT05253716).
CURATIVE_SETTING = r"(neo-?\s?adjuvant|adjuvant|peri-?\s?operative|pre-?\s?operative|post-?\s?operative)"
_SETTINGS_COUNTED = {
    "neoadjuvant": ("neoadjuvant", "perioperative"),
    "preoperative": ("neoadjuvant", "perioperative"),
    "adjuvant": ("adjuvant", "perioperative"),
    "postoperative": ("adjuvant", "perioperative"),
    "perioperative": ("neoadjuvant", "adjuvant", "perioperative"),
}


def settings_named(text: str) -> list[str]:
    """The treatment settings counted for every curative setting ``text`` names (CURATIVE_SETTING)."""
    words = [re.sub(r"[-\s]", "", w) for w in _findall(CURATIVE_SETTING, text)]
    counted = {s for w in words for s in _SETTINGS_COUNTED[w]}
    return [s for s in ("neoadjuvant", "adjuvant", "perioperative") if s in counted]


# "… prior to the first dose of combination therapy of pembrolizumab and PLN-101095" (NCT06270706, the
# WB reviewer): what follows names the study's own treatment, not a therapy given before it
STUDY_DOSE = r"\b(prior to|before) (the )?(first|initial) (dose|administration|infusion)\b[^.;]*"
