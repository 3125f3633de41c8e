"""What every page shares: the templates (the report's chart macros included, not a second renderer),
the language (the user's setting, else Accept-Language, else English), the signed-in user for pages
(no session: back to the sign-in page, with where to return), the CSRF token of forms, and answers
in HTML (the 404 page for a case one may not see, exactly as for one that does not exist).

Pages are a thin layer over the same parts as the API: ``service.find_visible_case`` through
``deps.visible_case`` decides access, flows change cases, ``ReviewCache`` serves reviews."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal
from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, select_autoescape
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from her2nav.coordination.models import Notification
from her2nav.i18n import HTML_LANG, LANGUAGES, Language
from her2nav.records.access.accounts import live_session, needs_touch, touch
from her2nav.records.store.db import begin_write, release
from her2nav.records.store.models import CaseRecord
from her2nav.reports.render import CHART_FONTS
from her2nav.reports.render import TEMPLATES as REPORT_TEMPLATES
from her2nav.reports.words import Words
from her2nav.web.deps import SESSION_COOKIE, Actor, DbDep, SettingsDep, current_actor, visible_case

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
LANG_COOKIE = "her2nav_lang"
CSRF_FIELD = "csrf_token"
# Pages load their stylesheet and script from this server only; charts are inline SVG.
PAGE_POLICY = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
BABEL_LOCALE: dict[Language, str] = {"en": "en_GB", "zh": "zh_Hans_CN"}


def language_of(tag: str) -> Language | None:
    """``en``, ``en-GB`` → English; ``zh``, ``zh-CN``, ``zh-Hans`` (and ``zh-SG``) → Simplified
    Chinese; Traditional Chinese and anything else → None."""
    parts = tag.strip().lower().replace("_", "-").split("-")
    if parts[0] == "en":
        return "en"
    if parts[0] == "zh" and not set(parts[1:]) & {"hant", "tw", "hk", "mo"}:
        return "zh"
    return None


def from_accept_language(header: str) -> Language | None:
    """The first language of ours in the header, by its q-value (order breaks ties)."""
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate(header.split(",")):
        tag, _, params = item.partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        if tag.strip() and weight > 0:
            ranked.append((-weight, index, tag))
    for _, _, tag in sorted(ranked):
        found = language_of(tag)
        if found is not None:
            return found
    return None


def choose_language(request: Request) -> Language:
    setting = request.cookies.get(LANG_COOKIE)
    for lang in LANGUAGES:
        if setting == lang:
            return lang
    return from_accept_language(request.headers.get("accept-language", "")) or "en"


@cache
def environment() -> Environment:
    loader = ChoiceLoader(
        [FileSystemLoader(TEMPLATES), PrefixLoader({"reports": FileSystemLoader(REPORT_TEMPLATES)})]
    )
    env = Environment(loader=loader, autoescape=select_autoescape(["html"]), auto_reload=False)
    env.globals["quote"] = quote
    return env


@dataclass
class Formats:
    """Dates and numbers in the page's language."""

    lang: Language

    def date(self, value: dt.date | str | None) -> str:
        if value is None or value == "":
            return "—"
        day = dt.date.fromisoformat(value) if isinstance(value, str) else value
        return format_date(day, format="medium", locale=BABEL_LOCALE[self.lang])

    def moment(self, value: dt.datetime | None) -> str:
        if value is None:
            return "—"
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        pattern = "d MMM y HH:mm" if self.lang == "en" else "y年M月d日 HH:mm"
        return format_datetime(moment, pattern, tzinfo=dt.UTC, locale=BABEL_LOCALE[self.lang]) + " UTC"

    def wall(self, value: dt.datetime | None) -> str:
        """A moment as the clock on the wall of its own zone shows it (an appointment's local time)."""
        if value is None:
            return "—"
        pattern = "EEE d MMM y HH:mm" if self.lang == "en" else "y年M月d日 EEE HH:mm"
        return format_datetime(value, pattern, tzinfo=value.tzinfo, locale=BABEL_LOCALE[self.lang])

    def number(self, value: float | int | None) -> str:
        return "—" if value is None else format_decimal(value, locale=BABEL_LOCALE[self.lang])


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any],
    *,
    actor: Actor | None = None,
    status: int = 200,
) -> HTMLResponse:
    lang = choose_language(request)
    words = Words(lang)
    values = dict(context)
    values.update(
        _=words,
        lang=lang,
        html_lang=HTML_LANG[lang],
        fmt=Formats(lang),
        chart_font=CHART_FONTS[lang],
        actor=actor,
        csrf=actor.session.csrf_token if actor else "",
        path=request.url.path,
        unread=getattr(request.state, "unread", None),
        here=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""),
    )
    page = environment().get_template(template).render(values)
    return HTMLResponse(page, status_code=status, headers={"content-security-policy": PAGE_POLICY})


