"""Criterion rule for prior therapy named by its molecular target only ("prior treatment with a
MAT2A inhibitor", "any selective inhibitor of the FGF-FGFR pathway"): requirement ``prior_target``
with the target symbols. The evaluator decides it from the targets agents.yaml gives each agent the
case received, so an agent with no recorded target (chemotherapy) is not such an inhibitor; an agent
the vocabulary does not know leaves it open.

Only for an exclusion worded as past treatment, without a time window, and when no named agent or
agent class was read (those are prior_therapy's). Symbols only: short letter-and-digit names ("fgfr",
"prmt5"), never words such as "kinase", "aromatase", "topoisomerase" or "checkpoint".
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import Req, _has, _sub
from her2nav.trials.criteria.therapy_groups import therapy_groups as _therapy_groups

_PAST_TREATMENT = (
    # ("Participant has received prior treatment targeting STING pathway": UB's NCT05514717)
    r"^((the )?(participants?|patients?|subjects?) )?(has |have )?(had |received )?(any )?"
    r"(prior|previous|earlier) (treatment|therapy|exposure)? ?"
    r"(with|to)?|^(has |have )?(previously )?received\b|^treatment with"
)
_SYMBOL = r"[a-z]{2,5}(?:-?[a-z]?\d{1,2}[a-z]?)?"  # fgfr, mat2a, pi3k, pd-l1, ctla-4
_BY_TARGET = (
    # "a PARP inhibitor", "any PI3K, AKT, or mTOR inhibitor", "pan-KRAS/RAS inhibitor"
    re.compile(
        rf"\b(?P<s>{_SYMBOL}(?:\s*(?:,|/|\bor\b|\band\b)\s*(?:,\s*)?(?:or |and )?{_SYMBOL})*)"
        r"(?:[- ](?:pathway|receptor))?[- ]inhibitors?\b"
    ),
    re.compile(
        r"\binhibitors? of (?:the )?[^.;]{0,60}?[\s(-]"
        rf"(?P<s>{_SYMBOL})\)?[- ]?(?:pathway|receptors?|signalling|signaling)\b"
    ),
)
# "TROP2- or HER3-targeted agent", "a TROP-2 directed ADC", "anti-TROP2 antibody": the target named
# before "-targeted"/"-directed" or after "anti-" (a long name's bracketed symbol is read as the symbol).
_SYMBOLS = rf"{_SYMBOL}(?:\s*-?\s*(?:,|/|\bor\b|\band\b)\s*(?:anti-?)?{_SYMBOL})*"
_DIRECTED = (
    re.compile(rf"(?<![\w-])(?P<s>{_SYMBOLS})\s*-?\s*(?:targeted|directed|targeting)\b"),
    re.compile(rf"\banti-(?P<s>{_SYMBOLS})\b(?!-)"),
    re.compile(rf"\b(?:targeting|directed (?:at|against)) (?:the )?(?P<s>{_SYMBOLS})\b(?!-)"),
    # "another investigational agent that targets PVR", "experimental agents that target the
    # KRAS/BRAF/MEK/ERK pathway" (NCT05378425, NCT05786924; twenty-ninth session, WM and WO)
    re.compile(rf"\b(?:that|which) targets? (?:the )?(?P<s>{_SYMBOLS})\b(?!-)"),
    # "antibody drugs against EGFR" (translated protocols; HLX07, NCT05246982)
    re.compile(rf"\b(?:antibod(?:y|ies)|drugs?|agents?|treatment) against (?:the )?(?P<s>{_SYMBOLS})\b(?!-)"),
)
# What a directed agent is (its modality), dropped with the symbol before the known-target check.
_MODALITY = (
    r"(?:[- ]?(?:targeted|directed|targeting))?\s*(?:antibody[- ]drug conjugates?|adcs?|\(adcs?\)|"
    r"monoclonal antibod(?:y|ies)|antibod(?:y|ies)|agents?|therap(?:y|ies)|drugs?)?"
)
# Words that fit the symbol shape but name no molecular target, or classes other rules read.
_NOT_SYMBOLS = frozenset(
    {
        "pump",
        "any",
        "the",
        "other",
        "prior",
        "kinase",
        "strong",
        "potent",
        "cyp",
        "and",
        "or",
        "a",
        "an",
        "dual",
    }
    | {"small", "known", "selective", "novel", "oral", "this", "that", "with", "pan", "its", "their"}
    | {"agent", "agents", "drug", "drugs", "cell", "cells"}  # "an agent directed to another …" (UF)
    | {"at", "to", "on", "in", "of", "for"}  # "therapy targeting at angiogenesis" (NCT01468389, VX)
)
# Targets and classes of the agents a case can record (agents.yaml): when one is named in a way not
# read as a symbol above, the requirement would pass a patient who received it, so none is made.
_KNOWN_TARGET_WORDS = (
    r"her-?\s?2|erbb|pd-?\s?l?-?1|vegf|cldn|claudin|checkpoint|immun|ctla|antibod|conjugate|\badcs?\b"
)


def _symbols(patterns: tuple[re.Pattern[str], ...], text: str, targets: list[str]) -> bool:
    """Add the target symbols ``patterns`` find in ``text`` to ``targets``; True when one was found."""
    found = False
    for pattern in patterns:
        for m in pattern.finditer(text):
            for part in re.split(r"\s*-?\s*(?:,|/|\bor\b|\band\b)\s*", m.group("s")):
                symbol = part.removeprefix("anti-")
                if symbol and symbol not in _NOT_SYMBOLS:
                    found = True
                    if symbol not in targets:
                        targets.append(symbol)
    return found


def prior_target(text: str, kind: str) -> list[Req]:
    if kind != "exclusion" or not _has(_PAST_TREATMENT, text):
        return []
    if _has(r"within|\d+\s*(days?|weeks?|months?)|concurrent|concomitant|allowed|permitted", text):
        return []
    text = _sub(r"\s\(adcs?\)", " ", text)  # "… antibody-drug conjugate (ADC)": the class, said twice
    text = _sub(r"\((" + _SYMBOL + r")\)", r" \1", text)  # "trophoblast antigen 2 (TROP2)-targeted"
    targets: list[str] = []
    by_inhibitor = "inhibitor" in text and _symbols(_BY_TARGET, text, targets)
    if not by_inhibitor:  # else only "X-directed", "anti-X", "targeting X" forms, of unknown targets
        _symbols(_DIRECTED, text, targets)
        targets = [t for t in targets if not _has(_KNOWN_TARGET_WORDS, t)]
    if not targets:
        return []
    rest = _sub(
        r"(monoclonal )?"
        r"((antibod\w+|antibody[- ]drug conjugates?|adcs?|agents?|therap\w+|drugs?|treatment) )+"
        r"(?=targeting|directed (at|against)|against)",
        " ",
        text,
    )
    for symbol in targets:
        modality = "" if by_inhibitor else rf"-?{_MODALITY}"
        rest = re.sub(rf"\b(anti-)?{re.escape(symbol)}\b{modality}", " ", rest)
    # A known target named otherwise would pass a patient who had it; with a "-directed" form beside
    # an agent class prior_therapy reads from the same text (the classes are OR'd), it is read there.
    if _has(_KNOWN_TARGET_WORDS, rest) and (by_inhibitor or not _therapy_groups(text)):
        return []
    req: Req = {"type": "prior_target", "targets": [t.replace("-", "") for t in targets]}
    if _has(r"antibod", text) and not _has(r"conjugate|\badcs?\b|bispecific", text):
        req["modality"] = "monoclonal_antibody"  # agents.yaml modality
    return [req]
