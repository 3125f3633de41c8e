from __future__ import annotations

from fastapi import APIRouter

from her2nav.web.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/api/health", response_model=Health)
async def health() -> Health:
    """Liveness; no authentication."""
    return Health(status="ok")
