"""Items that list a permission's examples at the margin of the list they belong to (issue 15, class 1;
blind sets TD and VC on VIKTORY-2, NCT06085755).

A criterion may end by allowing something and then list what it allows:

    8. … Subjects may be enrolled with chronic, stable Grade 2 toxicities …, such as:
    * Chemotherapy-induced neuropathy
    * Fatigue
    10. Active or prior documented autoimmune … disorders … The following are exceptions to this criterion:
    * Subjects with vitiligo or alopecia … may be included …
    11. Known to have tested positive for HIV …

The registry copy lost the indent that made those items sub-items, so read one by one they would be
criteria of their own: "Fatigue" as an exclusion, asked of every patient. They are the examples of the
criterion above them, what its permission lets in: the splitter (eligibility.py) keeps each as an item
(reviewers and study teams cite them so) that asks nothing of its own (``EXAMPLE``: a permission, like
the cancers listed under "… with the exception of:", linked_bullets.listed_exceptions). Where the examples
end is read from the list marks, the only thing that tells them apart: they are marked otherwise than
the criterion that announces them ("*" under "10.", or a list restarting at "1." under "8."), and the
list resumes with the mark that follows that criterion's ("9." after "8.", the next "*" after a "*").
Examples marked like the list's own items cannot be told from them and stay criteria of their own.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

# The announcement: what the criterion allows, and then its examples. "such as:", "… may include:",
# "The following are exceptions to this criterion:", "The following are allowed:".
_ANNOUNCES = re.compile(
    r"(\bsuch as|\b(may|might|can) include|\bincluding|\bexceptions? to th(is|e above) (criterion|exclusion)|"
    r"\bthe following (are|is) (allowed|permitted|acceptable|not excluded|exceptions?))\s*:\s*$",
    re.IGNORECASE,
)
# The sentence that ends with it allows (rather than lists what is excluded: "Impaired intestinal
# absorption, including:" is followed by exclusions of its own).
_ALLOWS = re.compile(
    r"\b(may|can|will) be (enrolled|included|allowed|permitted|eligible)\b|"
    r"\b(are|is) (allowed|permitted|eligible|acceptable|not excluded)\b|\bexceptions? to th",
    re.IGNORECASE,
)
# What an example asks: nothing of its own (matching: "does not apply: an example of what …").
EXAMPLE = {"type": "permission", "about": "example"}
Mark = tuple[str, str]  # ("number", "8"), ("bullet", "*"), ("letter", "b")
_MARK = re.compile(r"^\s*(?:(\d{1,2})[.)]|([*\-•+])|([a-z])[.)])\s", re.IGNORECASE)


def list_mark(line: str) -> Mark | None:
    """The mark a list item opens with: ("number", "8"), ("bullet", "*") or ("letter", "b")."""
    found = _MARK.match(line)
    if found is None:
        return None
    number, bullet, letter = found.groups()
    if number:
        return "number", number
    return ("bullet", bullet) if bullet else ("letter", letter.casefold())


def announces_examples(text: str) -> bool:
    """Whether a criterion ends by announcing the examples of what it allows."""
    if not _ANNOUNCES.search(text):
        return False
    last = re.split(r"(?<=[.;])\s+(?=[A-Z])", text.strip())[-1]
    return _ALLOWS.search(last) is not None


def resumes_list(announcing: Mark, item: Mark | None) -> bool:
    """Whether an item marked ``item`` is the next of the list the announcing criterion (marked
    ``announcing``) belongs to, rather than one of its examples."""
    if item is None or item[0] != announcing[0]:
        return False
    kind, mark = announcing
    if kind == "number":
        return int(item[1]) == int(mark) + 1
    if kind == "letter":
        return item[1] == chr(ord(mark) + 1)
    return item[1] == mark  # bullets: the same mark (examples marked alike cannot be told apart)


class _Item(Protocol):
    text: str
    example: bool


Item = TypeVar("Item", bound=_Item)


def examples_being_read(
    examples: tuple[Item, Mark] | None,
    marked: tuple[Item, Mark | None] | None,
    current: Item | None,
    mark: Mark | None,
) -> tuple[Item, Mark] | None:
    """The criterion whose examples the next item (marked ``mark``) is one of, with its own mark, or None.
    ``examples``: the one before this item; ``marked``: the last item begun at the list's margin and its
    mark; ``current``: the item text is being added to. A criterion that announces examples begins the
    list; an item that is neither it nor one of its examples, or one marked as the next of the list,
    ends it."""
    if marked and marked[0] is current and (announcing := marked[1]) and announces_examples(marked[0].text):
        examples = (marked[0], announcing)
    if examples and (
        not (current is examples[0] or (current is not None and current.example))
        or resumes_list(examples[1], mark)
    ):
        return None
    return examples
