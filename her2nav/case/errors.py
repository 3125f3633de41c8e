"""Input problems, each tied to the field path it concerns (``biomarkers[1].score``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        return {"field": self.path, "message": self.message}


class CaseError(Exception):
    """A case file that cannot be reviewed; ``problems`` lists every reason found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


_DISCRIMINATED = {"her2_ihc", "her2_ish", "pdl1_cps", "cldn18_2", "mmr", "msi", "her2_ctdna"}


def format_path(loc: Iterable[Any]) -> str:
    """('biomarkers', 1, 'her2_ihc', 'score') → 'biomarkers[1].score'."""
    out = ""
    parts = list(loc)
    for i, part in enumerate(parts):
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        text = str(part)
        # Pydantic puts the union member's tag after a list index; readers do not need it.
        if text in _DISCRIMINATED and i > 0 and isinstance(parts[i - 1], int):
            continue
        if text.startswith("function-") or text.startswith("function["):
            continue
        out += f".{text}" if out else text
    return out or "(case)"


def _expected_list(ctx: dict[str, Any]) -> str:
    expected = str(ctx.get("expected", ""))
    # "'0', '1+', '2+' or '3+'" → "0, 1+, 2+, 3+"
    return expected.replace("' or '", "', '").replace("'", "")


def _message(err: Any) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    value = err.get("input")
    if kind in ("literal_error", "enum"):
        return f"{value!r} is not one of {_expected_list(ctx)}"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling against the case format)"
    if kind == "missing":
        return "required field is missing"
    if kind == "union_tag_invalid":
        return f"{ctx.get('tag')!r} is not a known kind; use one of {_expected_list(ctx)}"
    if kind == "union_tag_not_found":
        return "each biomarker needs a 'kind'"
    if kind == "string_pattern_mismatch":
        return f"{value!r} must be 1–64 letters, digits, '_' or '-'"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{value!r} is out of range ({err['msg'].lower()})"
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type", "date_from_datetime_inexact"):
        reason = str(ctx.get("error", ""))
        if "outside expected range" in reason:  # well formed but impossible: 2025-02-30
            return f"{value!r} is not a real date ({reason})"
        return f"{value!r} is not a date in YYYY-MM-DD form"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    msg = str(err["msg"])
    if value is not None and not isinstance(value, dict | list):
        return f"{value!r}: {msg[0].lower() + msg[1:]}"
    return msg[0].lower() + msg[1:]


def problems_from_validation(error: ValidationError) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out: list[Problem] = []
    for err in error.errors(include_url=False):
        problem = Problem(format_path(err["loc"]), _message(err))
        key = (problem.path, problem.message)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return out
