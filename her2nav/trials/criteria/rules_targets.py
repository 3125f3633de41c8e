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

from her2nav.trials.criteria.rule_text import Req, _has

_PAST_TREATMENT = (
    r"^(has |have )?(had |received )?(any )?(prior|previous|earlier) (treatment|therapy|exposure)? ?"
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
    | {"small", "known", "selective", "novel", "oral", "this", "that", "with", "pan"}
)
# Targets and classes of the agents a case can record (agents.yaml): when one is named in a way not
# read as a symbol above, the requirement would pass a patient who received it, so none is made.
_KNOWN_TARGET_WORDS = (
    r"her-?\s?2|erbb|egfr|pd-?\s?l?-?1|vegf|cldn|claudin|checkpoint|immun|ctla|antibod|conjugate|\badcs?\b"
)


def prior_target(text: str, kind: str) -> list[Req]:
    if kind != "exclusion" or "inhibitor" not in text or not _has(_PAST_TREATMENT, text):
        return []
    if _has(r"within|\d+\s*(days?|weeks?|months?)|concurrent|concomitant|allowed|permitted", text):
        return []
    targets: list[str] = []
    for pattern in _BY_TARGET:
        for m in pattern.finditer(text):
            for symbol in re.split(r"\s*(?:,|/|\bor\b|\band\b)\s*", m.group("s")):
                if symbol and symbol not in _NOT_SYMBOLS and symbol not in targets:
                    targets.append(symbol)
    if not targets:
        return []
    rest = text
    for symbol in targets:
        rest = re.sub(rf"\b{re.escape(symbol)}\b", " ", rest)
    if _has(_KNOWN_TARGET_WORDS, rest):
        return []
    return [{"type": "prior_target", "targets": [t.replace("-", "") for t in targets]}]
