from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from her2nav.web.schemas import Health, Message

router = APIRouter(tags=["health"])


@router.get("/api/health", response_model=Health)
async def health() -> Health:
    """Liveness: the process answers (no database, no authentication)."""
    return Health(status="ok")


def _database_answers(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as err:
        return type(err).__name__
    return None


@router.get("/api/ready", response_model=Health, responses={503: {"model": Message}})
async def ready(request: Request) -> Health | JSONResponse:
    """Readiness: the database answers a query within the pool's timeout; 503 when it does not."""
    problem = await run_in_threadpool(_database_answers, request.app.state.engine)
    if problem is not None:
        return JSONResponse(
            status_code=503,
            content={"detail": f"the database is not answering ({problem})"},
            headers={"Retry-After": "1"},
        )
    return Health(status="ok")
