"""Request bodies have a size cap per route, enforced before anything parses them (issue 20, items 2
and 5): a stated Content-Length over the cap is refused before the body is read, and the bytes are
counted as they arrive, so a chunked body (no length) stops at the cap too.

Caps: a document upload may carry the upload limit plus room for the multipart framing; signing in
and changing a password take a few kilobytes; every other JSON body at most ``max_json_bytes``."""

from __future__ import annotations

import json
import re

from fastapi import FastAPI
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from her2nav.web.schemas import Message as MessageBody

MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers around the file
# Signing in or changing a password: two strings of at most 1,024 characters, each up to 12 bytes as
# JSON (an escaped surrogate pair), and the keys.
SIGN_IN_BYTES = 32 * 1024
UPLOAD_PATH = re.compile(r"^(/api)?/cases/[^/]+/documents$")  # the API, and the page form without script
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than the limit of {limit} bytes")


def body_limit(method: str, path: str, *, max_upload_bytes: int, max_json_bytes: int) -> int:
    """The most bytes a request to ``method path`` may send."""
    if method == "POST" and UPLOAD_PATH.match(path):
        return max_upload_bytes + MULTIPART_OVERHEAD
    if path.startswith("/api/session"):
        return SIGN_IN_BYTES
    return max_json_bytes if method in _BODY_METHODS else 0


def _stated_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps({"detail": BodyTooLarge(limit).detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodySizeLimit:
    def __init__(self, app: ASGIApp, *, max_upload_bytes: int, max_json_bytes: int) -> None:
        self.app = app
        self.max_upload_bytes = max_upload_bytes
        self.max_json_bytes = max_json_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(
            scope["method"],
            scope["path"],
            max_upload_bytes=self.max_upload_bytes,
            max_json_bytes=self.max_json_bytes,
        )
        stated = _stated_length(scope)
        if stated is not None and stated > limit:
            await _refuse(send, limit)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)  # FastAPI hands it to the app's HTTPException handler
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            if started:
                raise
            await _refuse(send, limit)


def declare_limits(app: FastAPI) -> None:
    """Name in the schema the answers these limits and the admission limit (web/admission.py) give."""
    for route in app.routes:
        if not isinstance(route, APIRoute) or route.path in ("/api/health", "/api/ready"):
            continue
        route.responses.setdefault(503, {"model": MessageBody, "description": "Busy: retry after a moment"})
        if (route.methods or set()) & _BODY_METHODS:
            route.responses.setdefault(413, {"model": MessageBody, "description": "Body too large"})
