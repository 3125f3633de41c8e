"""One inclusion item that holds the criteria of several arms ("Arm A: never received systemic therapy,
with HER2 negative and PD-L1 CPS ≥ 5; Arm B: failed prior systemic therapy (at least 2 lines)": issue
15, tenth blind set): the patient qualifies through either arm, so each arm's part is read on its own
and the item becomes one ``any_of`` of them (matching/evaluate_standard.any_of). An exclusion item
("Arm A: prior checkpoint or anti-EGFR antibodies; Arm B: prior anti-EGFR antibodies") excludes the
patient only when every arm's part does: a negated ``any_of`` of the arms' parts, each turned into
what the patient must not have (not E_A and not E_B … for each arm's list)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from her2nav.trials.criteria.rule_text import Req

_ARM_LABEL = re.compile(r"(?:^|(?<=[;.]\s))(?:arm|cohort|part) [a-z0-9]{1,3}\s*:\s*")


def arm_alternatives(text: str, kind: str, read: Callable[[str, str], Sequence[Req]]) -> list[Req] | None:
    """``text`` (lower case) as one ``any_of`` of its arms' parts, or None when it names fewer than two."""
    if text.count(":") < 2:
        return None
    labels = list(_ARM_LABEL.finditer(text))
    if len(labels) < 2 or labels[0].start() != 0:
        return None
    ends = [m.start() for m in labels[1:]] + [len(text)]
    parts = [text[m.end() : end].strip(" ;.") for m, end in zip(labels, ends, strict=True)]
    options = [list(read(part, kind)) for part in parts]
    if not all(options):
        return None  # an arm whose part is not read: the item is left to the other rules
    if kind == "exclusion":  # excluded through every arm: not (not E_A or not E_B)
        passes = [[{**r, "negated": not r.get("negated")} for r in option] for option in options]
        return [{"type": "any_of", "options": passes, "negated": True}]
    return [{"type": "any_of", "options": options}]


def without_arm_label(text: str) -> str:
    """``text`` without the one arm or cohort label it opens with ("arm b: previously received …"): the
    label says whose criterion it is (cohort_labels.inline_cohort), not what it asks."""
    m = _ARM_LABEL.match(text) or _GROUP_RECEIVING.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text


# "For cohorts receiving LNS8801/pembrolizumab combination therapy, prothrombin time … must be ≤1.5 × ULN"
# (NCT04130516; twenty-eighth session, WI): the groups the item is for, by their study treatment; no prior
# pembrolizumab is asked
_GROUP_RECEIVING = re.compile(
    r"^for (the |all )?(cohorts?|arms?|groups?|parts?) (receiving|treated with|given|assigned to) "
    r"[^,:;]{1,80}[,:]\s*"
)
