"""Who is calling: the client's address (behind trusted proxies only) and whether the request came
over HTTPS. The lowest module of the web layer: deps, errors and refusals all build on it."""

from __future__ import annotations

from ipaddress import ip_address

from fastapi import Request

from her2nav.settings import Settings


def _trusted(address: str, settings: Settings) -> bool:
    try:
        ip = ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in settings.trusted_networks)


def client_of(request: Request) -> str | None:
    """The client's address, as recorded in the audit trail and used to throttle sign-ins. Behind a
    configured proxy (``HER2NAV_TRUSTED_PROXIES``) it is the nearest address in X-Forwarded-For that is
    not itself a trusted proxy; a header sent by anyone else is ignored, so it cannot be forged."""
    peer = request.client.host if request.client else None
    settings: Settings = request.app.state.settings
    if peer is None or not settings.trusted_proxies or not _trusted(peer, settings):
        return peer
    hops = [hop.strip() for hop in request.headers.get("x-forwarded-for", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, settings):
            try:
                return str(ip_address(hop))
            except ValueError:
                return peer  # not an address: the proxy did not write it
    return peer


def served_over_https(request: Request) -> bool:
    """TLS at this server, or at a trusted proxy that says so in X-Forwarded-Proto."""
    if request.url.scheme == "https":
        return True
    settings: Settings = request.app.state.settings
    peer = request.client.host if request.client else None
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[-1].strip().lower()
    return bool(peer and settings.trusted_proxies and _trusted(peer, settings) and forwarded == "https")
