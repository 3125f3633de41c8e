"""Journeys in a real browser (Debian's Chromium driven by Playwright) against a real server: the
coordinator's day from the issue, a second coordinator kept out, the family's Chinese plain view, and a
session that ends mid-form. Every page opened passes axe-core without a serious or critical violation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.web.pages.browser import check_page, chromium, sign_in, start_server
from tests.web.pages.helpers import REPORT
from tests.web.realserver import Server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(tmp_path_factory.mktemp("pages"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    yield context.new_page()
    context.close()


def _options(page: Page) -> list[str]:
    return [t.strip() for t in page.locator("#options article h3").all_inner_texts()]


def test_a_coordinator_creates_a_case_confirms_ihc_2_plus_adds_ish_and_sees_the_options_change(
    server: Server, page: Page, tmp_path: Path
) -> None:
    sign_in(page, server.base, "coord")
    expect(page).to_have_url(re.compile(r"/cases$"))
    check_page(page, "")
    page.click("text=New case")
    check_page(page, "")
    page.fill("#case_id", "journey-1")
    page.fill("#as_of", "2026-11-23")
    page.select_option("#site", "stomach")
    page.select_option("#histology", "adenocarcinoma")
    page.select_option("#setting", "metastatic")
    page.select_option("#region", "GB")
    page.fill("#age", "61")
    page.click("form[data-draft] button[type=submit]")
    expect(page.locator("h1")).to_contain_text("journey-1")

    report = tmp_path / "pathology-report.txt"
    report.write_text(REPORT, encoding="utf-8")
    page.set_input_files("#upload-file", str(report))
    page.click("#upload button[type=submit]")
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]+$"))
    suggestion = page.locator("article.suggestion", has_text="HER2 IHC score: 2+")
    expect(suggestion).to_be_visible(timeout=60_000)  # the page follows the extraction and reloads
    expect(page.locator("mark", has_text="HER2 (4B5): 2+")).to_be_visible()
    check_page(page, "")
    suggestion.locator("input[name=tested_on]").first.fill("2025-02-20")
    suggestion.locator("button[value=accept]").click()
    expect(page.locator("article.suggestion", has_text="HER2 IHC score: 2+")).to_contain_text("accepted")

    page.goto(f"{server.base}/cases/journey-1")
    gap = page.locator("#gaps li", has_text="HER2 ISH result needed")
    expect(gap).to_be_visible()
    before = _options(page)
    check_page(page, "")
    gap.locator("a", has_text="Add the result").click()
    check_page(page, "")
    page.fill("#ratio", "2.6")
    page.select_option("#result", "amplified")
    page.fill("#tested_on", "2025-03-01")
    page.click("form[data-draft] button[type=submit]")
    expect(page.locator("#her2-h")).to_contain_text("positive")
    expect(page.locator("#gaps li", has_text="HER2 ISH result needed")).to_have_count(0)
    assert _options(page) != before


def test_a_second_coordinator_gets_the_404_page_for_the_first_ones_case(server: Server, page: Page) -> None:
    sign_in(page, server.base, "coord2")
    answer = page.goto(f"{server.base}/cases/case-a")
    assert answer is not None and answer.status == 404
    expect(page.locator("h1")).to_have_text("Not found")
    check_page(page, "")
    page.goto(f"{server.base}/cases")
    expect(page.locator("table.worklist")).not_to_contain_text("case-a")


def test_a_family_account_sees_the_plain_view_in_chinese_and_nothing_else(
    server: Server, browser: Browser
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    page = context.new_page()
    sign_in(page, server.base, "pat")
    expect(page).to_have_url(re.compile(r"/cases/case-a$"))
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    expect(page.locator("#f-her2")).not_to_have_text("What the tests show")
    expect(page.locator("#trail")).to_have_count(0)
    expect(page.locator("a[href='/cases']")).to_have_count(0)
    check_page(page, "")
    for elsewhere in ("/cases/nothing", "/cases/case-a/patient", "/cases/new"):
        answer = page.goto(f"{server.base}{elsewhere}")
        assert answer is not None and answer.status in (403, 404), elsewhere
    context.close()


def test_a_session_that_ends_mid_form_returns_to_sign_in_and_keeps_what_was_typed(
    server: Server, page: Page
) -> None:
    sign_in(page, server.base, "coord")
    page.goto(f"{server.base}/cases/case-a/patient")
    check_page(page, "")
    page.fill("#age", "66")
    page.fill("#city", "Leeds")
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "her2nav_session")
    with httpx.Client(base_url=server.base, cookies={"her2nav_session": token}) as other:
        csrf = other.get("/api/session").json()["csrf_token"]
        assert other.delete("/api/session", headers={"X-CSRF-Token": csrf}).status_code == 204
    page.click("form[data-draft] button[type=submit]")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    check_page(page, "")
    page.fill("#username", "coord")
    page.fill("#password", "correct horse battery")
    page.click("form[action='/login'] button[type=submit]")
    expect(page).to_have_url(re.compile(r"/cases/case-a/patient$"))
    expect(page.locator("#age")).to_have_value("66")
    expect(page.locator("#city")).to_have_value("Leeds")
    page.click("form[data-draft] button[type=submit]")
    expect(page).to_have_url(re.compile(r"/cases/case-a\?saved="))
    page.goto(f"{server.base}/cases/case-a/patient")
    expect(page.locator("#age")).to_have_value("66")
