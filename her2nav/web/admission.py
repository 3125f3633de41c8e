"""Bounded in-flight work: a request beyond the limits is answered 503 with ``Retry-After`` at once,
instead of queueing for a worker thread and a database connection (issue 20: a flood of requests used
to lock the server up for minutes).

Two limits per server process: all requests together (kept below the connection pool, so that every
admitted request can get a connection), and requests of one session (so that one signed-in caller
cannot take every slot). Liveness and readiness are always answered."""

from __future__ import annotations

import json
from http.cookies import CookieError, SimpleCookie

from starlette.types import ASGIApp, Receive, Scope, Send

ALWAYS_ANSWERED = frozenset({"/api/health", "/api/ready"})
RETRY_AFTER_SECONDS = 1
_BUSY = json.dumps({"detail": "the server is busy; try again in a moment"}).encode()


def session_of(scope: Scope, cookie_name: str) -> str | None:
    """The session cookie's value from the raw headers (no database: this runs before everything)."""
    for name, value in scope["headers"]:
        if name == b"cookie":
            jar = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except CookieError:
                return None
            morsel = jar.get(cookie_name)
            if morsel is not None and morsel.value:
                return morsel.value
    return None


async def answer_busy(send: Send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(_BUSY)).encode()),
                (b"retry-after", str(RETRY_AFTER_SECONDS).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": _BUSY})


class Admission:
    def __init__(self, app: ASGIApp, *, max_in_flight: int, per_session: int, cookie_name: str) -> None:
        self.app = app
        self.max_in_flight = max_in_flight
        self.per_session = per_session
        self.cookie_name = cookie_name
        self.in_flight = 0
        self._by_session: dict[str, int] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in ALWAYS_ANSWERED:
            await self.app(scope, receive, send)
            return
        # One event loop per process: these counters change only between awaits, so need no lock.
        key = session_of(scope, self.cookie_name)
        mine = self._by_session.get(key, 0) if key else 0
        if self.in_flight >= self.max_in_flight or mine >= self.per_session:
            await answer_busy(send)
            return
        self.in_flight += 1
        if key:
            self._by_session[key] = mine + 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
            if key:
                left = self._by_session[key] - 1
                if left:
                    self._by_session[key] = left
                else:
                    del self._by_session[key]
