"""Issue 19 in a real browser (Debian's Chromium driven by Playwright) against a real ``her2nav serve``:
a navigator creates a task, tries to move the case to review without consent and reads what is
missing, records the consent, moves the case, logs a message and sees the task and the message on
the timeline; the family reads its appointment in Chinese. Every page passes axe-core without a
serious or critical violation, the refused form included."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from her2nav.records.store.db import make_engine, session_factory
from her2nav.settings import Settings
from tests.records.factories import make_user
from tests.web.pages.browser import check_page, chromium, sign_in, start_server
from tests.web.realserver import Server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("coordination")
    running = start_server(folder)
    engine = make_engine(Settings(mode="development", var_dir=folder).effective_database_url)
    with session_factory(engine)() as db:
        make_user(db, "admin", "admin")
        db.commit()
    engine.dispose()
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


def test_a_navigator_adds_a_task_reads_what_a_move_lacks_supplies_it_and_sees_the_timeline(
    server: Server, page: Page
) -> None:
    sign_in(page, server.base, "coord")
    page.goto(f"{server.base}/cases/case-a#coordination")
    check_page(page, "coordination")
    due = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=5)).isoformat()
    page.select_option("#task-type", "records_request")
    page.fill("#task-title", "Ask Ruijin for the CT disc")
    page.fill("#task-due_on", due)
    page.click("form[action='/cases/case-a/tasks'] button[type=submit]")
    expect(page.locator("#coord-tasks")).to_contain_text("Ask Ruijin for the CT disc")
    expect(page.locator("[data-focus-notice]")).to_be_focused()  # saved in place, and said so
    assert page.url.endswith("/cases/case-a#coordination")  # no new page was loaded

    page.select_option("#stage-stage", "review")
    page.click("form[action='/cases/case-a/stage'] button[type=submit]")
    refused = page.locator("#stage-errors")
    expect(refused).to_contain_text("missing consent to case review")
    expect(refused).to_have_attribute("role", "alert")
    expect(refused).to_be_focused()
    check_page(page, "coordination-refused")

    page.select_option("#consent-purpose", "case_review")
    page.click("form.coord-form[action='/cases/case-a/consents'] button[type=submit]")
    expect(page.locator("#coord-consents")).to_contain_text("in force")
    page.select_option("#stage-stage", "review")
    page.fill("#stage-reason", "HER2 result and consent in hand")
    page.click("form[action='/cases/case-a/stage'] button[type=submit]")
    expect(page.locator("#coord-stage-h")).to_contain_text("case review")
    expect(page.locator("#coord-stage table")).to_contain_text("HER2 result and consent in hand")

    page.select_option("#communication-channel", "phone")
    page.fill("#communication-counterpart", "daughter")
    page.fill("#communication-summary", "CT disc posted today")
    page.click("form[action='/cases/case-a/communications'] button[type=submit]")
    timeline = page.locator("#coord-timeline")
    expect(timeline).to_contain_text("task (records_request): Ask Ruijin for the CT disc")
    expect(timeline).to_contain_text("phone with daughter: CT disc posted today")
    expect(timeline).to_contain_text("moved to review: HER2 result and consent in hand")
    check_page(page, "")


def test_the_pages_run_htmx_2_from_our_own_origin_without_eval_or_a_policy_violation(
    server: Server, page: Page
) -> None:
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    sign_in(page, server.base, "coord")
    page.goto(f"{server.base}/cases/case-a")
    assert page.evaluate("window.htmx.version").startswith("2.")
    assert page.evaluate("[htmx.config.allowEval, htmx.config.includeIndicatorStyles]") == [False, False]
    assert page.locator("script[src='/static/vendor/htmx.min.js']").count() == 1
    assert [text for text in said if "Content Security Policy" in text] == []


def test_a_coordination_form_saves_in_place_through_htmx_without_loading_a_page(
    server: Server, page: Page
) -> None:
    sign_in(page, server.base, "coord")
    page.goto(f"{server.base}/cases/case-a")
    page.evaluate("window.stillTheSamePage = true")
    posts: list[dict[str, str]] = []
    loads: list[str] = []
    page.on("request", lambda r: posts.append(r.headers) if r.method == "POST" else None)
    page.on("request", lambda r: loads.append(r.url) if r.is_navigation_request() else None)
    page.select_option("#task-type", "records_request")
    page.fill("#task-title", "Chase the pathology block")
    page.click("form[action='/cases/case-a/tasks'] button[type=submit]")
    expect(page.locator("#coord-tasks")).to_contain_text("Chase the pathology block")
    expect(page.locator("[data-focus-notice]")).to_be_focused()
    assert page.evaluate("window.stillTheSamePage") is True and loads == []
    assert [(h.get("hx-request"), h.get("hx-target")) for h in posts] == [("true", "coordination")]


def test_a_coordination_form_sent_after_the_session_ended_posts_as_usual_and_reaches_sign_in(
    server: Server, page: Page
) -> None:
    sign_in(page, server.base, "coord")
    page.goto(f"{server.base}/cases/case-a")
    page.context.clear_cookies()
    page.select_option("#task-type", "records_request")
    page.fill("#task-title", "Call the family back")
    page.click("form[action='/cases/case-a/tasks'] button[type=submit]")
    page.wait_for_url(re.compile(r"/login"))  # htmx's answer was not the part: the form was posted
    expect(page.locator("#username")).to_be_visible()


def test_the_family_reads_its_next_appointment_in_chinese_with_what_to_bring(
    server: Server, browser: Browser, page: Page
) -> None:
    sign_in(page, server.base, "coord")
    page.goto(f"{server.base}/cases/case-a")
    day = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=20)
    page.fill("#appointment-place", "Ruijin Hospital")
    page.fill("#appointment-starts_at", f"{day.isoformat()}T09:30")
    page.fill("#appointment-time_zone", "Asia/Shanghai")
    page.fill("#appointment-what_to_bring", "CT disc, passport")
    page.click("form[action='/cases/case-a/appointments'] button[type=submit]")
    visit = page.locator("#coord-visits li").first
    expect(visit).to_contain_text("09:30")
    expect(visit).to_contain_text("your time:")  # the viewer's own zone, added by the script
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    family = context.new_page()
    sign_in(family, server.base, "pat")
    section = family.locator("#visit")
    expect(section).to_contain_text("您的下次预约")
    expect(section).to_contain_text(f"{day.year}年{day.month}月{day.day}日")
    expect(section).to_contain_text("CT disc, passport")
    check_page(family, "family-appointment")
    context.close()


def test_the_worklist_notifications_and_failed_jobs_pages_pass_axe(server: Server, page: Page) -> None:
    sign_in(page, server.base, "coord")
    page.goto(f"{server.base}/cases?overdue=no&sort=-overdue")
    expect(page.locator("th[aria-sort]")).to_contain_text("Overdue tasks")
    check_page(page, "")
    page.click("header >> text=Notifications")
    expect(page.locator("h1")).to_have_text("Notifications")
    check_page(page, "")
    page.context.clear_cookies()
    sign_in(page, server.base, "admin")
    page.goto(f"{server.base}/jobs/dead")
    expect(page.locator("h1")).to_have_text("Failed jobs")
    check_page(page, "")
    assert re.search(r"/jobs/dead$", page.url)
