"""Content negotiation for response compression (RFC 9110 §12.5.3, Accept-Encoding)."""

from __future__ import annotations

GZIP_NAMES = frozenset({"gzip", "x-gzip"})


def _weight(parameters: list[str]) -> float:
    """The q value among a coding's parameters (1 when absent; 0 when unreadable: never guess yes)."""
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "q":
            try:
                return max(0.0, min(1.0, float(value.strip())))
            except ValueError:
                return 0.0
    return 1.0


def accepts_gzip(header: str | None) -> bool:
    """Whether a client sending this Accept-Encoding header takes a gzip-compressed body: gzip (or
    x-gzip) listed with q > 0, or ``*`` with q > 0 and gzip not refused by name."""
    if not header:
        return False
    named: float | None = None
    wildcard: float | None = None
    for item in header.split(","):
        coding, *parameters = item.split(";")
        coding = coding.strip().lower()
        if coding in GZIP_NAMES:
            named = max(named or 0.0, _weight(parameters))
        elif coding == "*":
            wildcard = _weight(parameters)
    if named is not None:
        return named > 0
    return wildcard is not None and wildcard > 0
