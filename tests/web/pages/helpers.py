"""Signing in through the page, reading a page's CSRF token, and a small pathology report."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.records.factories import PASSWORD

REPORT = """PATHOLOGY REPORT
Specimen A: Gastric biopsy, antrum.
Diagnosis: Adenocarcinoma of the stomach, intestinal type.

Immunohistochemistry
HER2 (4B5): 2+ (equivocal), scored with gastric criteria.
HER2 ISH: to follow in a separate report.
"""
IHC2_CASE = {
    "case_id": "case-ihc2",
    "as_of": "2026-11-23",
    "patient": {"age": 61, "sex": "male", "ecog": 1, "region": "GB"},
    "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
    "biomarkers": [{"kind": "pdl1_cps", "value": 2, "tested_on": "2025-02-20"}],
}


def page_client(app: FastAPI, username: str, password: str = PASSWORD, **headers: str) -> TestClient:
    client = TestClient(app, headers=headers)
    answer = client.post("/login", data={"username": username, "password": password, "next": "/cases"})
    assert answer.status_code == 200, answer.text  # followed to the worklist or the family view
    return client


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def field_error(html: str, name: str) -> str | None:
    found = re.search(rf'id="err-{name}">([^<]+)<', html)
    return found.group(1) if found else None
