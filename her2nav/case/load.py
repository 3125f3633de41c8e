"""Case files (YAML or JSON) → validated ``Case``, or a ``CaseError`` listing every problem."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from her2nav.case.consistency import consistency_problems
from her2nav.case.errors import CaseError, Problem, problems_from_validation
from her2nav.case.models import Case

MAX_CASE_BYTES = 2_000_000
STDIN = "-"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _DuplicateKeys(ValueError):
    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


class _CaseLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML that (1) leaves dates as text, so an impossible one (2025-02-30) reaches validation
    and is reported with its field path, and (2) records every duplicate key with its line."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[str] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first_line: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                seen = first_line.get(key)
            except TypeError:  # an unhashable key: the constructor reports it
                continue
            if seen is None:
                first_line[key] = line
            else:
                self.duplicates.append(f"duplicate key {key!r} at line {line} (first at line {seen})")
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


_CaseLoader.add_constructor(_TIMESTAMP, _CaseLoader.construct_yaml_str)


def _yaml(text: str) -> Any:
    loader = _CaseLoader(text)
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    if loader.duplicates:
        raise _DuplicateKeys(loader.duplicates)
    return data


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKeys([f"duplicate key {key!r} in a JSON object"])
        out[key] = value
    return out


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
            return json.loads(text, object_pairs_hook=_json_pairs)
        except _DuplicateKeys as err:
            raise CaseError([Problem(where, m) for m in err.messages]) from None
        except json.JSONDecodeError as err:
            if json_first:
                raise CaseError(
                    [Problem(where, f"not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}")]
                ) from None
    try:
        return _yaml(text)
    except _DuplicateKeys as err:
        raise CaseError([Problem(where, m) for m in err.messages]) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise CaseError([Problem(where, f"not valid YAML{at}: {err.problem or err}")]) from None
    except (yaml.YAMLError, ValueError) as err:
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
    """Read and validate one case file (``-``: standard input). Raises ``CaseError`` with every problem."""
    if str(path) == STDIN:
        return case_from_bytes(sys.stdin.buffer.read(), where="(stdin)")
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
