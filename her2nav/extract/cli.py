"""``her2nav extract FILE [--json]``."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the extract command to the main app (filled in by the extraction domain)."""
    return None
