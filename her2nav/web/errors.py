"""422 answers in one shape: {"detail": [{"field": path, "message": …}]} (as the CLI names fields)."""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from her2nav.case.errors import CaseError, format_path
from her2nav.records.access.audit import AuditUnavailable
from her2nav.records.cases.errors import CaseExists, Conflict, FlowError, StaleVersion
from her2nav.web import refusals

# One HTTP status per domain error of the change flows (records.errors).
FLOW_STATUS: dict[type[FlowError], int] = {StaleVersion: 412, CaseExists: 409, Conflict: 409}


def problems_response(problems: Iterable[tuple[str, str]], status: int = 422) -> JSONResponse:
    return JSONResponse(
        status_code=status, content={"detail": [{"field": f, "message": m} for f, m in problems]}
    )


def case_error_response(err: CaseError) -> JSONResponse:
    return problems_response((p.path, p.message) for p in err.problems)


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            loc = list(err.get("loc", ()))
            if loc and loc[0] in ("body", "query", "path", "header", "cookie"):
                loc = loc[1:] if loc[0] == "body" else loc
            problems.append((format_path(loc) if loc else "(body)", str(err.get("msg", "invalid"))))
        return problems_response(problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        # A body that cannot be parsed at all is invalid input like any other: 422 with a field.
        if exc.status_code == 400:
            return problems_response([("(body)", f"cannot be read: {exc.detail}")])
        await refusals.record(request, exc.status_code)  # 403/404 to a signed-in user: audited
        return await http_exception_handler(request, exc)

    @app.exception_handler(AuditUnavailable)
    async def _unaudited(_request: Request, exc: AuditUnavailable) -> JSONResponse:
        # Patient data is never answered without its audit record.
        return JSONResponse(status_code=503, content={"detail": str(exc)})

    @app.exception_handler(PoolTimeout)
    async def _pool_timeout(_request: Request, _exc: PoolTimeout) -> JSONResponse:
        # No database connection came free in time: say so at once rather than queue the request.
        return JSONResponse(
            status_code=503,
            content={"detail": "the server is busy; try again in a moment"},
            headers={"Retry-After": "1"},
        )

    @app.exception_handler(FlowError)
    async def _flow(_request: Request, exc: FlowError) -> JSONResponse:
        status = next(code for kind, code in FLOW_STATUS.items() if isinstance(exc, kind))
        return JSONResponse(status_code=status, content={"detail": str(exc)})

    @app.exception_handler(CaseError)
    async def _case(_request: Request, exc: CaseError) -> JSONResponse:
        return case_error_response(exc)
