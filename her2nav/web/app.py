"""The FastAPI application (JSON API, OpenAPI at /openapi.json; web pages from / on)."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp

from her2nav.records.cases.reviews import ReviewCache
from her2nav.records.store.db import make_engine, session_factory
from her2nav.settings import Settings, get_settings
from her2nav.web import errors, pages
from her2nav.web.admission import Admission
from her2nav.web.api import cases, documents, entries, health, review, session, suggestions, users
from her2nav.web.api import report as report_api
from her2nav.web.api.coordination import router as coordination_router
from her2nav.web.apidoc import api_description
from her2nav.web.deps import SESSION_COOKIE
from her2nav.web.jobs import app_jobs
from her2nav.web.limits import BodySizeLimit, declare_limits
from her2nav.web.security import SecurityHeaders

# Browser libraries the pages load from our own origin (the CSP allows scripts from 'self' only); `make`
# installs them from package-lock.json into web/static/vendor (git-ignored).
WEB_LIBRARIES = ("vendor/htmx.min.js",)


def require_web_libraries(static: Path) -> None:
    """Refuse to start without the pages' browser libraries: pages would load but forms and polling
    would silently stop working in place."""
    missing = [name for name in WEB_LIBRARIES if not (static / name).is_file()]
    if missing:
        raise RuntimeError(
            f"{', '.join(missing)} missing from {static}: run `make` (it installs the pages' browser "
            "libraries with `npm ci --ignore-scripts`)"
        )


def warm_up() -> None:
    """Load what the first review would otherwise wait for (knowledge base, trial registry installed on
    first use), then freeze the objects that live as long as the process, so that the garbage
    collector stops re-scanning them on every full collection."""
    from her2nav.records.cases.reviews import review_basis

    review_basis()
    gc.collect()
    gc.freeze()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    if app.state.settings.mode != "test":
        await run_in_threadpool(warm_up)
        await run_in_threadpool(queue_documents, app)
    async with embedded_worker(app):
        yield


def queue_documents(app: FastAPI) -> None:
    """Submit the extraction of documents left without a job (stopped between upload and submit, or
    uploaded before the queue); a worker then reads them (the queue's ``recover`` does the rest)."""
    from her2nav.jobs.documents import queue_unfinished

    try:
        queue_unfinished(app_jobs(app))
    except Exception:  # the queue is down: the app still serves, uploads say their job is waiting
        logging.getLogger("her2nav.jobs").exception("documents could not be queued at start")


@asynccontextmanager
async def embedded_worker(app: FastAPI) -> AsyncIterator[None]:
    """The job queue's worker inside the app (``HER2NAV_EMBEDDED_WORKER``; on in development, so
    ``make run`` needs nothing else). Production runs ``her2nav worker`` processes instead."""
    settings: Settings = app.state.settings
    if not settings.runs_embedded_worker:
        yield
        return
    from her2nav.jobs.worker import start_embedded, stop_embedded
    from her2nav.records.documents.jobs import stop_all

    consumer = await run_in_threadpool(start_embedded, app_jobs(app))
    try:
        yield
    finally:
        stop_all()  # OCR children are killed: their jobs stay running and run again at the next start
        await run_in_threadpool(stop_embedded, consumer)


class Her2navApp(FastAPI):
    """The security headers wrap even Starlette's outermost error middleware, so that a 500 carries
    them too (a middleware added with ``add_middleware`` sits inside it)."""

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(super().build_middleware_stack())


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()
    require_web_libraries(Path(pages.STATIC))
    engine = engine or make_engine(
        settings.effective_database_url, sqlite_synchronous=settings.sqlite_synchronous
    )
    app = Her2navApp(
        title="her2nav case records",
        version="0.1.0",
        description=api_description(settings),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = session_factory(engine)
    app.state.reviews = ReviewCache()
    errors.install(app)
    # Most frequent first: routes are tried in this order.
    for module in (health, review, session, users, cases, entries, documents, suggestions):
        app.include_router(module.router)
    app.include_router(report_api.router)  # reports and packets (CONTRACT §8)
    app.include_router(coordination_router)  # stages, tasks, consents, timeline (CONTRACT §10)
    declare_limits(app)
    pages.install(app)  # the web pages (CONTRACT §9) and their static files
    app.add_middleware(
        Admission,
        max_in_flight=settings.max_in_flight,
        per_session=settings.max_in_flight_per_session,
        cookie_name=SESSION_COOKIE,
    )
    app.add_middleware(
        BodySizeLimit, max_upload_bytes=settings.max_upload_bytes, max_json_bytes=settings.max_json_bytes
    )
    app.add_middleware(GZipMiddleware, minimum_size=1000)  # for clients that accept it (a review: ~1/10)
    return app


def app_from_environment() -> FastAPI:
    """Factory for ``uvicorn --factory her2nav.web.app:app_from_environment``."""
    return create_app()
