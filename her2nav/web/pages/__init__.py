"""The web pages navigators work in (CONTRACT §9): sign-in, the worklist, the case page, documents with
their suggestions, edit forms and the family view. Server-rendered; a few lines of script enhance
uploads and progress, and every page reads without it."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from her2nav.web.pages import auth, case, coordination, documents, forms, notices, worklist
from her2nav.web.pages.base import PageError, SignInNeeded, error_page, is_page, to_login

STATIC = __file__.rsplit("/", 1)[0].rsplit("/", 1)[0] + "/static"
# Fixed paths before the patterns that would take them (/cases/new before /cases/{case_id}).
ROUTERS = (
    auth.router,
    worklist.router,
    documents.router,
    notices.router,
    coordination.router,
    forms.router,
    case.router,
)


def install(app: FastAPI) -> None:
    """Page routes, the static files, and errors answered as pages (the API keeps its JSON)."""
    for router in ROUTERS:
        app.include_router(router, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    api_handler = app.exception_handlers[StarletteHTTPException]

    async def _sign_in(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SignInNeeded)
        return to_login(exc.target)

    async def _page_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, PageError)
        return error_page(request, exc.status, exc.message)

    async def _http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if is_page(request) and exc.status_code in (403, 404, 405):
            return error_page(request, exc.status_code, str(exc.detail))
        response: Response = await api_handler(request, exc)  # type: ignore[misc]
        return response

    app.add_exception_handler(SignInNeeded, _sign_in)
    app.add_exception_handler(PageError, _page_error)
    app.add_exception_handler(StarletteHTTPException, _http)
