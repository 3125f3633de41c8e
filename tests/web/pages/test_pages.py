"""The pages over TestClient, on SQLite and PostgreSQL: sign-in, the worklist, the case page, access
(another coordinator's case is the 404 page), CSRF on forms, languages and the family view."""

from __future__ import annotations

import re

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from her2nav.records.store.models import ReviewSnapshot
from her2nav.render.headline import build_headline
from tests.records.factories import make_user
from tests.web.conftest import World
from tests.web.pages.helpers import csrf_of, page_client

__all__ = ["World"]


def test_the_root_sends_a_visitor_to_sign_in_and_a_signed_in_user_to_the_worklist(
    app: FastAPI, world: World
) -> None:
    client = page_client(app, "coord")
    assert client.get("/", follow_redirects=False).headers["location"] == "/cases"
    client.cookies.clear()
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"


def test_a_wrong_password_is_said_in_words_and_opens_no_session(app: FastAPI, world: World) -> None:
    from fastapi.testclient import TestClient

    client = TestClient(app)
    answer = client.post("/login", data={"username": "coord", "password": "nope", "next": "/cases"})
    assert answer.status_code == 401
    assert "Wrong username or password." in answer.text
    assert client.get("/cases", follow_redirects=False).headers["location"].startswith("/login?next=")


