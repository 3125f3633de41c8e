"""The page form's upload has the upload limit, not the small limit of other bodies."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI

from her2nav.settings import Settings
from tests.web.conftest import World
from tests.web.pages.helpers import REPORT, csrf_of, page_client

__all__ = ["World"]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(mode="test", var_dir=tmp_path, max_upload_bytes=8192, max_json_bytes=1024)


def test_a_report_larger_than_a_form_body_uploads_through_the_page_and_a_too_large_one_is_refused(
    app: FastAPI, world: World
) -> None:
    client = page_client(app, "coord")
    token = csrf_of(client.get("/cases/case-a").text)
    report = (REPORT * 8).encode()
    assert 1024 < len(report) < 8192
    stored = client.post(
        "/cases/case-a/documents",
        data={"csrf_token": token},
        files={"file": ("report.txt", report, "text/plain")},
        follow_redirects=False,
    )
    assert stored.status_code == 303, stored.text
    too_large = client.post(
        "/cases/case-a/documents",
        data={"csrf_token": token},
        files={"file": ("big.txt", report * 8, "text/plain")},
    )
    assert too_large.status_code == 413, too_large.text[-600:]
