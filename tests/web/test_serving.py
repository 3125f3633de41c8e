"""Several workers: the connections they accept get TCP_NODELAY, as a single process's do.

uvicorn before 0.55 bound the shared listener with protocol number 0 and Nagle stayed on (every
keep-alive response after the first waited ~40 ms); the lock requires a uvicorn that does not."""

from __future__ import annotations

import asyncio
import socket

import uvicorn

from her2nav.web.serving import APP


def nodelay_of_accepted(listener: socket.socket) -> int:
    """TCP_NODELAY of a connection accepted by asyncio on ``listener`` (as a uvicorn worker accepts)."""

    async def main() -> int:
        accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                sock = transport.get_extra_info("socket")
                accepted.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        server = await asyncio.get_running_loop().create_server(Probe, sock=listener)
        port = listener.getsockname()[1]
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            return await asyncio.wait_for(accepted, timeout=5)
        finally:
            writer.close()
            server.close()

    return asyncio.run(main())


def test_the_workers_listener_is_a_tcp_socket_whose_connections_skip_nagle() -> None:
    listener = uvicorn.Config(APP, factory=True, host="127.0.0.1", port=0, workers=2).bind_socket()
    assert listener.proto == socket.IPPROTO_TCP
    assert listener.get_inheritable()
    assert nodelay_of_accepted(listener) != 0
