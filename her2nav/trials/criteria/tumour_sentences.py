"""Sentences of one criterion labelled with the tumour they are for.

A basket study may write each tumour's conditions into one item, a label before each run of
sentences: "… gastrointestinal tumours that are metastatic or unresectable … Colorectal cancer:
Patients must have received at least 1 prior line of therapy … Gastric cancer: Patients who have not
received prior treatment may be included in this study. … Colorectal cancer (ARM VII): … remain naïve
to oxaliplatin …" (BOLD-100, NCT04421820; twenty-sixth session, WE). Read whole, the colorectal arm's
"naïve to oxaliplatin" was asked of every patient, and a gastric case treated with FOLFOX failed an
item its reviewer met. Where runs are labelled for two kinds of tumour or more (tumour_cohorts.py
names the kinds), the criterion is read without the runs for other tumours than the
gastro-oesophageal ones: the words before the first label are said of every tumour, and a run for a
gastro-oesophageal tumour is the patient's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from her2nav.trials.criteria.rule_text import Req
from her2nav.trials.criteria.tumour_cohorts import family_of, tumour_opening

# "Colorectal cancer: ", "Colorectal cancer (ARM VII): " at the start of the text or of a sentence
_LABEL = re.compile(r"(?:^|(?<=[.;]\s))([A-Z][^.;:]{1,60}?):\s")
_OURS = "gastro-oesophageal"


def _pieces_for_us(text: str) -> list[str] | None:
    """The words before the first label and the runs for gastro-oesophageal tumours, or None when
    ``text`` labels fewer than two kinds of tumour."""
    runs = [
        (m.start(), family_of(words)) for m in _LABEL.finditer(text) if (words := tumour_opening(m.group(1)))
    ]
    if len({family for _, family in runs} - {"mixed"}) < 2:
        return None
    ends = [start for start, _ in runs[1:]] + [len(text)]
    ours = [
        text[start:end] for (start, family), end in zip(runs, ends, strict=True) if family in (_OURS, "mixed")
    ]
    return [piece.strip() for piece in (text[: runs[0][0]], *ours) if piece.strip()]


def read_without_other_tumours_sentences(
    criteria: list[Any], interpret: Callable[[str, str], list[Req]]
) -> None:
    """Read again each inclusion of ``criteria`` whose sentences are labelled for several kinds of
    tumour, without the other tumours' (module docstring)."""
    for crit in criteria:
        if crit.kind != "inclusion" or ": " not in crit.text or "; " in crit.text:
            continue  # sub-items joined with "; " are joined_cohorts.py's
        if pieces := _pieces_for_us(crit.text):
            crit.requirements = interpret(" ".join(pieces), crit.kind)
