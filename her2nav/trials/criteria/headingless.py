"""A list with no heading at all whose last items are exclusions (a registry copy that lost its
"Inclusion Criteria:" and "Exclusion Criteria:" lines, or a registry entry written without them).

Such a list is read as inclusions (eligibility.split_criteria), so "pregnant or lactating women",
"previous treatment of apatinib" or "disease progression during the first-line chemotherapy" would be
asked of the patient. The run of items at the end of the list that each name a condition to exclude
("previous …", "prior …", "active …", "pregnant …", "disease progression …", "history of …") is read
as the list's exclusions when it holds an item about pregnancy or nursing as its subject: no trial asks
for a pregnant patient, so a list that names one without a heading has reached its exclusions.
Sources: the registry records of NCT03598348 (issue 15, nineteenth blind set, TV), whose reviewer read
the first nine items as inclusions and the last six as exclusions, and NCT03889626 (twenty-first, TX:
"Received 2 or more regimens …", "Pregnant or lactating women", "Concurrent cancer …").
A list of old PDQ style ("No prior
chemotherapy", "Not pregnant or nursing") is not touched: its items ask, in words, for an absence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

__all__ = ["exclusions_at_the_end"]

_EXCLUDING = re.compile(
    r"^(previous|prior|pregnan\w*|lactat\w*|nursing|breast-?feeding|active|history of|known|"
    r"(disease )?progression (during|on|while)|concurrent|concomitant|uncontrolled|severe|serious|"
    r"symptomatic|allerg\w*|hypersensitiv\w*|other (primary )?malignan\w*|participation in|"
    r"received)\b",  # "Received 2 or more regimens for palliative chemotherapy" (NCT03889626, TX)
    re.IGNORECASE,
)
_PREGNANCY = re.compile(r"^(pregnan\w*|lactat\w*|nursing|breast-?feeding)\b", re.IGNORECASE)
_LEAST_BEFORE = 3  # inclusions before the exclusions: a list that is all exclusions is not guessed


class _Item(Protocol):
    text: str
    kind: str


def exclusions_at_the_end(items: Sequence[_Item]) -> None:
    """Mark as exclusions the run of condition-worded items ending ``items`` (a list read without any
    heading), when that run holds an item about pregnancy or nursing and follows other items."""
    start = len(items)
    while start > 0 and _EXCLUDING.match(items[start - 1].text.strip()):
        start -= 1
    tail = items[start:]
    if start < _LEAST_BEFORE or not any(_PREGNANCY.match(item.text.strip()) for item in tail):
        return
    for item in tail:
        item.kind = "exclusion"
