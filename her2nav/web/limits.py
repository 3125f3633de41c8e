"""Refuse an oversized upload from its Content-Length, before the body is read and spooled to disk.
(The size is checked again while the file is stored, for bodies sent without a length.)"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers around the file


class UploadSizeLimit:
    def __init__(self, app: ASGIApp, *, max_upload_bytes: int) -> None:
        self.app = app
        self.limit = max_upload_bytes + MULTIPART_OVERHEAD

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"].endswith("/documents"):
            for name, value in scope["headers"]:
                if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                    body = json.dumps(
                        {"detail": f"the upload is larger than the limit of {self.limit} bytes"}
                    )
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 413,
                            "headers": [(b"content-type", b"application/json"), (b"connection", b"close")],
                        }
                    )
                    await send({"type": "http.response.body", "body": body.encode()})
                    return
        await self.app(scope, receive, send)
