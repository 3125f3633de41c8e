"""Warnings and gaps raised while interpreting biomarkers (codes from CONTRACT §4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class Flag:
    code: str  # CONTRACT §4 warning or gap code
    message: str  # human-readable reason, says what it rests on
    severity: str | None = None  # for gaps: "high" | "medium" | "low"

    def as_dict(self) -> dict[str, str]:
        """The CONTRACT §2 shape: ``{"code", "message"}`` plus ``severity`` for gaps."""
        out = {"code": self.code, "message": self.message}
        if self.severity is not None:
            out["severity"] = self.severity
        return out


def merge_flags(flags: Iterable[Flag]) -> tuple[Flag, ...]:
    """One flag per code, in first-seen order: messages joined, the most severe severity kept."""
    merged: dict[str, Flag] = {}
    for flag in flags:
        seen = merged.get(flag.code)
        if seen is None:
            merged[flag.code] = flag
            continue
        message = seen.message if flag.message in seen.message else f"{seen.message} Also: {flag.message}"
        severities = [s for s in (seen.severity, flag.severity) if s is not None]
        severity = min(severities, key=lambda s: SEVERITY_ORDER.get(s, 9)) if severities else None
        merged[flag.code] = Flag(flag.code, message, severity)
    return tuple(merged.values())
