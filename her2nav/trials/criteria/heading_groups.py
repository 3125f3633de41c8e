"""Criteria grouped under label-only headings ("Module 1:", "Part A:", "Panel 2", "All participants:")
that say which part of a study they belong to, where the parts take different tumours (issue 15,
class 2: cohorts; the record's own structure).

A master protocol often lists its modules one after the other, each with its own population and
conditions, and nests parts or panels in a module: "Module 1:" / "Part A:" (ovarian, breast, prostate
or pancreatic cancer with an HRR mutation) … "Module 4:" / "Part A:" (a list of tumour types that
includes gastric cancer) / "Part B - All participants:" (breast cancer) … and the exclusions repeat the
same headings. Such headings name no inclusion or exclusion and no sub-study, so the criteria under
them used to be read as the whole study's: a gastro-oesophageal patient was then excluded by a breast
module's "HER2-negative breast carcinoma".

Here each criterion keeps the path of headings above it (a module, then a part, panel or "All …"
inside it; ``next_path``). A group whose inclusions name other tumours and no gastro-oesophageal one
(nor tumours at large) cannot take the patient; when another group of the study can, every criterion
of the first does not apply (``set_aside_other_groups``: met, "does not apply: a cohort for …"). A part
inside a module is judged by its own inclusions ("Part B" of Module 4: breast cancer), or, naming no
tumour, by its module's; "All participants" and "All panels" are the module's. Groups are not made
cohorts: the ones that may take the patient stay read as they are today (ICH E9: a master protocol's
modules are alternatives, each with its own population; CONTRACT §3: another population's criteria do
not apply).
"""

from __future__ import annotations

import re
from typing import Any

from her2nav.trials.criteria.cohorts import label_parts
from her2nav.trials.criteria.headings import VERB
from her2nav.trials.criteria.tumour_cohorts import tumours_taken

__all__ = ["group_heading", "mark_spans", "next_path", "set_aside_other_groups"]

_ID_LIST = r"(?:\d{1,2}[a-z]?|[a-z]\d?)(?:\s*(?:,|and|or|&|to)\s*(?:\d{1,2}[a-z]?|[a-z]\d?)\b)*"
# "Module 1:", "Modules 1, 2 and 3:", "Part B (dose expansion) - Participants with brain metastases:",
# "Panel 2", "All Panels", "All participants:" — a line of its own, at the margin.
_GROUP = re.compile(
    rf"^(?P<label>(?P<kind>modules?|parts?|panels?|arms?|cohorts?|groups?)\s*{_ID_LIST}\b"
    r"(?:\s*\([^)]{1,40}\))?(?:\s+[-–]\s+[^:.;]{1,60})?|all (?P<all>participants|patients|subjects|panels|"
    r"modules|parts|cohorts|arms))\s*(?P<colon>:?)$",
    re.IGNORECASE,
)


def group_heading(raw: str) -> tuple[str, str] | None:
    """(kind, label) of a group heading line ("Module 1:" → ("module", "Module 1"); "All participants"
    → ("all", …)), or None for any other line. A label with words after it needs its colon."""
    stripped = " ".join(raw.split())
    if raw != raw.lstrip() or (m := _GROUP.match(stripped)) is None or VERB.search(stripped):
        return None
    label = m["label"].strip()
    if not m["colon"] and label_parts(label) == () and not m["all"] and "panel" not in label.lower():
        return None
    if not m["colon"] and re.search(r"[-–(]", label):
        return None
    kind = "all" if m["all"] else m["kind"].lower().rstrip("s")
    return kind, label


def next_path(
    path: tuple[str, ...], top: str | None, kind: str, label: str
) -> tuple[tuple[str, ...], str | None]:
    """The heading path after a group heading, and the kind of the outer headings: the first kind seen
    in a section is the outer one (a module); another kind nests in it (a part, a panel), and so does
    "All …" (the whole group above it)."""
    if kind == "all":
        return ((path[0], label) if path else ()), top
    if top is None or kind == top:
        return (label,), kind
    return ((path[0], label) if path else (label,)), top


def mark_spans(criteria: list[Any], marks: list[tuple[int, Any]], field: str) -> None:
    """In place: each criterion's ``field`` (``group``: the module/part path; ``role``: study_roles.py),
    from the (first criterion, value) marks left where the value changed."""
    for at, (start, value) in enumerate(marks):
        end = marks[at + 1][0] if at + 1 < len(marks) else len(criteria)
        for crit in criteria[start:end]:
            setattr(crit, field, value)


def _keys(label: str) -> tuple[str, ...]:
    """What a label names: its numbered parts ("Modules 1, 2 and 3" → Module 1, 2, 3), nothing for
    "All …" (the group above), else the label itself ("Panel 2")."""
    if re.match(r"all\b", label, re.IGNORECASE):
        return ()
    return label_parts(label) or (" ".join(label.casefold().split()),)


# (own, others): may it take a gastro-oesophageal tumour; the other tumours its inclusions name
_Taken = tuple[bool, frozenset[str]]


def _gather(criteria: list[Any]) -> dict[tuple[str, str], _Taken]:
    """What each (module, part) takes and each module as a whole (part "") by its inclusions."""
    taken: dict[tuple[str, str], _Taken] = {}
    for crit in criteria:
        if crit.kind != "inclusion" or not crit.group:
            continue
        own, others = tumours_taken(crit.text)
        subs = _keys(crit.group[1]) if len(crit.group) > 1 else ()
        for top in _keys(crit.group[0]):
            for sub in {"", *subs}:
                was_own, was_others = taken.get((top, sub), (False, frozenset()))
                taken[(top, sub)] = (was_own or own, was_others | others)
    return taken


def _other_tumours(group: tuple[str, ...], taken: dict[tuple[str, str], _Taken]) -> frozenset[str] | None:
    """The other tumours a group is for, when every module and part it names is for other tumours
    only; None when one may take the patient's tumour or names none. A part naming no tumour is its
    module's."""
    found: set[str] = set()
    subs = _keys(group[1]) if len(group) > 1 else ()
    for top in _keys(group[0]):
        for sub in subs or ("",):
            own, others = taken.get((top, sub)) or (False, frozenset())
            if not own and not others:
                own, others = taken.get((top, "")) or (False, frozenset())
            if own or not others:
                return None
            found |= others
    return frozenset(found) or None


def set_aside_other_groups(criteria: list[Any]) -> None:
    """In place: every criterion of a group for other tumours only, in a study where some group may take
    a gastro-oesophageal tumour, does not apply (module docstring); it is read as such and belongs to no
    cohort."""
    taken = _gather(criteria)
    if not any(own for (_, sub), (own, _) in taken.items() if sub == ""):
        return
    for crit in criteria:
        if crit.group and (others := _other_tumours(crit.group, taken)) is not None:
            crit.cohort = None
            where = ", ".join(crit.group)
            crit.requirements = [{"type": "other_cohort", "cohort": where, "tumours": sorted(others)}]
