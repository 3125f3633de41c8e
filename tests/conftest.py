"""Suite-wide fixtures. Domain fixtures live in tests/<domain>/conftest.py."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def _trial_registry_outside_the_tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Reviews match the installed trial registry; in tests it lives in a temporary SQLite file (the
    shipped snapshot is installed into it on first use), never in the working tree's var/."""
    if "HER2NAV_REGISTRY_URL" in os.environ:
        yield
        return
    path: Path = tmp_path_factory.mktemp("registry") / "registry.sqlite"
    os.environ["HER2NAV_REGISTRY_URL"] = f"sqlite:///{path}"
    try:
        yield
    finally:
        os.environ.pop("HER2NAV_REGISTRY_URL", None)
