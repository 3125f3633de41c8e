"""A breast report uploaded to a gastric case: its HER2 suggestion carries the organ and a warning, and
accepting it answers 409 until the body says confirm_other_organ."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI

from her2nav.settings import Settings
from tests.web.conftest import LoginFn, World
from tests.web.test_suggestions_api import _by_field, _extract_all, _untested_case, _upload

BREAST_REPORT = """SYNTHETIC TEST REPORT - NOT A REAL PATIENT (written for her2nav tests)
Specimen: left breast, core needle biopsy.
Diagnosis: invasive carcinoma of the breast, no special type, Nottingham grade 2.
HER2 (4B5): 3+ (positive).
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(mode="test", var_dir=tmp_path, max_upload_bytes=2_000_000)


def test_a_breast_her2_suggestion_needs_an_explicit_confirmation_to_enter_a_gastric_case(
    world: World, login: LoginFn, app: FastAPI
) -> None:
    coord = _untested_case(login)
    doc = _upload(coord, "case-u", "breast.txt", BREAST_REPORT.encode(), "text/plain")
    _extract_all(app)
    her2 = _by_field(coord.get(f"/api/documents/{doc}/suggestions").json())["her2_ihc"]
    assert her2["organ"] == "breast" and "breast" in her2["warning"]
    refused = coord.post(f"/api/suggestions/{her2['id']}/accept")
    assert refused.status_code == 409, refused.text
    assert "confirm_other_organ" in refused.text
    assert coord.get("/api/cases/case-u").json()["case"]["biomarkers"] == []
    accepted = coord.post(f"/api/suggestions/{her2['id']}/accept", json={"confirm_other_organ": True})
    assert accepted.status_code == 200, accepted.text
    [marker] = coord.get("/api/cases/case-u").json()["case"]["biomarkers"]
    assert marker["kind"] == "her2_ihc" and marker["score"] == "3+"