def test_a_page_without_a_session_returns_to_sign_in_and_then_to_that_page(
    app: FastAPI, world: World
) -> None:
    from fastapi.testclient import TestClient

    client = TestClient(app)
    answer = client.get("/cases/case-a", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=%2Fcases%2Fcase-a"
    signed_in = client.post(
        "/login",
        data={"username": "coord", "password": "correct horse battery", "next": "/cases/case-a"},
        follow_redirects=False,
    )
    assert signed_in.headers["location"] == "/cases/case-a"


def test_sign_in_never_sends_anyone_to_another_site(app: FastAPI, world: World) -> None:
    from fastapi.testclient import TestClient

    answer = TestClient(app).post(
        "/login",
        data={"username": "coord", "password": "correct horse battery", "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert answer.headers["location"] == "/cases"


def test_the_worklist_lists_only_the_coordinators_cases_with_their_review(app: FastAPI, world: World) -> None:
    page = page_client(app, "coord").get("/cases")
    assert page.status_code == 200
    assert "case-a" in page.text and "case-b" not in page.text
    assert "HER2-positive" in page.text  # the brief of the review, taken for the case shown


def test_the_worklist_filters_and_searches(app: FastAPI, world: World) -> None:
    admin = page_client(app, "admin")
    assert {"case-a", "case-b"} <= set(re.findall(r'href="/cases/(case-[ab])"', admin.get("/cases").text))
    searched = admin.get("/cases", params={"q": "SE-B"}).text
    assert 'href="/cases/case-b"' in searched and 'href="/cases/case-a"' not in searched
    assert 'href="/cases/case-a"' not in admin.get("/cases", params={"her2": "negative"}).text
    assert 'href="/cases/case-a"' in admin.get("/cases", params={"her2": "positive", "region": "GB"}).text
    assert 'href="/cases/case-a"' not in admin.get("/cases", params={"owner": "nobody"}).text


def test_a_worklist_view_reviews_each_case_once_then_reads_stored_reviews(
    app: FastAPI, world: World, db: Session
) -> None:
    client = page_client(app, "admin")
    client.get("/cases")
    taken = db.scalar(select(func.count()).select_from(ReviewSnapshot))
    app.state.worklist_summaries = None  # a restarted process: only the stored snapshots are left
    del app.state.worklist_summaries
    again = client.get("/cases")
    assert "HER2-positive" in again.text
    assert db.scalar(select(func.count()).select_from(ReviewSnapshot)) == taken


def test_another_coordinators_case_is_the_404_page(app: FastAPI, world: World, db: Session) -> None:
    make_user(db, "coord2", "coordinator")
    db.commit()
    client = page_client(app, "coord2")
    for path in ("/cases/case-a", "/cases/case-a/patient", "/cases/case-a/biomarkers/new", "/cases/nothing"):
        answer = client.get(path)
        assert answer.status_code == 404, path
        assert "Not found" in answer.text and "text/html" in answer.headers["content-type"]
    assert client.get(f"/documents/{world.docs['case-a']}").status_code == 404


def test_the_case_page_shows_the_clis_headline_gaps_options_and_trail(app: FastAPI, world: World) -> None:
    client = page_client(app, "coord")
    page = client.get("/cases/case-a")
    assert page.status_code == 200
    review = client.get("/api/cases/case-a/review").json()
    headline = build_headline(review, "GB").text
    assert headline.replace("+", "&#43;") in page.text or headline in page.text
    assert (
        review["options"][0]["name"].replace("+", "&#43;") in page.text
        or review["options"][0]["name"] in page.text
    )
    assert "<details>" in page.text  # evidence on demand
    assert "coord viewed the review" in page.text  # the audit trail in words
    assert "review_read" not in page.text
    assert "content-security-policy" in page.headers


def test_a_form_post_without_its_csrf_token_changes_nothing(app: FastAPI, world: World) -> None:
    client = page_client(app, "coord")
    answer = client.post("/cases/case-a/patient", data={"age": "70", "version": "1"})
    assert answer.status_code == 403
    assert "Not allowed" in answer.text
    assert client.get("/api/cases/case-a").json()["case"]["patient"]["age"] == 58


def test_a_form_post_after_the_session_ended_returns_to_sign_in_and_then_to_the_form(
    app: FastAPI, world: World
) -> None:
    client = page_client(app, "coord")
    token = csrf_of(client.get("/cases/case-a/patient").text)
    client.post("/logout", data={"csrf_token": token})
    answer = client.post(
        "/cases/case-a/patient",
        data={"csrf_token": token, "age": "70", "version": "1", "form_page": "/cases/case-a/patient"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=%2Fcases%2Fcase-a%2Fpatient"


def test_a_clinician_reads_the_case_but_gets_no_edit_form(app: FastAPI, world: World) -> None:
    client = page_client(app, "clin")
    assert client.get("/cases/case-a").status_code == 200
    assert client.get("/cases/case-a/patient").status_code == 403


def test_the_language_follows_the_setting_then_accept_language_then_english(
    app: FastAPI, world: World
) -> None:
    english = page_client(app, "coord")
    assert '<html lang="en">' in english.get("/cases").text
    chinese = page_client(app, "coord", **{"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"})
    assert '<html lang="zh-Hans">' in chinese.get("/cases").text
    traditional = page_client(app, "coord", **{"Accept-Language": "zh-TW"})
    assert '<html lang="en">' in traditional.get("/cases").text
    chinese.post("/language", data={"lang": "en", "back": "/cases"})
    assert '<html lang="en">' in chinese.get("/cases").text


def test_a_family_account_sees_only_its_own_case_in_plain_words(app: FastAPI, world: World) -> None:
    family = page_client(app, "pat", **{"Accept-Language": "zh-Hans"})
    assert family.get("/cases", follow_redirects=False).headers["location"] == "/cases/case-a"
    page = family.get("/cases/case-a")
    assert page.status_code == 200
    assert '<html lang="zh-Hans">' in page.text
    assert "Audit trail" not in page.text and "审计" not in page.text
    assert 'href="/cases"' not in page.text  # no worklist link
    assert family.get("/cases/case-b").status_code == 404
    assert family.get("/cases/case-a/patient").status_code == 403


def test_a_new_case_is_created_from_the_form_and_opens(app: FastAPI, world: World) -> None:
    client = page_client(app, "coord")
    token = csrf_of(client.get("/cases/new").text)
    form = {
        "csrf_token": token,
        "case_id": "case-new",
        "as_of": "2026-11-23",
        "site": "stomach",
        "histology": "adenocarcinoma",
        "setting": "metastatic",
        "region": "CN",
        "age": "63",
    }
    created = client.post("/cases/new", data=form)
    assert created.status_code == 200 and "Case case-new" in created.text
    again = client.post("/cases/new", data=form)
    assert again.status_code == 422 and "a case with this id exists" in again.text
