"""Bodies are refused before they are read when the caller may not send them, and stop at the route's
cap as the bytes arrive, whatever Content-Length says (issue 20, items 2 and 5).

Against a real server over a socket: the client keeps sending and notes how much it had sent when the
answer came. Before, the whole body was read (and an upload spooled to disk) first: 1 GB without a
cookie filled the disk before the 401, and a 100 MB body to the sign-in route was read and parsed."""

from __future__ import annotations

import select
import socket
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from her2nav.settings import Settings
from tests.web.realserver import Server, seed

pytestmark = pytest.mark.slow
UPLOAD_LIMIT = 64 * 1024
MB = 1024 * 1024
CHUNK = 64 * 1024
BOUNDARY = "b0undary"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    settings = Settings(var_dir=tmp_path_factory.mktemp("limits"), max_upload_bytes=UPLOAD_LIMIT)
    seed(settings)
    server = Server(settings)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def signed_in(server: Server) -> dict[str, str]:
    with closing(server.client("coord")) as client:
        return {
            "Cookie": f"her2nav_session={client.cookies['her2nav_session']}",
            "X-CSRF-Token": str(client.headers["X-CSRF-Token"]),
        }


def send_until_answered(
    port: int, head: str, *, total: int, chunked: bool, stated: int | None = None, start: bytes = b""
) -> tuple[int, int]:
    """Send the request's head, then up to ``total`` body bytes (``start``, then filler) while watching
    for the answer; returns (status, body bytes sent when the answer came). Fails when the server
    neither reads nor answers."""
    framing = "Transfer-Encoding: chunked\r\n" if chunked else f"Content-Length: {stated or total}\r\n"
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setblocking(False)
    pending = (head + framing + "\r\n").encode()
    sent = 0
    answer = b""
    try:
        while True:
            want_write = [sock] if (pending or sent < total) else []
            readable, writable, _ = select.select([sock], want_write, [], 10)
            if not readable and not writable:
                raise AssertionError(f"no answer and no reading after {sent} bytes")
            if readable:
                data = sock.recv(65536)
                answer += data
                if b"\r\n" in answer or not data:
                    break
                continue
            if not pending:
                piece = start if sent == 0 and start else b"x" * min(CHUNK, total - sent)
                size = len(piece)
                pending = (f"{size:x}\r\n".encode() + piece + b"\r\n") if chunked else piece
                sent += size
            try:
                pending = pending[sock.send(pending) :]
            except (BrokenPipeError, ConnectionResetError):
                sock.setblocking(True)
                sock.settimeout(10)
                answer += sock.recv(65536)
                break
    finally:
        sock.close()
    assert answer.startswith(b"HTTP/1.1 "), answer[:80]
    return int(answer.split()[1]), sent


FILE_PART = (
    f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="r.txt"\r\n'
    "Content-Type: text/plain\r\n\r\n"
).encode()


def upload_head(case: str, headers: dict[str, str]) -> str:
    lines = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return (
        f"POST /api/cases/{case}/documents HTTP/1.1\r\nHost: x\r\n{lines}"
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
    )


def test_an_upload_without_a_session_is_refused_before_its_body_is_read(server: Server) -> None:
    status, sent = send_until_answered(server.port, upload_head("case-a", {}), total=200 * MB, chunked=True)
    assert status == 401
    assert sent < 20 * MB


def test_an_upload_without_the_csrf_token_is_refused_before_its_body_is_read(
    server: Server, signed_in: dict[str, str]
) -> None:
    cookie_only = {"Cookie": signed_in["Cookie"]}
    status, sent = send_until_answered(
        server.port, upload_head("case-a", cookie_only), total=200 * MB, chunked=True
    )
    assert status == 403
    assert sent < 20 * MB


def test_a_chunked_upload_stops_at_the_limit_as_its_bytes_arrive(
    server: Server, signed_in: dict[str, str]
) -> None:
    status, sent = send_until_answered(
        server.port, upload_head("case-a", signed_in), total=200 * MB, chunked=True, start=FILE_PART
    )
    assert status == 413
    assert sent < 20 * MB
    assert not [p for p in (server_dir(server) / "documents").glob("*") if p.is_file()]


def test_a_large_sign_in_body_is_refused_from_its_stated_length_before_it_is_read(server: Server) -> None:
    head = "POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    began = time.monotonic()
    status, sent = send_until_answered(server.port, head, total=100 * MB, chunked=False)
    assert status == 413
    assert sent < 20 * MB
    assert time.monotonic() - began < 5


def test_a_chunked_sign_in_body_stops_at_its_small_cap(server: Server) -> None:
    head = "POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    status, sent = send_until_answered(server.port, head, total=100 * MB, chunked=True)
    assert status == 413
    assert sent < 20 * MB


def test_a_chunked_json_body_to_a_case_stops_at_the_json_cap(
    server: Server, signed_in: dict[str, str]
) -> None:
    lines = "".join(f"{name}: {value}\r\n" for name, value in signed_in.items())
    head = f"POST /api/cases HTTP/1.1\r\nHost: x\r\n{lines}Content-Type: application/json\r\n"
    status, sent = send_until_answered(server.port, head, total=200 * MB, chunked=True)
    assert status == 413
    assert sent < 30 * MB


def server_dir(server: Server) -> Path:
    return Path(server.env["HER2NAV_VAR_DIR"])
