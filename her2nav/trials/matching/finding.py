"""The answer an evaluator gives for one requirement: does the patient have the property it names?"""

from __future__ import annotations

from dataclasses import dataclass

NOT_APPLICABLE = "does not apply: "


@dataclass(frozen=True)
class Finding:
    value: bool | None
    reason: str
    action: str | None = None


def unknown(reason: str, action: str) -> Finding:
    return Finding(None, reason, action)


def not_applicable(kind: str, why: str) -> Finding:
    """A criterion that does not apply to this patient is met (CONTRACT §3): the property is held for
    an inclusion and absent for an exclusion."""
    return Finding(kind == "inclusion", NOT_APPLICABLE + why)


def holds(kind: str, passes: bool, reason: str) -> Finding:
    """A finding for a requirement read the same way in both kinds ("wash-out complete"): ``passes``
    is whether the patient satisfies the criterion."""
    return Finding(passes if kind == "inclusion" else not passes, reason)
