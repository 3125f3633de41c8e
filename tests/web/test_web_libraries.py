"""The pages' browser libraries (htmx, from package-lock.json) are served from our own origin, and the
app refuses to start without them, saying how to install them."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from her2nav.settings import Settings
from her2nav.web import pages
from her2nav.web.app import create_app, require_web_libraries

PACKAGE_LOCK = Path(__file__).resolve().parents[2] / "package-lock.json"


def test_htmx_is_served_from_our_own_origin_as_the_locked_release(app: FastAPI) -> None:
    served = TestClient(app).get("/static/vendor/htmx.min.js")
    assert served.status_code == 200 and "javascript" in served.headers["content-type"]
    assert '"node_modules/htmx.org": {\n      "version": "2.' in PACKAGE_LOCK.read_text()
    assert 'version:"2.' in served.text.replace(" ", "")


def test_the_app_refuses_to_start_without_htmx_and_says_to_run_make(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(RuntimeError, match=r"vendor/htmx\.min\.js missing .*: run `make`"):
        require_web_libraries(tmp_path)
    monkeypatch.setattr(pages, "STATIC", str(tmp_path))
    with pytest.raises(RuntimeError, match="run `make`"):
        create_app(settings)
