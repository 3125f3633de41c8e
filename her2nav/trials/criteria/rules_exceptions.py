"""Exceptions inside a prior-therapy item ("prior HER2-directed therapy, except trastuzumab", "…
except anti-HER2 monoclonal antibodies"): the agents or kinds of molecule after the exception word are
left out of the class, so a patient who had only them is not excluded. Kinds of molecule are
agents.yaml ``modality`` values.
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import _has

_EXCEPT = re.compile(
    r"[,(]?\s*\b(?:except(?: for)?|other than|excluding|apart from|with the exception of)\s+"
    r"(?P<what>(?:[^.;()]|\.(?=\d)){1,80})"
    r"(?:\s*\((?:e\.\s?g\.|i\.\s?e\.|such as|for example|including)[^)]*\))?"
)
# Every exception word contains one of these: a text without them has no exception (a substring test
# is much cheaper than _EXCEPT, which opens with optional characters and so is tried at every position).
_EXCEPT_WORDS = ("except", "other than", "excluding", "apart from")
_MODALITIES = {
    "adc": r"antibody[- ]drug conjugates?|\badcs?\b",
    "monoclonal_antibody": r"monoclonal antibod|\bmabs?\b|(?<!drug )(?<!-)antibod(y|ies)(?![- ]drug)",
    "bispecific": r"bispecific",
    "cell_therapy": r"\bcar-?\s?t\b|cell therap|chimeric antigen",
    "small_molecule": r"small[- ]molecule|tyrosine kinase inhibitor|\btkis?\b",
}


# "In addition to anti-PD-(L)1 monoclonal antibody, prior exposure to other immune checkpoint
# inhibitors": what the opening clause names is allowed, the "other" ones exclude (issue 15, seventh
# blind set: a patient who had only the anti-PD-1 antibody was excluded).
_IN_ADDITION = re.compile(r"^\s*in addition to\s+(?P<what>[^.;,]{1,80}),(?=[^.;]*\bother\b)")


def exception(text: str) -> tuple[str, str, list[str]] | None:
    """``text`` without its exception, the words excepted, and the kinds of molecule they name; None
    when the text has no exception."""
    m = _IN_ADDITION.search(text) if text.lstrip().startswith("in addition to") else None
    if m is None:
        for word in _EXCEPT_WORDS:  # a plain loop: a generator in any() costs twice as much here
            if word in text:
                break
        else:
            return None
        m = _EXCEPT.search(text)
    if m is None:
        return None
    what = m.group("what")
    modalities = [name for name, pattern in _MODALITIES.items() if _has(pattern, what)]
    if {"bispecific", "monoclonal_antibody"} <= set(modalities) and not _has(r"monoclonal", what):
        modalities.remove("monoclonal_antibody")  # "bispecific antibodies" are bispecifics only
    return text[: m.start()] + text[m.end() :], what, modalities
