"""Every page of the demo (its seven example cases, each role, English and Chinese) in Chromium against
a real server: no serious or critical axe-core violation anywhere. With HER2NAV_SCREENSHOTS=1 the run
also writes the README's screenshots (1280 and 390 pixels wide) to docs/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from her2nav.records.demo.seed import DEMO_ACCOUNTS, seed
from her2nav.records.store.db import make_engine, session_factory
from her2nav.records.store.maintenance import upgrade_database
from her2nav.settings import Settings
from tests.web.pages.browser import check_page, chromium, sign_in
from tests.web.realserver import Server

pytestmark = pytest.mark.slow
PASSWORDS = {name: password for name, _role, password in DEMO_ACCOUNTS}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, list[str]]]:
    settings = Settings(mode="development", var_dir=tmp_path_factory.mktemp("demo-pages"))
    upgrade_database(settings)
    engine = make_engine(settings.effective_database_url)
    case_ids = seed(session_factory(engine))
    engine.dispose()
    server = Server(settings)
    server.start()
    yield server, case_ids
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


def _page(browser: Browser, locale: str) -> Page:
    return browser.new_context(viewport={"width": 1280, "height": 900}, locale=locale).new_page()


@pytest.mark.parametrize("locale", ["en-GB", "zh-CN"])
def test_every_staff_page_of_the_demo_passes_axe(
    demo: tuple[Server, list[str]], browser: Browser, locale: str, tmp_path: Path
) -> None:
    server, case_ids = demo
    page = _page(browser, locale)
    english = locale == "en-GB"

    def shot(name: str, *, in_chinese: bool = False) -> str:
        """The screenshot's name: the English pages, and a few in Chinese."""
        return name if english else (f"{name}-zh" if in_chinese else "")

    page.goto(f"{server.base}/login")
    check_page(page, shot("login"))
    sign_in(page, server.base, "coordinator", PASSWORDS["coordinator"])
    check_page(page, shot("worklist", in_chinese=True))
    for n, case_id in enumerate(case_ids):
        page.goto(f"{server.base}/cases/{case_id}")
        assert page.locator("h1").inner_text().endswith(case_id)
        check_page(
            page, {1: shot("case-ihc2-awaiting-ish"), 3: shot("case-second-line", in_chinese=True)}.get(n, "")
        )
    first = case_ids[1]
    for path in ("patient", "diagnosis", "treatments", "biomarkers/new?kind=her2_ish"):
        page.goto(f"{server.base}/cases/{first}/{path}")
        check_page(page, shot("form-add-ish") if path.startswith("biomarkers") else "")
    report = tmp_path / "report.txt"
    report.write_text("HER2 (4B5): 2+ (equivocal), gastric criteria.\nPD-L1 22C3 CPS 5.\n", encoding="utf-8")
    page.goto(f"{server.base}/cases/{first}")
    page.set_input_files("#upload-file", str(report))
    page.click("#upload button[type=submit]")
    page.wait_for_url("**/documents/*")
    page.locator("article.suggestion").first.wait_for(timeout=60_000)
    check_page(page, shot("document"))
    page.context.close()


@pytest.mark.parametrize("locale", ["en-GB", "zh-CN"])
def test_the_family_view_of_the_demo_passes_axe(
    demo: tuple[Server, list[str]], browser: Browser, locale: str
) -> None:
    server, case_ids = demo
    page = _page(browser, locale)
    sign_in(page, server.base, "patient", PASSWORDS["patient"])
    assert page.url.endswith(f"/cases/{case_ids[0]}")
    check_page(page, "family" + ("" if locale == "en-GB" else "-zh"))
    page.context.close()
