"""Accept-Encoding: gzip only when the client admits it (RFC 9110 §12.5.3)."""

from __future__ import annotations

import pytest

from her2nav.web.encoding import accepts_gzip


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, False),
        ("", False),
        ("identity", False),
        ("gzip", True),
        ("GZIP", True),
        ("gzip, deflate, br", True),
        ("deflate, x-gzip", True),
        ("br;q=1.0, gzip;q=0.5", True),
        ("gzip;q=0", False),
        ("gzip; q=0.000", False),
        ("*", True),
        ("*;q=0", False),
        ("gzip;q=0, *", False),  # refused by name: the wildcard does not bring it back
        ("br, *;q=0.1", True),
        ("gzip;q=high", False),  # unreadable weight: not taken as a yes
    ],
)
def test_accepts_gzip(header: str | None, expected: bool) -> None:
    assert accepts_gzip(header) is expected
