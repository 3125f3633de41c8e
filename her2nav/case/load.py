"""Case files (YAML or JSON) → validated ``Case``, or a ``CaseError`` listing every problem."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from her2nav.case.consistency import consistency_problems
from her2nav.case.errors import CaseError, Problem, problems_from_validation
from her2nav.case.models import Case

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_CASE_BYTES = 2_000_000


def case_from_data(data: Any, *, where: str = "(case)") -> Case:
    """Validate already-parsed data (a dict from JSON or YAML)."""
    if not isinstance(data, dict):
        kind = "empty" if data is None else type(data).__name__
        raise CaseError([Problem(where, f"a case must be a mapping of fields, not {kind}")])
    try:
        case = Case.model_validate(data)
    except ValidationError as err:
        raise CaseError(problems_from_validation(err)) from None
    problems = consistency_problems(case)
    if problems:
        raise CaseError(problems)
    return case


def parse_text(text: str, *, where: str, json_first: bool = False) -> Any:
    """Parse YAML (JSON is a subset) and turn syntax errors into a located problem."""
    if not text.strip():
        raise CaseError([Problem(where, "the file is empty")])
    if json_first or text.lstrip().startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            if json_first:
                raise CaseError(
                    [Problem(where, f"not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}")]
                ) from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise CaseError([Problem(where, f"not valid YAML{at}: {err.problem or err}")]) from None
    except yaml.YAMLError as err:
        raise CaseError([Problem(where, f"not valid YAML: {err}")]) from None


def decode(raw: bytes, *, where: str) -> str:
    if b"\x00" in raw:
        raise CaseError([Problem(where, "not a text file (it contains binary data)")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CaseError([Problem(where, f"not UTF-8 text (byte {err.start} cannot be read)")]) from None


def case_from_bytes(raw: bytes, *, where: str = "(case)", json_first: bool = False) -> Case:
    if len(raw) > MAX_CASE_BYTES:
        raise CaseError([Problem(where, f"the file is too large ({len(raw)} bytes; a case is at most 2 MB)")])
    text = decode(raw, where=where)
    return case_from_data(parse_text(text, where=where, json_first=json_first), where=where)


def load_case(path: str | Path) -> Case:
    """Read and validate one case file. Raises ``CaseError`` with every problem found."""
    path = Path(path)
    where = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CaseError([Problem(where, "no such file")]) from None
    except IsADirectoryError:
        raise CaseError([Problem(where, "is a folder, not a case file")]) from None
    except OSError as err:
        raise CaseError([Problem(where, f"cannot be read ({err.strerror})")]) from None
    return case_from_bytes(raw, where=where, json_first=path.suffix.lower() == ".json")
