"""``her2nav serve``, ``her2nav db upgrade`` and ``her2nav demo``."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def demo() -> None:
        """Print the review of an example case (until the web app exists)."""
        from pathlib import Path

        from her2nav.cli import review

        example = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "demo-case.yaml"
        review(example, as_json=False)
