"""Running the API server (uvicorn), one process or several.

With several worker processes uvicorn binds the listening socket itself and hands it to the workers.
From uvicorn 0.55 (the lock's minimum) that listener is a TCP socket, so the connections the workers
accept get TCP_NODELAY as a single process's do; tests/web/test_serving.py pins it.
"""

from __future__ import annotations

import uvicorn
from uvicorn.supervisors import Multiprocess

APP = "her2nav.web.app:app_from_environment"
STARTUP_FAILURE = 3
# On SIGTERM, requests still running after this long are cancelled and the process ends (issue 20).
GRACEFUL_SHUTDOWN_SECONDS = 8  # uvicorn's exit status when the server could not start


def serve(host: str, port: int, workers: int) -> None:
    """Serve the API until interrupted (``workers`` processes share one listening socket)."""
    config = uvicorn.Config(
        APP,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        proxy_headers=False,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )
    if workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
        return
    server = uvicorn.Server(config)
    server.run()
    if not server.started:  # e.g. the port is taken: uvicorn has said why
        raise SystemExit(STARTUP_FAILURE)
