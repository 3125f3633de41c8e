"""Running the API server (uvicorn), one process or several.

With several worker processes uvicorn binds the listening socket itself and hands it to the workers.
It creates that socket with protocol number 0, so the connections it accepts report protocol 0 too,
and asyncio only switches Nagle's algorithm off (TCP_NODELAY) for sockets that report TCP. Every
keep-alive response after the first then waits for the client's delayed ACK, about 40 ms on Linux
(uvicorn issue #3149, open when this was written). ``TcpConfig`` creates the listener as a TCP socket
so that the workers' connections get TCP_NODELAY as a single process's do.
"""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess

APP = "her2nav.web.app:app_from_environment"
STARTUP_FAILURE = 3  # uvicorn's exit status when the server could not start


class TcpConfig(uvicorn.Config):
    def bind_socket(self) -> socket.socket:
        sock = super().bind_socket()
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.proto == socket.IPPROTO_TCP:
            return sock
        # The same descriptor, as a socket object that says what it is: TCP.
        tcp = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
        tcp.set_inheritable(True)
        return tcp


def serve(host: str, port: int, workers: int) -> None:
    """Serve the API until interrupted (``workers`` processes share one listening socket)."""
    config = TcpConfig(
        APP, factory=True, host=host, port=port, workers=workers, log_level="warning", proxy_headers=False
    )
    if workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
        return
    server = uvicorn.Server(config)
    server.run()
    if not server.started:  # e.g. the port is taken: uvicorn has said why
        raise SystemExit(STARTUP_FAILURE)