def safe_next(target: str | None) -> str:
    """A local path to go back to after signing in (never another site)."""
    if not target:
        return "/cases"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/cases"
    return target


def to_login(target: str) -> RedirectResponse:
    return RedirectResponse(f"/login?next={quote(safe_next(target), safe='')}", status_code=303)


class SignInNeeded(Exception):
    """No live session: the page answers with the sign-in page (see ``install``)."""

    def __init__(self, target: str) -> None:
        self.target = target


class PageError(Exception):
    """Answered with the error page: a status and one sentence in words."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class PageNotFound(PageError):
    """Answered with the 404 page (a case one may not see, exactly as one that does not exist)."""

    def __init__(self) -> None:
        super().__init__(404, "not found")


def page_actor(request: Request, db: DbDep, settings: SettingsDep) -> Actor:
    """The signed-in user of a page read (GET); no live session → the sign-in page."""
    try:
        actor = current_actor(request, db, settings)
    except HTTPException as err:
        if err.status_code == 401:
            raise SignInNeeded(
                request.url.path + (f"?{request.url.query}" if request.url.query else "")
            ) from None
        raise
    request.state.unread = unread_count(db, actor.user.id)
    release(db)
    return actor


def unread_count(db: Session, user_id: int) -> int:
    """How many of the user's in-app notifications are unread (the count in the header)."""
    query = select(func.count()).where(Notification.user_id == user_id, Notification.read_at.is_(None))
    return int(db.scalar(query) or 0)


PageActor = Annotated[Actor, Depends(page_actor)]


def form_actor(request: Request, db: DbDep, settings: SettingsDep, form: FormData) -> Actor:
    """The signed-in user of a form post, its CSRF token checked (the form's hidden field, or the
    X-CSRF-Token header of a script). No live session → sign in, then back to ``form_page`` (the
    form, whose unsaved values the browser kept)."""
    token = request.cookies.get(SESSION_COOKIE)
    back = str(form.get("form_page") or request.url.path)
    found = None
    if token:
        found = live_session(
            session=db,
            token=token,
            idle=dt.timedelta(seconds=settings.session_idle_seconds),
            absolute=dt.timedelta(seconds=settings.session_absolute_seconds),
        )
    if found is None or token is None:
        release(db)
        raise SignInNeeded(back)
    row, user = found
    if needs_touch(row):
        begin_write(db)
        touch(session=db, row=row)
    release(db)
    sent = str(form.get(CSRF_FIELD) or request.headers.get("x-csrf-token", ""))
    if not secrets.compare_digest(sent.encode(), row.csrf_token.encode()):
        raise PageError(403, "the form is out of date: reload the page and try again")
    return Actor(user=user, session=row, token=token)


def page_case(actor: Actor, db: DbDep, case_id: str) -> CaseRecord:
    """THE access check (``deps.visible_case``), answered with the 404 page."""
    try:
        return visible_case(actor, db, case_id)
    except HTTPException as err:
        if err.status_code == 404:
            raise PageNotFound from None
        raise


def is_page(request: Request) -> bool:
    return not request.url.path.startswith("/api/")


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", {"status": status, "message": message}, status=status)
