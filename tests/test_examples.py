"""Every shared example (../shared/examples next to the repository) holds against its expectations.

Mirrors the rules of ../shared/tools/check-examples, but calls the CLI in-process so it stays fast.
Skips only when the examples folder is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from her2nav.cli import app

EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "examples"
CASES = sorted(EXAMPLES.glob("*.case.yaml")) if EXAMPLES.is_dir() else []


def expectations(case: Path) -> dict[str, Any]:
    expect = case.with_name(case.name.replace(".case.yaml", ".expect.yaml"))
    return yaml.safe_load(expect.read_text()) or {}


def problems(review: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    out: list[str] = []
    options = review["options"]
    by_id = {o["id"]: o for o in options}
    for key, value in (expect.get("her2") or {}).items():
        if review["her2"].get(key) != value:
            out.append(f"her2.{key} = {review['her2'].get(key)!r}, expected {value!r}")
    if "current_line" in expect and review["current_line"] != expect["current_line"]:
        out.append(f"current_line {review['current_line']} != {expect['current_line']}")
    if "top_in" in expect:
        top = next((o["id"] for o in options if o["rank"] == 1), None)
        if top not in expect["top_in"]:
            out.append(f"top option {top} not in {expect['top_in']}")
    out += [f"missing option {o}" for o in expect.get("includes", []) if o not in by_id]
    out += [f"unexpected option {o}" for o in expect.get("not_includes", []) if o in by_id]
    gaps = {g["code"] for g in review["gaps"]}
    out += [f"missing gap {g}" for g in expect.get("gaps", []) if g not in gaps]
    out += [f"unexpected gap {g}" for g in expect.get("no_gaps", []) if g in gaps]
    warnings = {w["code"] for w in review["warnings"]}
    out += [f"missing warning {w}" for w in expect.get("warnings", []) if w not in warnings]
    for oid, wanted in (expect.get("cautions") or {}).items():
        if oid in by_id:
            have = {c["code"] for c in by_id[oid]["cautions"]}
            out += [f"{oid} lacks caution {c}" for c in wanted if c not in have]
    for oid, regions in (expect.get("access") or {}).items():
        if oid in by_id:
            for region, status in regions.items():
                got = by_id[oid]["access"][region]["status"]
                if got != status:
                    out.append(f"{oid} access {region} = {got}, expected {status}")
    return out


@pytest.mark.skipif(not CASES, reason="../shared/examples is not present")
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.split(".")[0])
def test_the_shared_example_meets_its_expectations(case: Path) -> None:
    expect = expectations(case)
    result = CliRunner().invoke(app, ["review", str(case), "--json"])
    assert result.exit_code == expect.get("exit_code", 0), result.output
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        for text in expect.get("stderr_contains", []):
            assert text in result.output
        return
    assert problems(json.loads(result.stdout), expect) == []
