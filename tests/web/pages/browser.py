"""A real server and Debian's Chromium for the page journeys: the server is ``her2nav serve`` on
loopback with its own SQLite database; every page a journey opens is checked with axe-core and, when
asked, photographed at 1280 and 390 pixels wide into docs/screenshots/."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, sync_playwright

from her2nav.records.store.db import make_engine, session_factory
from her2nav.settings import Settings
from tests.records.factories import PASSWORD, make_user
from tests.web.realserver import Server, seed

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
WIDTHS = (1280, 390)
SERIOUS = ("serious", "critical")
_AXE = Axe()


def start_server(folder: Path) -> Server:
    """``coord`` with ``case-a`` and its patient ``pat`` (realserver.seed), and a second coordinator."""
    settings = Settings(mode="development", var_dir=folder)
    seed(settings)
    engine = make_engine(settings.effective_database_url)
    with session_factory(engine)() as db:
        make_user(db, "coord2", "coordinator")
        db.commit()
    engine.dispose()
    server = Server(settings)
    server.start()
    return server


def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        try:
            yield browser
        finally:
            browser.close()


def sign_in(page: Page, base: str, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_load_state()


def serious_violations(page: Page) -> list[dict[str, Any]]:
    """Axe's serious and critical violations on the page as it stands (none expected)."""
    found = _AXE.run(page).response["violations"]
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in found
        if v.get("impact") in SERIOUS
    ]


def check_page(page: Page, name: str) -> None:
    """No serious or critical accessibility violation; screenshots named ``name`` (none when empty)
    when HER2NAV_SCREENSHOTS is set."""
    assert serious_violations(page) == [], name or page.url
    if name and os.environ.get("HER2NAV_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        size = page.viewport_size or {"width": 1280, "height": 900}
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
        page.set_viewport_size(size)
